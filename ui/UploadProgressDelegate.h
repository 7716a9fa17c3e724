#pragma once

#include <QStyledItemDelegate>

namespace apd::ui {

// Draws a request's upload as a progress bar in its state cell while OrderItemModel's
// ProgressRole holds a percentage; any other cell is drawn as usual.
class UploadProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace apd::ui
