// SPDX-License-Identifier: GPL-3.0-or-later
// AcmgClassification: every row of the Richards 2015 combining table (Table 5), conflicting
// evidence, the Tavtigian points scale boundaries and the code parser.
#include <core/review/acmgclassification.h>

#include <QTest>

using namespace Core;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Core::Significance)

class TestAcmgClassification : public QObject
{
    Q_OBJECT

private slots:
    void allCriteria();
    void richardsTable_data();
    void richardsTable();
    void points_data();
    void points();
    void pointsBoundaries_data();
    void pointsBoundaries();
    void parse_data();
    void parse();
    void refusesUnsupported();
    void refusesDuplicates();
    void jsonRoundTrip();
};

void TestAcmgClassification::allCriteria()
{
    const QList<AcmgCriterion> all = acmgAllCriteria();
    QCOMPARE(all.size(), 28);
    int pathogenic = 0;
    for (AcmgCriterion criterion : all) {
        if (acmgDirection(criterion) == AcmgDirection::Pathogenic)
            ++pathogenic;
    }
    QCOMPARE(pathogenic, 16);
    QCOMPARE(acmgCriterionCode(AcmgCriterion::BP7), QStringLiteral("BP7"));
    QCOMPARE(acmgDefaultStrength(AcmgCriterion::PM2), AcmgStrength::Moderate);
    QCOMPARE(acmgDefaultStrength(AcmgCriterion::BA1), AcmgStrength::StandAlone);
}

