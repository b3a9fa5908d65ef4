// SPDX-License-Identifier: GPL-3.0-or-later
// CaseStore: schema and numbered migrations, users and roles, the draft -> reviewed -> signed
// workflow, frozen report versions, prior classifications, keys, audit tampering and
// encryption at rest. Every test runs twice (global data): on a real SQLite file and on a real
// PostgreSQL server that the test starts on 127.0.0.1 (skipped with a message only when no
// server can be started: driver or server binaries missing).
#include "postgresserver.h"
#include "reviewfixture.h"

#include <core/review/auditlog.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Core;
using namespace Qt::StringLiterals;
using namespace ReviewFixture;

class TestCaseStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void cleanupTestCase();
    void init();
    void schemaAndPragmas();
    void users();
    void workflow();
    void changeAfterSigning();
    void priorClassifications();
    void suggestionDecisions();
    void badInput();
    void wrongPassphrase();
    void keyFile();
    void reopenKeepsEverything();
    void workerThread();
    void tampering_data();
    void tampering();
    void fullRewriteNeedsTheKey_data();
    void fullRewriteNeedsTheKey();
    void identityNotAtRest();

private:
    /*! The SQLite file or PostgreSQL URL of the current test's (new, empty) database. */
    QString databasePath() const { return m_location; }
    bool postgres() const { return ReviewTest::isPostgres(m_location); }
    std::unique_ptr<CaseStore> openStore();
    /*! Raw SQL behind the store's back (what an attacker with database access can do). */
    bool raw(const QStringList &statements, QList<QVariantList> *rows = nullptr) const
    {
        return ReviewTest::rawExecute(m_location, statements, rows);
    }
    /*! Every byte the database keeps on disk (SQLite file and WAL; PostgreSQL data files). */
    QByteArray bytesAtRest() const;
    /*! A store with three users, a patient P1 and its case with three reviews (8 entries). */
    bool populate(QString *caseId);

    ReviewTest::PostgresServer m_server;
    QString m_whyNoServer;
    std::unique_ptr<QTemporaryDir> m_directory;
    QString m_location;
};

void TestCaseStore::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestCaseStore::initTestCase()
{
    if (!m_server.start(&m_whyNoServer))
        qWarning().noquote() << "PostgreSQL runs will be skipped:" << m_whyNoServer;
}

void TestCaseStore::cleanupTestCase()
{
    m_server.stop();
}

void TestCaseStore::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
    if (backend == QLatin1String("postgresql")) {
        if (!m_server.isStarted())
            QSKIP(qPrintable(m_whyNoServer));
        m_location = m_server.createDatabase();
        QVERIFY(!m_location.isEmpty());
    } else {
        m_location = m_directory->filePath(QStringLiteral("cases.db"));
    }
}

QByteArray TestCaseStore::bytesAtRest() const
{
    if (postgres()) {
        int count = 0;
        const QByteArray bytes = m_server.bytesAtRest(m_location, &count);
        if (count < 10)
            qWarning() << "only" << count << "data files";
        return bytes;
    }
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(m_location + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

bool TestCaseStore::populate(QString *caseId)
{
    auto store = openStore();
    if (!store)
        return false;
    Users users;
    if (!addUsers(*store, users))
        return false;
    if (!store->addPatient(users.counsellor,
                           QStringLiteral("P1"),
                           {QStringLiteral("Xaverine Quellmalz"), QDate(1977, 3, 14), {}}))
        return false;
    const auto created = store->createCase(users.counsellor, caseInput(QStringLiteral("P1")));
    if (!created)
        return false;
    *caseId = created->caseId;
    for (int i = 1; i <= 3; ++i) {
        if (!store->setReview(users.counsellor,
                              created->caseId,
                              review(QStringLiteral("1-%1-A-G").arg(i),
                                     Significance::Uncertain,
                                     QStringLiteral("PM2_Supporting"))))
            return false;
    }
    return true;
}

std::unique_ptr<CaseStore> TestCaseStore::openStore()
{
    auto store = CaseStore::open(databasePath(), passphrase(), fastOptions());
    if (!store) {
        qWarning() << store.error().toString();
        return {};
    }
    return std::move(store.value());
}

void TestCaseStore::schemaAndPragmas()
{
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), CaseStore::kSchemaVersion);
    // Migrations are numbered 1..kSchemaVersion and each is recorded once.
    QList<QVariantList> rows;
    QVERIFY(raw({QStringLiteral("SELECT version FROM schema_version ORDER BY version")}, &rows));
    QCOMPARE(rows.size(), CaseStore::kSchemaVersion);
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).at(0).toInt(), i + 1);
    rows.clear();
    QVERIFY(raw({QStringLiteral("SELECT value FROM settings WHERE key = 'cipher.salt'")}, &rows));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().first().toString().size(), 32);
    if (!postgres()) {
        rows.clear();
        QVERIFY(raw({QStringLiteral("PRAGMA journal_mode")}, &rows));
        QCOMPARE(rows.first().first().toString(), QStringLiteral("wal"));
    }
    // Opening again runs no migration twice.
    store.reset();
    store = openStore();
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), CaseStore::kSchemaVersion);
    rows.clear();
    QVERIFY(raw({QStringLiteral("SELECT COUNT(*) FROM schema_version")}, &rows));
    QCOMPARE(rows.first().first().toInt(), CaseStore::kSchemaVersion);
}

