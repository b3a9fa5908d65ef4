// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "../policy/policyvariant.h"
#include "acmgclassification.h"
#include "acmgsuggestions.h"
#include "auditlog.h"
#include "fieldcipher.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Core {

/*! Role of a user of the case database. */
enum class UserRole : quint8 {
    Counsellor, //!< drafts reviews and marks a case reviewed; cannot sign
    Geneticist, //!< everything a counsellor does, and signs
    Admin,      //!< manages users; does not review
};
QString userRoleKey(UserRole role); //!< "counsellor", "geneticist", "admin"
std::optional<UserRole> userRoleFromKey(const QString &key);

/*! A user of the local user list (the password hash never leaves the store). */
struct User
{
    qint64 id = 0;
    QString name;
    UserRole role = UserRole::Counsellor;
    QDateTime created; //!< UTC
};

/*! A patient's identifying data: stored encrypted, only ever decrypted in memory. */
struct PatientIdentity
{
    QString name;
    QDate birthDate;
    QJsonObject identifiers; //!< hospital number, national id, ... (free keys)
};

/*! A patient: the pseudonym is stored in clear and used everywhere else (logs, case ids). */
struct Patient
{
    qint64 id = 0;
    QString pseudonym; //!< "P0001": letters, digits, '-' and '_'
    PatientIdentity identity;
    QDateTime created;
};

/*! Review state of a case. */
enum class CaseStatus : quint8 { Draft, Reviewed, Signed };
QString caseStatusKey(CaseStatus status); //!< "draft", "reviewed", "signed"
std::optional<CaseStatus> caseStatusFromKey(const QString &key);

/*! An input file of a case with its SHA-256 (hex). The path is stored encrypted. */
struct CaseFile
{
    QString path;
    QString sha256;
    qint64 size = -1; //!< bytes; -1 when unknown
};

/*! What describes a case when it is created (and cannot change afterwards). */
struct CaseInput
{
    QString patientPseudonym;
    QString indication;
    QString referrer;           //!< referring clinician
    QJsonObject consentProfile; //!< ConsentProfile as JSON
    QList<CaseFile> files;
    QString genomeBuild;       //!< "GRCh38"
    QString policyId;          //!< "acmg-sf-3.2"
    QString policyVersion;     //!< "3.2 r1"
    QString policyChecksum;    //!< SHA-256 of the policy file
    QJsonObject cacheVersions; //!< frequency sources: name -> version
    QString knowledgeBaseVersion;
};

/*! A stored case. */
struct CaseRecord
{
    QString caseId; //!< "<pseudonym>-C<n>": pseudonym-based, never a name
    CaseInput input;
    CaseStatus status = CaseStatus::Draft;
    int reportVersion = 1; //!< the current (open or signed) report version
    QString createdBy;
    QDateTime created;
    QDateTime updated;
};

/*! Status of one variant review. */
enum class ReviewStatus : quint8 { Draft, Final };
QString reviewStatusKey(ReviewStatus status); //!< "draft", "final"
std::optional<ReviewStatus> reviewStatusFromKey(const QString &key);

/*!
 * A reviewer's decision on one automatic ACMG suggestion (AcmgSuggestions), stored with the
 * review of the variant: the latest decision per case, variant and criterion (earlier ones are
 * in the audit log).
 */
struct SuggestionDecision
{
    QString criterion; //!< the suggested code with its strength: "PM2_Supporting"
    AcmgSuggestion::Decision decision = AcmgSuggestion::Decision::Accepted; //!< or Rejected
    QString evidence; //!< the suggestion's evidence text (names its source)
    QString reason;   //!< the reviewer's reason; stored encrypted
    QString reviewer;
    QDateTime time; //!< UTC
    int reportVersion = 1;
};

/*! A reviewer's classification of one variant in one case. */
struct VariantReviewInput
{
    QString variantKey; //!< "6-26092913-G-A" (contig without "chr", 1-based)
    Significance classification = Significance::Uncertain; //!< P, LP, VUS, LB or B
    AcmgClassification criteria; //!< applied criteria, each with its evidence text
    QString comment;
    ReviewStatus status = ReviewStatus::Draft;
    /*! Required when the case is signed: why the signed report is being changed. */
    QString changeReason;
    /*!
     * The automatic suggestions the reviewer accepted or rejected, each with its
     * decisionComment as the reason; pending ones are ignored. Stored with the review by the
     * acting user, replacing an earlier decision on the same criterion.
     */
    QList<AcmgSuggestion> suggestions;
};

