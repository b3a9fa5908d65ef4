// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/review/casestore.h>

#include <QAbstractTableModel>
#include <QList>

namespace Gui {

/*!
 * The cases of a case database: case id, patient pseudonym, status and last update. The status
 * is shown as text ("Draft", "Reviewed", "Signed"), with a background tint only as a second cue.
 * No patient identity is shown. GUI thread only.
 */
class CaseListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CaseColumn, PatientColumn, StatusColumn, UpdatedColumn, ColumnCount };
    enum Role {
        CaseIdRole = Qt::UserRole + 1, //!< QString case id, on every column
        StatusRole,                    //!< int(Core::CaseStatus)
        SortRole,                      //!< sortable value (update time as QDateTime)
    };

    explicit CaseListModel(QObject *parent = nullptr);

    void setCases(const QList<Core::CaseRecord> &cases);
    const QList<Core::CaseRecord> &cases() const { return m_cases; }

    /*! "Draft", "Reviewed", "Signed" (translated). */
    static QString statusBadge(Core::CaseStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Core::CaseRecord> m_cases;
};

} // namespace Gui
