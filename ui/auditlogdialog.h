// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/review/auditlog.h>

#include <QAbstractItemModel>
#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Gui {

/*!
 * Tools → Audit Log: the entries of a case database's audit log (sequence, time, user, action,
 * entity, before, after) with the chain verification on top ("intact", or the first bad entry
 * and what is wrong with it). The caller reads the entries and the verification; the dialog
 * does no I/O. GUI thread only.
 */
class AuditLogDialog final : public QDialog
{
    Q_OBJECT

public:
    AuditLogDialog(const QList<Core::AuditEntry> &entries,
                   const Core::AuditVerification &verification,
                   const QString &databaseName,
                   QWidget *parent = nullptr);

    /*! The model behind the table (for tests). */
    QAbstractItemModel *model() const;
    /*! The verification line ("Audit chain intact: 12 entries verified."). */
    QString verificationText() const;

private:
    QLabel *m_verification = nullptr;
    QTableView *m_view = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace Gui
