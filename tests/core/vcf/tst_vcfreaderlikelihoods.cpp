// SPDX-License-Identifier: GPL-3.0-or-later
// VcfReader: FORMAT/PL (Number=G) kept per sample and per ALT row, re-indexed when a
// multi-allelic record is split (diploid: 0/0, 0/k, k/k; haploid: 0, k), the same from BCF.
#include <core/vcf/vcfreader.h>

#include <QFile>
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

} // namespace

class TestVcfReaderLikelihoods : public QObject
{
    Q_OBJECT

private:
    static QString data(const char *name)
    {
        return QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/vcf/") + QLatin1String(name);
    }

    static void compareWithExpected(const LoadedVariants &loaded)
    {
        const VariantStore &store = *loaded.store;
        QVERIFY(store.hasPhredLikelihoods());
        QCOMPARE(store.size(), qsizetype(std::size(kExpected)));
        for (qsizetype row = 0; row < store.size(); ++row) {
            const Expected &expected = kExpected[row];
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
