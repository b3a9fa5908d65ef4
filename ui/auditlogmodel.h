// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/review/auditlog.h>

#include <QAbstractTableModel>
#include <QList>

namespace Gui {

/*! The entries of an audit log, one row each; the first bad entry is marked. GUI thread only. */
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SequenceColumn,
        TimeColumn,
        ActorColumn,
        ActionColumn,
        EntityColumn,
        BeforeColumn,
        AfterColumn,
        ColumnCount
    };

    explicit AuditLogModel(QObject *parent = nullptr);

    /*! \a firstBadSequence (0: none) is marked with text in the sequence column. */
    void setEntries(const QList<Core::AuditEntry> &entries, qint64 firstBadSequence = 0);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Core::AuditEntry> m_entries;
    qint64 m_firstBadSequence = 0;
};

} // namespace Gui
