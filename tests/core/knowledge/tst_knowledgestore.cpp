// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/knowledge/clinvarvalues.h>
#include <core/knowledge/knowledgestore.h>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

namespace {

const QString kData = QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/knowledge/");
const QString kShared = QStringLiteral(GENOMEDESK_SHARED_DATA_DIR);

QString operator""_str(const char *text, std::size_t size)
{
    return QString::fromUtf8(text, qsizetype(size));
}

} // namespace

class TestKnowledgeStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void clinVarSignificance_data();
    void clinVarSignificance();
    void reviewStars_data();
    void reviewStars();
    void molecularConsequence();
    void importClinVar();
    void clinVarWithoutBuildIsRefused();
    void clinVarBadLineKeepsPreviousData();
    void geneModelRegions_data();
    void geneModelRegions();
    void gff3();
    void geneSpansOnly();
    void badGeneModel();
    void panels();
    void sharedManeBed();
    void sharedClinVar();
    void sharedPanels();

private:
    std::unique_ptr<KnowledgeStore> openStore();
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<QTemporaryDir> m_geneModelDirectory;
    std::unique_ptr<KnowledgeStore> m_geneModel;
};

void TestKnowledgeStore::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
}

std::unique_ptr<KnowledgeStore> TestKnowledgeStore::openStore()
{
    auto store = KnowledgeStore::open(m_directory->filePath(QStringLiteral("test.gdkb")));
    if (!store)
        qWarning() << store.error().toString();
    return store ? std::move(store).value() : nullptr;
}

void TestKnowledgeStore::clinVarSignificance_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<Significance>("expected");
    QTest::newRow("P") << "Pathogenic"_str << Significance::Pathogenic;
    QTest::newRow("LP") << "Likely_pathogenic"_str << Significance::LikelyPathogenic;
    QTest::newRow("P/LP") << "Pathogenic/Likely_pathogenic"_str << Significance::LikelyPathogenic;
    QTest::newRow("P with modifier") << "Pathogenic|risk_factor"_str << Significance::Pathogenic;
    QTest::newRow("VUS") << "Uncertain_significance"_str << Significance::Uncertain;
    QTest::newRow("LB") << "Likely_benign"_str << Significance::LikelyBenign;
    QTest::newRow("B/LB") << "Benign/Likely_benign"_str << Significance::LikelyBenign;
    QTest::newRow("B") << "Benign"_str << Significance::Benign;
    QTest::newRow("conflicting, old spelling")
            << "Conflicting_interpretations_of_pathogenicity"_str << Significance::Conflicting;
    QTest::newRow("conflicting, 2024 spelling")
            << "Conflicting_classifications_of_pathogenicity"_str << Significance::Conflicting;
    QTest::newRow("low penetrance") << "Pathogenic,_low_penetrance"_str << Significance::Other;
    QTest::newRow("drug response") << "drug_response"_str << Significance::Other;
    QTest::newRow("empty") << QString() << Significance::Unknown;
}

void TestKnowledgeStore::clinVarSignificance()
{
    QFETCH(QString, value);
    QFETCH(Significance, expected);
    QCOMPARE(ClinVarValues::significance(value), expected);
}

void TestKnowledgeStore::reviewStars_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("stars");
    QTest::newRow("guideline") << "practice_guideline"_str << 4;
    QTest::newRow("expert panel") << "reviewed_by_expert_panel"_str << 3;
    QTest::newRow("multiple") << "criteria_provided,_multiple_submitters,_no_conflicts"_str << 2;
    QTest::newRow("single") << "criteria_provided,_single_submitter"_str << 1;
    QTest::newRow("conflicting, 2024") << "criteria_provided,_conflicting_classifications"_str << 1;
    QTest::newRow("conflicting, old") << "criteria_provided,_conflicting_interpretations"_str << 1;
    QTest::newRow("no criteria") << "no_assertion_criteria_provided"_str << 0;
    QTest::newRow("no classification") << "no_classification_provided"_str << 0;
    QTest::newRow("unknown") << "made_up"_str << -1;
}