void TestCaseStore::users()
{
    // Production costs here (scrypt N = 2^15 for passwords and the key).
    auto opened = CaseStore::open(databasePath(), passphrase());
    QVERIFY(opened.has_value());
    auto store = std::move(opened.value());
    // The first user must be an admin.
    QVERIFY(!store->addUser(nullptr, QStringLiteral("carl"), UserRole::Counsellor, kPassword));
    Users users;
    QVERIFY(addUsers(*store, users));
    // Only an admin adds users; nobody adds without an actor once users exist.
    QVERIFY(!store->addUser(nullptr, QStringLiteral("eve"), UserRole::Admin, kPassword));
    QVERIFY(!store->addUser(&users.geneticist, QStringLiteral("eve"), UserRole::Admin, kPassword));
    // A forged role in the caller's value is not trusted.
    User forged = users.counsellor;
    forged.role = UserRole::Admin;
    QVERIFY(!store->addUser(&forged, QStringLiteral("eve"), UserRole::Admin, kPassword));
    QVERIFY(!store->addUser(&users.admin, QStringLiteral("carl"), UserRole::Admin, kPassword));
    QVERIFY(!store->addUser(
            &users.admin, QStringLiteral("short"), UserRole::Admin, QStringLiteral("x")));

    const auto good = store->authenticate(QStringLiteral("gina"), kPassword);
    QVERIFY(good.has_value());
    QCOMPARE(good->role, UserRole::Geneticist);
    QVERIFY(!store->authenticate(QStringLiteral("gina"), QStringLiteral("wrong password")));
    QVERIFY(!store->authenticate(QStringLiteral("nobody"), kPassword));
    const auto all = store->users();
    QVERIFY(all.has_value());
    QCOMPARE(all->size(), 3);

    // Passwords are stored as scrypt hashes, never in clear.
    store.reset();
    const QByteArray bytes = bytesAtRest();
    QVERIFY(!bytes.contains(kPassword.toUtf8()));
    QVERIFY(bytes.contains("scrypt$32768$8$1$"));
}

