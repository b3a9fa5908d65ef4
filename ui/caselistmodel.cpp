// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselistmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Gui {

CaseListModel::CaseListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CaseListModel::setCases(const QList<Core::CaseRecord> &cases)
{
    beginResetModel();
    m_cases = cases;
    endResetModel();
}

QString CaseListModel::statusBadge(Core::CaseStatus status)
{
    switch (status) {
    case Core::CaseStatus::Draft:
        return tr("Draft");
    case Core::CaseStatus::Reviewed:
        return tr("Reviewed");
    case Core::CaseStatus::Signed:
        return tr("Signed");
    }
    return {};
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::CaseRecord &record = m_cases.at(index.row());
    switch (role) {
    case CaseIdRole:
        return record.caseId;
    case StatusRole:
        return int(record.status);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CaseColumn:
            return role == Qt::ToolTipRole && !record.input.indication.isEmpty()
                           ? tr("%1: %2").arg(record.caseId, record.input.indication)
                           : record.caseId;
        case PatientColumn:
            return record.input.patientPseudonym;
        case StatusColumn:
            return statusBadge(record.status);
        case UpdatedColumn:
            return QLocale().toString(record.updated.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return int(record.status);
        case UpdatedColumn:
            return record.updated;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::BackgroundRole:
        // A light tint as a second cue; the text of the badge carries the meaning.
        if (index.column() != StatusColumn)
            return {};
        switch (record.status) {
        case Core::CaseStatus::Draft:
            return {};
        case Core::CaseStatus::Reviewed:
            return QBrush(QColor(255, 236, 179));
        case Core::CaseStatus::Signed:
            return QBrush(QColor(200, 230, 201));
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && record.status != Core::CaseStatus::Draft)
            return QBrush(Qt::black);
        return {};
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseColumn:
        return tr("Case");
    case PatientColumn:
        return tr("Patient");
    case StatusColumn:
        return tr("Status");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace Gui
