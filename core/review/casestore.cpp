// SPDX-License-Identifier: GPL-3.0-or-later
#include "casestore.h"

#include "../common/tr.h"
#include "auditlog_p.h"
#include "passwordhash.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <functional>

Q_LOGGING_CATEGORY(lcCaseStore, "genomedesk.core.review", QtWarningMsg)

namespace Core {

namespace {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QString now()
{
    return timeText(QDateTime::currentDateTimeUtc());
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

Error invalid(const QString &message)
{
    return Error(Error::Code::InvalidArgument, message);
}

Error denied(const QString &message)
{
    return Error(Error::Code::InvalidArgument, message);
}

// The first migration: the whole schema. Later migrations are appended, never edited.
const char *const kMigration1[] = {
        "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
        "role TEXT NOT NULL CHECK (role IN ('counsellor', 'geneticist', 'admin')), "
        "password_hash TEXT NOT NULL, created TEXT NOT NULL)",
        "CREATE TABLE patients (id INTEGER PRIMARY KEY, pseudonym TEXT NOT NULL UNIQUE, "
        "name BLOB NOT NULL, birth_date BLOB NOT NULL, identifiers BLOB NOT NULL, "
        "created TEXT NOT NULL)",
        "CREATE TABLE cases (id INTEGER PRIMARY KEY, case_id TEXT NOT NULL UNIQUE, "
        "patient_id INTEGER NOT NULL REFERENCES patients (id), indication TEXT NOT NULL, "
        "referrer TEXT NOT NULL, consent_profile TEXT NOT NULL, genome_build TEXT NOT NULL, "
        "policy_id TEXT NOT NULL, policy_version TEXT NOT NULL, policy_checksum TEXT NOT NULL, "
        "cache_versions TEXT NOT NULL, knowledge_base_version TEXT NOT NULL, "
        "status TEXT NOT NULL CHECK (status IN ('draft', 'reviewed', 'signed')), "
        "report_version INTEGER NOT NULL, created_by INTEGER NOT NULL REFERENCES users (id), "
        "created TEXT NOT NULL, updated TEXT NOT NULL)",
        "CREATE TABLE case_files (id INTEGER PRIMARY KEY, "
        "case_ref INTEGER NOT NULL REFERENCES cases (id), position INTEGER NOT NULL, "
        "path BLOB NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL)",
        "CREATE TABLE variant_reviews (id INTEGER PRIMARY KEY, "
        "case_ref INTEGER NOT NULL REFERENCES cases (id), variant_key TEXT NOT NULL, "
        "classification TEXT NOT NULL, criteria TEXT NOT NULL, comment TEXT NOT NULL, "
        "status TEXT NOT NULL CHECK (status IN ('draft', 'final')), "
        "reviewer INTEGER NOT NULL REFERENCES users (id), time TEXT NOT NULL, "
        "report_version INTEGER NOT NULL, UNIQUE (case_ref, variant_key))",
        "CREATE INDEX variant_reviews_by_key ON variant_reviews (variant_key)",
        "CREATE TABLE report_versions (id INTEGER PRIMARY KEY, "
        "case_ref INTEGER NOT NULL REFERENCES cases (id), version INTEGER NOT NULL, "
        "reason TEXT NOT NULL, signed INTEGER NOT NULL DEFAULT 0, "
        "signed_by INTEGER REFERENCES users (id), signed_time TEXT, content TEXT, sha256 TEXT, "
        "created TEXT NOT NULL, UNIQUE (case_ref, version))",
        "CREATE TABLE audit_log (sequence INTEGER PRIMARY KEY, actor TEXT NOT NULL, "
        "time TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL, "
        "before_state TEXT NOT NULL, after_state TEXT NOT NULL, previous_hash TEXT NOT NULL, "
        "hash TEXT NOT NULL)",
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
        // A signed report version is frozen.
        "CREATE TRIGGER report_versions_frozen BEFORE UPDATE ON report_versions "
        "WHEN OLD.signed = 1 BEGIN SELECT RAISE(ABORT, 'a signed report version is frozen'); END",
};

// PostgreSQL equivalents of the SQLite-only parts of migration 1 (the tables are translated).
const char *const kMigration1PostgresTriggers[] = {
        "CREATE FUNCTION genomedesk_refuse_change() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$",
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW EXECUTE "
        "FUNCTION genomedesk_refuse_change('the audit log is append-only')",
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW EXECUTE "
        "FUNCTION genomedesk_refuse_change('the audit log is append-only')",
        "CREATE TRIGGER report_versions_frozen BEFORE UPDATE ON report_versions FOR EACH ROW "
        "WHEN (OLD.signed = 1) EXECUTE FUNCTION genomedesk_refuse_change('a signed report "
        "version is frozen')",
};

// Migration 2: the reviewer's decisions on automatic ACMG suggestions (reason encrypted).
const char *const kMigration2[] = {
        "CREATE TABLE suggestion_decisions (id INTEGER PRIMARY KEY, "
        "case_ref INTEGER NOT NULL REFERENCES cases (id), variant_key TEXT NOT NULL, "
        "criterion TEXT NOT NULL, "
        "decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')), "
        "evidence TEXT NOT NULL, reason BLOB NOT NULL, "
        "reviewer INTEGER NOT NULL REFERENCES users (id), time TEXT NOT NULL, "
        "report_version INTEGER NOT NULL, UNIQUE (case_ref, variant_key, criterion))",
};

// Migration 3: the keyed audit chain (an HMAC per entry; see AuditLog). Its C++ step records
// the first keyed entry (CaseStore::Private::migrate()).
const char *const kMigration3[] = {
        "ALTER TABLE audit_log ADD COLUMN mac TEXT NOT NULL DEFAULT ''",
};

// Migration 4 has no SQL: its C++ step encrypts the indication, referrer and review comments
// that earlier versions stored in clear (CaseStore::Private::migrate()).

struct Migration
{
    int version;
    QStringList statements;
};

/*! \a sql (written for SQLite) in the dialect of PostgreSQL when \a postgres. */
QString dialect(const char *statement, bool postgres)
{
    QString sql = QString::fromLatin1(statement);
    if (postgres) {
        sql.replace(QLatin1String("sequence INTEGER PRIMARY KEY"),
                    QLatin1String("sequence BIGINT PRIMARY KEY"));
        sql.replace(QLatin1String("id INTEGER PRIMARY KEY"),
                    QLatin1String("id BIGSERIAL PRIMARY KEY"));
        sql.replace(QLatin1String(" BLOB "), QLatin1String(" BYTEA "));
    }
    return sql;
}

/*! The migrations in order, in the dialect of SQLite or of PostgreSQL. */
QList<Migration> migrations(bool postgres)
{
    Migration first{1, {}};
    for (const char *statement : kMigration1) {
        if (postgres && QByteArray(statement).startsWith("CREATE TRIGGER"))
            continue;
        first.statements << dialect(statement, postgres);
    }
    if (postgres) {
        for (const char *statement : kMigration1PostgresTriggers)
            first.statements << QString::fromLatin1(statement);
    }
    Migration second{2, {}};
    for (const char *statement : kMigration2)
        second.statements << dialect(statement, postgres);
    Migration third{3, {}};
    for (const char *statement : kMigration3)
        third.statements << dialect(statement, postgres);
    return {first, second, third, Migration{4, {}}};
}

const char *const kSealedPrefix = "sealed:";

QByteArray fieldData(const QString &column, const QString &owner)
{
    return QStringLiteral("genomedesk:%1:%2").arg(column, owner).toUtf8();
}

} // namespace

QString userRoleKey(UserRole role)
{
    switch (role) {
    case UserRole::Counsellor:
        return QStringLiteral("counsellor");
    case UserRole::Geneticist:
        return QStringLiteral("geneticist");
    case UserRole::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<UserRole> userRoleFromKey(const QString &key)
{
    for (UserRole role : {UserRole::Counsellor, UserRole::Geneticist, UserRole::Admin}) {
        if (userRoleKey(role) == key.trimmed().toLower())
            return role;
    }
    return std::nullopt;
}

QString caseStatusKey(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Draft:
        return QStringLiteral("draft");
    case CaseStatus::Reviewed:
        return QStringLiteral("reviewed");
    case CaseStatus::Signed:
        return QStringLiteral("signed");
    }
    return {};
}

std::optional<CaseStatus> caseStatusFromKey(const QString &key)
{
    for (CaseStatus status : {CaseStatus::Draft, CaseStatus::Reviewed, CaseStatus::Signed}) {
        if (caseStatusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString reviewStatusKey(ReviewStatus status)
{
    return status == ReviewStatus::Final ? QStringLiteral("final") : QStringLiteral("draft");
}

std::optional<ReviewStatus> reviewStatusFromKey(const QString &key)
{
    if (key == QLatin1String("draft"))
        return ReviewStatus::Draft;
    if (key == QLatin1String("final"))
        return ReviewStatus::Final;
    return std::nullopt;
}

class CaseStore::Private
{
public:
    ~Private()
    {
        {
            QSqlDatabase database = QSqlDatabase::database(connectionName, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
    }

    QSqlDatabase database() const { return QSqlDatabase::database(connectionName, false); }

    Error sqlError(const QSqlQuery &query) const
    {
        const QSqlError error = query.lastError();
        qCWarning(lcCaseStore) << "SQL error:" << error.text();
        // SQLite's primary result codes (the low byte of an extended code): what the user can do
        // about it differs, so say which it is. Every change runs in a transaction, so a failed
        // one leaves what was saved before as it was.
        const int code = error.nativeErrorCode().toInt() & 0xff;
        if (code == 13 || code == 10) { // SQLITE_FULL, SQLITE_IOERR (EFBIG, ENOSPC, EIO)
            return Error(Error::Code::FileUnwritable,
                         Tr::tr("could not write the case database (disk full or I/O error: "
                                "%1); this change was not saved, earlier changes are intact")
                                 .arg(error.text()),
                         path);
        }
        if (code == 5 || code == 6) { // SQLITE_BUSY, SQLITE_LOCKED
            return Error(Error::Code::FileUnwritable,
                         Tr::tr("the case database is locked by another program (%1); this "
                                "change was not saved, try again")
                                 .arg(error.text()),
                         path);
        }
        if (code == 8) { // SQLITE_READONLY
            return Error(Error::Code::FileUnwritable,
                         Tr::tr("the case database is read-only (%1); this change was not saved")
                                 .arg(error.text()),
                         path);
        }
        return Error(
                Error::Code::Internal, Tr::tr("case database error: %1").arg(error.text()), path);
    }

    /*!
     * \a value encrypted for a TEXT column: "sealed:" and the base64 of FieldCipher's output
     * (bound to its place by \a associatedData). Empty on an OpenSSL failure.
     */
    QString seal(const QString &value, const QByteArray &associatedData) const
    {
        const QByteArray sealed = cipher.encrypt(value, associatedData);
        if (sealed.isEmpty())
            return {};
        return QLatin1String(kSealedPrefix) + QString::fromLatin1(sealed.toBase64());
    }

    /*! The clear text of a value seal() wrote (a value without the prefix is returned as is). */
    Result<QString> unseal(const QString &stored, const QByteArray &associatedData) const
    {
        if (!stored.startsWith(QLatin1String(kSealedPrefix)))
            return stored;
        return cipher.decryptString(
                QByteArray::fromBase64(stored.mid(int(qstrlen(kSealedPrefix))).toLatin1()),
                associatedData);
    }

    /*! A review as the audit log keeps it: the comment and decision reasons sealed. */
    QJsonObject auditReviewJson(const VariantReview &review) const
    {
        QJsonObject object = reviewJson(review);
        const QString place = QStringLiteral("%1/%2").arg(review.caseId, review.variantKey);
        object.insert(QStringLiteral("comment"),
                      seal(review.comment, fieldData(QStringLiteral("audit.comment"), place)));
        QJsonArray decisions = object.value(QStringLiteral("suggestions")).toArray();
        for (qsizetype i = 0; i < decisions.size(); ++i) {
            QJsonObject decision = decisions.at(i).toObject();
            decision.insert(QStringLiteral("reason"),
                            seal(decision.value(QStringLiteral("reason")).toString(),
                                 fieldData(QStringLiteral("audit.reason"), place)));
            decisions[i] = decision;
        }
        object.insert(QStringLiteral("suggestions"), decisions);
        return object;
    }

    /*! Prepares and runs \a sql with \a values; the query is positioned before the first row. */
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(database());
        query.setForwardOnly(true);
        if (values.isEmpty()) {
            // Not prepared: PostgreSQL cannot PREPARE DDL statements.
            if (!query.exec(sql))
                return sqlError(query);
            return query;
        }
        if (!query.prepare(sql))
            return sqlError(query);
        for (const QVariant &value : values) {
            // A null QString binds as SQL NULL; the schema wants '' for "no text".
            if (value.typeId() == QMetaType::QString && value.toString().isNull())
                query.addBindValue(QString::fromLatin1(""));
            else
                query.addBindValue(value);
        }
        if (!query.exec())
            return sqlError(query);
        return query;
    }

    /*! Runs \a body in one write transaction; commits when it succeeds, else rolls back. */
    template<typename T>
    Result<T> write(const std::function<Result<T>()> &body)
    {
        // Writers are serialized: SQLite takes the write lock at BEGIN IMMEDIATE; on
        // PostgreSQL a self-conflicting lock on the settings table does the same (readers are
        // not blocked), so that audit sequence numbers never race.
        QSqlQuery begin(database());
        if (!begin.exec(postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
            return sqlError(begin);
        if (postgres
            && !begin.exec(QStringLiteral("LOCK TABLE settings IN SHARE ROW EXCLUSIVE MODE"))) {
            const Error error = sqlError(begin);
            QSqlQuery rollback(database());
            rollback.exec(QStringLiteral("ROLLBACK"));
            return error;
        }
        Result<T> result = body();
        QSqlQuery end(database());
        if (!result) {
            end.exec(QStringLiteral("ROLLBACK"));
            return result;
        }
        if (!end.exec(QStringLiteral("COMMIT"))) {
            const Error error = sqlError(end);
            QSqlQuery rollback(database());
            rollback.exec(QStringLiteral("ROLLBACK"));
            return error;
        }
        return result;
    }

    Result<void> audit(const QString &actor,
                       const QString &action,
                       const QString &entity,
                       const QJsonObject &before,
                       const QJsonObject &after)
    {
        AuditEntry entry;
        entry.actor = actor;
        entry.action = action;
        entry.entity = entity;
        entry.before = before.isEmpty() ? QString() : compact(before);
        entry.after = after.isEmpty() ? QString() : compact(after);
        QSqlDatabase connection = database();
        const auto appended = AuditLogPrivate::append(connection, entry, auditKey);
        if (!appended)
            return appended.error();
        return {};
    }

    Result<QString> setting(const QString &key) const
    {
        auto query = run(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
        if (!query)
            return query.error();
        QSqlQuery &row = query.value();
        return row.next() ? row.value(0).toString() : QString();
    }

    Result<void> setSetting(const QString &key, const QString &value)
    {
        auto query = run(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                        "ON CONFLICT (key) DO UPDATE SET value = "
                                        "excluded.value"),
                         {key, value});
        if (!query)
            return query.error();
        return {};
    }

    /*! The actor as stored (role re-read from the database, not trusted from the caller). */
    Result<User> checkActor(const User &actor, std::initializer_list<UserRole> roles) const
    {
        auto query = run(
                QStringLiteral(
                        "SELECT id, name, role, created FROM users WHERE id = ? AND name = ?"),
                {actor.id, actor.name});
        if (!query)
            return query.error();
        QSqlQuery &row = query.value();
        if (!row.next())
            return denied(Tr::tr("unknown user %1").arg(actor.name));
        User stored;
        stored.id = row.value(0).toLongLong();
        stored.name = row.value(1).toString();
        stored.role = userRoleFromKey(row.value(2).toString()).value_or(UserRole::Counsellor);
        stored.created = timeFrom(row.value(3));
        for (UserRole role : roles) {
            if (stored.role == role)
                return stored;
        }
        return denied(Tr::tr("user %1 (%2) is not allowed to do this")
                              .arg(stored.name, userRoleKey(stored.role)));
    }

    struct CaseRow
    {
        qint64 id = 0;
        CaseRecord record;
    };

    Result<CaseRow> caseRow(const QString &caseId) const
    {
        auto query = run(
                QStringLiteral(
                        "SELECT c.id, c.case_id, p.pseudonym, c.indication, c.referrer, "
                        "c.consent_profile, c.genome_build, c.policy_id, c.policy_version, "
                        "c.policy_checksum, c.cache_versions, c.knowledge_base_version, c.status, "
                        "c.report_version, u.name, c.created, c.updated FROM cases c "
                        "JOIN patients p ON p.id = c.patient_id JOIN users u ON u.id = "
                        "c.created_by WHERE c.case_id = ?"),
                {caseId});
        if (!query)
            return query.error();
        QSqlQuery &row = query.value();
        if (!row.next())
            return invalid(Tr::tr("no case %1").arg(caseId));
        CaseRow result;
        result.id = row.value(0).toLongLong();
        CaseRecord &record = result.record;
        record.caseId = row.value(1).toString();
        record.input.patientPseudonym = row.value(2).toString();
        const auto indication
                = unseal(row.value(3).toString(),
                         fieldData(QStringLiteral("cases.indication"), record.caseId));
        const auto referrer = unseal(row.value(4).toString(),
                                     fieldData(QStringLiteral("cases.referrer"), record.caseId));
        if (!indication)
            return indication.error();
        if (!referrer)
            return referrer.error();
        record.input.indication = indication.value();
        record.input.referrer = referrer.value();
        record.input.consentProfile = objectFrom(row.value(5));
        record.input.genomeBuild = row.value(6).toString();
        record.input.policyId = row.value(7).toString();
        record.input.policyVersion = row.value(8).toString();
        record.input.policyChecksum = row.value(9).toString();
        record.input.cacheVersions = objectFrom(row.value(10));
        record.input.knowledgeBaseVersion = row.value(11).toString();
        record.status = caseStatusFromKey(row.value(12).toString()).value_or(CaseStatus::Draft);
        record.reportVersion = row.value(13).toInt();
        record.createdBy = row.value(14).toString();
        record.created = timeFrom(row.value(15));
        record.updated = timeFrom(row.value(16));

        auto files = run(QStringLiteral("SELECT path, sha256, size FROM case_files WHERE "
                                        "case_ref = ? ORDER BY position"),
                         {result.id});
        if (!files)
            return files.error();
        QSqlQuery &fileRow = files.value();
        while (fileRow.next()) {
            CaseFile file;
            const auto path = cipher.decryptString(
                    fileRow.value(0).toByteArray(),
                    fieldData(QStringLiteral("case_files.path"), record.caseId));
            if (!path)
                return path.error();
            file.path = path.value();
            file.sha256 = fileRow.value(1).toString();
            file.size = fileRow.value(2).toLongLong();
            record.input.files << file;
        }
        return result;
    }

    Result<QList<VariantReview>> reviewsOf(qint64 caseRef, const QString &caseId) const
    {
        auto query = run(QStringLiteral("SELECT r.variant_key, r.classification, r.criteria, "
                                        "r.comment, r.status, u.name, r.time, r.report_version "
                                        "FROM variant_reviews r JOIN users u ON u.id = r.reviewer "
                                        "WHERE r.case_ref = ? ORDER BY r.variant_key"),
                         {caseRef});
        if (!query)
            return query.error();
        QSqlQuery &row = query.value();
        QList<VariantReview> list;
        while (row.next()) {
            VariantReview review;
            review.caseId = caseId;
            review.variantKey = row.value(0).toString();
            review.classification = significanceFromKey(row.value(1).toString());
            const auto criteria = AcmgClassification::fromJson(
                    QJsonDocument::fromJson(row.value(2).toString().toUtf8()).array());
            if (criteria)
                review.criteria = criteria.value();
            const auto comment
                    = unseal(row.value(3).toString(),
                             fieldData(QStringLiteral("variant_reviews.comment"),
                                       QStringLiteral("%1/%2").arg(caseId, review.variantKey)));
            if (!comment)
                return comment.error();
            review.comment = comment.value();
            review.status
                    = reviewStatusFromKey(row.value(4).toString()).value_or(ReviewStatus::Draft);
            review.reviewer = row.value(5).toString();
            review.time = timeFrom(row.value(6));
            review.reportVersion = row.value(7).toInt();
            list << review;
        }
        row.finish();
        auto decisions = run(QStringLiteral("SELECT d.variant_key, d.criterion, d.decision, "
                                            "d.evidence, d.reason, u.name, d.time, "
                                            "d.report_version FROM suggestion_decisions d JOIN "
                                            "users u ON u.id = d.reviewer WHERE d.case_ref = ? "
                                            "ORDER BY d.variant_key, d.criterion"),
                             {caseRef});
        if (!decisions)
            return decisions.error();
        QSqlQuery &decisionRow = decisions.value();
        while (decisionRow.next()) {
            const QString key = decisionRow.value(0).toString();
            SuggestionDecision decision;
            decision.criterion = decisionRow.value(1).toString();
            decision.decision = decisionRow.value(2).toString() == QLatin1String("rejected")
                                        ? AcmgSuggestion::Decision::Rejected
                                        : AcmgSuggestion::Decision::Accepted;
            decision.evidence = decisionRow.value(3).toString();
            const auto reason = cipher.decryptString(decisionRow.value(4).toByteArray(),
                                                     decisionData(caseId, key, decision.criterion));
            if (!reason)
                return reason.error();
            decision.reason = reason.value();
            decision.reviewer = decisionRow.value(5).toString();
            decision.time = timeFrom(decisionRow.value(6));
            decision.reportVersion = decisionRow.value(7).toInt();
            for (VariantReview &review : list) {
                if (review.variantKey == key)
                    review.suggestionDecisions << decision;
            }
        }
        return list;
    }

    static QByteArray contentData(const QString &caseId, int version)
    {
        return fieldData(QStringLiteral("report_versions.content"),
                         QStringLiteral("%1/%2").arg(caseId).arg(version));
    }

    static QByteArray
    decisionData(const QString &caseId, const QString &variantKey, const QString &criterion)
    {
        return fieldData(QStringLiteral("suggestion_decisions.reason"),
                         QStringLiteral("%1/%2/%3").arg(caseId, variantKey, criterion));
    }

    Result<QList<ReportVersion>> versionsOf(qint64 caseRef, const QString &caseId) const
    {
        auto query = run(QStringLiteral("SELECT v.version, v.reason, v.signed, u.name, "
                                        "v.signed_time, v.content, v.sha256, v.created FROM "
                                        "report_versions v LEFT JOIN users u ON u.id = "
                                        "v.signed_by WHERE v.case_ref = ? ORDER BY v.version"),
                         {caseRef});
        if (!query)
            return query.error();
        QSqlQuery &row = query.value();
        QList<ReportVersion> list;
        while (row.next()) {
            ReportVersion version;
            version.version = row.value(0).toInt();
            version.reason = row.value(1).toString();
            version.isSigned = row.value(2).toInt() == 1;
            version.signedBy = row.value(3).toString();
            version.signedTime = row.value(4).isNull() ? QDateTime() : timeFrom(row.value(4));
            const auto content
                    = unseal(row.value(5).toString(), contentData(caseId, version.version));
            if (!content)
                return content.error();
            version.content = content->toUtf8();
            version.sha256 = row.value(6).toString();
            version.created = timeFrom(row.value(7));
            list << version;
        }
        return list;
    }

    static QJsonObject reviewJson(const VariantReview &review)
    {
        return QJsonObject{
                {QStringLiteral("variant"), review.variantKey},
                {QStringLiteral("classification"), significanceKey(review.classification)},
                {QStringLiteral("criteria"), review.criteria.toJson()},
                {QStringLiteral("rules"), significanceKey(review.criteria.byRules())},
                {QStringLiteral("rulesReason"), review.criteria.rulesReason()},
                {QStringLiteral("points"), review.criteria.points()},
                {QStringLiteral("pointsClassification"),
                 significanceKey(review.criteria.byPoints())},
                {QStringLiteral("comment"), review.comment},
                {QStringLiteral("status"), reviewStatusKey(review.status)},
                {QStringLiteral("reviewer"), review.reviewer},
                {QStringLiteral("time"), timeText(review.time)},
                {QStringLiteral("reportVersion"), review.reportVersion},
                {QStringLiteral("suggestions"), decisionsJson(review.suggestionDecisions)},
        };
    }

    static QJsonArray decisionsJson(const QList<SuggestionDecision> &decisions)
    {
        QJsonArray array;
        for (const SuggestionDecision &decision : decisions) {
            array.append(QJsonObject{
                    {QStringLiteral("criterion"), decision.criterion},
                    {QStringLiteral("decision"), acmgDecisionKey(decision.decision)},
                    {QStringLiteral("evidence"), decision.evidence},
                    {QStringLiteral("reason"), decision.reason},
                    {QStringLiteral("reviewer"), decision.reviewer},
                    {QStringLiteral("time"), timeText(decision.time)},
                    {QStringLiteral("reportVersion"), decision.reportVersion},
            });
        }
        return array;
    }

    /*! The case without identity or report versions: what a signature freezes. */
    Result<QJsonObject> caseContent(const CaseRow &row) const
    {
        const CaseRecord &record = row.record;
        QJsonArray files;
        for (const CaseFile &file : record.input.files) {
            files.append(QJsonObject{{QStringLiteral("name"), QFileInfo(file.path).fileName()},
                                     {QStringLiteral("sha256"), file.sha256},
                                     {QStringLiteral("size"), file.size}});
        }
        const auto reviews = reviewsOf(row.id, record.caseId);
        if (!reviews)
            return reviews.error();
        QJsonArray reviewArray;
        for (const VariantReview &review : reviews.value())
            reviewArray.append(reviewJson(review));
        return QJsonObject{
                {QStringLiteral("format"), QStringLiteral("genomedesk-case")},
                {QStringLiteral("formatVersion"), 1},
                {QStringLiteral("caseId"), record.caseId},
                {QStringLiteral("patient"),
                 QJsonObject{{QStringLiteral("pseudonym"), record.input.patientPseudonym}}},
                {QStringLiteral("indication"), record.input.indication},
                {QStringLiteral("referrer"), record.input.referrer},
                {QStringLiteral("consentProfile"), record.input.consentProfile},
                {QStringLiteral("files"), files},
                {QStringLiteral("genomeBuild"), record.input.genomeBuild},
                {QStringLiteral("policy"),
                 QJsonObject{{QStringLiteral("id"), record.input.policyId},
                             {QStringLiteral("version"), record.input.policyVersion},
                             {QStringLiteral("checksum"), record.input.policyChecksum}}},
                {QStringLiteral("cacheVersions"), record.input.cacheVersions},
                {QStringLiteral("knowledgeBaseVersion"), record.input.knowledgeBaseVersion},
                {QStringLiteral("reportVersion"), record.reportVersion},
                {QStringLiteral("createdBy"), record.createdBy},
                {QStringLiteral("created"), timeText(record.created)},
                {QStringLiteral("reviews"), reviewArray},
        };
    }

    Result<void> setCaseStatus(const CaseRow &row, CaseStatus status, int reportVersion)
    {
        auto query = run(QStringLiteral("UPDATE cases SET status = ?, report_version = ?, "
                                        "updated = ? WHERE id = ?"),
                         {caseStatusKey(status), reportVersion, now(), row.id});
        if (!query)
            return query.error();
        return {};
    }

    Result<void> initialize(const KeySource &key, const Options &options);
    Result<void> migrate();
    Result<void> sealClearFields();

    QString connectionName;
    QString path;
    FieldCipher cipher;
    QByteArray auditKey; //!< MAC key of the audit log, derived from the cipher's key
    QString location;    //!< as given to open() (for reopen())
    KeySource key;
    Options options;
    bool postgres = false;
    ScryptParameters passwordHashing;
    int schemaVersion = 0;
};

Result<void> CaseStore::Private::migrate()
{
    auditKey = cipher.deriveSubkey(AuditLogPrivate::macLabel());
    if (auditKey.isEmpty())
        return Error(Error::Code::Internal, Tr::tr("no key for the audit log"), path);
    auto created = run(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
            "applied TEXT NOT NULL)"));
    if (!created)
        return created.error();
    for (const Migration &migration : migrations(postgres)) {
        const auto applied = write<bool>([this, &migration]() -> Result<bool> {
            auto existing
                    = run(QStringLiteral("SELECT COUNT(*) FROM schema_version WHERE version = ?"),
                          {migration.version});
            if (!existing)
                return existing.error();
            QSqlQuery &row = existing.value();
            if (row.next() && row.value(0).toInt() > 0)
                return false;
            for (const QString &statement : migration.statements) {
                auto result = run(statement);
                if (!result)
                    return result.error();
            }
            if (migration.version == 3) {
                // Entries from here on carry an HMAC; earlier ones are covered by the chain.
                auto last = run(QStringLiteral("SELECT COALESCE(MAX(sequence), 0) FROM audit_log"));
                if (!last)
                    return last.error();
                QSqlQuery &lastRow = last.value();
                const qint64 first = (lastRow.next() ? lastRow.value(0).toLongLong() : 0) + 1;
                lastRow.finish();
                QSqlDatabase connection = database();
                if (const auto keyed
                    = AuditLogPrivate::startKeyedEntries(connection, first, auditKey);
                    !keyed)
                    return keyed.error();
            }
            if (migration.version == 4) {
                if (const auto sealed = sealClearFields(); !sealed)
                    return sealed.error();
            }
            auto recorded = run(QStringLiteral("INSERT INTO schema_version (version, "
                                               "applied) VALUES (?, ?)"),
                                {migration.version, now()});
            if (!recorded)
                return recorded.error();
            return true;
        });
        if (!applied)
            return applied.error();
        if (applied.value())
            qCInfo(lcCaseStore) << "applied case database migration" << migration.version;
    }
    auto version = run(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!version)
        return version.error();
    QSqlQuery &row = version.value();
    schemaVersion = row.next() ? row.value(0).toInt() : 0;
    if (schemaVersion > kSchemaVersion) {
        return Error(Error::Code::UnsupportedFormat,
                     Tr::tr("the case database was written by a newer GenomeDesk (schema %1; "
                            "this version knows %2)")
                             .arg(schemaVersion)
                             .arg(kSchemaVersion),
                     path);
    }
    return {};
}

Result<void> CaseStore::Private::sealClearFields()
{
    // Rows written in clear before schema 4. (Signed report versions are frozen and audit
    // entries are append-only: what they hold from before stays as it was.)
    auto cases = run(QStringLiteral("SELECT id, case_id, indication, referrer FROM cases"));
    if (!cases)
        return cases.error();
    QList<QVariantList> updates;
    QSqlQuery &caseRow = cases.value();
    while (caseRow.next()) {
        const QString caseId = caseRow.value(1).toString();
        updates.append({seal(caseRow.value(2).toString(),
                             fieldData(QStringLiteral("cases.indication"), caseId)),
                        seal(caseRow.value(3).toString(),
                             fieldData(QStringLiteral("cases.referrer"), caseId)),
                        caseRow.value(0)});
    }
    caseRow.finish();
    for (const QVariantList &values : std::as_const(updates)) {
        auto updated
                = run(QStringLiteral("UPDATE cases SET indication = ?, referrer = ? WHERE id = ?"),
                      values);
        if (!updated)
            return updated.error();
    }
    updates.clear();
    auto reviews = run(QStringLiteral("SELECT r.id, c.case_id, r.variant_key, r.comment FROM "
                                      "variant_reviews r JOIN cases c ON c.id = r.case_ref"));
    if (!reviews)
        return reviews.error();
    QSqlQuery &reviewRow = reviews.value();
    while (reviewRow.next()) {
        updates.append({seal(reviewRow.value(3).toString(),
                             fieldData(QStringLiteral("variant_reviews.comment"),
                                       QStringLiteral("%1/%2").arg(reviewRow.value(1).toString(),
                                                                   reviewRow.value(2).toString()))),
                        reviewRow.value(0)});
    }
    reviewRow.finish();
    for (const QVariantList &values : std::as_const(updates)) {
        auto updated = run(QStringLiteral("UPDATE variant_reviews SET comment = ? WHERE id = ?"),
                           values);
        if (!updated)
            return updated.error();
    }
    return {};
}

Result<void> CaseStore::Private::initialize(const KeySource &key, const Options &options)
{
    auto settings
            = run(QStringLiteral("CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value "
                                 "TEXT NOT NULL)"));
    if (!settings)
        return settings.error();

    // Set up the key on first use; inside a write transaction so two processes opening a new
    // file at once agree on one salt.
    const auto keyed = write<bool>([this, &key, &options]() -> Result<bool> {
        const auto method = setting(QStringLiteral("cipher.method"));
        if (!method)
            return method.error();
        if (!method->isEmpty())
            return false;
        QByteArray keyBytes;
        if (!key.passphrase.isEmpty()) {
            const QByteArray salt = FieldCipher::randomBytes(16);
            const auto derived
                    = FieldCipher::deriveKey(key.passphrase, salt, options.keyDerivation);
            if (!derived)
                return derived.error();
            keyBytes = derived.value();
            const ScryptParameters &p = options.keyDerivation;
            if (const auto r
                = setSetting(QStringLiteral("cipher.method"), QStringLiteral("scrypt"));
                !r)
                return r.error();
            if (const auto r
                = setSetting(QStringLiteral("cipher.salt"), QString::fromLatin1(salt.toHex()));
                !r)
                return r.error();
            if (const auto r = setSetting(QStringLiteral("cipher.scrypt"),
                                          QStringLiteral("%1:%2:%3").arg(p.n).arg(p.r).arg(p.p));
                !r)
                return r.error();
        } else if (!key.keyFile.isEmpty()) {
            const auto read = FieldCipher::readKeyFile(key.keyFile);
            if (!read)
                return read.error();
            keyBytes = read.value();
            if (const auto r
                = setSetting(QStringLiteral("cipher.method"), QStringLiteral("key-file"));
                !r)
                return r.error();
        } else {
            return invalid(Tr::tr("a new case database needs a passphrase or a key file"));
        }
        cipher = FieldCipher(keyBytes);
        if (const auto r = setSetting(QStringLiteral("cipher.check"),
                                      QString::fromLatin1(cipher.keyCheckValue().toBase64()));
            !r)
            return r.error();
        return true;
    });
    if (!keyed)
        return keyed.error();

    if (!keyed.value()) {
        const auto method = setting(QStringLiteral("cipher.method"));
        const auto check = setting(QStringLiteral("cipher.check"));
        if (!method)
            return method.error();
        if (!check)
            return check.error();
        QByteArray keyBytes;
        if (method.value() == QLatin1String("scrypt")) {
            if (key.passphrase.isEmpty())
                return invalid(Tr::tr("this case database is protected by a passphrase"));
            const auto salt = setting(QStringLiteral("cipher.salt"));
            const auto cost = setting(QStringLiteral("cipher.scrypt"));
            if (!salt)
                return salt.error();
            if (!cost)
                return cost.error();
            const QStringList parts = cost->split(QLatin1Char(':'));
            ScryptParameters parameters;
            if (parts.size() == 3) {
                parameters.n = parts.at(0).toULongLong();
                parameters.r = parts.at(1).toULongLong();
                parameters.p = parts.at(2).toULongLong();
            }
            const auto derived = FieldCipher::deriveKey(
                    key.passphrase, QByteArray::fromHex(salt->toLatin1()), parameters);
            if (!derived)
                return derived.error();
            keyBytes = derived.value();
        } else if (method.value() == QLatin1String("key-file")) {
            if (key.keyFile.isEmpty())
                return invalid(Tr::tr("this case database is protected by a key file"));
            const auto read = FieldCipher::readKeyFile(key.keyFile);
            if (!read)
                return read.error();
            keyBytes = read.value();
        } else {
            return Error(
                    Error::Code::UnsupportedFormat,
                    Tr::tr("unknown key method \"%1\" in the case database").arg(method.value()),
                    path);
        }
        cipher = FieldCipher(keyBytes);
        if (!cipher.matches(QByteArray::fromBase64(check->toLatin1()))) {
            cipher = FieldCipher();
            return Error(Error::Code::InvalidArgument,
                         method.value() == QLatin1String("scrypt")
                                 ? Tr::tr("wrong passphrase for this case database")
                                 : Tr::tr("wrong key file for this case database"),
                         path);
        }
    }
    return migrate();
}

CaseStore::CaseStore(std::unique_ptr<Private> d)
    : d(std::move(d))
{}

CaseStore::~CaseStore() = default;

Result<std::unique_ptr<CaseStore>>
CaseStore::open(const QString &path, const KeySource &key, const Options &options)
{
    static QAtomicInteger<quint64> counter;
    auto d = std::make_unique<Private>();
    d->postgres = AuditLogPrivate::isPostgresLocation(path);
    // Errors name the location, never a password given in a PostgreSQL URL.
    d->path = d->postgres ? QUrl(path).toDisplayString(QUrl::RemovePassword) : path;
    d->passwordHashing = options.passwordHashing;
    d->location = path;
    d->key = key;
    d->options = options;
    d->connectionName
            = QStringLiteral("genomedesk-casestore-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase database = AuditLogPrivate::addConnection(
                path, d->connectionName, options.busyTimeoutMilliseconds);
        if (!database.open()) {
            return Error(
                    Error::Code::FileUnwritable,
                    Tr::tr("cannot open the case database: %1").arg(database.lastError().text()),
                    d->path);
        }
    }
    // PostgreSQL: no NOTICE chatter on stderr ("relation already exists, skipping").
    const QStringList pragmas
            = d->postgres ? QStringList{QStringLiteral("SET client_min_messages TO WARNING")}
                          : QStringList{QStringLiteral("PRAGMA journal_mode=WAL"),
                                        QStringLiteral("PRAGMA foreign_keys=ON"),
                                        QStringLiteral("PRAGMA synchronous=FULL"),
                                        // Overwrite freed content (values sealed by migration 4).
                                        QStringLiteral("PRAGMA secure_delete=ON")};
    for (const QString &pragma : pragmas) {
        QSqlQuery query(d->database());
        if (!query.exec(pragma)) {
            if ((query.lastError().nativeErrorCode().toInt() & 0xff) == 8) { // SQLITE_READONLY
                return Error(Error::Code::FileUnwritable,
                             Tr::tr("the case database is read-only (%1): ask IT for write "
                                    "access to the file and its folder")
                                     .arg(query.lastError().text()),
                             d->path);
            }
            return Error(Error::Code::FileUnreadable,
                         Tr::tr("not a usable case database: %1").arg(query.lastError().text()),
                         d->path);
        }
    }
    if (const auto initialized = d->initialize(key, options); !initialized) {
        Error error = initialized.error();
        if (error.file().isEmpty())
            error = Error(error.code(), error.message(), d->path);
        return error;
    }
    return std::unique_ptr<CaseStore>(new CaseStore(std::move(d)));
}

Result<std::unique_ptr<CaseStore>> CaseStore::reopen() const
{
    return open(d->location, d->key, d->options);
}

QString CaseStore::path() const
{
    return d->path;
}

int CaseStore::schemaVersion() const
{
    return d->schemaVersion;
}

bool CaseStore::isValidVariantKey(const QString &key)
{
    static const QRegularExpression pattern(
            QStringLiteral("^[A-Za-z0-9_.]+-[1-9][0-9]*-[ACGTN]+-[ACGTN*]+$"));
    return pattern.match(key).hasMatch();
}

bool CaseStore::isValidPseudonym(const QString &pseudonym)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));
    return pattern.match(pseudonym).hasMatch();
}

Result<User>
CaseStore::addUser(const User *actor, const QString &name, UserRole role, const QString &password)
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    if (!namePattern.match(name).hasMatch())
        return invalid(Tr::tr("a user name is 1 to 64 letters, digits or . _ @ -"));
    if (password.size() < 8)
        return invalid(Tr::tr("a password needs at least 8 characters"));
    const QString hash = PasswordHash::hash(password, d->passwordHashing);
    if (hash.isEmpty())
        return Error(Error::Code::Internal, Tr::tr("cannot hash the password"));
    return d->write<User>([&]() -> Result<User> {
        auto count = d->run(QStringLiteral("SELECT COUNT(*) FROM users"));
        if (!count)
            return count.error();
        QSqlQuery &countRow = count.value();
        const bool first = countRow.next() && countRow.value(0).toInt() == 0;
        QString actorName = QStringLiteral("system");
        if (first) {
            if (role != UserRole::Admin)
                return denied(Tr::tr("the first user of a case database must be an admin"));
        } else {
            if (!actor)
                return denied(Tr::tr("only an admin can add users"));
            const auto checked = d->checkActor(*actor, {UserRole::Admin});
            if (!checked)
                return denied(Tr::tr("only an admin can add users"));
            actorName = checked->name;
        }
        User user;
        user.name = name;
        user.role = role;
        user.created = QDateTime::fromString(now(), Qt::ISODateWithMs);
        auto inserted = d->run(
                QStringLiteral("INSERT INTO users (name, role, password_hash, created) VALUES "
                               "(?, ?, ?, ?) RETURNING id"),
                {name, userRoleKey(role), hash, timeText(user.created)});
        if (!inserted) {
            auto exists = d->run(QStringLiteral("SELECT 1 FROM users WHERE name = ?"), {name});
            if (exists) {
                QSqlQuery &row = exists.value();
                if (row.next())
                    return invalid(Tr::tr("user %1 already exists").arg(name));
            }
            return inserted.error();
        }
        QSqlQuery &row = inserted.value();
        if (row.next())
            user.id = row.value(0).toLongLong();
        row.finish();
        const auto audited = d->audit(actorName,
                                      QStringLiteral("user.add"),
                                      QStringLiteral("user:%1").arg(name),
                                      {},
                                      QJsonObject{{QStringLiteral("name"), name},
                                                  {QStringLiteral("role"), userRoleKey(role)}});
        if (!audited)
            return audited.error();
        return user;
    });
}

Result<User> CaseStore::authenticate(const QString &name, const QString &password) const
{
    auto query = d->run(QStringLiteral("SELECT id, name, role, created, password_hash FROM "
                                       "users WHERE name = ?"),
                        {name});
    if (!query)
        return query.error();
    QSqlQuery &row = query.value();
    const Error refused = denied(Tr::tr("unknown user or wrong password"));
    if (!row.next()) {
        // Same work as for a known user, so that timing does not reveal user names.
        PasswordHash::verify(password, PasswordHash::hash(QStringLiteral("not a user")));
        return refused;
    }
    if (!PasswordHash::verify(password, row.value(4).toString()))
        return refused;
    User user;
    user.id = row.value(0).toLongLong();
    user.name = row.value(1).toString();
    user.role = userRoleFromKey(row.value(2).toString()).value_or(UserRole::Counsellor);
    user.created = timeFrom(row.value(3));
    return user;
}

Result<User> CaseStore::user(const QString &name) const
{
    auto query = d->run(QStringLiteral("SELECT id, name, role, created FROM users WHERE "
                                       "name = ?"),
                        {name});
    if (!query)
        return query.error();
    QSqlQuery &row = query.value();
    if (!row.next())
        return invalid(Tr::tr("unknown user %1").arg(name));
    User user;
    user.id = row.value(0).toLongLong();
    user.name = row.value(1).toString();
    user.role = userRoleFromKey(row.value(2).toString()).value_or(UserRole::Counsellor);
    user.created = timeFrom(row.value(3));
    return user;
}

Result<QList<User>> CaseStore::users() const
{
    auto query = d->run(QStringLiteral("SELECT name FROM users ORDER BY name"));
    if (!query)
        return query.error();
    QSqlQuery &row = query.value();
    QStringList names;
    while (row.next())
        names << row.value(0).toString();
    QList<User> list;
    for (const QString &name : names) {
        const auto found = user(name);
        if (!found)
            return found.error();
        list << found.value();
    }
    return list;
}

Result<Patient>
CaseStore::addPatient(const User &actor, const QString &pseudonym, const PatientIdentity &identity)
{
    if (!isValidPseudonym(pseudonym))
        return invalid(Tr::tr("a pseudonym is 1 to 64 letters, digits, '-' or '_'"));
    return d->write<Patient>([&]() -> Result<Patient> {
        const auto checked = d->checkActor(actor, {UserRole::Counsellor, UserRole::Geneticist});
        if (!checked)
            return checked.error();
        auto exists
                = d->run(QStringLiteral("SELECT 1 FROM patients WHERE pseudonym = ?"), {pseudonym});
        if (!exists)
            return exists.error();
        QSqlQuery &existsRow = exists.value();
        if (existsRow.next())
            return invalid(Tr::tr("patient %1 already exists").arg(pseudonym));
        existsRow.finish();
        Patient patient;
        patient.pseudonym = pseudonym;
        patient.identity = identity;
        patient.created = QDateTime::fromString(now(), Qt::ISODateWithMs);
        const QByteArray name = d->cipher.encrypt(
                identity.name, fieldData(QStringLiteral("patients.name"), pseudonym));
        const QByteArray birthDate = d->cipher.encrypt(
                identity.birthDate.isValid() ? identity.birthDate.toString(Qt::ISODate) : QString(),
                fieldData(QStringLiteral("patients.birth_date"), pseudonym));
        const QByteArray identifiers = d->cipher.encrypt(
                QJsonDocument(identity.identifiers).toJson(QJsonDocument::Compact),
                fieldData(QStringLiteral("patients.identifiers"), pseudonym));
        if (name.isEmpty() || birthDate.isEmpty() || identifiers.isEmpty())
            return Error(Error::Code::Internal, Tr::tr("encryption failed"));
        auto inserted
                = d->run(QStringLiteral("INSERT INTO patients (pseudonym, name, "
                                        "birth_date, identifiers, created) VALUES "
                                        "(?, ?, ?, ?, ?) RETURNING id"),
                         {pseudonym, name, birthDate, identifiers, timeText(patient.created)});
        if (!inserted)
            return inserted.error();
        QSqlQuery &row = inserted.value();
        if (row.next())
            patient.id = row.value(0).toLongLong();
        row.finish();
        const auto audited
                = d->audit(checked->name,
                           QStringLiteral("patient.add"),
                           QStringLiteral("patient:%1").arg(pseudonym),
                           {},
                           QJsonObject{{QStringLiteral("pseudonym"), pseudonym},
                                       {QStringLiteral("identity"), QStringLiteral("encrypted")}});
        if (!audited)
            return audited.error();
        return patient;
    });
}

Result<Patient> CaseStore::patient(const QString &pseudonym) const
{
    auto query = d->run(QStringLiteral("SELECT id, name, birth_date, identifiers, created "
                                       "FROM patients WHERE pseudonym = ?"),
                        {pseudonym});
    if (!query)
        return query.error();
    QSqlQuery &row = query.value();
    if (!row.next())
        return invalid(Tr::tr("no patient %1").arg(pseudonym));
    Patient patient;
    patient.id = row.value(0).toLongLong();
    patient.pseudonym = pseudonym;
    patient.created = timeFrom(row.value(4));
    const auto name = d->cipher.decryptString(
            row.value(1).toByteArray(), fieldData(QStringLiteral("patients.name"), pseudonym));
    const auto birthDate
            = d->cipher.decryptString(row.value(2).toByteArray(),
                                      fieldData(QStringLiteral("patients.birth_date"), pseudonym));
    const auto identifiers
            = d->cipher.decrypt(row.value(3).toByteArray(),
                                fieldData(QStringLiteral("patients.identifiers"), pseudonym));
    if (!name)
        return name.error();
    if (!birthDate)
        return birthDate.error();
    if (!identifiers)
        return identifiers.error();
    patient.identity.name = name.value();
    patient.identity.birthDate = QDate::fromString(birthDate.value(), Qt::ISODate);
    patient.identity.identifiers = QJsonDocument::fromJson(identifiers.value()).object();
    return patient;
}

Result<CaseRecord> CaseStore::createCase(const User &actor, const CaseInput &input)
{
    for (const CaseFile &file : input.files) {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!hex.match(file.sha256).hasMatch())
            return invalid(Tr::tr("the SHA-256 of an input file must be 64 lower-case hex digits"));
    }
    return d->write<CaseRecord>([&]() -> Result<CaseRecord> {
        const auto checked = d->checkActor(actor, {UserRole::Counsellor, UserRole::Geneticist});
        if (!checked)
            return checked.error();
        auto patientRow = d->run(QStringLiteral("SELECT id, (SELECT COUNT(*) FROM cases "
                                                "c WHERE c.patient_id = p.id) FROM "
                                                "patients p WHERE p.pseudonym = ?"),
                                 {input.patientPseudonym});
        if (!patientRow)
            return patientRow.error();
        QSqlQuery &prow = patientRow.value();
        if (!prow.next())
            return invalid(Tr::tr("no patient %1").arg(input.patientPseudonym));
        const qint64 patientId = prow.value(0).toLongLong();
        const int number = prow.value(1).toInt() + 1;
        prow.finish();
        const QString caseId = QStringLiteral("%1-C%2").arg(input.patientPseudonym).arg(number);
        const QString created = now();
        auto inserted = d->run(
                QStringLiteral("INSERT INTO cases (case_id, patient_id, indication, referrer, "
                               "consent_profile, genome_build, policy_id, policy_version, "
                               "policy_checksum, cache_versions, knowledge_base_version, status, "
                               "report_version, created_by, created, updated) VALUES (?, ?, ?, "
                               "?, ?, ?, ?, ?, ?, ?, ?, 'draft', 1, ?, ?, ?) RETURNING id"),
                {caseId,
                 patientId,
                 d->seal(input.indication, fieldData(QStringLiteral("cases.indication"), caseId)),
                 d->seal(input.referrer, fieldData(QStringLiteral("cases.referrer"), caseId)),
                 compact(input.consentProfile),
                 input.genomeBuild,
                 input.policyId,
                 input.policyVersion,
                 input.policyChecksum,
                 compact(input.cacheVersions),
                 input.knowledgeBaseVersion,
                 checked->id,
                 created,
                 created});
        if (!inserted)
            return inserted.error();
        QSqlQuery &row = inserted.value();
        if (!row.next())
            return Error(Error::Code::Internal, Tr::tr("the case was not stored"));
        const qint64 caseRef = row.value(0).toLongLong();
        row.finish();
        int position = 0;
        QJsonArray fileHashes;
        for (const CaseFile &file : input.files) {
            const QByteArray path = d->cipher.encrypt(
                    file.path, fieldData(QStringLiteral("case_files.path"), caseId));
            auto stored = d->run(QStringLiteral("INSERT INTO case_files (case_ref, "
                                                "position, path, sha256, size) VALUES (?, "
                                                "?, ?, ?, ?)"),
                                 {caseRef, position++, path, file.sha256, file.size});
            if (!stored)
                return stored.error();
            fileHashes.append(file.sha256);
        }
        auto version = d->run(QStringLiteral("INSERT INTO report_versions (case_ref, "
                                             "version, reason, created) VALUES (?, 1, ?, ?)"),
                              {caseRef, QStringLiteral("initial report"), created});
        if (!version)
            return version.error();
        const auto audited = d->audit(
                checked->name,
                QStringLiteral("case.create"),
                QStringLiteral("case:%1").arg(caseId),
                {},
                QJsonObject{
                        {QStringLiteral("patient"), input.patientPseudonym},
                        {QStringLiteral("indication"),
                         d->seal(input.indication,
                                 fieldData(QStringLiteral("audit.indication"), caseId))},
                        {QStringLiteral("referrer"),
                         d->seal(input.referrer,
                                 fieldData(QStringLiteral("audit.referrer"), caseId))},
                        {QStringLiteral("genomeBuild"), input.genomeBuild},
                        {QStringLiteral("policy"),
                         QStringLiteral("%1 %2 %3")
                                 .arg(input.policyId, input.policyVersion, input.policyChecksum)},
                        {QStringLiteral("files"), fileHashes}});
        if (!audited)
            return audited.error();
        const auto record = d->caseRow(caseId);
        if (!record)
            return record.error();
        return record->record;
    });
}

Result<CaseRecord> CaseStore::caseRecord(const QString &caseId) const
{
    const auto row = d->caseRow(caseId);
    if (!row)
        return row.error();
    return row->record;
}

Result<QList<CaseRecord>> CaseStore::cases() const
{
    auto query = d->run(QStringLiteral("SELECT case_id FROM cases ORDER BY id"));
    if (!query)
        return query.error();
    QSqlQuery &row = query.value();
    QStringList ids;
    while (row.next())
        ids << row.value(0).toString();
    QList<CaseRecord> list;
    for (const QString &id : ids) {
        const auto record = caseRecord(id);
        if (!record)
            return record.error();
        list << record.value();
    }
    return list;
}

Result<VariantReview>
CaseStore::setReview(const User &actor, const QString &caseId, const VariantReviewInput &input)
{
    const QString key = input.variantKey.trimmed();
    if (!isValidVariantKey(key))
        return invalid(Tr::tr("\"%1\" is not a variant key like 6-26092913-G-A").arg(key));
    switch (input.classification) {
    case Significance::Pathogenic:
    case Significance::LikelyPathogenic:
    case Significance::Uncertain:
    case Significance::LikelyBenign:
    case Significance::Benign:
        break;
    default:
        return invalid(Tr::tr("a review classification is P, LP, VUS, LB or B"));
    }
    for (const AcmgEvidence &evidence : input.criteria.criteria()) {
        if (!acmgIsSupported(evidence.criterion))
            return AcmgEvidence::parse(acmgCriterionCode(evidence.criterion)).error();
    }
    for (const AcmgSuggestion &suggestion : input.suggestions) {
        if (!acmgIsSupported(suggestion.evidence.criterion))
            return AcmgEvidence::parse(acmgCriterionCode(suggestion.evidence.criterion)).error();
    }
    return d->write<VariantReview>([&]() -> Result<VariantReview> {
        const auto checked = d->checkActor(actor, {UserRole::Counsellor, UserRole::Geneticist});
        if (!checked)
            return checked.error();
        const auto row = d->caseRow(caseId);
        if (!row)
            return row.error();
        int reportVersion = row->record.reportVersion;
        if (row->record.status == CaseStatus::Signed) {
            if (input.changeReason.trimmed().isEmpty()) {
                return invalid(Tr::tr("case %1 is signed: a change needs a reason and creates "
                                      "report version %2")
                                       .arg(caseId)
                                       .arg(reportVersion + 1));
            }
            ++reportVersion;
            auto version = d->run(QStringLiteral("INSERT INTO report_versions (case_ref, "
                                                 "version, reason, created) VALUES (?, ?, "
                                                 "?, ?)"),
                                  {row->id, reportVersion, input.changeReason.trimmed(), now()});
            if (!version)
                return version.error();
            const auto audited = d->audit(
                    checked->name,
                    QStringLiteral("report.version"),
                    QStringLiteral("case:%1").arg(caseId),
                    QJsonObject{{QStringLiteral("reportVersion"), reportVersion - 1},
                                {QStringLiteral("status"), caseStatusKey(CaseStatus::Signed)}},
                    QJsonObject{{QStringLiteral("reportVersion"), reportVersion},
                                {QStringLiteral("status"), caseStatusKey(CaseStatus::Draft)},
                                {QStringLiteral("reason"), input.changeReason.trimmed()}});
            if (!audited)
                return audited.error();
        }
        // Any change sends the case back to draft: it must be reviewed (and signed) again.
        if (const auto status = d->setCaseStatus(row.value(), CaseStatus::Draft, reportVersion);
            !status)
            return status.error();

        QJsonObject before;
        const auto previous = d->reviewsOf(row->id, caseId);
        if (!previous)
            return previous.error();
        for (const VariantReview &review : previous.value()) {
            if (review.variantKey == key)
                before = d->auditReviewJson(review);
        }

        VariantReview review;
        review.caseId = caseId;
        review.variantKey = key;
        review.classification = input.classification;
        review.criteria = input.criteria;
        review.comment = input.comment;
        review.status = input.status;
        review.reviewer = checked->name;
        review.time = QDateTime::fromString(now(), Qt::ISODateWithMs);
        review.reportVersion = reportVersion;
        const QString criteria = QString::fromUtf8(
                QJsonDocument(input.criteria.toJson()).toJson(QJsonDocument::Compact));
        auto stored = d->run(
                QStringLiteral("INSERT INTO variant_reviews (case_ref, variant_key, "
                               "classification, criteria, comment, status, reviewer, time, "
                               "report_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                               "(case_ref, variant_key) DO UPDATE SET classification = "
                               "excluded.classification, criteria = excluded.criteria, comment "
                               "= excluded.comment, status = excluded.status, reviewer = "
                               "excluded.reviewer, time = excluded.time, report_version = "
                               "excluded.report_version"),
                {row->id,
                 key,
                 significanceKey(input.classification),
                 criteria,
                 d->seal(input.comment,
                         fieldData(QStringLiteral("variant_reviews.comment"),
                                   QStringLiteral("%1/%2").arg(caseId, key))),
                 reviewStatusKey(input.status),
                 checked->id,
                 timeText(review.time),
                 reportVersion});
        if (!stored)
            return stored.error();
        for (const AcmgSuggestion &suggestion : input.suggestions) {
            if (suggestion.decision == AcmgSuggestion::Decision::Pending)
                continue;
            const QString criterion = suggestion.evidence.code();
            const QByteArray reason
                    = d->cipher.encrypt(suggestion.decisionComment.trimmed(),
                                        Private::decisionData(caseId, key, criterion));
            if (reason.isEmpty())
                return Error(Error::Code::Internal, Tr::tr("encryption failed"));
            auto decided = d->run(
                    QStringLiteral("INSERT INTO suggestion_decisions (case_ref, variant_key, "
                                   "criterion, decision, evidence, reason, reviewer, time, "
                                   "report_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                                   "(case_ref, variant_key, criterion) DO UPDATE SET decision = "
                                   "excluded.decision, evidence = excluded.evidence, reason = "
                                   "excluded.reason, reviewer = excluded.reviewer, time = "
                                   "excluded.time, report_version = excluded.report_version"),
                    {row->id,
                     key,
                     criterion,
                     acmgDecisionKey(suggestion.decision),
                     suggestion.evidence.evidence,
                     reason,
                     checked->id,
                     timeText(review.time),
                     reportVersion});
            if (!decided)
                return decided.error();
        }
        const auto after = d->reviewsOf(row->id, caseId);
        if (!after)
            return after.error();
        for (const VariantReview &current : after.value()) {
            if (current.variantKey == key)
                review.suggestionDecisions = current.suggestionDecisions;
        }
        const auto audited = d->audit(checked->name,
                                      QStringLiteral("review.set"),
                                      QStringLiteral("review:%1/%2").arg(caseId, key),
                                      before,
                                      d->auditReviewJson(review));
        if (!audited)
            return audited.error();
        return review;
    });
}

Result<QList<VariantReview>> CaseStore::reviews(const QString &caseId) const
{
    const auto row = d->caseRow(caseId);
    if (!row)
        return row.error();
    return d->reviewsOf(row->id, caseId);
}

Result<QList<PriorClassification>>
CaseStore::priorClassifications(const QString &variantKey, const QString &excludeCaseId) const
{
    auto query = d->run(
            QStringLiteral("SELECT c.case_id, p.pseudonym, r.classification, r.criteria, u.name, "
                           "r.time, c.status FROM variant_reviews r JOIN cases c ON c.id = "
                           "r.case_ref JOIN patients p ON p.id = c.patient_id JOIN users u ON "
                           "u.id = r.reviewer WHERE r.variant_key = ? AND c.case_id <> ? ORDER "
                           "BY r.time DESC, c.case_id"),
            {variantKey.trimmed(), excludeCaseId});
    if (!query)
        return query.error();
    QSqlQuery &row = query.value();
    QList<PriorClassification> list;
    while (row.next()) {
        PriorClassification prior;
        prior.caseId = row.value(0).toString();
        prior.patientPseudonym = row.value(1).toString();
        prior.classification = significanceFromKey(row.value(2).toString());
        const auto criteria = AcmgClassification::fromJson(
                QJsonDocument::fromJson(row.value(3).toString().toUtf8()).array());
        prior.criteria = criteria ? criteria->codes() : QString();
        prior.reviewer = row.value(4).toString();
        prior.time = timeFrom(row.value(5));
        prior.caseStatus = caseStatusFromKey(row.value(6).toString()).value_or(CaseStatus::Draft);
        list << prior;
    }
    return list;
}

Result<CaseRecord> CaseStore::markReviewed(const User &actor, const QString &caseId)
{
    return d->write<CaseRecord>([&]() -> Result<CaseRecord> {
        const auto checked = d->checkActor(actor, {UserRole::Counsellor, UserRole::Geneticist});
        if (!checked)
            return checked.error();
        const auto row = d->caseRow(caseId);
        if (!row)
            return row.error();
        if (row->record.status != CaseStatus::Draft) {
            return invalid(Tr::tr("case %1 is %2, not draft")
                                   .arg(caseId, caseStatusKey(row->record.status)));
        }
        const auto reviews = d->reviewsOf(row->id, caseId);
        if (!reviews)
            return reviews.error();
        if (reviews->isEmpty())
            return invalid(Tr::tr("case %1 has no variant review yet").arg(caseId));
        if (const auto status
            = d->setCaseStatus(row.value(), CaseStatus::Reviewed, row->record.reportVersion);
            !status)
            return status.error();
        const auto audited = d->audit(
                checked->name,
                QStringLiteral("case.reviewed"),
                QStringLiteral("case:%1").arg(caseId),
                QJsonObject{{QStringLiteral("status"), caseStatusKey(CaseStatus::Draft)}},
                QJsonObject{{QStringLiteral("status"), caseStatusKey(CaseStatus::Reviewed)},
                            {QStringLiteral("reportVersion"), row->record.reportVersion}});
        if (!audited)
            return audited.error();
        const auto updated = d->caseRow(caseId);
        if (!updated)
            return updated.error();
        return updated->record;
    });
}

Result<ReportVersion> CaseStore::sign(const User &actor, const QString &caseId)
{
    return d->write<ReportVersion>([&]() -> Result<ReportVersion> {
        const auto checked = d->checkActor(actor, {UserRole::Geneticist});
        if (!checked) {
            return denied(Tr::tr("only a clinical geneticist can sign; %1 cannot").arg(actor.name));
        }
        const auto row = d->caseRow(caseId);
        if (!row)
            return row.error();
        if (row->record.status != CaseStatus::Reviewed) {
            return invalid(Tr::tr("case %1 is %2: it must be reviewed before signing")
                                   .arg(caseId, caseStatusKey(row->record.status)));
        }
        const auto content = d->caseContent(row.value());
        if (!content)
            return content.error();
        ReportVersion version;
        version.version = row->record.reportVersion;
        version.isSigned = true;
        version.signedBy = checked->name;
        version.signedTime = QDateTime::fromString(now(), Qt::ISODateWithMs);
        version.content = QJsonDocument(content.value()).toJson(QJsonDocument::Compact);
        version.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(version.content, QCryptographicHash::Sha256).toHex());
        auto updated = d->run(QStringLiteral("UPDATE report_versions SET signed = 1, "
                                             "signed_by = ?, signed_time = ?, content = ?, "
                                             "sha256 = ? WHERE case_ref = ? AND version = "
                                             "? AND signed = 0"),
                              {checked->id,
                               timeText(version.signedTime),
                               d->seal(QString::fromUtf8(version.content),
                                       Private::contentData(caseId, version.version)),
                               version.sha256,
                               row->id,
                               version.version});
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() != 1)
            return Error(Error::Code::Internal,
                         Tr::tr("report version %1 is missing or already "
                                "signed")
                                 .arg(version.version));
        if (const auto status = d->setCaseStatus(row.value(), CaseStatus::Signed, version.version);
            !status)
            return status.error();
        const auto audited = d->audit(
                checked->name,
                QStringLiteral("case.sign"),
                QStringLiteral("case:%1").arg(caseId),
                QJsonObject{{QStringLiteral("status"), caseStatusKey(CaseStatus::Reviewed)}},
                QJsonObject{{QStringLiteral("status"), caseStatusKey(CaseStatus::Signed)},
                            {QStringLiteral("reportVersion"), version.version},
                            {QStringLiteral("sha256"), version.sha256}});
        if (!audited)
            return audited.error();
        const auto versions = d->versionsOf(row->id, caseId);
        if (!versions)
            return versions.error();
        for (const ReportVersion &stored : versions.value()) {
            if (stored.version == version.version)
                version.created = stored.created;
        }
        version.reason = versions->isEmpty() ? QString() : versions->at(version.version - 1).reason;
        return version;
    });
}

