// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/family/inheritance.h>
#include <core/vcf/vcfreader.h>

#include <QTest>

using namespace Core;

class TestInheritance : public QObject
{
    Q_OBJECT

private:
    static LoadedVariants loadTrio()
    {
        VcfReader::Options options;
        options.pedigreeFile = QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/trio/trio.ped");
        const JobContext job;
        auto loaded = VcfReader::read(
                QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/trio/trio.vcf"), job, options);
        return loaded.has_value() ? std::move(loaded).value() : LoadedVariants();
    }

private slots:
    void flagsPerRow_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("flags");
        using A = InheritanceAnalysis;
        QTest::newRow("de novo het, parents hom-ref") << 0 << int(A::DeNovo | A::MendelianError);
        QTest::newRow("hom-alt from two het parents") << 1 << int(A::HomozygousRecessive);
        QTest::newRow("comp-het, paternal half") << 2 << int(A::CompoundHeterozygous);
        QTest::newRow("comp-het, maternal half") << 3 << int(A::CompoundHeterozygous);
        QTest::newRow("two paternal hets in cis, first") << 4 << 0;
        QTest::newRow("two paternal hets in cis, second") << 5 << 0;
        QTest::newRow("phased hets in trans, first") << 6 << int(A::CompoundHeterozygous);
        QTest::newRow("phased hets in trans, second") << 7 << int(A::CompoundHeterozygous);
        QTest::newRow("phased hets in cis, first") << 8 << 0;
        QTest::newRow("phased hets in cis, second") << 9 << 0;
        QTest::newRow("hom-alt with a hom-ref father") << 10 << int(A::MendelianError);
        QTest::newRow("child not called") << 11 << 0;
        QTest::newRow("paternal het in PAR1 of a son") << 12 << 0;
        QTest::newRow("X-linked in a male") << 13 << int(A::XLinked);
    }

    void flagsPerRow()
    {
        QFETCH(int, row);
        QFETCH(int, flags);
        const LoadedVariants loaded = loadTrio();
        QVERIFY(loaded.inheritance);
        QCOMPARE(loaded.store->size(), 14);
        QCOMPARE(InheritanceAnalysis::flagKeys(loaded.inheritance->flags(row)),
                 InheritanceAnalysis::flagKeys(flags));
    }

    void sonsHomAltOnXBecomesHemizygous()
    {
        const LoadedVariants loaded = loadTrio();
        QCOMPARE(loaded.store->zygosity(13, loaded.trio.child), Zygosity::Hemizygous);
        // In PAR1 the son stays diploid.
        QCOMPARE(loaded.store->zygosity(12, loaded.trio.child), Zygosity::Het);
        QCOMPARE(loaded.summary.altered.value(QStringLiteral("hemizygous-call")), 1);
    }

    void summaryCounts()
    {
        const LoadedVariants loaded = loadTrio();
        QCOMPARE(loaded.summary.trioSamples,
                 QStringList({QStringLiteral("KID"),
                              QStringLiteral("FATHER"),
                              QStringLiteral("MOTHER")}));
        QCOMPARE(loaded.summary.trio.value(QStringLiteral("de-novo")), 1);
        QCOMPARE(loaded.summary.trio.value(QStringLiteral("compound-heterozygous")), 4);
        QCOMPARE(loaded.summary.trio.value(QStringLiteral("mendelian-error")), 2);
        QCOMPARE(loaded.summary.sampleSexes,
                 QStringList({QStringLiteral("male"),
                              QStringLiteral("male"),
                              QStringLiteral("female")}));
        QCOMPARE(loaded.store->gene(2), QStringLiteral("GENE3"));
    }

    void phaseSetsSeparatePhasedBlocks_data()
    {
        // phased-trio.vcf: the parents are het everywhere (they cannot tell), so only the
        // child's phase decides, and only within one phase set (FORMAT/PS).
        QTest::addColumn<int>("row");
        QTest::addColumn<bool>("compoundHeterozygous");
        QTest::newRow("MUTYH 0|1, 0|1 in one PS (cis)") << 0 << false;
        QTest::newRow("RPE65 0|1, 1|0 in two PS (unknown)") << 2 << false;
        QTest::newRow("BTD unphased (unknown)") << 4 << false;
        QTest::newRow("ATP7B 0|1 and 1|0 without PS (unknown)") << 6 << false;
        QTest::newRow("GAA 0|1, 1|0 in one PS (trans), first") << 8 << true;
        QTest::newRow("GAA 0|1, 1|0 in one PS (trans), second") << 9 << true;
    }

    void phaseSetsSeparatePhasedBlocks()
    {
        QFETCH(int, row);
        QFETCH(bool, compoundHeterozygous);
        VcfReader::Options options;
        options.pedigreeFile = QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/trio/trio.ped");
        const JobContext job;
        const auto loaded = VcfReader::read(
                QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/vcf/phased-trio.vcf"), job, options);
        QVERIFY2(loaded.has_value(),
                 qPrintable(loaded.has_value() ? QString() : loaded.error().toString()));
        QVERIFY(loaded->inheritance);
        const int flags = loaded->inheritance->flags(row);
        QCOMPARE(bool(flags & InheritanceAnalysis::CompoundHeterozygous), compoundHeterozygous);
        QCOMPARE(flags & InheritanceAnalysis::MendelianError, 0);
        QCOMPARE(loaded->summary.trio.value(QStringLiteral("compound-heterozygous")), 2);
    }

    void parRegions_data()
    {
        QTest::addColumn<QString>("contig");
        QTest::addColumn<qint64>("position");
        QTest::addColumn<GenomeBuild>("build");
        QTest::addColumn<bool>("haploid");
        QTest::newRow("GRCh38 PAR1") << "chrX" << qint64(2781479) << GenomeBuild::GRCh38 << false;
        QTest::newRow("GRCh38 just past PAR1")
                << "chrX" << qint64(2781480) << GenomeBuild::GRCh38 << true;
        QTest::newRow("GRCh37 PAR1 end") << "X" << qint64(2699520) << GenomeBuild::GRCh37 << false;
        QTest::newRow("GRCh37 outside PAR")
                << "X" << qint64(2781000) << GenomeBuild::GRCh37 << true;
        QTest::newRow("GRCh38 PAR2") << "chrX" << qint64(155701383) << GenomeBuild::GRCh38 << false;
        QTest::newRow("autosome") << "chr7" << qint64(5000000) << GenomeBuild::GRCh38 << false;
        QTest::newRow("chrY") << "Y" << qint64(5000000) << GenomeBuild::GRCh37 << true;
        QTest::newRow("unknown build")
                << "chrX" << qint64(5000000) << GenomeBuild::Unknown << false;
    }

    void parRegions()
    {
        QFETCH(QString, contig);
        QFETCH(qint64, position);
        QFETCH(GenomeBuild, build);
        QFETCH(bool, haploid);
        QCOMPARE(isHaploidInMales(contig, position, build), haploid);
    }
};

QTEST_GUILESS_MAIN(TestInheritance)
#include "tst_inheritance.moc"
