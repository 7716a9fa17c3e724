#pragma once

// What the order window's GUI tests share: real drops (QMimeData with file:// URLs) on a
// widget or on one row of the order, and the rows' states as the model reports them.
#include "OrderItemModel.h"
#include "OrderView.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHash>
#include <QListWidget>
#include <QMimeData>
#include <QTest>
#include <QUrl>

namespace apd::testing {

// Drops `paths` at `at` of `target` (its centre by default). Returns whether it was taken.
inline bool dropFiles(QWidget* target, const QStringList& paths, QPoint at = {-1, -1})
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    if (at.x() < 0)
        at = QPoint(target->width() / 2, target->height() / 2);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

// The order model behind `view`, which shows it through proxies (the "rejected only" filter).
inline const ui::OrderItemModel* orderModelOf(const QAbstractItemView* view)
{
    const QAbstractItemModel* m = view->model();
    while (const auto* proxy = qobject_cast<const QAbstractProxyModel*>(m))
        m = proxy->sourceModel();
    return qobject_cast<const ui::OrderItemModel*>(m);
}

// `index` of the order model as `view` shows it; invalid when a proxy hides it.
inline QModelIndex viewIndex(const QAbstractItemView* view, const QModelIndex& index)
{
    QList<const QAbstractProxyModel*> proxies;
    for (const auto* p = qobject_cast<const QAbstractProxyModel*>(view->model()); p;
         p = qobject_cast<const QAbstractProxyModel*>(p->sourceModel()))
        proxies.prepend(p);
    QModelIndex i = index;
    for (const QAbstractProxyModel* p : std::as_const(proxies))
        i = p->mapFromSource(i);
    return i;
}

// Drops on the row of the request `key`, as a user does: on the view's viewport, inside the row.
inline bool dropOnRow(ui::OrderView* view, const QString& key, const QStringList& paths)
{
    const ui::OrderItemModel* model = orderModelOf(view);
    const order::Request* request = model ? model->project().requestByKey(key) : nullptr;
    if (!request)
        return false;
    const QModelIndex row =
        viewIndex(view, model->indexOfRequest(request->id).siblingAtColumn(ui::OrderItemModel::NameColumn));
    if (!row.isValid())
        return false;
    view->scrollTo(row);
    const QRect rect = view->visualRect(row);
    if (!rect.isValid())
        return false;
    return dropFiles(view->viewport(), paths, rect.center());
}

inline QModelIndex requestIndex(const ui::OrderItemModel* model, const QString& key, int column = 0)
{
    const order::Request* r = model->project().requestByKey(key);
    return r ? model->indexOfRequest(r->id).siblingAtColumn(column) : QModelIndex();
}

inline QString stateOf(const ui::OrderItemModel* model, const QString& key)
{
    return requestIndex(model, key).data(ui::OrderItemModel::StateNameRole).toString();
}

inline const order::Asset* assetOf(const ui::OrderItemModel* model, const QString& key)
{
    const order::Request* r = model->project().requestByKey(key);
    return r ? model->project().assetForRequest(r->id) : nullptr;
}

// Request rows by their untranslated state name.
inline QHash<QString, int> states(const ui::OrderItemModel* model)
{
    QHash<QString, int> count;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int r = 0; r < model->rowCount(group); ++r) {
            const QModelIndex row = model->index(r, 0, group);
            if (row.data(ui::OrderItemModel::RowKindRole).toInt() == ui::OrderItemModel::RequestRow)
                ++count[row.data(ui::OrderItemModel::StateNameRole).toString()];
        }
    }
    return count;
}

// The refused file whose text contains `part`, or -1.
inline int refusedRow(const QListWidget* list, const QString& part)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().contains(part))
            return i;
    return -1;
}

} // namespace apd::testing
