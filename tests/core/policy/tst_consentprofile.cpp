// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/policy/consentprofile.h>
#include <core/policy/policy.h>

#include <QTest>

using namespace Core;

namespace {

const QString kData = QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/policy/");

QByteArray consent(const QByteArray &ageGroup, const QByteArray &categories)
{
    return QByteArrayLiteral("{\n  \"format\": \"genomedesk-consent\",\n  \"formatVersion\": 1,\n"
                             "  \"caseId\": \"C1\",\n  \"ageGroup\": \"")
           + ageGroup
           + QByteArrayLiteral("\",\n  \"recordedOn\": \"2026-11-20\",\n  \"recordedBy\": "
                               "\"Dr A\",\n  \"categories\": {")
           + categories + QByteArrayLiteral("}\n}\n");
}

} // namespace

class TestConsentProfile : public QObject
{
    Q_OBJECT

private slots:
    void adultFile();
    void minorFile();
    void refused_data();
    void refused();
    void categoriesMustBeThePolicys();
};

void TestConsentProfile::adultFile()
{
    const auto profile = ConsentProfile::loadFile(kData + QStringLiteral("consent-adult.json"));
    QVERIFY(profile.has_value());
    QCOMPARE(profile->caseId, QStringLiteral("TEST-0001"));
    QVERIFY(!profile->minor);
    QCOMPARE(profile->recordedOn, QDate(2026, 11, 20));
    QCOMPARE(profile->recordedBy, QStringLiteral("Dr A. Example"));
    QCOMPARE(profile->choice(QStringLiteral("actionable-adult-onset")),
             ConsentProfile::Choice::OptIn);
    QCOMPARE(profile->choice(QStringLiteral("carrier-status")), ConsentProfile::Choice::OptOut);
    QCOMPARE(profile->choice(QStringLiteral("not-listed")), ConsentProfile::Choice::NotRecorded);
}

void TestConsentProfile::minorFile()
{
    const auto profile = ConsentProfile::loadFile(kData + QStringLiteral("consent-minor.json"));
    QVERIFY(profile.has_value());
    QVERIFY(profile->minor);
    QCOMPARE(profile->choice(QStringLiteral("pharmacogenomic")),
             ConsentProfile::Choice::NotRecorded);
}

void TestConsentProfile::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("age group") << consent("teen", "") << 5 << QStringLiteral("\"ageGroup\"");
    QTest::newRow("choice") << consent("adult", "\n    \"carrier-status\": \"perhaps\"\n  ") << 9
                            << QStringLiteral("\"carrier-status\" must be \"opt-in\"");
    QTest::newRow("not JSON") << QByteArrayLiteral("{\n  \"format\": \n}") << 3
                              << QStringLiteral("not valid JSON");
    QByteArray noDate = consent("adult", "");
    noDate.replace("2026-11-20", "20/11/2026");
    QTest::newRow("date") << noDate << 6 << QStringLiteral("\"recordedOn\"");
    QByteArray version = consent("adult", "");
    version.replace("\"formatVersion\": 1", "\"formatVersion\": 2");
    QTest::newRow("format version") << version << 3 << QStringLiteral("formatVersion");
}

void TestConsentProfile::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(QString, message);
    const auto profile = ConsentProfile::loadData(json, QStringLiteral("consent.json"));
    QVERIFY(!profile.has_value());
    QCOMPARE(profile.error().line(), line);
    QVERIFY2(profile.error().message().contains(message), qPrintable(profile.error().message()));
}

void TestConsentProfile::categoriesMustBeThePolicys()
{
    const auto policy = PolicyLoader().loadFile(
            QStringLiteral(GENOMEDESK_SOURCE_DIR "/resources/policies/acmg-sf-3.2.json"));
    QVERIFY(policy.has_value());
    QVERIFY(ConsentProfile::loadFile(kData + QStringLiteral("consent-adult.json"), &policy.value())
                    .has_value());
    const auto unknown = ConsentProfile::loadData(
            consent("adult", "\n    \"research-recontact\": \"opt-in\"\n  "),
            QStringLiteral("consent.json"),
            &policy.value());
    QVERIFY(!unknown.has_value());
    QVERIFY(unknown.error().message().contains(
            QStringLiteral("not defined by policy acmg-sf-3.2")));
}

QTEST_GUILESS_MAIN(TestConsentProfile)
#include "tst_consentprofile.moc"
