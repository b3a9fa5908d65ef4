// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/review: the audit log on an open Qt SQL connection.

#include "auditlog.h"

#include <QSqlDatabase>

namespace Core::AuditLogPrivate {

/*!
 * Appends an entry (sequence, time and hashes are filled in) and moves the tail in the settings
 * table. Must run inside the caller's write transaction, which holds the write lock.
 */
Result<AuditEntry> append(QSqlDatabase &database, AuditEntry entry);
Result<QList<AuditEntry>> entries(const QSqlDatabase &database);
Result<AuditVerification> verify(const QSqlDatabase &database);

} // namespace Core::AuditLogPrivate
