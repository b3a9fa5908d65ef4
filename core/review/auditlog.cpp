// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "../common/tr.h"
#include "auditlog_p.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace Core {

namespace {

const QString kTailKey = QStringLiteral("audit.tail");

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Error sqlError(const QSqlQuery &query)
{
    return Error(Error::Code::Internal, Tr::tr("database error: %1").arg(query.lastError().text()));
}

AuditEntry entryFrom(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.sequence = query.value(0).toLongLong();
    entry.actor = query.value(1).toString();
    entry.time = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    entry.action = query.value(3).toString();
    entry.entity = query.value(4).toString();
    entry.before = query.value(5).toString();
    entry.after = query.value(6).toString();
    entry.previousHash = query.value(7).toString();
    entry.hash = query.value(8).toString();
    return entry;
}

} // namespace

QByteArray AuditEntry::canonical() const
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    const QJsonObject object{
            {QStringLiteral("action"), action},
            {QStringLiteral("actor"), actor},
            {QStringLiteral("after"), after},
            {QStringLiteral("before"), before},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("sequence"), QString::number(sequence)},
            {QStringLiteral("time"), timeText(time)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString AuditEntry::computeHash(const QString &previous) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous.toLatin1());
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonical());
    return QString::fromLatin1(hash.result().toHex());
}

namespace AuditLogPrivate {

bool isPostgresLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"))
           || location.startsWith(QLatin1String("postgres://"));
}

QSqlDatabase
addConnection(const QString &location, const QString &name, int busyTimeoutMilliseconds)
{
    if (isPostgresLocation(location)) {
        const QUrl url(location);
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        database.setHostName(url.host());
        database.setPort(url.port(5432));
        database.setUserName(url.userName());
        if (!url.password().isEmpty())
            database.setPassword(url.password());
        database.setDatabaseName(url.path().mid(1));
        return database;
    }
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    database.setDatabaseName(location);
    database.setConnectOptions(
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMilliseconds));
    return database;
}

Result<AuditEntry> append(QSqlDatabase &database, AuditEntry entry)
{
    QSqlQuery last(database);
    if (!last.exec(QStringLiteral(
                "SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1")))
        return sqlError(last);
    entry.sequence = 1;
    entry.previousHash.clear();
    if (last.next()) {
        entry.sequence = last.value(0).toLongLong() + 1;
        entry.previousHash = last.value(1).toString();
    }
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    // Millisecond precision, as stored: the hash must be reproducible from the row.
    entry.time = QDateTime::fromString(timeText(entry.time), Qt::ISODateWithMs);
    entry.hash = entry.computeHash(entry.previousHash);

    QSqlQuery insert(database);
    insert.prepare(QStringLiteral(
            "INSERT INTO audit_log (sequence, actor, time, action, entity, before_state, "
            "after_state, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // A null QString binds as SQL NULL: store "no state" as ''.
    const QString empty = QString::fromLatin1("");
    insert.addBindValue(entry.sequence);
    insert.addBindValue(entry.actor.isNull() ? empty : entry.actor);
    insert.addBindValue(timeText(entry.time));
    insert.addBindValue(entry.action.isNull() ? empty : entry.action);
    insert.addBindValue(entry.entity.isNull() ? empty : entry.entity);
    insert.addBindValue(entry.before.isNull() ? empty : entry.before);
    insert.addBindValue(entry.after.isNull() ? empty : entry.after);
    insert.addBindValue(entry.previousHash.isNull() ? empty : entry.previousHash);
    insert.addBindValue(entry.hash);
    if (!insert.exec())
        return sqlError(insert);

    QSqlQuery tail(database);
    tail.prepare(QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"));
    tail.addBindValue(QStringLiteral("%1:%2").arg(entry.sequence).arg(entry.hash));
    tail.addBindValue(kTailKey);
    if (!tail.exec())
        return sqlError(tail);
    if (tail.numRowsAffected() != 1) {
        QSqlQuery insertTail(database);
        insertTail.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
        insertTail.addBindValue(kTailKey);
        insertTail.addBindValue(QStringLiteral("%1:%2").arg(entry.sequence).arg(entry.hash));
        if (!insertTail.exec())
            return sqlError(insertTail);
    }
    return entry;
}

Result<QList<AuditEntry>> entries(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
                "SELECT sequence, actor, time, action, entity, before_state, after_state, "
                "previous_hash, hash FROM audit_log ORDER BY sequence")))
        return sqlError(query);
    QList<AuditEntry> list;
    while (query.next())
        list << entryFrom(query);
    return list;
}