Result<QList<ReportVersion>> CaseStore::reportVersions(const QString &caseId) const
{
    const auto row = d->caseRow(caseId);
    if (!row)
        return row.error();
    return d->versionsOf(row->id, caseId);
}

Result<QJsonObject> CaseStore::exportCase(const QString &caseId, bool includeIdentity) const
{
    const auto row = d->caseRow(caseId);
    if (!row)
        return row.error();
    const auto content = d->caseContent(row.value());
    if (!content)
        return content.error();
    QJsonObject object = content.value();
    object.insert(QStringLiteral("status"), caseStatusKey(row->record.status));
    object.insert(QStringLiteral("updated"), timeText(row->record.updated));
    const auto versions = d->versionsOf(row->id, caseId);
    if (!versions)
        return versions.error();
    QJsonArray versionArray;
    for (const ReportVersion &version : versions.value()) {
        versionArray.append(QJsonObject{
                {QStringLiteral("version"), version.version},
                {QStringLiteral("reason"), version.reason},
                {QStringLiteral("signed"), version.isSigned},
                {QStringLiteral("signedBy"), version.signedBy},
                {QStringLiteral("signedTime"),
                 version.signedTime.isValid() ? timeText(version.signedTime) : QString()},
                {QStringLiteral("sha256"), version.sha256},
        });
    }
    object.insert(QStringLiteral("reportVersions"), versionArray);
    if (includeIdentity) {
        const auto patient = this->patient(row->record.input.patientPseudonym);
        if (!patient)
            return patient.error();
        QJsonObject patientObject{
                {QStringLiteral("pseudonym"), patient->pseudonym},
                {QStringLiteral("name"), patient->identity.name},
                {QStringLiteral("birthDate"), patient->identity.birthDate.toString(Qt::ISODate)},
                {QStringLiteral("identifiers"), patient->identity.identifiers},
        };
        object.insert(QStringLiteral("patient"), patientObject);
        QJsonArray files;
        for (const CaseFile &file : row->record.input.files) {
            files.append(QJsonObject{{QStringLiteral("path"), file.path},
                                     {QStringLiteral("sha256"), file.sha256},
                                     {QStringLiteral("size"), file.size}});
        }
        object.insert(QStringLiteral("files"), files);
    }
    return object;
}

