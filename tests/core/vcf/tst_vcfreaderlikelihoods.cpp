// SPDX-License-Identifier: GPL-3.0-or-later
// VcfReader: FORMAT/PL (Number=G) kept per sample and per ALT row, re-indexed when a
// multi-allelic record is split (diploid: 0/0, 0/k, k/k; haploid: 0, k), the same from BCF;
// FORMAT/GL kept as PL when the file has no PL; FORMAT/AD with the wrong number of values.
#include "../../support/genomedeskprocess.h"

#include <core/vcf/vcfreader.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace Core;

namespace {

constexpr int M = GenotypeCall::kMissing;

struct Expected
{
    const char *contig;
    qint64 position;
    const char *alternate;
    // Per sample: the number of values (0: no PL, 2: haploid, 3: diploid) and the values.
    int count[2];
    std::array<int, 3> values[2];
};

// tests/data/vcf/likelihoods.vcf after splitting; agrees with `bcftools norm -m-any` except
// where the file's PL has the wrong number of values (bcftools then keeps arbitrary values,
// GenomeDesk keeps none and reports the record).
const Expected kExpected[] = {
        {"chr1", 1000, "G", {3, 3}, {{250, 0, 310}, {700, 60, 0}}},
        {"chr1", 2000, "C", {3, 3}, {{400, 200, 300}, {90, 0, 110}}},
        {"chr1", 2000, "G", {3, 3}, {{400, 210, 350}, {90, 200, 400}}},
        {"chr1", 3000, "A", {3, 3}, {{0, 10, 20}, {M, M, M}}},
        {"chr1", 3000, "G", {3, 3}, {{0, 30, 50}, {M, M, M}}},
        {"chr1", 3000, "T", {3, 3}, {{0, 60, 90}, {M, M, M}}},
        {"chr1", 4000, "A", {3, 3}, {{M, M, M}, {M, M, M}}},
        {"chr1", 5000, "C", {0, 3}, {{M, M, M}, {0, 27, 300}}},
        {"chr1", 6000, "C", {0, 3}, {{M, M, M}, {20, 90, 200}}},
        {"chr1", 6000, "G", {0, 3}, {{M, M, M}, {20, 0, 300}}},
        {"chr1", 7000, "C", {0, 0}, {{M, M, M}, {M, M, M}}},
        {"chrY", 2800000, "T", {2, 2}, {{300, 200, M}, {M, M, M}}},
        {"chrY", 2800000, "G", {2, 2}, {{300, 0, M}, {M, M, M}}},
        {"chrM", 150, "C", {2, 2}, {{255, 0, M}, {0, 255, M}}},
};

// tests/data/vcf/genotype-likelihoods.vcf (FORMAT/GL, no PL) after splitting: PL =
// round(-10 * GL) less the call's smallest, re-indexed like PL. S = the store's largest value.
constexpr int S = 65533;
const Expected kFromGenotypeLikelihoods[] = {
        {"chr1", 1000, "G", {3, 3}, {{24, 0, 299}, {700, 60, 0}}},
        {"chr1", 2000, "C", {3, 3}, {{400, 200, 300}, {90, 0, 110}}},
        {"chr1", 2000, "G", {3, 3}, {{400, 210, 350}, {90, 200, 400}}},
        {"chr1", 3000, "A", {3, 3}, {{M, 0, 15}, {M, M, M}}},
        {"chr1", 4000, "C", {0, 3}, {{M, M, M}, {0, 20, 100}}},
        {"chr1", 5000, "C", {3, 3}, {{M, M, M}, {M, M, M}}},
        {"chr1", 6000, "C", {0, 0}, {{M, M, M}, {M, M, M}}},
        {"chr1", 7000, "C", {3, 3}, {{S, 0, S}, {0, 20, 40}}},
        {"chrY", 2800000, "T", {2, 2}, {{300, 200, M}, {M, M, M}}},
        {"chrY", 2800000, "G", {2, 2}, {{300, 0, M}, {M, M, M}}},
        {"chrM", 150, "C", {2, 2}, {{255, 0, M}, {0, 255, M}}},
};

struct ExpectedDepths
{
    qint64 position;
    const char *alternate;
    int depths[2][3]; // per sample: REF, this ALT, all alleles
};

constexpr int N = GenotypeCall::kMissing;
// tests/data/vcf/allele-depths.vcf: a call whose AD has not one value per allele keeps none.
const ExpectedDepths kAlleleDepths[] = {
        {100, "G", {{10, 9, 19}, {0, 20, 20}}},
        {200, "G", {{N, N, N}, {20, 0, 20}}}, // S1: 3 values for 2 alleles
        {300, "C", {{3, 4, 12}, {N, N, N}}},  // S2: 2 values for 3 alleles
        {300, "G", {{3, 5, 12}, {N, N, N}}},
        {400, "C", {{N, N, N}, {N, N, N}}}, // "." and ".,.": missing, not wrong
        {500, "C", {{5, N, N}, {N, N, N}}}, // S2: 1 value for 2 alleles
        {600, "C", {{N, N, N}, {9, 0, 9}}}, // S1: 2 values for 3 alleles (C, *)
        {700, "T", {{N, N, N}, {N, N, N}}}, // no AD
};

QString bcfCopy(const QString &vcf, const QString &directory)
{
    const QString bcftools = QStandardPaths::findExecutable(QStringLiteral("bcftools"));
    if (bcftools.isEmpty())
        return QString();
    const QString bcf = directory + QLatin1Char('/') + QFileInfo(vcf).completeBaseName()
                        + QStringLiteral(".bcf");
    const int exit = QProcess::execute(
            bcftools,
            {QStringLiteral("view"), QStringLiteral("-Ob"), QStringLiteral("-o"), bcf, vcf});
    return exit == 0 ? bcf : QString();
}

} // namespace

