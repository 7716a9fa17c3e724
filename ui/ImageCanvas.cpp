#include "ImageCanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace apd::ui {

ImageCanvas::ImageCanvas(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setCursor(Qt::OpenHandCursor);
}

void ImageCanvas::setImage(const QImage& image)
{
    m_image = image;
    fit();
}

void ImageCanvas::setZones(const QList<naming::SafeZone>& zones, bool rightToLeft)
{
    m_zones = zones;
    m_rightToLeft = rightToLeft;
    update();
}

void ImageCanvas::setZonesVisible(bool on)
{
    m_zonesVisible = on;
    update();
}

void ImageCanvas::fit()
{
    m_fitted = true;
    if (m_image.isNull() || width() <= 0 || height() <= 0) {
        update();
        return;
    }
    m_zoom = std::min(double(width()) / m_image.width(), double(height()) / m_image.height());
    m_offset = QPointF((width() - m_image.width() * m_zoom) / 2, (height() - m_image.height() * m_zoom) / 2);
    update();
}

void ImageCanvas::zoomBy(double factor, QPointF about)
{
    if (m_image.isNull())
        return;
    if (about.x() < 0)
        about = QPointF(width() / 2.0, height() / 2.0);
    const double zoom = std::clamp(m_zoom * factor, 0.02, 32.0);
    // The image point under `about` stays under it.
    const QPointF imagePoint = (about - m_offset) / m_zoom;
    m_zoom = zoom;
    m_offset = about - imagePoint * m_zoom;
    m_fitted = false;
    update();
}

QRectF ImageCanvas::imageRect() const
{
    return QRectF(m_offset, QSizeF(m_image.width() * m_zoom, m_image.height() * m_zoom));
}

void ImageCanvas::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0x2b, 0x2b, 0x2b));
    if (m_image.isNull())
        return;
    p.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom < 1.0);
    const QRectF target = imageRect();
    p.drawImage(target, m_image);
    if (!m_zonesVisible)
        return;
    p.setRenderHint(QPainter::Antialiasing, false);
    QFont font = p.font();
    font.setBold(true);
    p.setFont(font);
    const QFontMetrics metrics(font);
    QList<QRectF> zones;
    QList<QRect> frames;
    QStringList texts;
    QList<QSize> sizes;
    for (const naming::SafeZone& z : std::as_const(m_zones)) {
        const QRectF r = z.rectIn(m_image.width(), m_image.height(), m_rightToLeft);
        zones << QRectF(target.topLeft() + r.topLeft() * m_zoom, r.size() * m_zoom);
        frames << zones.last().toAlignedRect();
        texts << metrics.elidedText(z.label, Qt::ElideRight, frames.last().width() - 16);
        sizes << QSize(metrics.horizontalAdvance(texts.last()) + 8, metrics.height() + 2);
    }
    for (qsizetype i = 0; i < m_zones.size(); ++i) {
        const bool clear = m_zones.at(i).kind == naming::SafeZone::Kind::Clear;
        const QColor colour = clear ? clearColour() : safeColour();
        if (clear) {
            QColor fill = colour;
            fill.setAlpha(70);
            p.fillRect(zones.at(i), fill);
            p.fillRect(zones.at(i), QBrush(colour, Qt::BDiagPattern));
        }
        p.setPen(QPen(colour, 2, clear ? Qt::SolidLine : Qt::DashLine));
        p.drawRect(zones.at(i).adjusted(1, 1, -1, -1));
    }
    // The names last, so that no zone's hatching covers another's name.
    const QList<QRect> chips = placeLabels(frames, sizes);
    for (qsizetype i = 0; i < m_zones.size(); ++i) {
        if (chips.at(i).isNull() || texts.at(i).isEmpty())
            continue;
        p.fillRect(chips.at(i), QColor(0, 0, 0, 170));
        p.setPen(m_zones.at(i).kind == naming::SafeZone::Kind::Clear ? clearColour() : safeColour());
        p.drawText(chips.at(i), Qt::AlignCenter | Qt::TextSingleLine, texts.at(i));
    }
}

// Each name goes on a chip inside its zone, where it covers no other name and touches no
// zone but those around its own: a corner, else down the left or the right side; failing
// that the first place free of names; a zone too small for its chip gets none.
QList<QRect> ImageCanvas::placeLabels(const QList<QRect>& frames, const QList<QSize>& sizes)
{
    QList<QRect> chips;
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const QRect inner = frames.at(i).adjusted(4, 4, -4, -4);
        const QSize size = sizes.at(i);
        const auto coversName = [&](const QRect& c) {
            return std::any_of(chips.cbegin(), chips.cend(), [&](const QRect& l) { return l.intersects(c); });
        };
        const auto touchesOtherZone = [&](const QRect& c) {
            for (qsizetype j = 0; j < frames.size(); ++j)
                if (j != i && !frames.at(j).contains(frames.at(i)) && c.intersects(frames.at(j)))
                    return true;
            return false;
        };
        const int left = inner.left(), right = inner.right() - size.width() + 1;
        const int top = inner.top(), bottom = inner.bottom() - size.height() + 1;
        QList<QRect> places;
        if (size.width() <= inner.width() && size.height() <= inner.height()) {
            places = {QRect(QPoint(left, top), size), QRect(QPoint(right, top), size),
                      QRect(QPoint(left, bottom), size), QRect(QPoint(right, bottom), size)};
            for (int y = top + size.height() + 2; y < bottom; y += size.height() + 2)
                places << QRect(QPoint(left, y), size) << QRect(QPoint(right, y), size);
        }
        const auto clean = std::find_if(places.cbegin(), places.cend(),
                                        [&](const QRect& c) { return !coversName(c) && !touchesOtherZone(c); });
        const auto free = std::find_if(places.cbegin(), places.cend(), [&](const QRect& c) { return !coversName(c); });
        chips << (clean != places.cend() ? *clean : free != places.cend() ? *free : QRect());
    }
    return chips;
}

void ImageCanvas::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_fitted)
        fit();
}

void ImageCanvas::wheelEvent(QWheelEvent* event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0)
        zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void ImageCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_dragging = true;
    m_dragFrom = event->position();
    setCursor(Qt::ClosedHandCursor);
}

void ImageCanvas::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_dragging)
        return QWidget::mouseMoveEvent(event);
    m_offset += event->position() - m_dragFrom;
    m_dragFrom = event->position();
    m_fitted = false;
    update();
}

void ImageCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    m_dragging = false;
    setCursor(Qt::OpenHandCursor);
    QWidget::mouseReleaseEvent(event);
}

void ImageCanvas::mouseDoubleClickEvent(QMouseEvent*)
{
    fit();
}

void ImageCanvas::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        break;
    case Qt::Key_Minus:
        zoomBy(0.8);
        break;
    case Qt::Key_0:
        fit();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace apd::ui
