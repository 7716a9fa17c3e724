#include "RejectedFilterModel.h"

#include "OrderItemModel.h"

namespace apd::ui {

RejectedFilterModel::RejectedFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    // A group stays while one of its rows does.
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void RejectedFilterModel::setRejectedOnly(bool on)
{
    if (m_rejectedOnly == on)
        return;
    m_rejectedOnly = on;
    invalidateFilter();
}

bool RejectedFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_rejectedOnly)
        return true;
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    return row.data(OrderItemModel::RowKindRole).toInt() == OrderItemModel::RequestRow &&
           row.data(OrderItemModel::StateNameRole).toString() == QLatin1String("rejected");
}

} // namespace apd::ui