void TestKnowledgeStore::reviewStars()
{
    QFETCH(QString, value);
    QFETCH(int, stars);
    QCOMPARE(ClinVarValues::stars(value), stars);
}

void TestKnowledgeStore::molecularConsequence()
{
    QCOMPARE(ClinVarValues::mostSevereConsequence(
                     "SO:0001583|missense_variant,SO:0001619|non-coding_transcript_variant"_str),
             "missense_variant"_str);
    QCOMPARE(ClinVarValues::mostSevereConsequence(
                     "SO:0001583|missense_variant,SO:0001587|nonsense"_str),
             "stop_gained"_str);
    QCOMPARE(ClinVarValues::mostSevereConsequence(QString()), QString());
}

void TestKnowledgeStore::importClinVar()
{
    auto store = openStore();
    QVERIFY(store);
    const auto imported = store->importClinVar(kData + QStringLiteral("clinvar.vcf"));
    QVERIFY2(imported.has_value(), qPrintable(imported ? QString() : imported.error().toString()));
    QCOMPARE(imported->recordsStored, 7);
    QCOMPARE(imported->recordsSkipped, 1);
    QCOMPARE(imported->source.version, "2026-01-05"_str);
    QCOMPARE(imported->source.build, "GRCh38"_str);

    const auto p = store->clinVar("GRCh38"_str, "chr1"_str, 1150, "C"_str, "T"_str);
    QVERIFY(p);
    QCOMPARE(p->significance, Significance::Pathogenic);
    QCOMPARE(p->stars, 3);
    QCOMPARE(p->variationId, "900001"_str);
    QCOMPARE(p->genes, QStringList{"TESTG1"_str});
    QCOMPARE(p->hgvs, "NC_000001.11:g.1150C>T"_str);
    QCOMPARE(p->consequence, "stop_gained"_str);
    QCOMPARE(store->clinVar("GRCh38"_str, "1"_str, 1160, "G"_str, "A"_str)->significance,
             Significance::Conflicting);
    QCOMPARE(store->clinVar("GRCh38"_str, "1"_str, 1170, "G"_str, "A"_str)->significance,
             Significance::Conflicting);
    QCOMPARE(store->clinVar("GRCh38"_str, "1"_str, 1180, "A"_str, "G"_str)->genes,
             (QStringList{"TESTG1"_str, "OTHER"_str}));
    QCOMPARE(store->clinVar("GRCh38"_str, "1"_str, 1199, "C"_str, "CT"_str)->stars, 4);
    // Exact allele only: another ALT, another build or position finds nothing.
    QVERIFY(!store->clinVar("GRCh38"_str, "1"_str, 1150, "C"_str, "G"_str));
    QVERIFY(!store->clinVar("GRCh37"_str, "1"_str, 1150, "C"_str, "T"_str));
    QVERIFY(!store->clinVar("GRCh38"_str, "1"_str, 1151, "C"_str, "T"_str));
    QCOMPARE(store->dataVersions(), QStringList{"ClinVar 2026-01-05 (GRCh38)"_str});
}

void TestKnowledgeStore::clinVarWithoutBuildIsRefused()
{
    auto store = openStore();
    const auto imported = store->importClinVar(kData + QStringLiteral("clinvar-no-build.vcf"));
    QVERIFY(!imported.has_value());
    QVERIFY(imported.error().message().contains(QStringLiteral("genome build")));
    QVERIFY(store->importClinVar(kData + QStringLiteral("clinvar-no-build.vcf"), "GRCh37"_str)
                    .has_value());
    QVERIFY(store->clinVar("GRCh37"_str, "1"_str, 1150, "C"_str, "T"_str));
}

void TestKnowledgeStore::clinVarBadLineKeepsPreviousData()
{
    auto store = openStore();
    QVERIFY(store->importClinVar(kData + QStringLiteral("clinvar.vcf")).has_value());
    const auto bad = store->importClinVar(kData + QStringLiteral("clinvar-bad-line.vcf"));
    QVERIFY(!bad.has_value());
    QCOMPARE(bad.error().line(), 13);
    QVERIFY(bad.error().toString().contains(QStringLiteral("clinvar-bad-line.vcf")));
    // The failed import was rolled back: all seven earlier records are still there.
    QVERIFY(store->clinVar("GRCh38"_str, "1"_str, 1199, "C"_str, "CT"_str));
    QCOMPARE(store->sources().size(), 1);
}