/*! A stored review (the latest state; the history is in the audit log). */
struct VariantReview
{
    QString caseId;
    QString variantKey;
    Significance classification = Significance::Uncertain;
    AcmgClassification criteria;
    QString comment;
    ReviewStatus status = ReviewStatus::Draft;
    QString reviewer;
    QDateTime time; //!< UTC
    int reportVersion = 1;
    QList<SuggestionDecision> suggestionDecisions; //!< ordered by criterion
};

/*! How the same variant was classified in another case. */
struct PriorClassification
{
    QString caseId;
    QString patientPseudonym;
    Significance classification = Significance::Uncertain;
    QString criteria; //!< "PVS1,PM2_Supporting"
    QString reviewer;
    QDateTime time;
    CaseStatus caseStatus = CaseStatus::Draft;
};

/*! A version of a case's report. Signing freezes it: content and hash never change again. */
struct ReportVersion
{
    int version = 1;
    QString reason; //!< why this version exists ("initial report", or the change reason)
    bool isSigned = false;
    QString signedBy;
    QDateTime signedTime;
    QByteArray content; //!< frozen compact JSON of the case and its reviews (no identity)
    QString sha256;     //!< of content
    QDateTime created;
};

/*!
 * The case database: users, patients, cases, variant reviews, report versions and the audit
 * log, through Qt SQL. SQLite by default: one file in WAL mode with foreign keys on and
 * synchronous=FULL; PostgreSQL for a database shared by several workstations (see open()). Every
 * write method runs one transaction (BEGIN IMMEDIATE) that also appends its audit entry; when it
 * returns successfully the change is durable.
 *
 * Patient identity, input file paths, the case's indication and referring clinician, review
 * comments, suggestion decision reasons and the frozen content of signed report versions are
 * encrypted with FieldCipher (AES-256-GCM), also where the audit log records them; the key
 * comes from a passphrase (scrypt, per-install salt in the settings table) or a key file. A key
 * check value refuses a wrong passphrase with a clear error at open().
 *
 * Workflow: draft -> reviewed -> signed. Counsellors and geneticists write reviews and mark a
 * case reviewed; only a geneticist signs. Signing freezes the current report version; a later
 * review change needs a reason and opens a new report version (the case goes back to draft).
 *
 * Threads: Qt SQL allows a QSqlDatabase connection (one connection name) to be used only from
 * the thread that created it, and each CaseStore owns one connection under its own unique name.
 * So a CaseStore is used by the thread that opened it only (and destroyed there). To work off
 * the GUI thread, open a store in the worker thread: with reopen() on the GUI's store (same
 * database and key, a connection of its own) or with open(). Several stores, threads and
 * processes may share one database; writers are serialized by the database (see write
 * transactions above).
 */
class CaseStore final
{
public:
    /*! Where the encryption key comes from: a passphrase, or else a key file. */
    struct KeySource
    {
        QString passphrase;
        QString keyFile;
    };
    struct Options
    {
        ScryptParameters keyDerivation;   //!< used when a new database is keyed by passphrase
        ScryptParameters passwordHashing; //!< for new user password hashes
        int busyTimeoutMilliseconds = 10000;
    };

    static constexpr int kSchemaVersion = 4;

    ~CaseStore();
    CaseStore(const CaseStore &) = delete;
    CaseStore &operator=(const CaseStore &) = delete;

    /*!
     * Opens (creating when absent) the case database \a path, runs pending migrations and
     * checks the key. A new database takes the key it is first opened with.
     *
     * \a path is an SQLite file, or a PostgreSQL URL "postgresql://user@host:port/database"
     * (driver QPSQL, package libqt6sql6-psql; the database must exist; a password is best given
     * through libpq's PGPASSWORD or ~/.pgpass rather than in the URL). Both use the same schema
     * and migrations; on PostgreSQL the writers are serialized by a table lock.
     */
    static Result<std::unique_ptr<CaseStore>>
    open(const QString &path, const KeySource &key, const Options &options);
    static Result<std::unique_ptr<CaseStore>> open(const QString &path, const KeySource &key)
    {
        return open(path, key, Options());
    }

