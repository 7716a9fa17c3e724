#pragma once

#include "naming/AssetType.h"

#include <QImage>
#include <QWidget>

namespace apd::ui {

// An image shown large: fitted to the widget at first, zoomed with the wheel (about the
// pointer) or +/-, panned by dragging, fitted again with a double click or 0. Safe zones
// (from the catalog, in fractions of the image) are drawn over it when turned on: a safe
// zone as a green frame, a zone to keep clear as red hatching. GUI thread only.
class ImageCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit ImageCanvas(QWidget* parent = nullptr);

    void setImage(const QImage& image);
    const QImage& image() const { return m_image; }
    void setZones(const QList<naming::SafeZone>& zones, bool rightToLeft);
    void setZonesVisible(bool on);
    bool zonesVisible() const { return m_zonesVisible; }

    double zoom() const { return m_zoom; } // screen pixels per image pixel
    void zoomBy(double factor, QPointF about = {-1, -1});
    void fit();

    // Where the names of zones framed by `frames` (on screen) go, as chips of `sizes`; a null
    // rectangle for a zone too small for its name.
    static QList<QRect> placeLabels(const QList<QRect>& frames, const QList<QSize>& sizes);

    // The colours of the overlays (tests look for them in a grab).
    static QColor safeColour() { return QColor(0x00, 0xe0, 0x60); }
    static QColor clearColour() { return QColor(0xff, 0x30, 0x30); }

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QRectF imageRect() const; // where the image lands on the widget

    QImage m_image;
    QList<naming::SafeZone> m_zones;
    bool m_rightToLeft = false;
    bool m_zonesVisible = false;
    bool m_fitted = true;
    double m_zoom = 1.0;
    QPointF m_offset; // top-left of the image on the widget
    QPointF m_dragFrom;
    bool m_dragging = false;
};

} // namespace apd::ui
