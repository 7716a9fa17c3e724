#pragma once

#include <QStyledItemDelegate>

namespace apd::ui {

class ThumbnailLoader;

// Draws the thumbnail cell of a request row (OrderItemModel::ThumbnailColumn): the picture,
// centred, once loaded; a placeholder while it loads; a file icon when there is no picture
// (a PSD, a damaged file); nothing for a row without a file. Painting a row is what asks the
// loader for its thumbnail, so only rows that are on screen load theirs.
class ThumbnailDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ThumbnailDelegate(ThumbnailLoader* loader, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    ThumbnailLoader* m_loader;
};

} // namespace apd::ui