    /*!
     * Opens another store on the same database with the same key, with a connection of its
     * own: call it, then move the result to the thread that uses it (or call it there), which
     * must also destroy it. Derives the key again (as open() does).
     */
    Result<std::unique_ptr<CaseStore>> reopen() const;

    QString path() const;
    int schemaVersion() const;

    // Users.
    /*!
     * Adds a user. \a actor must be an admin; when the database has no user yet, \a actor may
     * be null and the first user must be an admin.
     */
    Result<User>
    addUser(const User *actor, const QString &name, UserRole role, const QString &password);
    /*! The user \a name when \a password is right; one generic error otherwise. */
    Result<User> authenticate(const QString &name, const QString &password) const;
    Result<User> user(const QString &name) const;
    Result<QList<User>> users() const;

    // Patients and cases.
    /*! Adds a patient (counsellor or geneticist); the identity is stored encrypted. */
    Result<Patient>
    addPatient(const User &actor, const QString &pseudonym, const PatientIdentity &identity);
    /*! The patient with its identity decrypted. */
    Result<Patient> patient(const QString &pseudonym) const;
    /*!
     * Creates a draft case with report version 1 for an existing patient (counsellor or
     * geneticist); its id is "<pseudonym>-C<n>".
     */
    Result<CaseRecord> createCase(const User &actor, const CaseInput &input);
    Result<CaseRecord> caseRecord(const QString &caseId) const;
    Result<QList<CaseRecord>> cases() const;

    // Reviews and workflow.
    /*!
     * Records (or replaces) \a actor's review of one variant of the case; counsellors and
     * geneticists only. The previous state goes to the audit log. Any change sends a reviewed
     * case back to draft; on a signed case \a input.changeReason is required and a new report
     * version is opened (the signed one stays frozen).
     */
    Result<VariantReview>
    setReview(const User &actor, const QString &caseId, const VariantReviewInput &input);
    Result<QList<VariantReview>> reviews(const QString &caseId) const;
    /*! Reviews of \a variantKey in every case but \a excludeCaseId, newest first. */
    Result<QList<PriorClassification>>
    priorClassifications(const QString &variantKey, const QString &excludeCaseId = {}) const;
    /*! draft -> reviewed (counsellor or geneticist; the case needs at least one review). */
    Result<CaseRecord> markReviewed(const User &actor, const QString &caseId);
    /*! reviewed -> signed (geneticist only); freezes the current report version. */
    Result<ReportVersion> sign(const User &actor, const QString &caseId);
    Result<QList<ReportVersion>> reportVersions(const QString &caseId) const;

    /*!
     * The case, its reviews and report versions as JSON ("genomedesk-case" format 1); the
     * patient's decrypted identity only when \a includeIdentity.
     */
    Result<QJsonObject> exportCase(const QString &caseId, bool includeIdentity) const;

    // Audit.
    Result<QList<AuditEntry>> auditEntries() const;
    /*!
     * auditEntries() for reading: the sealed values of before/after (indication, referring
     * clinician, review comments, suggestion reasons) decrypted with this store's key. The
     * stored entries are not changed; a value that cannot be decrypted stays sealed.
     */
    Result<QList<AuditEntry>> readableAuditEntries() const;
    /*!
     * Verifies the audit log's hash chain and, with this store's key, its keyed check (the
     * HMAC of every entry since schema 3, and of the end of the log): unlike the keyless
     * AuditLog::verify(), this detects a consistent rewrite of all later entries.
     */
    Result<AuditVerification> verifyAudit() const;

    /*! A valid variant key: "6-26092913-G-A" (contig-position-ref-alt, 1-based). */
    static bool isValidVariantKey(const QString &key);
    static bool isValidPseudonym(const QString &pseudonym);

private:
    class Private;
    explicit CaseStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace Core