class TestVcfReaderLikelihoods : public QObject
{
    Q_OBJECT

private:
    static QString data(const char *name)
    {
        return QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/vcf/") + QLatin1String(name);
    }

    template<size_t Rows>
    static void compareLikelihoods(const VariantStore &store, const Expected (&rows)[Rows])
    {
        QVERIFY(store.hasPhredLikelihoods());
        QCOMPARE(store.size(), qsizetype(Rows));
        for (qsizetype row = 0; row < store.size(); ++row) {
            const Expected &expected = rows[row];
            QCOMPARE(store.contig(row), QString::fromLatin1(expected.contig));
            QCOMPARE(store.position(row), expected.position);
            QCOMPARE(store.alternate(row), QByteArray(expected.alternate));
            for (int sample = 0; sample < 2; ++sample) {
                const GenotypeCall call = store.genotype(row, sample);
                const QByteArray where = QStringLiteral("row %1 (%2:%3 %4), sample %5")
                                                 .arg(row)
                                                 .arg(QLatin1String(expected.contig))
                                                 .arg(expected.position)
                                                 .arg(QLatin1String(expected.alternate))
                                                 .arg(sample)
                                                 .toUtf8();
                QVERIFY2(call.phredLikelihoodCount == expected.count[sample], where.constData());
                QVERIFY2(call.phredLikelihoods == expected.values[sample], where.constData());
            }
        }
    }

    static void compareWithExpected(const LoadedVariants &loaded)
    {
        compareLikelihoods(*loaded.store, kExpected);
        // Records 5000 and 6000 have a call whose PL has the wrong number of values: their
        // three rows are reported as altered and the two records in a warning.
        QCOMPARE(loaded.summary.altered.value(QStringLiteral("pl-wrong-count")), 3);
        bool warned = false;
        for (const QString &warning : loaded.summary.warnings)
            warned = warned
                     || (warning.contains(QLatin1String("PL"))
                         && warning.contains(QLatin1Char('2')));
        QVERIFY2(warned, qPrintable(loaded.summary.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(loaded.summary.toJson()
                         .value(QStringLiteral("altered"))
                         .toObject()
                         .value(QStringLiteral("pl-wrong-count"))
                         .toInteger(),
                 3);
    }

    static void compareGenotypeLikelihoods(const LoadedVariants &loaded)
    {
        compareLikelihoods(*loaded.store, kFromGenotypeLikelihoods);
        // Records with at least one converted value; 5000 (all missing) and 6000 (no GL) not.
        QCOMPARE(loaded.summary.notes.value(QStringLiteral("pl-from-gl")), 7);
        // 4000: S1's GL has 2 values for a diploid call.
        QCOMPARE(loaded.summary.altered.value(QStringLiteral("pl-wrong-count")), 1);
        QVERIFY(loaded.summary.toText().contains(QLatin1String("note (pl-from-gl): 7")));
        QCOMPARE(loaded.summary.toJson()
                         .value(QStringLiteral("notes"))
                         .toObject()
                         .value(QStringLiteral("pl-from-gl"))
                         .toInteger(),
                 7);
    }

    static void compareAlleleDepths(const LoadedVariants &loaded)
    {
        const VariantStore &store = *loaded.store;
        QCOMPARE(store.size(), qsizetype(std::size(kAlleleDepths)));
        for (qsizetype row = 0; row < store.size(); ++row) {
            const ExpectedDepths &expected = kAlleleDepths[row];
            QCOMPARE(store.position(row), expected.position);
            QCOMPARE(store.alternate(row), QByteArray(expected.alternate));
            for (int sample = 0; sample < 2; ++sample) {
                const GenotypeCall call = store.genotype(row, sample);
                const QByteArray where
                        = QStringLiteral("row %1, sample %2").arg(row).arg(sample).toUtf8();
                QVERIFY2(call.referenceDepth == expected.depths[sample][0], where.constData());
                QVERIFY2(call.alternateDepth == expected.depths[sample][1], where.constData());
                QVERIFY2(call.totalAlleleDepth == expected.depths[sample][2], where.constData());
            }
        }
        // Rows 200, 300 (two rows), 500 and 600: 5 rows of 4 records. The star allele of 600
        // makes no row.
        QCOMPARE(loaded.summary.altered.value(QStringLiteral("ad-wrong-count")), 5);
        QCOMPARE(loaded.summary.toJson()
                         .value(QStringLiteral("altered"))
                         .toObject()
                         .value(QStringLiteral("ad-wrong-count"))
                         .toInteger(),
                 5);
        QVERIFY2(loaded.summary.warnings.contains(
                         QStringLiteral("4 record(s) have a FORMAT/AD with the wrong number of "
                                        "values (one per allele, REF first); AD was not kept "
                                        "for those calls")),
                 qPrintable(loaded.summary.warnings.join(QLatin1Char('\n'))));
        // Other FORMAT fields of those calls are kept.
        QCOMPARE(store.genotype(1, 0).depth, 23);
    }

private slots:
    void initTestCase() { VcfReader::initializeLibrary(); }

    void splitsPhredLikelihoodsPerAlternate()
    {
        const auto loaded = VcfReader::read(data("likelihoods.vcf"));
        QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error().toString()));
        compareWithExpected(loaded.value());
        // The other FORMAT fields are unchanged by keeping PL.
        const GenotypeCall call = loaded->store->genotype(2, 0); // chr1:2000 A>G, GT 1/2
        QCOMPARE(call.zygosity, Zygosity::HetOtherAlt);
        QCOMPARE(call.referenceDepth, 0);
        QCOMPARE(call.alternateDepth, 12);
        QCOMPARE(call.genotypeQuality, 99);
    }