void TestAcmgClassification::richardsTable_data()
{
    QTest::addColumn<QString>("codes");
    QTest::addColumn<Significance>("expected");
    QTest::addColumn<QString>("reason");

    const auto P = Significance::Pathogenic;
    const auto LP = Significance::LikelyPathogenic;
    const auto VUS = Significance::Uncertain;
    const auto LB = Significance::LikelyBenign;
    const auto B = Significance::Benign;

    // Pathogenic (i): 1 very strong AND (a) >=1 strong, (b) >=2 moderate, (c) 1 moderate and
    // 1 supporting, (d) >=2 supporting.
    QTest::newRow("P i-a: PVS1 + PS1") << u"PVS1,PS1"_s << P << u"pathogenic-i-a"_s;
    QTest::newRow("P i-a: PVS1 + PS3_Strong via PM")
            << u"PVS1,PM6_Strong"_s << P << u"pathogenic-i-a"_s;
    QTest::newRow("P i-a: two very strong") << u"PVS1,PS2_VeryStrong"_s << P << u"pathogenic-i-a"_s;
    QTest::newRow("P i-b: PVS1 + 2 moderate") << u"PVS1,PM1,PM2"_s << P << u"pathogenic-i-b"_s;
    QTest::newRow("P i-c: PVS1 + PM + PP") << u"PVS1,PM4,PP3"_s << P << u"pathogenic-i-c"_s;
    QTest::newRow("P i-d: PVS1 + 2 supporting") << u"PVS1,PP1,PP3"_s << P << u"pathogenic-i-d"_s;
    QTest::newRow("P i-d: PVS1 + PM2_Supporting + PP3")
            << u"PVS1,PM2_Supporting,PP3"_s << P << u"pathogenic-i-d"_s;
    // Pathogenic (ii): >=2 strong.
    QTest::newRow("P ii: 2 strong") << u"PS1,PS3"_s << P << u"pathogenic-ii"_s;
    QTest::newRow("P ii: PVS1_Strong + PS3") << u"PVS1_Strong,PS3"_s << P << u"pathogenic-ii"_s;
    // Pathogenic (iii): 1 strong AND (a) >=3 moderate, (b) 2 moderate and >=2 supporting,
    // (c) 1 moderate and >=4 supporting.
    QTest::newRow("P iii-a: PS + 3 PM") << u"PS3,PM1,PM2,PM5"_s << P << u"pathogenic-iii-a"_s;
    QTest::newRow("P iii-b: PS + 2 PM + 2 PP")
            << u"PS4,PM1,PM2,PP1,PP3"_s << P << u"pathogenic-iii-b"_s;
    QTest::newRow("P iii-c: PS + PM + 4 PP")
            << u"PS2,PM2,PP1,PP2,PP3,PP4"_s << P << u"pathogenic-iii-c"_s;
    // Likely pathogenic (i)-(vi).
    QTest::newRow("LP i: PVS1 + 1 moderate") << u"PVS1,PM2"_s << LP << u"likely-pathogenic-i"_s;
    QTest::newRow("LP ii: PS + 1 PM") << u"PS3,PM1"_s << LP << u"likely-pathogenic-ii"_s;
    QTest::newRow("LP ii: PS + 2 PM") << u"PS3,PM1,PM2"_s << LP << u"likely-pathogenic-ii"_s;
    QTest::newRow("LP iii: PS + 2 PP") << u"PS1,PP3,PP4"_s << LP << u"likely-pathogenic-iii"_s;
    QTest::newRow("LP iv: 3 PM") << u"PM1,PM2,PM5"_s << LP << u"likely-pathogenic-iv"_s;
    QTest::newRow("LP v: 2 PM + 2 PP") << u"PM1,PM2,PP2,PP3"_s << LP << u"likely-pathogenic-v"_s;
    QTest::newRow("LP vi: PM + 4 PP")
            << u"PM2,PP1,PP2,PP3,PP4"_s << LP << u"likely-pathogenic-vi"_s;
    QTest::newRow("LP SVI: PVS1 + PM2_Supporting")
            << u"PVS1,PM2_Supporting"_s << LP << u"likely-pathogenic-svi-pvs1-supporting"_s;
    // Benign (i) stand-alone, (ii) >=2 strong; likely benign (i) 1 strong + 1 supporting,
    // (ii) >=2 supporting.
    QTest::newRow("B i: BA1") << u"BA1"_s << B << u"benign-i"_s;
    QTest::newRow("B ii: 2 BS") << u"BS1,BS2"_s << B << u"benign-ii"_s;
    QTest::newRow("LB i: BS + BP") << u"BS3,BP4"_s << LB << u"likely-benign-i"_s;
    QTest::newRow("LB ii: 2 BP") << u"BP4,BP7"_s << LB << u"likely-benign-ii"_s;
    QTest::newRow("LB ii: BS3_Supporting + BP4")
            << u"BS3_Supporting,BP4"_s << LB << u"likely-benign-ii"_s;
    // Uncertain: criteria not met, or contradictory.
    QTest::newRow("VUS: nothing") << u""_s << VUS << u"insufficient"_s;
    QTest::newRow("VUS: PVS1 alone") << u"PVS1"_s << VUS << u"insufficient"_s;
    QTest::newRow("VUS: PS alone") << u"PS3"_s << VUS << u"insufficient"_s;
    QTest::newRow("VUS: 2 PM") << u"PM1,PM2"_s << VUS << u"insufficient"_s;
    QTest::newRow("VUS: PM + 3 PP") << u"PM1,PP1,PP2,PP3"_s << VUS << u"insufficient"_s;
    QTest::newRow("VUS: single BS") << u"BS1"_s << VUS << u"insufficient"_s;
    QTest::newRow("VUS: single BP") << u"BP4"_s << VUS << u"insufficient"_s;
    QTest::newRow("VUS: PM2_Supporting + PP3 (PM downgraded)")
            << u"PM2_Supporting,PP3,PP2"_s << VUS << u"insufficient"_s;
    QTest::newRow("conflicting: LP and LB") << u"PVS1,PM2,BP4,BP7"_s << VUS << u"conflicting"_s;
    QTest::newRow("conflicting: P and B") << u"PS1,PS3,BS1,BS2"_s << VUS << u"conflicting"_s;
    QTest::newRow("conflicting: P and BA1") << u"PVS1,PS3,BA1"_s << VUS << u"conflicting"_s;
    QTest::newRow("not conflicting: P with one BP") << u"PS1,PS3,BP4"_s << P << u"pathogenic-ii"_s;
}

