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
Result<AuditEntry> append(QSqlDatabase &database, AuditEntry entry, const QByteArray &macKey = {});
Result<QList<AuditEntry>> entries(const QSqlDatabase &database);
/*! Verifies the chain; with \a macKey also the keyed check (see AuditLog). */
Result<AuditVerification> verify(const QSqlDatabase &database, const QByteArray &macKey = {});
/*!
 * Records that entries from \a firstSequence on carry an HMAC (migration 3; inside the
 * caller's write transaction).
 */
Result<void>
startKeyedEntries(QSqlDatabase &database, qint64 firstSequence, const QByteArray &macKey);
/*! The audit MAC key derived from the case database key bytes' cipher. */
inline QByteArray macLabel()
{
    return QByteArrayLiteral("genomedesk audit-log hmac-sha256 v1");
}

} // namespace Core::AuditLogPrivate
