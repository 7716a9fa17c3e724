#pragma once

#include "validate/FileReport.h"

#include <QAbstractTableModel>

namespace apd::ui {

// The files checked so far, one row each, newest last. Fed by validate::CheckQueue.
class CheckResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StatusColumn,
        NameColumn,
        RequestColumn,
        ProblemColumn,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1,
        SuggestionRole,
        ValidRole,
    };

    explicit CheckResultsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A report for a path already listed replaces its row.
    void addReport(const validate::FileReport& report);
    void clear();
    void removePath(const QString& path);
    const validate::FileReport& report(int row) const { return m_reports.at(row); }
    int validCount() const;

private:
    QList<validate::FileReport> m_reports;
};

} // namespace apd::ui