void TestCaseStore::workflow()
{
    auto store = openStore();
    QVERIFY(store);
    Users users;
    QVERIFY(addUsers(*store, users));
    // An admin does not handle patients.
    QVERIFY(!store->addPatient(users.admin, QStringLiteral("P0001"), {}));
    PatientIdentity identity;
    identity.name = QStringLiteral("Test Person");
    identity.birthDate = QDate(1980, 2, 29);
    identity.identifiers = QJsonObject{{QStringLiteral("mrn"), QStringLiteral("12345")}};
    QVERIFY(store->addPatient(users.counsellor, QStringLiteral("P0001"), identity));
    QVERIFY(!store->addPatient(users.counsellor, QStringLiteral("P0001"), identity));
    const auto patient = store->patient(QStringLiteral("P0001"));
    QVERIFY(patient.has_value());
    QCOMPARE(patient->identity.name, identity.name);
    QCOMPARE(patient->identity.birthDate, identity.birthDate);
    QCOMPARE(patient->identity.identifiers, identity.identifiers);

    const auto created = store->createCase(users.counsellor, caseInput(QStringLiteral("P0001")));
    QVERIFY2(created.has_value(),
             created.has_value() ? "" : qPrintable(created.error().toString()));
    const QString caseId = created->caseId;
    QCOMPARE(caseId, QStringLiteral("P0001-C1"));
    QCOMPARE(created->status, CaseStatus::Draft);
    QCOMPARE(created->input.files.size(), 1);
    QCOMPARE(created->input.files.first().path, QStringLiteral("/data/incoming/proband.vcf.gz"));
    QCOMPARE(created->input.policyId, QStringLiteral("acmg-sf-3.2"));
    QCOMPARE(created->createdBy, QStringLiteral("carl"));

    // Nothing to mark reviewed yet.
    QVERIFY(!store->markReviewed(users.counsellor, caseId));
    auto first = review(QStringLiteral("6-26092913-G-A"),
                        Significance::LikelyPathogenic,
                        QStringLiteral("PVS1,PM2_Supporting"));
    first.criteria = AcmgClassification();
    QVERIFY(first.criteria.add(QStringLiteral("PVS1"), QStringLiteral("stop_gained")).has_value());
    QVERIFY(first.criteria
                    .add(QStringLiteral("PM2_Supporting"),
                         QStringLiteral("absent from gnomAD v4.1"))
                    .has_value());
    const auto stored = store->setReview(users.counsellor, caseId, first);
    QVERIFY2(stored.has_value(), stored.has_value() ? "" : qPrintable(stored.error().toString()));
    QCOMPARE(stored->reviewer, QStringLiteral("carl"));
    // Admins do not review.
    QVERIFY(!store->setReview(users.admin, caseId, first));

    // Update the same variant: one review per case and variant.
    first.comment = QStringLiteral("second thoughts");
    first.status = ReviewStatus::Final;
    QVERIFY(store->setReview(users.geneticist, caseId, first));
    const auto reviews = store->reviews(caseId);
    QVERIFY(reviews.has_value());
    QCOMPARE(reviews->size(), 1);
    QCOMPARE(reviews->first().comment, QStringLiteral("second thoughts"));
    QCOMPARE(reviews->first().reviewer, QStringLiteral("gina"));
    QCOMPARE(reviews->first().status, ReviewStatus::Final);
    QCOMPARE(reviews->first().criteria.codes(), QStringLiteral("PVS1,PM2_Supporting"));
    QCOMPARE(reviews->first().criteria.criteria().at(1).evidence,
             QStringLiteral("absent from gnomAD v4.1"));

    // Signing needs a reviewed case and a geneticist.
    QVERIFY(!store->sign(users.geneticist, caseId));
    QVERIFY(store->markReviewed(users.counsellor, caseId));
    QCOMPARE(store->caseRecord(caseId)->status, CaseStatus::Reviewed);
    const auto counsellorSigns = store->sign(users.counsellor, caseId);
    QVERIFY(!counsellorSigns);
    QVERIFY(counsellorSigns.error().message().contains(QLatin1String("geneticist")));
    QVERIFY(!store->sign(users.admin, caseId));
    const auto signedVersion = store->sign(users.geneticist, caseId);
    QVERIFY2(signedVersion.has_value(),
             signedVersion.has_value() ? "" : qPrintable(signedVersion.error().toString()));
    QCOMPARE(signedVersion->version, 1);
    QCOMPARE(signedVersion->signedBy, QStringLiteral("gina"));
    QCOMPARE(signedVersion->sha256,
             QString::fromLatin1(
                     QCryptographicHash::hash(signedVersion->content, QCryptographicHash::Sha256)
                             .toHex()));
    QVERIFY(signedVersion->content.contains("6-26092913-G-A"));
    QVERIFY(!signedVersion->content.contains("Test Person"));
    QCOMPARE(store->caseRecord(caseId)->status, CaseStatus::Signed);
    QVERIFY(!store->sign(users.geneticist, caseId)); // already signed

    const auto exported = store->exportCase(caseId, false);
    QVERIFY(exported.has_value());
    QCOMPARE(exported->value(QStringLiteral("status")).toString(), QStringLiteral("signed"));
    QVERIFY(!QJsonDocument(exported.value()).toJson().contains("Test Person"));
    QVERIFY(!QJsonDocument(exported.value()).toJson().contains("/data/incoming"));
    const auto identified = store->exportCase(caseId, true);
    QVERIFY(identified.has_value());
    QCOMPARE(identified->value(QStringLiteral("patient"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
             QStringLiteral("Test Person"));

    // Every change is in the audit log, and it verifies.
    const auto entries = store->auditEntries();
    QVERIFY(entries.has_value());
    QStringList actions;
    for (const AuditEntry &entry : entries.value())
        actions << entry.action;
    QCOMPARE(actions,
             (QStringList{u"user.add"_s,
                          u"user.add"_s,
                          u"user.add"_s,
                          u"patient.add"_s,
                          u"case.create"_s,
                          u"review.set"_s,
                          u"review.set"_s,
                          u"case.reviewed"_s,
                          u"case.sign"_s}));
    // The audit log keeps the before/after states with the comments encrypted.
    QVERIFY(entries->at(6).before.contains(QLatin1String("\"comment\":\"sealed:")));
    QVERIFY(entries->at(6).after.contains(QLatin1String("\"comment\":\"sealed:")));
    QVERIFY(entries->at(6).before.contains(QLatin1String("\"status\":\"draft\"")));
    QVERIFY(entries->at(6).after.contains(QLatin1String("\"status\":\"final\"")));
    QVERIFY(!entries->at(6).after.contains(QLatin1String("second thoughts")));
    // Read with the key (the audit log dialog), the same states are in clear text.
    const auto readable = store->readableAuditEntries();
    QVERIFY(readable.has_value());
    QCOMPARE(readable->size(), entries->size());
    QVERIFY2(readable->at(6).after.contains(QLatin1String("second thoughts")),
             qPrintable(readable->at(6).after));
    QVERIFY(!readable->at(6).after.contains(QLatin1String("sealed:")));
    QVERIFY2(readable->at(4).after.contains(QLatin1String("Hypertrophic cardiomyopathy")),
             qPrintable(readable->at(4).after));
    QCOMPARE(readable->at(6).hash, entries->at(6).hash);
    const auto verification = store->verifyAudit();
    QVERIFY(verification.has_value());
    QVERIFY(verification->intact);
    QCOMPARE(verification->entries, qint64(9));
}

void TestCaseStore::changeAfterSigning()
{
    auto store = openStore();
    QVERIFY(store);
    Users users;
    QVERIFY(addUsers(*store, users));
    QVERIFY(store->addPatient(users.counsellor, QStringLiteral("P0002"), {}));
    const QString caseId
            = store->createCase(users.counsellor, caseInput(QStringLiteral("P0002")))->caseId;
    const QString key = QStringLiteral("1-100-A-T");
    QVERIFY(store->setReview(
            users.counsellor,
            caseId,
            review(key, Significance::Uncertain, QStringLiteral("PM2_Supporting"))));
    QVERIFY(store->markReviewed(users.geneticist, caseId));
    const auto v1 = store->sign(users.geneticist, caseId);
    QVERIFY(v1.has_value());

    // Without a reason: refused, nothing changes.
    auto change
            = review(key, Significance::LikelyPathogenic, QStringLiteral("PM2_Supporting,PS3,PP1"));
    const auto refused = store->setReview(users.geneticist, caseId, change);
    QVERIFY(!refused);
    QVERIFY(refused.error().message().contains(QLatin1String("reason")));
    QCOMPARE(store->reviews(caseId)->first().classification, Significance::Uncertain);
    QCOMPARE(store->caseRecord(caseId)->status, CaseStatus::Signed);

    change.changeReason = QStringLiteral("functional study published");
    const auto changed = store->setReview(users.geneticist, caseId, change);
    QVERIFY2(changed.has_value(),
             changed.has_value() ? "" : qPrintable(changed.error().toString()));
    QCOMPARE(changed->reportVersion, 2);
    const auto record = store->caseRecord(caseId);
    QCOMPARE(record->status, CaseStatus::Draft);
    QCOMPARE(record->reportVersion, 2);
    const auto versions = store->reportVersions(caseId);
    QVERIFY(versions.has_value());
    QCOMPARE(versions->size(), 2);
    // Version 1 is frozen as signed.
    QVERIFY(versions->at(0).isSigned);
    QCOMPARE(versions->at(0).content, v1->content);
    QCOMPARE(versions->at(0).sha256, v1->sha256);
    QVERIFY(versions->at(0).content.contains("\"uncertain\""));
    QVERIFY(!versions->at(1).isSigned);
    QCOMPARE(versions->at(1).reason, QStringLiteral("functional study published"));

    // The frozen row cannot be rewritten, not even with SQL on the database (trigger).
    QVERIFY(!raw({QStringLiteral("UPDATE report_versions SET content = 'x' WHERE version = 1")}));

    // Version 2 goes through the same workflow.
    QVERIFY(store->markReviewed(users.counsellor, caseId));
    const auto v2 = store->sign(users.geneticist, caseId);
    QVERIFY(v2.has_value());
    QCOMPARE(v2->version, 2);
    QVERIFY(v2->content.contains("\"likely-pathogenic\""));
    QVERIFY(v2->sha256 != v1->sha256);
    QVERIFY(store->verifyAudit()->intact);
}

void TestCaseStore::priorClassifications()
{
    auto store = openStore();
    QVERIFY(store);
    Users users;
    QVERIFY(addUsers(*store, users));
    const QString key = QStringLiteral("6-26092913-G-A");
    QStringList caseIds;
    for (const QString &pseudonym :
         {QStringLiteral("PA"), QStringLiteral("PB"), QStringLiteral("PC")}) {
        QVERIFY(store->addPatient(users.counsellor, pseudonym, {}));
        caseIds << store->createCase(users.counsellor, caseInput(pseudonym))->caseId;
    }
    QVERIFY(store->setReview(users.counsellor,
                             caseIds[0],
                             review(key, Significance::Pathogenic, QStringLiteral("PVS1,PS3"))));
    QTest::qWait(5);
    QVERIFY(store->setReview(
            users.geneticist,
            caseIds[1],
            review(key, Significance::LikelyPathogenic, QStringLiteral("PVS1,PM2"))));
    QVERIFY(store->setReview(
            users.geneticist,
            caseIds[2],
            review(QStringLiteral("1-5-A-G"), Significance::Benign, QStringLiteral("BA1"))));

    const auto prior = store->priorClassifications(key, caseIds[2]);
    QVERIFY(prior.has_value());
    QCOMPARE(prior->size(), 2);
    QCOMPARE(prior->at(0).caseId, caseIds[1]); // newest first
    QCOMPARE(prior->at(0).patientPseudonym, QStringLiteral("PB"));
    QCOMPARE(prior->at(0).reviewer, QStringLiteral("gina"));
    QCOMPARE(prior->at(0).classification, Significance::LikelyPathogenic);
    QCOMPARE(prior->at(0).criteria, QStringLiteral("PVS1,PM2"));
    QVERIFY(prior->at(0).time.isValid());
    QCOMPARE(prior->at(1).caseId, caseIds[0]);
    QCOMPARE(prior->at(1).reviewer, QStringLiteral("carl"));
    const auto excludingFirst = store->priorClassifications(key, caseIds[0]);
    QCOMPARE(excludingFirst->size(), 1);
    QCOMPARE(excludingFirst->first().caseId, caseIds[1]);
}

void TestCaseStore::suggestionDecisions()
{
    auto store = openStore();
    QVERIFY(store);
    Users users;
    QVERIFY(addUsers(*store, users));
    QVERIFY(store->addPatient(users.counsellor, QStringLiteral("PS"), {}));
    const QString caseId
            = store->createCase(users.counsellor, caseInput(QStringLiteral("PS")))->caseId;
    const QString key = QStringLiteral("13-32340312-G-A");
    auto input = review(key, Significance::LikelyPathogenic, QStringLiteral("PVS1"));
    AcmgSuggestion pvs1;
    pvs1.evidence = AcmgEvidence::parse(QStringLiteral("PVS1")).value();
    pvs1.evidence.evidence = QStringLiteral("stop_gained in BRCA2");
    pvs1.accept();
    AcmgSuggestion pm2;
    pm2.evidence = AcmgEvidence::parse(QStringLiteral("PM2_Supporting")).value();
    pm2.evidence.evidence = QStringLiteral("absent from gnomAD v4.1");
    pm2.reject(QStringLiteral("Zanzibar founder allele, common locally"));
    AcmgSuggestion pending;
    pending.evidence = AcmgEvidence::parse(QStringLiteral("BS1")).value();
    input.suggestions = {pvs1, pm2, pending};
    const auto stored = store->setReview(users.counsellor, caseId, input);
    QVERIFY2(stored.has_value(), stored.has_value() ? "" : qPrintable(stored.error().toString()));
    QCOMPARE(stored->suggestionDecisions.size(), 2);

    const auto reviews = store->reviews(caseId);
    QVERIFY(reviews.has_value());
    const QList<SuggestionDecision> decisions = reviews->first().suggestionDecisions;
    QCOMPARE(decisions.size(), 2); // the pending one is not stored
    QCOMPARE(decisions.at(0).criterion, QStringLiteral("PM2_Supporting"));
    QCOMPARE(decisions.at(0).decision, AcmgSuggestion::Decision::Rejected);
    QCOMPARE(decisions.at(0).reason, QStringLiteral("Zanzibar founder allele, common locally"));
    QCOMPARE(decisions.at(0).evidence, QStringLiteral("absent from gnomAD v4.1"));
    QCOMPARE(decisions.at(0).reviewer, QStringLiteral("carl"));
    QVERIFY(decisions.at(0).time.isValid());
    QCOMPARE(decisions.at(1).criterion, QStringLiteral("PVS1"));
    QCOMPARE(decisions.at(1).decision, AcmgSuggestion::Decision::Accepted);

    // A later decision on the same criterion by another reviewer replaces it.
    pm2.accept(QStringLiteral("the local frequency was a typo"));
    input.suggestions = {pm2};
    QVERIFY(store->setReview(users.geneticist, caseId, input));
    const auto again = store->reviews(caseId)->first().suggestionDecisions;
    QCOMPARE(again.size(), 2);
    QCOMPARE(again.at(0).decision, AcmgSuggestion::Decision::Accepted);
    QCOMPARE(again.at(0).reviewer, QStringLiteral("gina"));

    // Audited (before and after) and exported.
    const auto entries = store->auditEntries();
    QVERIFY(entries.has_value());
    QCOMPARE(entries->last().action, QStringLiteral("review.set"));
    const QJsonObject before = QJsonDocument::fromJson(entries->last().before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(entries->last().after.toUtf8()).object();
    QCOMPARE(before.value(u"suggestions"_s).toArray().at(0).toObject().value(u"decision"_s),
             QJsonValue(u"rejected"_s));
    QCOMPARE(after.value(u"suggestions"_s).toArray().at(0).toObject().value(u"decision"_s),
             QJsonValue(u"accepted"_s));
    const auto exported = store->exportCase(caseId, false);
    QVERIFY(exported.has_value());
    const QJsonArray exportedDecisions = exported->value(u"reviews"_s)
                                                 .toArray()
                                                 .first()
                                                 .toObject()
                                                 .value(u"suggestions"_s)
                                                 .toArray();
    QCOMPARE(exportedDecisions.size(), 2);
    QCOMPARE(exportedDecisions.at(1).toObject().value(u"criterion"_s), QJsonValue(u"PVS1"_s));
    QCOMPARE(exportedDecisions.at(1).toObject().value(u"evidence"_s),
             QJsonValue(u"stop_gained in BRCA2"_s));
    QVERIFY(store->verifyAudit()->intact);

    // A decision on a criterion that does not exist (PP5 is never suggested) is refused.
    AcmgSuggestion bad;
    bad.evidence.criterion = AcmgCriterion::PP5;
    bad.reject(QStringLiteral("x"));
    input.suggestions = {bad};
    QVERIFY(!store->setReview(users.geneticist, caseId, input));
}

void TestCaseStore::badInput()
{
    auto store = openStore();
    QVERIFY(store);
    Users users;
    QVERIFY(addUsers(*store, users));
    QVERIFY(!store->addPatient(users.counsellor, QStringLiteral("has space"), {}));
    QVERIFY(!store->createCase(users.counsellor, caseInput(QStringLiteral("NOPE"))));
    QVERIFY(store->addPatient(users.counsellor, QStringLiteral("P1"), {}));
    CaseInput badHash = caseInput(QStringLiteral("P1"));
    badHash.files.first().sha256 = QStringLiteral("xyz");
    QVERIFY(!store->createCase(users.counsellor, badHash));
    const QString caseId
            = store->createCase(users.counsellor, caseInput(QStringLiteral("P1")))->caseId;
    QVERIFY(!store->setReview(users.counsellor,
                              caseId,
                              review(QStringLiteral("chr6:123"), Significance::Pathogenic, {})));
    QVERIFY(!store->setReview(users.counsellor,
                              caseId,
                              review(QStringLiteral("6-0-G-A"), Significance::Pathogenic, {})));
    QVERIFY(!store->setReview(users.counsellor,
                              caseId,
                              review(QStringLiteral("6-10-G-A"), Significance::Conflicting, {})));
    QVERIFY(!store->setReview(users.counsellor,
                              QStringLiteral("P1-C9"),
                              review(QStringLiteral("6-10-G-A"), Significance::Pathogenic, {})));
    QVERIFY(store->reviews(caseId)->isEmpty());
    // Failed writes leave no audit entry behind.
    const auto entries = store->auditEntries();
    QCOMPARE(entries->last().action, QStringLiteral("case.create"));
}

void TestCaseStore::wrongPassphrase()
{
    {
        auto store = openStore();
        QVERIFY(store);
    }
    const auto wrong = CaseStore::open(
            databasePath(), passphrase(QStringLiteral("wrong one")), fastOptions());
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().message().contains(QLatin1String("wrong passphrase")),
             qPrintable(wrong.error().message()));
    CaseStore::KeySource none;
    QVERIFY(!CaseStore::open(databasePath(), none, fastOptions()));
    QVERIFY(openStore());
}

void TestCaseStore::keyFile()
{
    const QString keyPath = m_directory->filePath(QStringLiteral("case.key"));
    QVERIFY(FieldCipher::writeKeyFile(keyPath).has_value());
    QCOMPARE(QFile::permissions(keyPath) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    CaseStore::KeySource key;
    key.keyFile = keyPath;
    {
        auto store = CaseStore::open(databasePath(), key);
        QVERIFY2(store.has_value(), store.has_value() ? "" : qPrintable(store.error().toString()));
        Users users;
        QVERIFY(addUsers(*store.value(), users));
        QVERIFY(store.value()->addPatient(
                users.counsellor, QStringLiteral("PK"), {QStringLiteral("Key Person"), {}, {}}));
    }
    auto again = CaseStore::open(databasePath(), key);
    QVERIFY(again.has_value());
    QCOMPARE(again.value()->patient(QStringLiteral("PK"))->identity.name,
             QStringLiteral("Key Person"));
    again = Result<std::unique_ptr<CaseStore>>(Error());

    // Another key file is refused as wrong; a passphrase is refused for a key-file database.
    const QString otherKey = m_directory->filePath(QStringLiteral("other.key"));
    QVERIFY(FieldCipher::writeKeyFile(otherKey).has_value());
    key.keyFile = otherKey;
    const auto wrong = CaseStore::open(databasePath(), key);
    QVERIFY(!wrong);
    QVERIFY(wrong.error().message().contains(QLatin1String("wrong key file")));
    QVERIFY(!CaseStore::open(databasePath(), passphrase()));

    // A key file others can read is refused.
    QVERIFY(QFile::setPermissions(keyPath,
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    key.keyFile = keyPath;
    const auto loose = CaseStore::open(databasePath(), key);
    QVERIFY(!loose);
    QVERIFY(loose.error().message().contains(QLatin1String("chmod 600")));
}

void TestCaseStore::reopenKeepsEverything()
{
    QString caseId;
    {
        auto store = openStore();
        QVERIFY(store);
        Users users;
        QVERIFY(addUsers(*store, users));
        QVERIFY(store->addPatient(users.counsellor, QStringLiteral("PR"), {}));
        caseId = store->createCase(users.counsellor, caseInput(QStringLiteral("PR")))->caseId;
        QVERIFY(store->setReview(users.counsellor,
                                 caseId,
                                 review(QStringLiteral("2-20-C-T"),
                                        Significance::LikelyBenign,
                                        QStringLiteral("BS3,BP4"))));
    }
    auto store = openStore();
    QVERIFY(store);
    const auto reviews = store->reviews(caseId);
    QVERIFY(reviews.has_value());
    QCOMPARE(reviews->size(), 1);
    QCOMPARE(reviews->first().classification, Significance::LikelyBenign);
    QCOMPARE(reviews->first().criteria.byRules(), Significance::LikelyBenign);
    QVERIFY(store->verifyAudit()->intact);
    QCOMPARE(store->cases()->size(), 1);
}

void TestCaseStore::workerThread()
{
    QString caseId;
    QVERIFY(populate(&caseId));
    auto store = openStore();
    QVERIFY(store);
    // A store for another thread: opened there from this one's reopen(), used and destroyed
    // there.
    QString error;
    bool written = false;
    std::unique_ptr<QThread> worker(QThread::create([&]() {
        auto other = store->reopen();
        if (!other) {
            error = other.error().toString();
            return;
        }
        const User counsellor = other.value()->user(QStringLiteral("carl")).value();
        const auto stored = other.value()->setReview(
                counsellor,
                caseId,
                review(QStringLiteral("2-2-C-T"), Significance::Benign, QStringLiteral("BA1")));
        written = stored.has_value();
        if (!stored)
            error = stored.error().toString();
    }));
    worker->start();
    QVERIFY(worker->wait(60000));
    QVERIFY2(written, qPrintable(error));
    // This thread's store sees the worker's write.
    const auto reviews = store->reviews(caseId);
    QVERIFY(reviews.has_value());
    QCOMPARE(reviews->size(), 4);
    QVERIFY(store->verifyAudit()->intact);
}

void TestCaseStore::tampering_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<qint64>("firstBad");

    QTest::newRow("edited") << QStringList{QStringLiteral(
            "UPDATE audit_log SET after_state = replace(after_state, 'uncertain', 'benign') WHERE "
            "sequence = 6")} << qint64(6);
    QTest::newRow("deleted") << QStringList{QStringLiteral(
            "DELETE FROM audit_log WHERE sequence = 4")}
                             << qint64(4);
    QTest::newRow("reordered")
            << QStringList{QStringLiteral("UPDATE audit_log SET sequence = -6 WHERE sequence = 6"),
                           QStringLiteral("UPDATE audit_log SET sequence = 6 WHERE sequence = 7"),
                           QStringLiteral("UPDATE audit_log SET sequence = 7 WHERE sequence = -6")}
            << qint64(6);
    QTest::newRow("truncated") << QStringList{QStringLiteral(
            "DELETE FROM audit_log WHERE sequence >= 7")}
                               << qint64(7);
}

void TestCaseStore::tampering()
{
    QFETCH(QStringList, statements);
    QFETCH(qint64, firstBad);
    QString caseId;
    QVERIFY(populate(&caseId));
    QVERIFY(AuditLog::verify(databasePath())->intact);
    // The triggers refuse the change...
    QVERIFY(!raw({statements.first()}));
    QVERIFY(AuditLog::verify(databasePath())->intact);
    // ...so the attacker disables them first.
    const QStringList disable
            = postgres() ? QStringList{QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")}
                         : QStringList{QStringLiteral("DROP TRIGGER audit_log_no_update"),
                                       QStringLiteral("DROP TRIGGER audit_log_no_delete")};
    QVERIFY(raw(disable + statements));
    const auto verification = AuditLog::verify(databasePath());
    QVERIFY(verification.has_value());
    QVERIFY(!verification->intact);
    QCOMPARE(verification->firstBadSequence, firstBad);
    // The store reports the same through its own connection.
    auto store = openStore();
    QVERIFY(store);
    const auto again = store->verifyAudit();
    QVERIFY(again.has_value());
    QVERIFY(!again->intact);
    QCOMPARE(again->firstBadSequence, firstBad);
}

void TestCaseStore::fullRewriteNeedsTheKey_data()
{
    QTest::addColumn<bool>("truncate");
    QTest::newRow("entry 5 edited, 5..8 and the tail rehashed") << false;
    QTest::newRow("entries 7 and 8 cut off, tail rewritten") << true;
}

void TestCaseStore::fullRewriteNeedsTheKey()
{
    QFETCH(bool, truncate);
    QString caseId;
    QVERIFY(populate(&caseId));
    {
        auto store = openStore();
        QVERIFY(store);
        const auto verification = store->verifyAudit();
        QVERIFY(verification->intact);
        QVERIFY(verification->keyChecked);
        QCOMPARE(verification->keyedFrom, qint64(1)); // a new database is keyed from the start
    }
    // A forger without the key rewrites consistently what SHA-256 alone protects.
    auto entries = AuditLog::entries(databasePath());
    QVERIFY(entries.has_value());
    QCOMPARE(entries->size(), 8);
    QStringList statements
            = postgres() ? QStringList{QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")}
                         : QStringList{QStringLiteral("DROP TRIGGER audit_log_no_update"),
                                       QStringLiteral("DROP TRIGGER audit_log_no_delete")};
    qint64 last = 8;
    if (truncate) {
        last = 6;
        statements << QStringLiteral("DELETE FROM audit_log WHERE sequence > 6");
    } else {
        QString previous = entries->at(3).hash;
        for (int i = 4; i < 8; ++i) {
            AuditEntry entry = entries->at(i);
            if (i == 4)
                entry.actor = QStringLiteral("gina");
            entry.previousHash = previous;
            entry.hash = entry.computeHash(previous);
            statements << QStringLiteral("UPDATE audit_log SET actor = '%1', previous_hash = "
                                         "'%2', hash = '%3' WHERE sequence = %4")
                                  .arg(entry.actor, entry.previousHash, entry.hash)
                                  .arg(entry.sequence);
            previous = entry.hash;
            entries.value()[i] = entry;
        }
    }
    statements << QStringLiteral("UPDATE settings SET value = '%1:%2' WHERE key = 'audit.tail'")
                          .arg(last)
                          .arg(entries->at(int(last) - 1).hash);
    QVERIFY(raw(statements));

    // Without the key the chain looks intact, and the check says what it skipped...
    const auto keyless = AuditLog::verify(databasePath());
    QVERIFY(keyless.has_value());
    QVERIFY(keyless->intact);
    QVERIFY(!keyless->keyChecked);
    // ...with the key the rewrite is found.
    auto store = openStore();
    QVERIFY(store);
    const auto keyed = store->verifyAudit();
    QVERIFY(keyed.has_value());
    QVERIFY(keyed->keyChecked);
    QVERIFY(!keyed->intact);
    QCOMPARE(keyed->firstBadSequence, truncate ? qint64(6) : qint64(5));
    QVERIFY2(keyed->problem.contains(QLatin1String("keyed check")), qPrintable(keyed->problem));
}

void TestCaseStore::identityNotAtRest()
{
    QString caseId;
    QVERIFY(populate(&caseId));
    {
        auto store = openStore();
        QVERIFY(store);
        const User counsellor = store->user(QStringLiteral("carl")).value();
        const User geneticist = store->user(QStringLiteral("gina")).value();
        auto input = review(QStringLiteral("1-1-A-G"),
                            Significance::Uncertain,
                            QStringLiteral("PM2_Supporting"));
        input.comment = QStringLiteral("Mother Philippa also affected");
        AcmgSuggestion bs1;
        bs1.evidence = AcmgEvidence::parse(QStringLiteral("BS1")).value();
        bs1.reject(QStringLiteral("Brother Ottokar carries it, unaffected at 70"));
        input.suggestions = {bs1};
        QVERIFY(store->setReview(counsellor, caseId, input));
        QVERIFY(store->markReviewed(counsellor, caseId));
        const auto signedVersion = store->sign(geneticist, caseId);
        QVERIFY(signedVersion.has_value());
        QVERIFY(signedVersion->content.contains("Mother Philippa")); // in the frozen content...
        // ...which reads back whole, as do the other encrypted fields.
        QCOMPARE(store->reportVersions(caseId)->first().content, signedVersion->content);
        QCOMPARE(store->caseRecord(caseId)->input.indication,
                 QStringLiteral("Hypertrophic cardiomyopathy"));
        QCOMPARE(store->caseRecord(caseId)->input.referrer,
                 QStringLiteral("Dr. Referrer, Cardiology"));
        QCOMPARE(store->reviews(caseId)->first().comment,
                 QStringLiteral("Mother Philippa also affected"));
        QVERIFY(store->verifyAudit()->intact);
    }
    const QByteArray bytes = bytesAtRest();
    QVERIFY(bytes.contains("PM2_Supporting")); // the data is there...
    QVERIFY(!bytes.contains("Quellmalz"));     // ...but not the name
    QVERIFY(!bytes.contains("Xaverine"));
    QVERIFY(!bytes.contains("1977-03-14"));
    QVERIFY(!bytes.contains("/data/incoming/proband.vcf.gz"));
    // Nor the indication, the referring clinician, review comments or decision reasons (in
    // their columns, the audit log or the signed report content).
    QVERIFY(!bytes.contains("Hypertrophic cardiomyopathy"));
    QVERIFY(!bytes.contains("Dr. Referrer"));
    QVERIFY(!bytes.contains("comment for 1-2-A-G"));
    QVERIFY(!bytes.contains("Philippa"));
    QVERIFY(!bytes.contains("Ottokar"));
}

QTEST_GUILESS_MAIN(TestCaseStore)
#include "tst_casestore.moc"
