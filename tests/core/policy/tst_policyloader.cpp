// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/policy/policy.h>

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace Core;

namespace {

QString operator""_str(const char *text, std::size_t size)
{
    return QString::fromUtf8(text, qsizetype(size));
}

QSet<QString> names(std::initializer_list<const char *> list)
{
    QSet<QString> set;
    for (const char *name : list)
        set.insert(QString::fromLatin1(name));
    return set;
}

const QString kPolicies = QStringLiteral(GENOMEDESK_SOURCE_DIR "/resources/policies/");
const QString kData = QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/policy/");

QString errorText(const Result<Policy> &result)
{
    return result ? QString() : result.error().toString();
}

QSet<QString> genesWithRule(const Policy &policy, GeneRule rule)
{
    QSet<QString> genes;
    for (const PolicyGene &gene : policy.genes) {
        if (gene.rule == rule)
            genes.insert(gene.symbol);
    }
    return genes;
}

} // namespace

class TestPolicyLoader : public QObject
{
    Q_OBJECT

private slots:
    void acmg32();
    void acmg33();
    void builtinResources();
    void geneSetsMatchSharedTable();
    void refused_data();
    void refused();
    void unknownGeneAgainstKnowledgeBase();
    void registryKeepsPreviousPolicy();
    void consentCategoryLabels();
};

void TestPolicyLoader::acmg32()
{
    const auto policy = PolicyLoader().loadFile(kPolicies + QStringLiteral("acmg-sf-3.2.json"));
    QVERIFY2(policy.has_value(), qPrintable(errorText(policy)));
    QCOMPARE(policy->id, QStringLiteral("acmg-sf-3.2"));
    QCOMPARE(policy->version, QStringLiteral("3.2"));
    QCOMPARE(policy->genes.size(), 81);
    QCOMPARE(policy->checksum.size(), 64);
    QCOMPARE(genesWithRule(policy.value(), GeneRule::Biallelic),
             names({"ATP7B", "BTD", "CASQ2", "GAA", "MUTYH", "RPE65", "TRDN"}));
    QCOMPARE(genesWithRule(policy.value(), GeneRule::XLinked), names({"GLA", "OTC"}));
    QCOMPARE(genesWithRule(policy.value(), GeneRule::XLinkedBiallelic), QSet<QString>());
    QCOMPARE(genesWithRule(policy.value(), GeneRule::SpecificVariantHomozygous), names({"HFE"}));
    QCOMPARE(genesWithRule(policy.value(), GeneRule::TruncatingOnly), names({"TTN"}));
    const PolicyGene *hfe = policy->gene(QStringLiteral("HFE"));
    QVERIFY(hfe);
    QCOMPARE(hfe->variants.size(), 1);
    QCOMPARE(hfe->variants.first().keys.value(QStringLiteral("GRCh38")),
             QStringLiteral("6-26092913-G-A"));
    QVERIFY(hfe->variants.first().ba1Exempt);
    QCOMPARE(policy->gene(QStringLiteral("RYR1"))->consentCategory,
             QStringLiteral("pharmacogenomic"));
    QCOMPARE(policy->gene(QStringLiteral("BRCA1"))->consentCategory,
             QStringLiteral("actionable-adult-onset"));
    QCOMPARE(policy->clinvarMinimumStars, 2);
    QCOMPARE(policy->ba1, 0.05);
    QVERIFY(!policy->gene(QStringLiteral("ABCD1")));
}

void TestPolicyLoader::acmg33()
{
    const auto v32 = PolicyLoader().loadFile(kPolicies + QStringLiteral("acmg-sf-3.2.json"));
    const auto v33 = PolicyLoader().loadFile(kPolicies + QStringLiteral("acmg-sf-3.3.json"));
    QVERIFY2(v33.has_value(), qPrintable(errorText(v33)));
    QCOMPARE(v33->genes.size(), 84);
    const QStringList symbols = v33->geneSymbols();
    QSet<QString> added(symbols.cbegin(), symbols.cend());
    for (const QString &gene : v32->geneSymbols())
        QVERIFY(added.remove(gene));
    QCOMPARE(added, names({"ABCD1", "CYP27A1", "PLN"}));
    QCOMPARE(v33->gene(QStringLiteral("ABCD1"))->rule, GeneRule::XLinkedBiallelic);
    QCOMPARE(v33->gene(QStringLiteral("CYP27A1"))->rule, GeneRule::Biallelic);
    QCOMPARE(v33->gene(QStringLiteral("PLN"))->rule, GeneRule::AnyPathogenic);
    QCOMPARE(v33->gene(QStringLiteral("NF2"))->conditions,
             QStringList{QStringLiteral("NF2-related schwannomatosis")});
    QVERIFY(v32->checksum != v33->checksum);
}

