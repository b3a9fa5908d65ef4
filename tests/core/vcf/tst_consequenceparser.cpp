// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/vcf/consequenceparser.h>
#include <core/vcf/vcfreader.h>

#include <QFile>
#include <QTest>

using namespace Core;

class TestConsequenceParser : public QObject
{
    Q_OBJECT

private:
    const QByteArray m_vep = "Consequence annotations from Ensembl VEP. Format: "
                             "Allele|Consequence|IMPACT|SYMBOL|Gene|Feature|BIOTYPE|HGVSc|HGVSp|"
                             "HGNC_ID|CANONICAL|MANE_SELECT";
    const QByteArray m_snpEff
            = "Functional annotations: 'Allele | Annotation | Annotation_Impact | "
              "Gene_Name | Gene_ID | Feature_Type | Feature_ID | "
              "Transcript_BioType | Rank | HGVS.c | HGVS.p | cDNA.pos / "
              "cDNA.length | CDS.pos / CDS.length | AA.pos / AA.length | "
              "Distance | ERRORS / WARNINGS / INFO'";

private slots:
    void initTestCase() { VcfReader::initializeLibrary(); }

    void headerFormats()
    {
        const auto vep = ConsequenceParser::fromHeader("CSQ", m_vep);
        QVERIFY(vep.has_value());
        QCOMPARE(vep->source(), QStringLiteral("VEP"));
        const auto snpEff = ConsequenceParser::fromHeader("ANN", m_snpEff);
        QVERIFY(snpEff.has_value());
        QCOMPARE(snpEff->source(), QStringLiteral("SnpEff"));
        QVERIFY(!ConsequenceParser::fromHeader("CSQ", "Some other description").has_value());
    }

    void parsesVepFields()
    {
        const auto vep = ConsequenceParser::fromHeader("CSQ", m_vep);
        const QList<TranscriptConsequence> entries = vep->parse(
                "-|frameshift_variant&splice_region_variant|HIGH|BRCA1|ENSG00000012048|"
                "ENST00000357654.9|"
                "protein_coding|ENST00000357654.9:c.68_69del|ENSP00000350283.3:p.Glu23ValfsTer17|"
                "1100|YES|"
                "NM_007294.4,-|intron_variant|MODIFIER|BRCA1|ENSG00000012048|ENST00000000001|"
                "protein_coding|||1100||");
        QCOMPARE(entries.size(), 2);
        const TranscriptConsequence &first = entries.first();
        QCOMPARE(first.allele, QStringLiteral("-"));
        QCOMPARE(first.consequence, QStringLiteral("frameshift_variant"));
        QCOMPARE(first.gene, QStringLiteral("BRCA1"));
        QCOMPARE(first.hgncId, QStringLiteral("HGNC:1100"));
        QCOMPARE(first.hgvsC, QStringLiteral("c.68_69del"));
        QCOMPARE(first.hgvsP, QStringLiteral("p.Glu23ValfsTer17"));
        QVERIFY(first.canonical);
        QVERIFY(first.maneSelect);
        QVERIFY(!entries.at(1).maneSelect);
    }

    void percentEncodedValuesAreDecoded()
    {
        const auto vep = ConsequenceParser::fromHeader("CSQ", m_vep);
        const auto entries = vep->parse("T|synonymous_variant|LOW|TP53|G|ENST1|protein_coding|"
                                        "ENST1:c.215C>T|ENSP1:p.Pro72%3D|11998|YES|");
        QCOMPARE(entries.first().hgvsP, QStringLiteral("p.Pro72="));
    }

    void pickRule_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("reference");
        QTest::addColumn<QByteArray>("alternate");
        QTest::addColumn<int>("expected");