void TestKnowledgeStore::geneModelRegions_data()
{
    QTest::addColumn<qint64>("position");
    QTest::addColumn<QString>("gene");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("consequence");
    QTest::addColumn<qint64>("distance");
    QTest::newRow("coding") << qint64(1150) << "TESTG1"_str
                            << "coding"_str
                            << "coding_sequence_variant"_str << qint64(-1);
    QTest::newRow("5' UTR, + strand") << qint64(1050) << "TESTG1"_str
                                      << "five-prime-utr"_str
                                      << "5_prime_UTR_variant"_str << qint64(-1);
    QTest::newRow("3' UTR, + strand") << qint64(4800) << "TESTG1"_str
                                      << "three-prime-utr"_str
                                      << "3_prime_UTR_variant"_str << qint64(-1);
    QTest::newRow("donor +1") << qint64(1201) << "TESTG1"_str
                              << "splice-site"_str
                              << "splice_donor_variant"_str << qint64(1);
    QTest::newRow("acceptor -1") << qint64(1999) << "TESTG1"_str
                                 << "splice-site"_str
                                 << "splice_acceptor_variant"_str << qint64(1);
    QTest::newRow("splice region +6") << qint64(1206) << "TESTG1"_str
                                      << "splice-region"_str
                                      << "splice_region_variant"_str << qint64(6);
    QTest::newRow("deep intronic") << qint64(1500) << "TESTG1"_str
                                   << "intronic"_str
                                   << "intron_variant"_str << qint64(300);
    QTest::newRow("3' UTR, - strand") << qint64(10100) << "TESTG2"_str
                                      << "three-prime-utr"_str
                                      << "3_prime_UTR_variant"_str << qint64(-1);
    QTest::newRow("5' UTR, - strand") << qint64(11900) << "TESTG2"_str
                                      << "five-prime-utr"_str
                                      << "5_prime_UTR_variant"_str << qint64(-1);
    QTest::newRow("acceptor, - strand") << qint64(10501) << "TESTG2"_str
                                        << "splice-site"_str
                                        << "splice_acceptor_variant"_str << qint64(1);
    QTest::newRow("donor, - strand") << qint64(11499) << "TESTG2"_str
                                     << "splice-site"_str
                                     << "splice_donor_variant"_str << qint64(1);
    QTest::newRow("intergenic") << qint64(7000) << QString() << "intergenic"_str
                                << "intergenic_variant"_str << qint64(-1);
}

void TestKnowledgeStore::geneModelRegions()
{
    QFETCH(qint64, position);
    QFETCH(QString, gene);
    QFETCH(QString, region);
    QFETCH(QString, consequence);
    QFETCH(qint64, distance);
    // One gene model for all rows: importing it per row would make the test slow.
    if (!m_geneModel) {
        m_geneModelDirectory = std::make_unique<QTemporaryDir>();
        auto opened = KnowledgeStore::open(
                m_geneModelDirectory->filePath(QStringLiteral("model.gdkb")));
        QVERIFY(opened.has_value());
        m_geneModel = std::move(opened).value();
        const auto imported
                = m_geneModel->importGeneModel(kData + QStringLiteral("genes.gtf"), "GRCh38"_str);
        QVERIFY2(imported.has_value(),
                 qPrintable(imported ? QString() : imported.error().toString()));
    }
    KnowledgeStore *store = m_geneModel.get();
    const RegionAnnotation annotation
            = store->annotate("GRCh38"_str, "chr1"_str, position, "C"_str);
    QCOMPARE(annotation.gene, gene);
    QCOMPARE(annotation.region, region);
    QCOMPARE(annotation.consequence, consequence);
    QCOMPARE(annotation.distanceToExon, distance);
    if (!gene.isEmpty()) {
        QVERIFY(annotation.exonDetail);
        QCOMPARE(annotation.transcript, gene == "TESTG1"_str ? "T1.1"_str : "T2.1"_str);
    } else {
        QCOMPARE(annotation.distanceToGene, qint64(2000));
    }
}