void TestPolicyLoader::builtinResources()
{
    Q_INIT_RESOURCE(genomedesk);
    const QStringList ids = PolicyLoader::builtinIds();
    QVERIFY2(ids.contains(QStringLiteral("acmg-sf-3.2")), qPrintable(ids.join(u',')));
    QVERIFY(ids.contains(QStringLiteral("acmg-sf-3.3")));
    QCOMPARE(PolicyLoader::resolve(QStringLiteral("acmg-sf-3.3")),
             QStringLiteral(":/policies/acmg-sf-3.3.json"));
    const auto builtin
            = PolicyLoader().loadFile(PolicyLoader::resolve(QStringLiteral("acmg-sf-3.2")));
    const auto source = PolicyLoader().loadFile(kPolicies + QStringLiteral("acmg-sf-3.2.json"));
    QVERIFY(builtin.has_value());
    QCOMPARE(builtin->checksum, source->checksum);
}

void TestPolicyLoader::geneSetsMatchSharedTable()
{
    QFile table(QStringLiteral(GENOMEDESK_SHARED_DATA_DIR "/policy/acmg_sf_v3.2.tsv"));
    if (!table.exists())
        QSKIP("shared data not present: policy/acmg_sf_v3.2.tsv (GENOMEDESK_SHARED_DATA_DIR)");
    QVERIFY(table.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList header = QString::fromUtf8(table.readLine()).trimmed().split(u'\t');
    const qsizetype geneColumn = header.indexOf(QStringLiteral("gene"));
    const qsizetype hgncColumn = header.indexOf(QStringLiteral("hgnc_id"));
    const qsizetype inheritanceColumn = header.indexOf(QStringLiteral("inheritance"));
    const qsizetype rulesColumn = header.indexOf(QStringLiteral("variants_to_report"));
    QVERIFY(geneColumn >= 0 && hgncColumn >= 0 && inheritanceColumn >= 0 && rulesColumn >= 0);
    QHash<QString, QStringList> rows;
    while (!table.atEnd()) {
        const QString line = QString::fromUtf8(table.readLine()).trimmed();
        if (!line.isEmpty())
            rows.insert(line.split(u'\t').at(geneColumn), line.split(u'\t'));
    }
    QCOMPARE(rows.size(), 81);

    const auto policy = PolicyLoader().loadFile(kPolicies + QStringLiteral("acmg-sf-3.2.json"));
    QVERIFY(policy.has_value());
    const QStringList symbols = policy->geneSymbols();
    QCOMPARE(QSet<QString>(symbols.cbegin(), symbols.cend()),
             QSet<QString>(rows.keyBegin(), rows.keyEnd()));
    for (const PolicyGene &gene : policy->genes) {
        const QStringList &row = rows.value(gene.symbol);
        QCOMPARE(gene.hgncId, row.at(hgncColumn));
        QCOMPARE(gene.inheritance, row.at(inheritanceColumn));
        const QString rule = row.at(rulesColumn);
        GeneRule expected = GeneRule::AnyPathogenic;
        if (rule.contains(QLatin1String("2 variants")))
            expected = GeneRule::Biallelic;
        else if (rule.contains(QLatin1String("hemi")))
            expected = GeneRule::XLinked;
        else if (rule.contains(QLatin1String("C282Y")))
            expected = GeneRule::SpecificVariantHomozygous;
        else if (rule.contains(QLatin1String("truncating")))
            expected = GeneRule::TruncatingOnly;
        QVERIFY2(gene.rule == expected, qPrintable(gene.symbol));
    }

    // v3.3 = the v3.2 table plus its three additions.
    const auto v33 = PolicyLoader().loadFile(kPolicies + QStringLiteral("acmg-sf-3.3.json"));
    QVERIFY(v33.has_value());
    QSet<QString> expected33(rows.keyBegin(), rows.keyEnd());
    expected33 += names({"ABCD1", "CYP27A1", "PLN"});
    const QStringList symbols33 = v33->geneSymbols();
    QCOMPARE(QSet<QString>(symbols33.cbegin(), symbols33.cend()), expected33);
}

void TestPolicyLoader::refused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad rule") << "bad-rule.json"_str << 34
                              << "PRNP: unknown rule \"dominant-ish\""_str;
    QTest::newRow("wrong format version")
            << "bad-version.json"_str << 3 << "unsupported policy formatVersion 7"_str;
    QTest::newRow("rule does not fit inheritance")
            << "bad-inheritance.json"_str << 32
            << "MUTYH: rule \"biallelic\" does not fit inheritance AD"_str;
    QTest::newRow("malformed JSON") << "bad-json.json"_str << 28 << "not valid JSON"_str;
}

