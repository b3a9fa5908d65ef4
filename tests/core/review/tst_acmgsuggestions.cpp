// SPDX-License-Identifier: GPL-3.0-or-later
// AcmgSuggestions: BA1/BS1/PM2_Supporting from frequencies with policy or default thresholds,
// PVS1 candidates from consequences, accept/reject.
#include <core/policy/policy.h>
#include <core/policy/policyvariant.h>
#include <core/review/acmgsuggestions.h>

#include <QTest>

using namespace Core;
using namespace Qt::StringLiterals;

namespace {

PolicyVariant variant(const QString &gene, double frequency, const QString &consequence = {})
{
    PolicyVariant value;
    value.contig = QStringLiteral("6");
    value.position = 100;
    value.reference = QStringLiteral("G");
    value.alternate = QStringLiteral("A");
    value.geneSymbol = gene;
    value.maximumPopulationFrequency = frequency;
    value.frequencySource = QStringLiteral("gnomAD v4.1 nfe");
    value.consequence = consequence;
    return value;
}

QStringList codes(const QList<AcmgSuggestion> &suggestions)
{
    QStringList list;
    for (const AcmgSuggestion &suggestion : suggestions)
        list << suggestion.evidence.code();
    return list;
}

} // namespace

class TestAcmgSuggestions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaults_data();
    void defaults();
    void policyThresholds();
    void evidenceNamesSourceAndVersion();
    void unknownFrequency();
    void acceptReject();

private:
    Policy m_policy;
};

