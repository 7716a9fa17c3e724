#include "OrderView.h"

#include "OrderItemModel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
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
    connect(this, &QAbstractItemView::clicked, this, [this](const QModelIndex& index) {
        const qint64 id = requestAt(index);
        if (id == 0)
            return;
        if (index.column() == OrderItemModel::ActionsColumn)
            Q_EMIT menuRequested(id, viewport()->mapToGlobal(visualRect(index).bottomLeft()));
        else if (index.column() == OrderItemModel::SourceColumn &&
                 index.data(OrderItemModel::AssetIdRole).toLongLong() != 0)
            Q_EMIT linkRequested(id);
        else if (const qint64 asset = index.data(OrderItemModel::AssetIdRole).toLongLong();
                 index.column() == OrderItemModel::ThumbnailColumn && asset != 0)
            Q_EMIT assetViewRequested(asset);
    });
}

qint64 OrderView::requestAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.data(OrderItemModel::RowKindRole).toInt() != OrderItemModel::RequestRow)
        return 0;
    return index.data(OrderItemModel::RequestIdRole).toLongLong();
}

void OrderView::contextMenuEvent(QContextMenuEvent* event)
{
    const qint64 id = requestAt(indexAt(event->pos()));
    if (id == 0)
        return QTreeView::contextMenuEvent(event);
    event->accept();
    Q_EMIT menuRequested(id, event->globalPos());
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
    event->acceptProposedAction();
    Q_EMIT pathsDropped(paths, requestAt(at));
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