void TestPolicyLoader::refused()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, message);
    const auto policy = PolicyLoader().loadFile(kData + file);
    QVERIFY(!policy.has_value());
    QCOMPARE(policy.error().line(), line);
    QVERIFY2(policy.error().message().contains(message), qPrintable(policy.error().message()));
    QVERIFY2(policy.error().toString().contains(QStringLiteral("line %1").arg(line)),
             qPrintable(policy.error().toString()));
}

void TestPolicyLoader::unknownGeneAgainstKnowledgeBase()
{
    QHash<QString, QString> known{{"MUTYH"_str, "HGNC:7527"_str},
                                  {"MYBPC3"_str, "HGNC:7551"_str},
                                  {"PRNP"_str, "HGNC:9449"_str},
                                  {"DPYD"_str, "HGNC:3012"_str},
                                  {"BRCA1"_str, "HGNC:1100"_str}};
    PolicyLoader loader;
    loader.setKnownGenes(known);
    QVERIFY(loader.loadFile(kData + QStringLiteral("test-opt-in.json")).has_value());
    const auto unknown = loader.loadFile(kData + QStringLiteral("unknown-gene.json"));
    QVERIFY(!unknown.has_value());
    QCOMPARE(unknown.error().line(), 35);
    QVERIFY(unknown.error().message().contains(QStringLiteral("unknown gene NOTAGENE1")));

    known.insert(QStringLiteral("BRCA1"), QStringLiteral("HGNC:1"));
    loader.setKnownGenes(known);
    const auto mismatch = loader.loadFile(kData + QStringLiteral("test-opt-in.json"));
    QVERIFY(!mismatch.has_value());
    QVERIFY(mismatch.error().message().contains(QStringLiteral("does not match")));
}

void TestPolicyLoader::registryKeepsPreviousPolicy()
{
    PolicyRegistry registry;
    QVERIFY(!registry.hasActive());
    QVERIFY(registry.load(kPolicies + QStringLiteral("acmg-sf-3.2.json")).has_value());
    const QString checksum = registry.active().checksum;
    for (const QString &bad : {QStringLiteral("bad-rule.json"),
                               QStringLiteral("bad-version.json"),
                               QStringLiteral("missing.json")}) {
        const Result<void> result = registry.load(kData + bad);
        QVERIFY(!result.has_value());
        QVERIFY(!result.error().message().isEmpty());
        QCOMPARE(registry.active().id, QStringLiteral("acmg-sf-3.2"));
        QCOMPARE(registry.active().checksum, checksum);
    }
    QVERIFY(registry.load(kData + QStringLiteral("test-opt-in.json")).has_value());
    QCOMPARE(registry.active().id, QStringLiteral("test-opt-in"));
}

QTEST_GUILESS_MAIN(TestPolicyLoader)
// What readers see for a consent category: a shipped category by its own name (also when the
// policy file does not list it), another by the policy file's title, else by its id.
void TestPolicyLoader::consentCategoryLabels()
{
    const auto policy = PolicyLoader().loadFile(kPolicies + QStringLiteral("acmg-sf-3.2.json"));
    QVERIFY2(policy.has_value(), qPrintable(errorText(policy)));
    QCOMPARE(policy->consentCategoryLabel(QStringLiteral("actionable-adult-onset")),
             QStringLiteral("Actionable conditions with onset in adulthood"));
    QCOMPARE(policy->consentCategoryLabel(QStringLiteral("carrier-status")),
             QStringLiteral("Carrier status for recessive conditions"));
    QCOMPARE(policy->consentCategoryLabel(QStringLiteral("no-such-category")),
             QStringLiteral("no-such-category"));
    Policy custom;
    custom.consentCategories.append({QStringLiteral("research"), QStringLiteral("Research use")});
    QCOMPARE(custom.consentCategoryLabel(QStringLiteral("research")),
             QStringLiteral("Research use"));
    QCOMPARE(consentCategoryLabel({QStringLiteral("research"), QString()}),
             QStringLiteral("research"));
}

#include "tst_policyloader.moc"
