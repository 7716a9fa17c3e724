#include "OrderView.h"

#include "OrderItemModel.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMimeData>

namespace apd::ui {

namespace {

QStringList localPaths(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    return paths;
}

} // namespace

OrderView::OrderView(QWidget* parent) : QTreeView(parent)
{
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
}

void OrderView::dragEnterEvent(QDragEnterEvent* event)
{
    if (localPaths(event->mimeData()).isEmpty())
        return event->ignore();
    event->acceptProposedAction();
}

void OrderView::dragMoveEvent(QDragMoveEvent* event)
{
    if (localPaths(event->mimeData()).isEmpty())
        return event->ignore();
    event->acceptProposedAction();
}

void OrderView::dropEvent(QDropEvent* event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return event->ignore();
    const QModelIndex at = indexAt(event->position().toPoint());
    qint64 requestId = 0;
    if (at.isValid() && at.data(OrderItemModel::RowKindRole).toInt() == OrderItemModel::RequestRow)
        requestId = at.data(OrderItemModel::RequestIdRole).toLongLong();
    event->acceptProposedAction();
    Q_EMIT pathsDropped(paths, requestId);
}

void OrderView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy) && currentIndex().isValid()) {
        const QString name = currentIndex().siblingAtColumn(OrderItemModel::NameColumn).data().toString();
        if (!name.isEmpty())
            QApplication::clipboard()->setText(name);
        return event->accept();
    }
    QTreeView::keyPressEvent(event);
}

} // namespace apd::ui
