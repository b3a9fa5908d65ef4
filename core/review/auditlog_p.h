// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/review: the audit log on an open Qt SQL connection.

#include "auditlog.h"

#include <QSqlDatabase>

namespace Core::AuditLogPrivate {

/*! True for a PostgreSQL location "postgresql://user@host:port/database". */
bool isPostgresLocation(const QString &location);
/*!
 * Adds (does not open) the Qt SQL connection \a name for \a location: an SQLite file, or a
 * PostgreSQL URL (QPSQL; a password may come from the URL or from libpq's PGPASSWORD).
 */
QSqlDatabase
addConnection(const QString &location, const QString &name, int busyTimeoutMilliseconds = 10000);

/*!
 * Appends an entry (sequence, time and hashes are filled in) and moves the tail in the settings
 * table. Must run inside the caller's write transaction, which holds the write lock.
 */
Result<AuditEntry> append(QSqlDatabase &database, AuditEntry entry);
Result<QList<AuditEntry>> entries(const QSqlDatabase &database);
Result<AuditVerification> verify(const QSqlDatabase &database);

} // namespace Core::AuditLogPrivate
