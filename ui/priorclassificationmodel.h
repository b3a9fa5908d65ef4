// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/review/casestore.h>

#include <QAbstractTableModel>
#include <QList>

namespace Gui {

/*!
 * How one variant was classified in other cases (CaseStore::priorClassifications()): case,
 * patient pseudonym, class, criteria, reviewer, date and the case's status. GUI thread only.
 */
class PriorClassificationModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CaseColumn,
        PatientColumn,
        ClassColumn,
        CriteriaColumn,
        ReviewerColumn,
        DateColumn,
        StatusColumn,
        ColumnCount
    };

    explicit PriorClassificationModel(QObject *parent = nullptr);

    void setPriors(const QList<Core::PriorClassification> &priors);
    const QList<Core::PriorClassification> &priors() const { return m_priors; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Core::PriorClassification> m_priors;
};

/*! Translated case status ("draft", "reviewed", "signed"). */
QString caseStatusLabel(Core::CaseStatus status);

} // namespace Gui
