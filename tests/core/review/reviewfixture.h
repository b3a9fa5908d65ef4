// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the core/review tests: a case database with an admin, a counsellor and a
// geneticist, one patient and one case.
#pragma once

#include <core/review/casestore.h>

#include <QTest>

namespace ReviewFixture {

inline const QString kPassphrase = QStringLiteral("correct horse battery staple");
inline const QString kPassword = QStringLiteral("s3cret-password");

/*! Cheap scrypt for tests that open many stores (the production default is 2^15). */
inline Core::CaseStore::Options fastOptions()
{
    Core::CaseStore::Options options;
    options.keyDerivation.n = 1 << 10;
    options.passwordHashing.n = 1 << 10;
    return options;
}

inline Core::CaseStore::KeySource passphrase(const QString &value = kPassphrase)
{
    Core::CaseStore::KeySource key;
    key.passphrase = value;
    return key;
}

struct Users
{
    Core::User admin;
    Core::User counsellor;
    Core::User geneticist;
};

/*! Adds admin "ada", counsellor "carl" and geneticist "gina"; QVERIFY-style failures. */
inline bool addUsers(Core::CaseStore &store, Users &users)
{
    auto admin = store.addUser(nullptr, QStringLiteral("ada"), Core::UserRole::Admin, kPassword);
    if (!admin) {
        qWarning() << admin.error().toString();
        return false;
    }
    users.admin = admin.value();
    auto counsellor = store.addUser(
            &users.admin, QStringLiteral("carl"), Core::UserRole::Counsellor, kPassword);
    auto geneticist = store.addUser(
            &users.admin, QStringLiteral("gina"), Core::UserRole::Geneticist, kPassword);
    if (!counsellor || !geneticist) {
        qWarning() << (counsellor ? geneticist.error() : counsellor.error()).toString();
        return false;
    }
    users.counsellor = counsellor.value();
    users.geneticist = geneticist.value();
    return true;
}

inline Core::CaseInput caseInput(const QString &pseudonym)
{
    Core::CaseInput input;
    input.patientPseudonym = pseudonym;
    input.indication = QStringLiteral("Hypertrophic cardiomyopathy");
    input.referrer = QStringLiteral("Dr. Referrer, Cardiology");
    input.consentProfile = QJsonObject{{QStringLiteral("actionable-adult-onset"), true}};
    input.files << Core::CaseFile{
            QStringLiteral("/data/incoming/proband.vcf.gz"), QString(64, QLatin1Char('a')), 1234};
    input.genomeBuild = QStringLiteral("GRCh38");
    input.policyId = QStringLiteral("acmg-sf-3.2");
    input.policyVersion = QStringLiteral("3.2 r1");
    input.policyChecksum = QString(64, QLatin1Char('b'));
    input.cacheVersions = QJsonObject{{QStringLiteral("gnomAD"), QStringLiteral("v4.1")}};
    input.knowledgeBaseVersion = QStringLiteral("ClinVar 2025-01");
    return input;
}

inline Core::VariantReviewInput
review(const QString &key, Core::Significance significance, const QString &codes)
{
    Core::VariantReviewInput input;
    input.variantKey = key;
    input.classification = significance;
    auto criteria = Core::AcmgClassification::fromCodes(codes);
    if (criteria)
        input.criteria = criteria.value();
    input.comment = QStringLiteral("comment for %1").arg(key);
    return input;
}

} // namespace ReviewFixture