        QTest::newRow("MANE wins over a more severe consequence")
                << QByteArray("A|stop_gained|HIGH|G1|x|T1|protein_coding|||1|||,"
                              "A|missense_variant|MODERATE|G1|x|T2|protein_coding|||1||NM_1")
                << QByteArray("G") << QByteArray("A") << 1;
        QTest::newRow("canonical wins when there is no MANE")
                << QByteArray("A|stop_gained|HIGH|G1|x|T1|protein_coding|||1||,"
                              "A|missense_variant|MODERATE|G1|x|T2|protein_coding|||1|YES|")
                << QByteArray("G") << QByteArray("A") << 1;
        QTest::newRow("then the most severe")
                << QByteArray("A|intron_variant|MODIFIER|G1|x|T1|protein_coding|||1||,"
                              "A|splice_donor_variant|HIGH|G1|x|T2|protein_coding|||1||")
                << QByteArray("G") << QByteArray("A") << 1;
        QTest::newRow("only entries of this allele")
                << QByteArray("T|stop_gained|HIGH|G1|x|T1|protein_coding|||1|YES|NM_1,"
                              "A|missense_variant|MODERATE|G1|x|T1|protein_coding|||1|YES|NM_1")
                << QByteArray("G") << QByteArray("A") << 1;
        QTest::newRow("VEP's deletion allele '-'")
                << QByteArray("-|frameshift_variant|HIGH|G1|x|T1|protein_coding|||1|YES|")
                << QByteArray("CT") << QByteArray("C") << 0;
        QTest::newRow("VEP's insertion without anchor")
                << QByteArray("TT|frameshift_variant|HIGH|G1|x|T1|protein_coding|||1|YES|")
                << QByteArray("C") << QByteArray("CTT") << 0;
        QTest::newRow("no entry for the allele")
                << QByteArray("T|stop_gained|HIGH|G1|x|T1|protein_coding|||1|YES|")
                << QByteArray("G") << QByteArray("A") << -1;
    }

    void pickRule()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, reference);
        QFETCH(QByteArray, alternate);
        QFETCH(int, expected);
        const auto vep = ConsequenceParser::fromHeader("CSQ", m_vep);
        QCOMPARE(ConsequenceParser::pick(vep->parse(value), reference, alternate), expected);
    }

    void severityOrder()
    {
        QVERIFY(ConsequenceParser::severity(QStringLiteral("stop_gained"))
                < ConsequenceParser::severity(QStringLiteral("missense_variant")));
        QVERIFY(ConsequenceParser::severity(QStringLiteral("missense_variant"))
                < ConsequenceParser::severity(QStringLiteral("synonymous_variant")));
        QVERIFY(ConsequenceParser::severity(QStringLiteral("intergenic_variant"))
                < ConsequenceParser::severity(QStringLiteral("made_up_term")));
    }

    void annotatedSharedFile()
    {
        const QString path = QStringLiteral(GENOMEDESK_SHARED_DATA_DIR
                                            "/samples/scout_demo_643594.clinical.GRCh37.vcf.gz");
        if (!QFile::exists(path))
            QSKIP("../shared/data is absent: the annotated Scout demo VCF is not available");
        const auto loaded = VcfReader::read(path);
        QVERIFY(loaded.has_value());
        QVERIFY(loaded->store->hasConsequences());
        // First record: 1:7847367 T>TC, VEP picks the canonical PER3 transcript.
        QCOMPARE(loaded->store->gene(0), QStringLiteral("PER3"));
        QCOMPARE(loaded->store->transcript(0), QStringLiteral("ENST00000361923"));
        QCOMPARE(loaded->store->consequence(0), QStringLiteral("intron_variant"));
        QCOMPARE(loaded->store->hgvsC(0), QStringLiteral("c.390+471_390+472insC"));
        qsizetype withGene = 0;
        for (qsizetype row = 0; row < loaded->store->size(); ++row)
            withGene += loaded->store->gene(row).isEmpty() ? 0 : 1;
        QVERIFY(withGene > loaded->store->size() * 9 / 10);
    }
};

QTEST_GUILESS_MAIN(TestConsequenceParser)
#include "tst_consequenceparser.moc"
