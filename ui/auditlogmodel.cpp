// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlogmodel.h"

#include <QLocale>

namespace Gui {

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditLogModel::setEntries(const QList<Core::AuditEntry> &entries, qint64 firstBadSequence)
{
    beginResetModel();
    m_entries = entries;
    m_firstBadSequence = firstBadSequence;
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::AuditEntry &entry = m_entries.at(index.row());
    if (role == Qt::UserRole + 1)
        return entry.sequence;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case SequenceColumn:
        return entry.sequence == m_firstBadSequence && m_firstBadSequence != 0
                       ? tr("%1 (first bad entry)").arg(entry.sequence)
                       : QString::number(entry.sequence);
    case TimeColumn:
        return QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
    case ActorColumn:
        return entry.actor;
    case ActionColumn:
        return entry.action;
    case EntityColumn:
        return entry.entity;
    case BeforeColumn:
        return role == Qt::DisplayRole ? entry.before.left(200) : entry.before;
    case AfterColumn:
        return role == Qt::DisplayRole ? entry.after.left(200) : entry.after;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SequenceColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Entity");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    default:
        return {};
    }
}

} // namespace Gui