Result<QList<AuditEntry>> CaseStore::auditEntries() const
{
    return AuditLogPrivate::entries(d->database());
}

namespace {

// Decrypts the sealed values of one audit state (JSON text) in place; see CaseStore::audit
// callers for the places each value is bound to.
QString readableAuditState(
        const QString &state,
        const QString &entity,
        const std::function<Result<QString>(const QString &, const QByteArray &)> &unseal)
{
    if (!state.contains(QLatin1String(kSealedPrefix)))
        return state;
    QJsonParseError error;
    QJsonObject object = QJsonDocument::fromJson(state.toUtf8(), &error).object();
    if (error.error != QJsonParseError::NoError)
        return state;
    const auto open = [&](QJsonObject &target, const QString &key, const QByteArray &place) {
        const QString value = target.value(key).toString();
        if (!value.startsWith(QLatin1String(kSealedPrefix)))
            return;
        if (const auto clear = unseal(value, place))
            target.insert(key, clear.value());
    };
    if (entity.startsWith(QLatin1String("case:"))) {
        const QString caseId = entity.mid(5);
        open(object,
             QStringLiteral("indication"),
             fieldData(QStringLiteral("audit.indication"), caseId));
        open(object,
             QStringLiteral("referrer"),
             fieldData(QStringLiteral("audit.referrer"), caseId));
    }
    if (entity.startsWith(QLatin1String("review:"))) {
        const QString place = entity.mid(7); // "<case id>/<variant key>"
        open(object, QStringLiteral("comment"), fieldData(QStringLiteral("audit.comment"), place));
        QJsonArray decisions = object.value(QStringLiteral("suggestions")).toArray();
        for (qsizetype i = 0; i < decisions.size(); ++i) {
            QJsonObject decision = decisions.at(i).toObject();
            open(decision,
                 QStringLiteral("reason"),
                 fieldData(QStringLiteral("audit.reason"), place));
            decisions[i] = decision;
        }
        if (!decisions.isEmpty())
            object.insert(QStringLiteral("suggestions"), decisions);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QList<AuditEntry>> CaseStore::readableAuditEntries() const
{
    auto entries = auditEntries();
    if (!entries)
        return entries;
    const auto unseal = [this](const QString &value, const QByteArray &place) {
        return d->unseal(value, place);
    };
    QList<AuditEntry> readable = std::move(entries).value();
    for (AuditEntry &entry : readable) {
        entry.before = readableAuditState(entry.before, entry.entity, unseal);
        entry.after = readableAuditState(entry.after, entry.entity, unseal);
    }
    return readable;
}

Result<AuditVerification> CaseStore::verifyAudit() const
{
    return AuditLogPrivate::verify(d->database(), d->auditKey);
}

} // namespace Core