void TestAcmgClassification::richardsTable()
{
    QFETCH(QString, codes);
    QFETCH(Significance, expected);
    QFETCH(QString, reason);
    const auto classification = AcmgClassification::fromCodes(codes);
    QVERIFY2(classification.has_value(),
             classification.has_value() ? "" : qPrintable(classification.error().message()));
    QCOMPARE(classification->rulesReason(), reason);
    QCOMPARE(classification->byRules(), expected);
}

void TestAcmgClassification::points_data()
{
    QTest::addColumn<QString>("codes");
    QTest::addColumn<int>("points");
    QTest::addColumn<Significance>("expected");

    QTest::newRow("PVS1 + PS1 = 12") << u"PVS1,PS1"_s << 12 << Significance::Pathogenic;
    QTest::newRow("PVS1 + PM2_Supporting = 9")
            << u"PVS1,PM2_Supporting"_s << 9 << Significance::LikelyPathogenic;
    QTest::newRow("PVS1 alone = 8") << u"PVS1"_s << 8 << Significance::LikelyPathogenic;
    QTest::newRow("PS3 + PM1 = 6") << u"PS3,PM1"_s << 6 << Significance::LikelyPathogenic;
    QTest::newRow("PS3 + PP3 = 5") << u"PS3,PP3"_s << 5 << Significance::Uncertain;
    QTest::newRow("none = 0") << u""_s << 0 << Significance::Uncertain;
    QTest::newRow("PP3 + BP4 = 0") << u"PP3,BP4"_s << 0 << Significance::Uncertain;
    QTest::newRow("BP4 = -1") << u"BP4"_s << -1 << Significance::LikelyBenign;
    QTest::newRow("BS1 = -4") << u"BS1"_s << -4 << Significance::LikelyBenign;
    QTest::newRow("BS1 + BS3_Moderate = -6")
            << u"BS1,BS3_Moderate"_s << -6 << Significance::LikelyBenign;
    QTest::newRow("BS1 + BS2 = -8") << u"BS1,BS2"_s << -8 << Significance::Benign;
    QTest::newRow("BS1 + BP4 + BP7 + BS3_Supporting = -7")
            << u"BS1,BP4,BP7,BS3_Supporting"_s << -7 << Significance::Benign;
    QTest::newRow("BA1 stand-alone") << u"BA1"_s << 0 << Significance::Benign;
    QTest::newRow("PVS1 + PS1 + BS1 = 8")
            << u"PVS1,PS1,BS1"_s << 8 << Significance::LikelyPathogenic;
}

void TestAcmgClassification::points()
{
    QFETCH(QString, codes);
    QFETCH(int, points);
    QFETCH(Significance, expected);
    const auto classification = AcmgClassification::fromCodes(codes);
    QVERIFY(classification.has_value());
    QCOMPARE(classification->points(), points);
    QCOMPARE(classification->byPoints(), expected);
    QVERIFY(!classification->summary().isEmpty());
}

void TestAcmgClassification::pointsBoundaries_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<Significance>("expected");
    const QList<QPair<int, Significance>> rows = {
            {20, Significance::Pathogenic},
            {10, Significance::Pathogenic},
            {9, Significance::LikelyPathogenic},
            {6, Significance::LikelyPathogenic},
            {5, Significance::Uncertain},
            {0, Significance::Uncertain},
            {-1, Significance::LikelyBenign},
            {-6, Significance::LikelyBenign},
            {-7, Significance::Benign},
            {-20, Significance::Benign},
    };
    for (const auto &row : rows)
        QTest::addRow("%d points", row.first) << row.first << row.second;
}

