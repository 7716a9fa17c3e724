#pragma once

#include <QSortFilterProxyModel>

namespace apd::ui {

// The order (OrderItemModel) with a filter "rejected only": when it is on, only the request
// rows whose asset the studio rejected stay, under their type's group; sources, backgrounds
// and every other row go. Rows come and go by themselves as states change (a reload, a live
// review). Off, it shows the order as it is. GUI thread only.
class RejectedFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RejectedFilterModel(QObject* parent = nullptr);

    bool rejectedOnly() const { return m_rejectedOnly; }
    void setRejectedOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_rejectedOnly = false;
};

} // namespace apd::ui
