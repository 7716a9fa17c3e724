#include "ThumbnailDelegate.h"

#include "OrderItemModel.h"
#include "ThumbnailLoader.h"

#include <QApplication>
#include <QPainter>

namespace apd::ui {

ThumbnailDelegate::ThumbnailDelegate(ThumbnailLoader* loader, QObject* parent)
    : QStyledItemDelegate(parent), m_loader(loader)
{
}

QSize ThumbnailDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const
{
    return {ThumbnailLoader::kSide + 8, ThumbnailLoader::kSide + 4};
}

void ThumbnailDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // The cell's background (selection, alternate rows) as any other cell has it.
    QStyleOptionViewItem bg = option;
    initStyleOption(&bg, index);
    bg.text.clear();
    bg.icon = QIcon();
    bg.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &bg, painter, widget);

    const QString key = index.data(OrderItemModel::ThumbnailKeyRole).toString();
    if (key.isEmpty())
        return;
    const QRect box =
        QRect(QPoint(0, 0), QSize(ThumbnailLoader::kSide, ThumbnailLoader::kSide))
            .translated(option.rect.center() - QPoint(ThumbnailLoader::kSide / 2, ThumbnailLoader::kSide / 2));
    m_loader->request(key);
    switch (m_loader->state(key)) {
    case ThumbnailLoader::State::Ready: {
        const QPixmap pix = m_loader->pixmap(key);
        const QSize logical = (QSizeF(pix.size()) / pix.devicePixelRatio()).toSize();
        const QRect at(box.center() - QPoint(logical.width() / 2, logical.height() / 2), logical);
        painter->drawPixmap(at, pix);
        break;
    }
    case ThumbnailLoader::State::Failed: {
        const QIcon icon = style->standardIcon(QStyle::SP_FileIcon, nullptr, widget);
        icon.paint(painter, box.adjusted(6, 6, -6, -6));
        break;
    }
    case ThumbnailLoader::State::Loading:
    case ThumbnailLoader::State::None: {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(option.palette.color(QPalette::Mid), 1, Qt::DashLine));
        painter->setBrush(option.palette.color(QPalette::Midlight));
        painter->drawRoundedRect(QRectF(box).adjusted(2.5, 2.5, -2.5, -2.5), 3, 3);
        painter->restore();
        break;
    }
    }
}

} // namespace apd::ui