Result<AuditVerification> verify(const QSqlDatabase &database)
{
    // Entries are read in sequence order: swapped contents fail the hash (the sequence is part
    // of it), renumbered entries fail the chain, removed ones leave a gap.
    const auto list = entries(database);
    if (!list)
        return list.error();
    AuditVerification result;
    auto fail = [&result](qint64 sequence, const QString &problem) {
        result.intact = false;
        result.firstBadSequence = sequence;
        result.problem = problem;
        return result;
    };

    QString previousHash;
    qint64 expectedSequence = 1;
    for (const AuditEntry &entry : list.value()) {
        ++result.entries;
        if (entry.sequence != expectedSequence) {
            if (entry.sequence > expectedSequence) {
                return fail(expectedSequence,
                            Tr::tr("entry %1 is missing (deleted); the log jumps from %2 to %3")
                                    .arg(expectedSequence)
                                    .arg(expectedSequence - 1)
                                    .arg(entry.sequence));
            }
            return fail(entry.sequence, Tr::tr("entry %1 is out of order").arg(entry.sequence));
        }
        if (entry.previousHash != previousHash) {
            return fail(entry.sequence,
                        Tr::tr("entry %1 does not follow entry %2 (chain broken: deleted, "
                               "inserted or reordered entries)")
                                .arg(entry.sequence)
                                .arg(entry.sequence - 1));
        }
        if (entry.computeHash(previousHash) != entry.hash) {
            return fail(entry.sequence,
                        Tr::tr("entry %1 was altered (its content does not match its hash)")
                                .arg(entry.sequence));
        }
        previousHash = entry.hash;
        ++expectedSequence;
    }

    QSqlQuery tail(database);
    tail.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    tail.addBindValue(kTailKey);
    if (!tail.exec())
        return sqlError(tail);
    const QString recorded = tail.next() ? tail.value(0).toString() : QString();
    const qint64 last = expectedSequence - 1;
    const QString actual
            = last == 0 ? QString() : QStringLiteral("%1:%2").arg(last).arg(previousHash);
    if (recorded != actual) {
        const qint64 recordedSequence = recorded.section(QLatin1Char(':'), 0, 0).toLongLong();
        if (recordedSequence > last) {
            return fail(last + 1,
                        Tr::tr("entries %1 to %2 are missing: the log was truncated after "
                               "entry %3")
                                .arg(last + 1)
                                .arg(recordedSequence)
                                .arg(last));
        }
        return fail(
                last,
                Tr::tr("the last entry (%1) does not match the recorded end of the log").arg(last));
    }
    return result;
}

} // namespace AuditLogPrivate

namespace {

/*! A connection to \a path for the duration of one call (used for reading only). */
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString &path)
    {
        static QAtomicInteger<quint64> counter;
        m_name = QStringLiteral("genomedesk-audit-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase database = AuditLogPrivate::addConnection(path, m_name);
        m_open = database.open();
    }
    ~ReadOnlyConnection()
    {
        {
            QSqlDatabase database = QSqlDatabase::database(m_name, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

Result<void> checkFile(const QString &path)
{
    if (!AuditLogPrivate::isPostgresLocation(path) && !QFileInfo::exists(path))
        return Error(Error::Code::FileNotFound, Tr::tr("the case database does not exist"), path);
    return {};
}

} // namespace

Result<AuditVerification> AuditLog::verify(const QString &path)
{
    if (const auto exists = checkFile(path); !exists)
        return exists.error();
    ReadOnlyConnection connection(path);
    if (!connection.isOpen())
        return Error(Error::Code::FileUnreadable, Tr::tr("cannot open the case database"), path);
    auto result = AuditLogPrivate::verify(connection.database());
    if (!result)
        return Error(Error::Code::UnsupportedFormat, result.error().message(), path);
    return result;
}

Result<QList<AuditEntry>> AuditLog::entries(const QString &path)
{
    if (const auto exists = checkFile(path); !exists)
        return exists.error();
    ReadOnlyConnection connection(path);
    if (!connection.isOpen())
        return Error(Error::Code::FileUnreadable, Tr::tr("cannot open the case database"), path);
    auto result = AuditLogPrivate::entries(connection.database());
    if (!result)
        return Error(Error::Code::UnsupportedFormat, result.error().message(), path);
    return result;
}

} // namespace Core