void TestAcmgClassification::pointsBoundaries()
{
    QFETCH(int, points);
    QFETCH(Significance, expected);
    QCOMPARE(AcmgClassification::classForPoints(points), expected);
}

void TestAcmgClassification::parse_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<int>("points");

    QTest::newRow("PVS1") << u"PVS1"_s << true << u"PVS1"_s << 8;
    QTest::newRow("PVS1_Strong") << u"PVS1_Strong"_s << true << u"PVS1_Strong"_s << 4;
    QTest::newRow("PVS1_Moderate") << u"pvs1_moderate"_s << true << u"PVS1_Moderate"_s << 2;
    QTest::newRow("PM2_Supporting") << u"PM2_Supporting"_s << true << u"PM2_Supporting"_s << 1;
    QTest::newRow("PP1_VeryStrong") << u"PP1_Very_Strong"_s << true << u"PP1_VeryStrong"_s << 8;
    QTest::newRow("PS3 default suffix") << u"PS3_Strong"_s << true << u"PS3"_s << 4;
    QTest::newRow("BS3_Supporting") << u"BS3_Supporting"_s << true << u"BS3_Supporting"_s << -1;
    QTest::newRow("BP4_Strong") << u"BP4_Strong"_s << true << u"BP4_Strong"_s << -4;
    QTest::newRow("unknown") << u"PM7"_s << false << u""_s << 0;
    QTest::newRow("bad suffix") << u"PM2_Weak"_s << false << u""_s << 0;
    QTest::newRow("BA1 modifier") << u"BA1_Strong"_s << false << u""_s << 0;
    QTest::newRow("benign very strong") << u"BS1_VeryStrong"_s << false << u""_s << 0;
    QTest::newRow("PP5") << u"PP5"_s << false << u""_s << 0;
    QTest::newRow("BP6") << u"BP6"_s << false << u""_s << 0;
}

void TestAcmgClassification::parse()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    QFETCH(int, points);
    const auto parsed = AcmgEvidence::parse(code, QStringLiteral("why"));
    QCOMPARE(parsed.has_value(), valid);
    if (!valid) {
        QVERIFY(!parsed.error().message().isEmpty());
        return;
    }
    QCOMPARE(parsed->code(), normalized);
    QCOMPARE(parsed->points(), points);
    QCOMPARE(parsed->evidence, QStringLiteral("why"));
}

void TestAcmgClassification::refusesUnsupported()
{
    const auto pp5 = AcmgClassification::fromCodes(QStringLiteral("PVS1,PP5"));
    QVERIFY(!pp5.has_value());
    QVERIFY(pp5.error().message().contains(QLatin1String("PP5")));
    AcmgClassification classification;
    AcmgEvidence bp6;
    bp6.criterion = AcmgCriterion::BP6;
    bp6.strength = AcmgStrength::Supporting;
    QVERIFY(!classification.add(bp6).has_value());
    QVERIFY(classification.isEmpty());
}

void TestAcmgClassification::refusesDuplicates()
{
    const auto duplicate = AcmgClassification::fromCodes(QStringLiteral("PM2,PM2_Supporting"));
    QVERIFY(!duplicate.has_value());
    QVERIFY(duplicate.error().message().contains(QLatin1String("PM2")));
}

void TestAcmgClassification::jsonRoundTrip()
{
    AcmgClassification classification;
    QVERIFY(classification.add(QStringLiteral("PVS1"), QStringLiteral("stop_gained in MYH7"))
                    .has_value());
    QVERIFY(classification.add(QStringLiteral("PM2_Supporting"), QStringLiteral("absent"))
                    .has_value());
    const auto back = AcmgClassification::fromJson(classification.toJson());
    QVERIFY(back.has_value());
    QCOMPARE(back->criteria(), classification.criteria());
    QCOMPARE(back->codes(), QStringLiteral("PVS1,PM2_Supporting"));
}

QTEST_GUILESS_MAIN(TestAcmgClassification)
#include "tst_acmgclassification.moc"
