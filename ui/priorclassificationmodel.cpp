// SPDX-License-Identifier: GPL-3.0-or-later
#include "priorclassificationmodel.h"

#include <QLocale>

namespace Gui {

QString caseStatusLabel(Core::CaseStatus status)
{
    switch (status) {
    case Core::CaseStatus::Draft:
        return PriorClassificationModel::tr("draft");
    case Core::CaseStatus::Reviewed:
        return PriorClassificationModel::tr("reviewed");
    case Core::CaseStatus::Signed:
        return PriorClassificationModel::tr("signed");
    }
    return {};
}

PriorClassificationModel::PriorClassificationModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PriorClassificationModel::setPriors(const QList<Core::PriorClassification> &priors)
{
    beginResetModel();
    m_priors = priors;
    endResetModel();
}

int PriorClassificationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_priors.size());
}

int PriorClassificationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriorClassificationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::PriorClassification &prior = m_priors.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CaseColumn:
        return prior.caseId;
    case PatientColumn:
        return prior.patientPseudonym;
    case ClassColumn:
        return Core::significanceLabel(prior.classification);
    case CriteriaColumn:
        return prior.criteria;
    case ReviewerColumn:
        return prior.reviewer;
    case DateColumn:
        return QLocale().toString(prior.time.toLocalTime(), QLocale::ShortFormat);
    case StatusColumn:
        return caseStatusLabel(prior.caseStatus);
    default:
        return {};
    }
}

QVariant
PriorClassificationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseColumn:
        return tr("Case");
    case PatientColumn:
        return tr("Patient");
    case ClassColumn:
        return tr("Class");
    case CriteriaColumn:
        return tr("Criteria");
    case ReviewerColumn:
        return tr("Reviewer");
    case DateColumn:
        return tr("Date");
    case StatusColumn:
        return tr("Case status");
    default:
        return {};
    }
}

} // namespace Gui