    void sameFromBcf()
    {
        const QString bcftools = QStandardPaths::findExecutable(QStringLiteral("bcftools"));
        if (bcftools.isEmpty())
            QSKIP("bcftools is not installed (scripts/setup-deps.sh installs it)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString bcf = dir.filePath(QStringLiteral("likelihoods.bcf"));
        QCOMPARE(QProcess::execute(bcftools,
                                   {QStringLiteral("view"),
                                    QStringLiteral("-Ob"),
                                    QStringLiteral("-o"),
                                    bcf,
                                    data("likelihoods.vcf")}),
                 0);
        const auto loaded = VcfReader::read(bcf);
        QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->summary.format, QStringLiteral("BCF"));
        compareWithExpected(loaded.value());
    }

    void recordRepeatedWithOtherLikelihoodsIsKept()
    {
        // A record written twice is skipped once; the same site and alleles with another PL
        // are kept both, with a warning (the reader compares the records' encoded content).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("repeated.vcf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("##fileformat=VCFv4.2\n"
                   "##contig=<ID=chr1,length=248956422>\n"
                   "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                   "##FORMAT=<ID=PL,Number=G,Type=Integer,Description=\"Likelihoods\">\n"
                   "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n"
                   "chr1\t100\t.\tA\tG\t50\tPASS\t.\tGT:PL\t0/1:30,0,40\n"
                   "chr1\t100\t.\tA\tG\t50\tPASS\t.\tGT:PL\t0/1:30,0,40\n"
                   "chr1\t100\t.\tA\tG\t50\tPASS\t.\tGT:PL\t0/1:31,0,40\n"
                   "chr1\t100\t.\tA\tT\t50\tPASS\t.\tGT:PL\t0/1:31,0,40\n");
        file.close();
        const auto loaded = VcfReader::read(path);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->summary.recordsRead, 4);
        QCOMPARE(loaded->summary.skipped.value(QStringLiteral("duplicate-record")), 1);
        QCOMPARE(loaded->store->size(), 3);
        QCOMPARE(loaded->store->genotype(0, 0).phredLikelihoods, (std::array<int, 3>{30, 0, 40}));
        QCOMPARE(loaded->store->genotype(1, 0).phredLikelihoods, (std::array<int, 3>{31, 0, 40}));
        QVERIFY(loaded->summary.warnings.join(QLatin1Char('\n'))
                        .contains(QLatin1String("1 record(s) repeat the site")));
    }

    void genotypeLikelihoodsAreKeptAsPhredLikelihoods()
    {
        const auto loaded = VcfReader::read(data("genotype-likelihoods.vcf"));
        QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error().toString()));
        compareGenotypeLikelihoods(loaded.value());
    }

    void genotypeLikelihoodsFromBcf()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString bcf = bcfCopy(data("genotype-likelihoods.vcf"), dir.path());
        if (bcf.isEmpty())
            QSKIP("bcftools is not installed (scripts/setup-deps.sh installs it)");
        const auto loaded = VcfReader::read(bcf);
        QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->summary.format, QStringLiteral("BCF"));
        compareGenotypeLikelihoods(loaded.value());
    }

    void phredLikelihoodsWinOverGenotypeLikelihoods()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("both.vcf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("##fileformat=VCFv4.2\n"
                   "##contig=<ID=chr1,length=248956422>\n"
                   "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                   "##FORMAT=<ID=GL,Number=G,Type=Float,Description=\"Log10 likelihoods\">\n"
                   "##FORMAT=<ID=PL,Number=G,Type=Integer,Description=\"Likelihoods\">\n"
                   "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n"
                   "chr1\t100\t.\tA\tG\t50\tPASS\t.\tGT:GL:PL\t0/1:-3,0,-9:31,0,91\n"
                   "chr1\t200\t.\tA\tG\t50\tPASS\t.\tGT:GL\t0/1:-3,0,-9\n"
                   "chr1\t300\t.\tA\tG\t50\tPASS\t.\tGT:PL\t0/1:70000,0,12\n");
        file.close();
        const auto loaded = VcfReader::read(path);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->store->genotype(0, 0).phredLikelihoods, (std::array<int, 3>{31, 0, 91}));
        // The file declares PL: GL is not read, not even where a record has no PL.
        QCOMPARE(loaded->store->genotype(1, 0).phredLikelihoodCount, 0);
        QVERIFY(loaded->summary.notes.isEmpty());
        // A PL beyond the store's range reads as the same value as a converted GL does.
        QCOMPARE(loaded->store->genotype(2, 0).phredLikelihoods[0], S);
    }

    void alleleDepthsWithTheWrongCountAreCounted()
    {
        const auto loaded = VcfReader::read(data("allele-depths.vcf"));
        QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error().toString()));
        compareAlleleDepths(loaded.value());
    }

    void alleleDepthsFromBcf()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString bcf = bcfCopy(data("allele-depths.vcf"), dir.path());
        if (bcf.isEmpty())
            QSKIP("bcftools is not installed (scripts/setup-deps.sh installs it)");
        const auto loaded = VcfReader::read(bcf);
        QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error().toString()));
        compareAlleleDepths(loaded.value());
    }

    void loadJsonReportsAlleleDepthsAndConvertedLikelihoods()
    {
        if (!QFileInfo::exists(QStringLiteral(GENOMEDESK_BINARY)))
            QSKIP("the genomedesk executable is not built");
        const auto json = [](const QString &path) {
            const TestSupport::ProcessRun run = TestSupport::runGenomeDesk(
                    {QStringLiteral("load"), path, QStringLiteral("--json")},
                    TestSupport::genomeDeskEnvironment());
            return run.exitCode == 0 ? QJsonDocument::fromJson(run.output).object() : QJsonObject();
        };
        const QJsonObject depths = json(data("allele-depths.vcf"));
        QVERIFY(!depths.isEmpty());
        QCOMPARE(depths.value(QStringLiteral("altered"))
                         .toObject()
                         .value(QStringLiteral("ad-wrong-count"))
                         .toInteger(),
                 5);
        // The command line speaks English here (the tests run with LC_ALL=C.UTF-8), with the
        // English plural forms of translations/genomedesk_en.ts.
        QVERIFY(depths.value(QStringLiteral("warnings"))
                        .toArray()
                        .toVariantList()
                        .contains(QStringLiteral("4 records have a FORMAT/AD with the wrong "
                                                 "number of values (one per allele, REF first); "
                                                 "AD was not kept for those calls")));
        const QJsonObject likelihoods = json(data("genotype-likelihoods.vcf"));
        QCOMPARE(likelihoods.value(QStringLiteral("notes"))
                         .toObject()
                         .value(QStringLiteral("pl-from-gl"))
                         .toInteger(),
                 7);
    }

    void notKeptWithoutAHeaderLine()
    {
        // multiallelic-info.vcf declares PL; phased-trio.vcf does not: no PL column at all.
        const auto loaded = VcfReader::read(data("phased-trio.vcf"));
        QVERIFY(loaded.has_value());
        QVERIFY(!loaded->store->hasPhredLikelihoods());
        QCOMPARE(loaded->store->genotype(0, 0).phredLikelihoodCount, 0);
        const auto declared = VcfReader::read(data("multiallelic-info.vcf"));
        QVERIFY(declared.has_value());
        QVERIFY(declared->store->hasPhredLikelihoods());
        QVERIFY(declared->store->memoryUsage() > 0);
    }
};

QTEST_GUILESS_MAIN(TestVcfReaderLikelihoods)
#include "tst_vcfreaderlikelihoods.moc"
