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
    QList<QRect> labels; // placed so far: a label that would cover another moves down
    for (const naming::SafeZone& z : std::as_const(m_zones)) {
        const QRectF r = z.rectIn(m_image.width(), m_image.height(), m_rightToLeft);
        const QRectF onScreen(target.topLeft() + r.topLeft() * m_zoom, r.size() * m_zoom);
        const bool clear = z.kind == naming::SafeZone::Kind::Clear;
        const QColor colour = clear ? clearColour() : safeColour();
        if (clear) {
            QColor fill = colour;
            fill.setAlpha(70);
            p.fillRect(onScreen, fill);
            p.fillRect(onScreen, QBrush(colour, Qt::BDiagPattern));
        }
        p.setPen(QPen(colour, 2, clear ? Qt::SolidLine : Qt::DashLine));
        p.drawRect(onScreen.adjusted(1, 1, -1, -1));
        // The name on a dark chip inside the zone, where it covers no other name.
        const QRect inner = onScreen.toAlignedRect().adjusted(4, 4, -4, -4);
        const QString text = metrics.elidedText(z.label, Qt::ElideRight, inner.width() - 8);
        QRect chip(inner.topLeft(), QSize(metrics.horizontalAdvance(text) + 8, metrics.height() + 2));
        for (int tries = 0; tries < 8; ++tries) {
            const bool covers =
                std::any_of(labels.cbegin(), labels.cend(), [&](const QRect& l) { return l.intersects(chip); });
            if (!covers || chip.bottom() + chip.height() > inner.bottom())
                break;
            chip.translate(0, chip.height() + 2);
        }
        if (text.isEmpty() || chip.bottom() > inner.bottom())
            continue;
        labels << chip;
        p.fillRect(chip, QColor(0, 0, 0, 170));
        p.setPen(colour);
        p.drawText(chip, Qt::AlignCenter | Qt::TextSingleLine, text);
    }
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
