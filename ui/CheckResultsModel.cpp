#include "CheckResultsModel.h"

#include <QApplication>
#include <QStyle>

namespace apd::ui {

using naming::Severity;

CheckResultsModel::CheckResultsModel(QObject* parent) : QAbstractTableModel(parent) {}

int CheckResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

int CheckResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const validate::FileReport& r = m_reports.at(index.row());
    const bool warnings = r.count(Severity::Warning) > 0;
    switch (role) {
    case PathRole:
        return r.path;
    case SuggestionRole:
        return r.suggestion;
    case ValidRole:
        return r.valid();
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const validate::Problem& p : r.problems)
            lines << (p.fix.isEmpty() ? p.message : tr("%1 Fix: %2").arg(p.message, p.fix));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole:
        if (index.column() != StatusColumn)
            return {};
        return QApplication::style()->standardIcon(!r.valid() ? QStyle::SP_MessageBoxCritical
                                                   : warnings ? QStyle::SP_MessageBoxWarning
                                                              : QStyle::SP_DialogApplyButton);
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return !r.valid() ? tr("Refused") : warnings ? tr("Check") : tr("Ready");
        case NameColumn:
            return r.name;
        case RequestColumn:
            return r.parts.requestKey;
        case ProblemColumn: {
            for (const validate::Problem& p : r.problems)
                if (p.severity == Severity::Error)
                    return p.message;
            for (const validate::Problem& p : r.problems)
                if (p.severity == Severity::Warning)
                    return p.message;
            return {};
        }
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CheckResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("File");
    case RequestColumn:
        return tr("Request");
    case ProblemColumn:
        return tr("First problem");
    default:
        return {};
    }
}

void CheckResultsModel::addReport(const validate::FileReport& report)
{
    for (int row = 0; row < m_reports.size(); ++row) {
        if (m_reports[row].path == report.path) {
            m_reports[row] = report;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, int(m_reports.size()), int(m_reports.size()));
    m_reports.append(report);
    endInsertRows();
}

void CheckResultsModel::clear()
{
    beginResetModel();
    m_reports.clear();
    endResetModel();
}

void CheckResultsModel::removePath(const QString& path)
{
    for (int row = 0; row < m_reports.size(); ++row) {
        if (m_reports[row].path != path)
            continue;
        beginRemoveRows({}, row, row);
        m_reports.removeAt(row);
        endRemoveRows();
        return;
    }
}

int CheckResultsModel::validCount() const
{
    return int(
        std::count_if(m_reports.cbegin(), m_reports.cend(), [](const validate::FileReport& r) { return r.valid(); }));
}

} // namespace apd::ui