void TestKnowledgeStore::gff3()
{
    auto store = openStore();
    const auto imported
            = store->importGeneModel(kData + QStringLiteral("genes.gff3"), "GRCh38"_str);
    QVERIFY2(imported.has_value(), qPrintable(imported ? QString() : imported.error().toString()));
    QCOMPARE(imported->recordsStored, 10);
    const RegionAnnotation coding = store->annotate("GRCh38"_str, "chr1"_str, 2100, "A"_str);
    QCOMPARE(coding.gene, "TESTG1"_str);
    QCOMPARE(coding.transcript, "transcript:T1.1"_str);
    QCOMPARE(coding.region, "coding"_str);
    const RegionAnnotation donor = store->annotate("GRCh38"_str, "1"_str, 2202, "A"_str);
    QCOMPARE(donor.consequence, "splice_donor_variant"_str);
    QCOMPARE(donor.distanceToExon, qint64(2));
}

void TestKnowledgeStore::geneSpansOnly()
{
    auto store = openStore();
    const auto imported = store->importGeneBed(kData + QStringLiteral("genes.bed"), "GRCh38"_str);
    QVERIFY(imported.has_value());
    QCOMPARE(imported->recordsStored, 3);
    const RegionAnnotation inside = store->annotate("GRCh38"_str, "1"_str, 1000, "C"_str);
    QCOMPARE(inside.gene, "TESTG1"_str); // BED start 999 is 1-based 1000
    QCOMPARE(inside.region, "genic"_str);
    QVERIFY(!inside.exonDetail);
    QVERIFY(inside.consequence.isEmpty());
    QCOMPARE(store->annotate("GRCh38"_str, "1"_str, 999, "C"_str).region, "intergenic"_str);
    QCOMPARE(store->genesAt("GRCh38"_str, "chrX"_str, 150, 150).size(), 1);
    QVERIFY(store->genesAt("GRCh37"_str, "X"_str, 150, 150).isEmpty());
    QVERIFY(store->importGeneBed(kData + QStringLiteral("genes.bed"), QString())
                    .error()
                    .message()
                    .contains(QStringLiteral("genome build")));
}

void TestKnowledgeStore::badGeneModel()
{
    auto store = openStore();
    QVERIFY(store->importGeneModel(kData + QStringLiteral("genes.gtf"), "GRCh38"_str).has_value());
    const auto bad = store->importGeneModel(kData + QStringLiteral("bad-genes.gtf"), "GRCh38"_str);
    QVERIFY(!bad.has_value());
    QCOMPARE(bad.error().line(), 4);
    QCOMPARE(store->annotate("GRCh38"_str, "1"_str, 1150, "C"_str).region, "coding"_str);
}

void TestKnowledgeStore::panels()
{
    auto store = openStore();
    const auto imported = store->importPanel(kData + QStringLiteral("panel.tsv"));
    QVERIFY2(imported.has_value(), qPrintable(imported ? QString() : imported.error().toString()));
    QCOMPARE(imported->recordsStored, 3);
    QCOMPARE(imported->recordsSkipped, 1);
    const QList<PanelGene> genes = store->panelGenes("9001"_str);
    QCOMPARE(genes.size(), 3);
    QCOMPARE(genes.first().panelVersion, "1.2"_str);
    QCOMPARE(genes.first().symbol, "MYBPC3"_str);
    QCOMPARE(store->geneCatalogue().value("MYH7"_str), "HGNC:7577"_str);
    // Importing the same version again replaces it rather than doubling it.
    QVERIFY(store->importPanel(kData + QStringLiteral("panel.tsv")).has_value());
    QCOMPARE(store->panelGenes("9001"_str, "1.2"_str).size(), 3);
    QVERIFY(!store->importPanel(kData + QStringLiteral("genes.bed")).has_value());
}

