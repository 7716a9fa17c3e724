#include "FileKindIcon.h"

#include <QFileInfo>
#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace apd::ui {

namespace {

QPixmap badge(const QString& letters, const QColor& ink, const QColor& paper, int side)
{
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal pen = std::max(1.0, side / 16.0);
    p.setPen(QPen(ink, pen));
    p.setBrush(paper);
    p.drawRoundedRect(QRectF(pen / 2, pen / 2, side - pen, side - pen), side / 6.0, side / 6.0);
    QFont font;
    font.setBold(true);
    // Three letters fit the width; two get a larger type.
    font.setPixelSize(std::max(6, int(side * (letters.size() > 2 ? 0.38 : 0.5))));
    p.setFont(font);
    p.setPen(ink);
    p.drawText(QRectF(0, 0, side, side), Qt::AlignCenter, letters);
    return pixmap;
}

} // namespace

QIcon fileKindIcon(const QString& fileName)
{
    static QHash<QString, QIcon> made;
    const QString kind = QFileInfo(fileName).suffix().toUpper();
    if (kind.isEmpty())
        return {};
    if (const auto it = made.constFind(kind); it != made.constEnd())
        return *it;
    // Layered image files in blue, vector in orange, motion in violet: told apart by colour too.
    QColor ink(0x31, 0xa8, 0xff), paper(0x00, 0x1e, 0x36);
    if (kind == QLatin1String("AI"))
        ink = QColor(0xff, 0x9a, 0x00), paper = QColor(0x33, 0x00, 0x00);
    else if (kind == QLatin1String("AEP"))
        ink = QColor(0x99, 0x99, 0xff), paper = QColor(0x00, 0x00, 0x5b);
    QIcon icon;
    for (int side : {16, 24, 32, 48})
        icon.addPixmap(badge(kind.left(3), ink, paper, side));
    made.insert(kind, icon);
    return icon;
}

} // namespace apd::ui
