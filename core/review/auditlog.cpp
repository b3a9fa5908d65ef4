// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "../common/tr.h"
#include "auditlog_p.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QVariant>

namespace Core {

namespace {

const QString kTailKey = QStringLiteral("audit.tail");
const QString kTailMacKey = QStringLiteral("audit.tail.mac");
const QString kKeyedFromKey = QStringLiteral("audit.keyed.from");

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Error sqlError(const QSqlQuery &query)
{
    return Error(Error::Code::Internal, Tr::tr("database error: %1").arg(query.lastError().text()));
}

/*! Hex HMAC-SHA-256 of \a purpose, a newline and \a message under \a key. */
QString mac(const QByteArray &key, const char *purpose, const QString &message)
{
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, key);
    code.addData(QByteArray(purpose) + '\n' + message.toUtf8());
    return QString::fromLatin1(code.result().toHex());
}

QString entryMac(const QByteArray &key, const QString &hash)
{
    return mac(key, "genomedesk-audit-entry", hash);
}

QString tailMac(const QByteArray &key, const QString &tail)
{
    return mac(key, "genomedesk-audit-tail", tail);
}

QString keyedFromMac(const QByteArray &key, qint64 sequence)
{
    return mac(key, "genomedesk-audit-keyed-from", QString::number(sequence));
}

/*! Sets \a key in the settings table to \a value (update, else insert). */
Result<void> putSetting(QSqlDatabase &database, const QString &key, const QString &value)
{
    QSqlQuery update(database);
    update.prepare(QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"));
    update.addBindValue(value);
    update.addBindValue(key);
    if (!update.exec())
        return sqlError(update);
    if (update.numRowsAffected() == 1)
        return {};
    QSqlQuery insert(database);
    insert.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
    insert.addBindValue(key);
    insert.addBindValue(value);
    if (!insert.exec())
        return sqlError(insert);
    return {};
}

Result<QString> readSetting(const QSqlDatabase &database, const QString &key)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return sqlError(query);
    return query.next() ? query.value(0).toString() : QString();
}

AuditEntry entryFrom(const QSqlQuery &query)
{
    const QSqlRecord record = query.record();
    auto text = [&](const char *name) {
        const int index = record.indexOf(QLatin1String(name));
        return index < 0 ? QString() : query.value(index).toString();
    };
    AuditEntry entry;
    entry.sequence = text("sequence").toLongLong();
    entry.actor = text("actor");
    entry.time = QDateTime::fromString(text("time"), Qt::ISODateWithMs);
    entry.action = text("action");
    entry.entity = text("entity");
    entry.before = text("before_state");
    entry.after = text("after_state");
    entry.previousHash = text("previous_hash");
    entry.hash = text("hash");
    entry.mac = text("mac"); // absent before schema 3
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

Result<AuditEntry> append(QSqlDatabase &database, AuditEntry entry, const QByteArray &macKey)
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
    last.finish();
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    // Millisecond precision, as stored: the hash must be reproducible from the row.
    entry.time = QDateTime::fromString(timeText(entry.time), Qt::ISODateWithMs);
    entry.hash = entry.computeHash(entry.previousHash);
    entry.mac = macKey.isEmpty() ? QString() : entryMac(macKey, entry.hash);

    QSqlQuery insert(database);
    insert.prepare(macKey.isEmpty()
                           ? QStringLiteral("INSERT INTO audit_log (sequence, actor, time, action, "
                                            "entity, before_state, after_state, previous_hash, "
                                            "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                           : QStringLiteral("INSERT INTO audit_log (sequence, actor, time, action, "
                                            "entity, before_state, after_state, previous_hash, "
                                            "hash, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
    if (!macKey.isEmpty())
        insert.addBindValue(entry.mac);
    if (!insert.exec())
        return sqlError(insert);

    const QString tail = QStringLiteral("%1:%2").arg(entry.sequence).arg(entry.hash);
    if (const auto stored = putSetting(database, kTailKey, tail); !stored)
        return stored.error();
    if (!macKey.isEmpty()) {
        if (const auto stored = putSetting(database, kTailMacKey, tailMac(macKey, tail)); !stored)
            return stored.error();
    }
    return entry;
}

Result<void>
startKeyedEntries(QSqlDatabase &database, qint64 firstSequence, const QByteArray &macKey)
{
    return putSetting(
            database,
            kKeyedFromKey,
            QStringLiteral("%1:%2").arg(firstSequence).arg(keyedFromMac(macKey, firstSequence)));
}

Result<QList<AuditEntry>> entries(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    // Every column: "mac" exists from schema 3 on.
    if (!query.exec(QStringLiteral("SELECT * FROM audit_log ORDER BY sequence")))
        return sqlError(query);
    QList<AuditEntry> list;
    while (query.next())
        list << entryFrom(query);
    return list;
}

Result<AuditVerification> verify(const QSqlDatabase &database, const QByteArray &macKey)
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

    // The keyed check starts at the entry recorded (with its own MAC) by migration 3.
    qint64 keyedFrom = 0;
    if (!macKey.isEmpty()) {
        result.keyChecked = true;
        const auto recorded = readSetting(database, kKeyedFromKey);
        if (!recorded)
            return recorded.error();
        const qint64 first = recorded->section(QLatin1Char(':'), 0, 0).toLongLong();
        if (first < 1 || recorded->section(QLatin1Char(':'), 1) != keyedFromMac(macKey, first)) {
            return fail(1,
                        Tr::tr("the start of the keyed entries is missing or fails the keyed "
                               "check (HMAC)"));
        }
        keyedFrom = first;
        result.keyedFrom = first;
    }

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
        if (keyedFrom > 0 && entry.sequence >= keyedFrom
            && entry.mac != entryMac(macKey, entry.hash)) {
            return fail(entry.sequence,
                        Tr::tr("entry %1 fails the keyed check (HMAC): it was written or "
                               "rewritten without the case database key")
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
    if (keyedFrom > 0) {
        if (last < keyedFrom - 1) {
            return fail(
                    last + 1,
                    Tr::tr("entries from %1 on are missing: the log was truncated").arg(last + 1));
        }
        if (last >= keyedFrom) {
            const auto recordedMac = readSetting(database, kTailMacKey);
            if (!recordedMac)
                return recordedMac.error();
            if (recordedMac.value() != tailMac(macKey, recorded)) {
                return fail(last,
                            Tr::tr("the recorded end of the log (entry %1) fails the keyed check "
                                   "(HMAC): entries were cut off or rewritten")
                                    .arg(last));
            }
        }
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