void TestKnowledgeStore::sharedManeBed()
{
    const QString bed = kShared + QStringLiteral("/genes/MANE.GRCh38.v1.0.genes.bed.gz");
    if (!QFile::exists(bed))
        QSKIP("shared data not present: genes/MANE.GRCh38.v1.0.genes.bed.gz");
    auto store = openStore();
    QElapsedTimer timer;
    timer.start();
    const auto imported = store->importGeneBed(bed, "GRCh38"_str);
    QVERIFY2(imported.has_value(), qPrintable(imported ? QString() : imported.error().toString()));
    QVERIFY(imported->recordsStored > 19000);
    qInfo() << "MANE BED import:" << imported->recordsStored << "genes in" << timer.elapsed()
            << "ms";
    // HFE p.C282Y, GRCh38 chr6:26092913.
    const RegionAnnotation hfe = store->annotate("GRCh38"_str, "chr6"_str, 26092913, "G"_str);
    QCOMPARE(hfe.gene, "HFE"_str);
    QCOMPARE(hfe.hgncId, "HGNC:4886"_str);
    QCOMPARE(hfe.region, "genic"_str);
    QVERIFY(!hfe.exonDetail);
    const QHash<QString, QString> catalogue = store->geneCatalogue();
    QCOMPARE(catalogue.value("BRCA1"_str), "HGNC:1100"_str);
    QCOMPARE(catalogue.value("TTN"_str), "HGNC:12403"_str);
}

void TestKnowledgeStore::sharedClinVar()
{
    const QString vcf = kShared + QStringLiteral("/clinvar/clinvar_20211025.GRCh38.excerpt.vcf.gz");
    if (!QFile::exists(vcf))
        QSKIP("shared data not present: clinvar/clinvar_20211025.GRCh38.excerpt.vcf.gz");
    auto store = openStore();
    const auto imported = store->importClinVar(vcf);
    QVERIFY2(imported.has_value(), qPrintable(imported ? QString() : imported.error().toString()));
    QCOMPARE(imported->recordsRead, 50);
    QCOMPARE(imported->source.version, "2021-10-25"_str);
    QCOMPARE(imported->source.build, "GRCh38"_str);
    const auto first = store->clinVar("GRCh38"_str, "chr1"_str, 925952, "G"_str, "A"_str);
    QVERIFY(first);
    QCOMPARE(first->significance, Significance::Uncertain);
    QCOMPARE(first->stars, 1);
    QCOMPARE(first->genes, QStringList{"SAMD11"_str});
    QCOMPARE(first->consequence, "missense_variant"_str);

    const QString grch37
            = kShared + QStringLiteral("/clinvar/clinvar_20191007.GRCh37.excerpt.vcf.gz");
    const auto older = store->importClinVar(grch37);
    QVERIFY2(older.has_value(), qPrintable(older ? QString() : older.error().toString()));
    QCOMPARE(older->source.build, "GRCh37"_str);
    QCOMPARE(store->sources().size(), 2);
}

void TestKnowledgeStore::sharedPanels()
{
    const QString tsv = kShared + QStringLiteral("/panels/panelapp_panels.3panels.genes.tsv");
    const QString bed = kShared + QStringLiteral("/panels/gene_panel_test.GRCh38.bed");
    if (!QFile::exists(tsv) || !QFile::exists(bed))
        QSKIP("shared data not present: panels/");
    auto store = openStore();
    const auto imported = store->importPanel(tsv);
    QVERIFY2(imported.has_value(), qPrintable(imported ? QString() : imported.error().toString()));
    QCOMPARE(store->panels().size(), 3);
    QCOMPARE(store->panelGenes("522"_str).first().panelName, "Familial melanoma"_str);
    const auto fromBed = store->importPanel(bed);
    QVERIFY2(fromBed.has_value(), qPrintable(fromBed ? QString() : fromBed.error().toString()));
    const QList<PanelGene> genes = store->panelGenes("TEST"_str);
    QVERIFY(!genes.isEmpty());
    QCOMPARE(genes.first().panelVersion, "1.0"_str);
    QVERIFY(genes.first().hgncId.startsWith(QLatin1String("HGNC:")));
}

QTEST_GUILESS_MAIN(TestKnowledgeStore)
#include "tst_knowledgestore.moc"