void TestAcmgSuggestions::initTestCase()
{
    const auto policy = PolicyLoader().loadFile(
            QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/review/policy-review.json"));
    QVERIFY2(policy.has_value(), policy.has_value() ? "" : qPrintable(policy.error().toString()));
    m_policy = policy.value();
}

void TestAcmgSuggestions::defaults_data()
{
    QTest::addColumn<double>("frequency");
    QTest::addColumn<QString>("consequence");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("BA1 at 0.05") << 0.05 << u""_s << QStringList{u"BA1"_s};
    QTest::newRow("BA1 at 0.3") << 0.3 << u"missense_variant"_s << QStringList{u"BA1"_s};
    QTest::newRow("BS1 above 0.01") << 0.0101 << u""_s << QStringList{u"BS1"_s};
    QTest::newRow("nothing at 0.01") << 0.01 << u""_s << QStringList{};
    QTest::newRow("nothing at 0.0001") << 0.0001 << u""_s << QStringList{};
    QTest::newRow("PM2_Supporting below 0.0001")
            << 0.00009 << u""_s << QStringList{u"PM2_Supporting"_s};
    QTest::newRow("PM2_Supporting when absent (AF 0)")
            << 0.0 << u""_s << QStringList{u"PM2_Supporting"_s};
    QTest::newRow("stop_gained") << 0.0 << u"stop_gained"_s
                                 << QStringList{u"PM2_Supporting"_s, u"PVS1"_s};
    QTest::newRow("frameshift") << 0.001 << u"frameshift_variant"_s << QStringList{u"PVS1"_s};
    QTest::newRow("splice acceptor in a list")
            << 0.001 << u"splice_acceptor_variant&intron_variant"_s << QStringList{u"PVS1"_s};
    QTest::newRow("splice donor") << 0.001 << u"splice_donor_variant"_s << QStringList{u"PVS1"_s};
    QTest::newRow("start_lost moderate")
            << 0.001 << u"start_lost"_s << QStringList{u"PVS1_Moderate"_s};
    QTest::newRow("missense: no PVS1") << 0.001 << u"missense_variant"_s << QStringList{};
}

void TestAcmgSuggestions::defaults()
{
    QFETCH(double, frequency);
    QFETCH(QString, consequence);
    QFETCH(QStringList, expected);
    const auto suggestions
            = AcmgSuggestions::suggest(variant(QStringLiteral("GENE1"), frequency, consequence),
                                       AcmgSuggestions::defaultThresholds());
    QCOMPARE(codes(suggestions), expected);
    for (const AcmgSuggestion &suggestion : suggestions) {
        QCOMPARE(suggestion.decision, AcmgSuggestion::Decision::Pending);
        QVERIFY(!suggestion.evidence.evidence.isEmpty());
    }
}

void TestAcmgSuggestions::policyThresholds()
{
    // The policy's BA1 is 0.04: 0.045 is BA1 under the policy, only BS1 under the defaults.
    QCOMPARE(codes(AcmgSuggestions::suggest(variant(QStringLiteral("BRCA1"), 0.045), m_policy)),
             QStringList{QStringLiteral("BA1")});
    QCOMPARE(codes(AcmgSuggestions::suggest(variant(QStringLiteral("BRCA1"), 0.045),
                                            AcmgSuggestions::defaultThresholds())),
             QStringList{QStringLiteral("BS1")});
    // MYBPC3 has a maximum credible AF of 0.001: BS1 above it.
    QCOMPARE(codes(AcmgSuggestions::suggest(variant(QStringLiteral("MYBPC3"), 0.002), m_policy)),
             QStringList{QStringLiteral("BS1")});
    QCOMPARE(codes(AcmgSuggestions::suggest(variant(QStringLiteral("BRCA1"), 0.002), m_policy)),
             QStringList{});
    // HFE C282Y is exempt from BA1 (and BS1) in the policy.
    PolicyVariant c282y = variant(QStringLiteral("HFE"), 0.06);
    c282y.position = 26092913;
    QVERIFY(AcmgSuggestions::thresholds(m_policy, c282y).ba1Exempt);
    QCOMPARE(codes(AcmgSuggestions::suggest(c282y, m_policy)), QStringList{});
    PolicyVariant otherHfe = variant(QStringLiteral("HFE"), 0.06);
    QCOMPARE(codes(AcmgSuggestions::suggest(otherHfe, m_policy)),
             QStringList{QStringLiteral("BA1")});
}

void TestAcmgSuggestions::evidenceNamesSourceAndVersion()
{
    const auto suggestions
            = AcmgSuggestions::suggest(variant(QStringLiteral("BRCA1"), 0.045), m_policy);
    QCOMPARE(suggestions.size(), 1);
    const QString text = suggestions.first().evidence.evidence;
    QVERIFY2(text.contains(QLatin1String("gnomAD v4.1 nfe")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("test-review v1.0")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("0.04")), qPrintable(text));
}

void TestAcmgSuggestions::unknownFrequency()
{
    PolicyVariant unknown = variant(QStringLiteral("GENE1"), PolicyVariant::kUnknownFrequency);
    unknown.frequencySource.clear();
    QCOMPARE(codes(AcmgSuggestions::suggest(unknown, AcmgSuggestions::defaultThresholds())),
             QStringList{});
    unknown.frequencySource = QStringLiteral("gnomAD v4.1");
    const auto absent = AcmgSuggestions::suggest(unknown, AcmgSuggestions::defaultThresholds());
    QCOMPARE(codes(absent), QStringList{QStringLiteral("PM2_Supporting")});
    QVERIFY(absent.first().evidence.evidence.contains(QLatin1String("gnomAD v4.1")));
}

void TestAcmgSuggestions::acceptReject()
{
    auto suggestions = AcmgSuggestions::suggest(
            variant(QStringLiteral("GENE1"), 0.0, QStringLiteral("stop_gained")),
            AcmgSuggestions::defaultThresholds());
    QCOMPARE(suggestions.size(), 2);
    suggestions[0].accept();
    suggestions[1].reject(QStringLiteral("last exon, escapes NMD"));
    auto classification = AcmgSuggestions::accepted(suggestions);
    QVERIFY(classification.has_value());
    QCOMPARE(classification->codes(), QStringLiteral("PM2_Supporting"));
    QCOMPARE(acmgDecisionKey(suggestions[1].decision), QStringLiteral("rejected"));
    suggestions[1].accept();
    classification = AcmgSuggestions::accepted(suggestions);
    QCOMPARE(classification->codes(), QStringLiteral("PM2_Supporting,PVS1"));
    QCOMPARE(classification->byRules(), Significance::LikelyPathogenic);
    QCOMPARE(classification->byPoints(), Significance::LikelyPathogenic);
    QVERIFY(classification->criteria().at(1).evidence.contains(QLatin1String("stop_gained")));
}

QTEST_GUILESS_MAIN(TestAcmgSuggestions)
#include "tst_acmgsuggestions.moc"
