// SPDX-License-Identifier: GPL-3.0-or-later
// VcfReader: what a split multi-allelic record keeps per ALT (INFO Number=A/R fields) and the
// phase of each call (phased GT, FORMAT/PS).
#include <core/vcf/vcfreader.h>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

class TestVcfReaderPerAllele : public QObject
{
    Q_OBJECT

private:
    static QString data(const char *name)
    {
        return QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/vcf/") + QLatin1String(name);
    }

    static std::shared_ptr<VariantStore> load(const QString &path,
                                              const VcfReader::Options &options = {},
                                              LoadSummary *summary = nullptr)
    {
        const JobContext job;
        auto loaded = VcfReader::read(path, job, options);
        if (!loaded.has_value()) {
            qWarning().noquote() << loaded.error().toString();
            return nullptr;
        }
        if (summary)
            *summary = loaded->summary;
        return loaded->store;
    }

    QString write(const char *name, const QByteArray &records) const
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write("##fileformat=VCFv4.2\n"
                   "##contig=<ID=chr1,length=248956422>\n"
                   "##INFO=<ID=AC,Number=A,Type=Integer,Description=\"Allele count\">\n"
                   "##INFO=<ID=AF,Number=A,Type=Float,Description=\"Allele frequency\">\n"
                   "##INFO=<ID=RC,Number=R,Type=Integer,Description=\"Reads per allele\">\n"
                   "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                   "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n");
        file.write(records);
        return path;
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        VcfReader::initializeLibrary();
        QVERIFY(m_dir.isValid());
    }

    void keysAreTheNumberAAndRFields()
    {
        const auto store = load(data("multiallelic-info.vcf"));
        QVERIFY(store);
        // DP is Number=1: not per allele. AD and PL are FORMAT fields.
        QCOMPARE(store->alleleInfoKeys(),
                 QStringList({QStringLiteral("AC"),
                              QStringLiteral("AF"),
                              QStringLiteral("RC"),
                              QStringLiteral("LABEL")}));
        QCOMPARE(store->size(), 12);
    }

    void splitRowsKeepTheirOwnValues_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("ac");
        QTest::addColumn<QString>("af");
        QTest::addColumn<QString>("rc");
        QTest::addColumn<QString>("label");
        const auto t = [](const char *text) {
            return QString::fromLatin1(text);
        };
        QTest::newRow("bi-allelic record") << 0 << t("1") << t("0.25") << t("30,10") << t("single");
        QTest::newRow("first ALT of two") << 1 << t("1") << t("0.25") << t("12,9") << t("first");
        QTest::newRow("second ALT of two") << 2 << t("2") << t("0.5") << t("12,20") << t("second");
        QTest::newRow("first ALT of three") << 3 << t("1") << t("0.125") << t("5,4") << t("");
        QTest::newRow("second ALT of three, missing values")
                << 4 << t(".") << t(".") << t("5,0") << t("");
        QTest::newRow("third ALT of three") << 5 << t("1") << t("0.333") << t("5,6") << t("");
        QTest::newRow("trimmed deletion, second ALT")
                << 7 << t("1") << t("0.25") << t("7,5") << t("del1");
        QTest::newRow("Number=R with a missing ALT value")
                << 8 << t("") << t(".") << t("8,.") << t("");
        QTest::newRow("chrX, second ALT") << 11 << t("1") << t("0.333") << t("1,6") << t("x2");
    }

    void splitRowsKeepTheirOwnValues()
    {
        QFETCH(int, row);
        QFETCH(QString, ac);
        QFETCH(QString, af);
        QFETCH(QString, rc);
        QFETCH(QString, label);
        const auto store = load(data("multiallelic-info.vcf"));
        QVERIFY(store);
        QCOMPARE(store->alleleInfo(row, QStringLiteral("AC")), ac);
        QCOMPARE(store->alleleInfo(row, QStringLiteral("AF")), af);
        QCOMPARE(store->alleleInfo(row, QStringLiteral("RC")), rc);
        QCOMPARE(store->alleleInfo(row, QStringLiteral("LABEL")), label);
        QCOMPARE(store->alleleInfo(row, QStringLiteral("DP")), QString());
        // The list form holds the same values, without the absent ones.
        const auto fields = store->alleleInfo(row);
        for (const auto &[key, value] : fields)
            QCOMPARE(value, store->alleleInfo(row, key));
        QCOMPARE(fields.size(), 4 - int(ac.isEmpty()) - int(label.isEmpty()));
    }

    void agreesWithBcftoolsNorm()
    {
        const QString bcftools = QStandardPaths::findExecutable(QStringLiteral("bcftools"));
        if (bcftools.isEmpty())
            QSKIP("bcftools is not installed (scripts/setup-deps.sh installs it)");
        const QString split = m_dir.filePath(QStringLiteral("split.vcf"));
        QCOMPARE(QProcess::execute(bcftools,
                                   {QStringLiteral("norm"),
                                    QStringLiteral("-m-any"),
                                    QStringLiteral("-o"),
                                    split,
                                    data("multiallelic-info.vcf")}),
                 0);
        QProcess query;
        query.start(bcftools,
                    {QStringLiteral("query"),
                     QStringLiteral("-f"),
                     QStringLiteral("%INFO/AC\\t%INFO/AF\\t%INFO/RC\\t%INFO/LABEL\\n"),
                     split});
        QVERIFY(query.waitForFinished(30000));
        QCOMPARE(query.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(query.readAllStandardOutput())
                                          .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const auto store = load(data("multiallelic-info.vcf"));
        QVERIFY(store);
        QCOMPARE(store->size(), lines.size());
        for (int row = 0; row < lines.size(); ++row) {
            QStringList ours;
            for (const QString &key : store->alleleInfoKeys()) {
                const QString value = store->alleleInfo(row, key);
                ours << (value.isEmpty() ? QStringLiteral(".") : value);
            }
            QCOMPARE(ours.join(QLatin1Char('\t')), lines.at(row));
        }
    }

    void binaryGivesTheSameValues()
    {
        const QString bcftools = QStandardPaths::findExecutable(QStringLiteral("bcftools"));
        if (bcftools.isEmpty())
            QSKIP("bcftools is not installed (scripts/setup-deps.sh installs it)");
        const QString bcf = m_dir.filePath(QStringLiteral("multiallelic-info.bcf"));
        QCOMPARE(QProcess::execute(bcftools,
                                   {QStringLiteral("view"),
                                    QStringLiteral("-Ob"),
                                    QStringLiteral("-o"),
                                    bcf,
                                    data("multiallelic-info.vcf")}),
                 0);
        const auto text = load(data("multiallelic-info.vcf"));
        const auto binary = load(bcf);
        QVERIFY(text && binary);
        QCOMPARE(binary->alleleInfoKeys(), text->alleleInfoKeys());
        QCOMPARE(binary->size(), text->size());
        for (qsizetype row = 0; row < text->size(); ++row)
            QCOMPARE(binary->alleleInfo(row), text->alleleInfo(row));
    }

    void oneMissingValueStandsForAllAlleles()
    {
        const QString path
                = write("missing.vcf", "chr1\t100\t.\tA\tC,G\t50\tPASS\tAF=.;RC=4,5,6\tGT\t1/2\n");
        LoadSummary summary;
        const auto store = load(path, {}, &summary);
        QVERIFY(store);
        QCOMPARE(store->size(), 2);
        QCOMPARE(store->alleleInfo(0, QStringLiteral("AF")), QStringLiteral("."));
        QCOMPARE(store->alleleInfo(1, QStringLiteral("AF")), QStringLiteral("."));
        QCOMPARE(store->alleleInfo(1, QStringLiteral("RC")), QStringLiteral("4,6"));
        QVERIFY(summary.warnings.filter(QStringLiteral("per-allele")).isEmpty());
    }

    void wrongNumberOfValuesIsWarnedAndNotKept()
    {
        // AC has one value for two ALTs: which ALT it belongs to is unknown.
        const QString path = write("wrong.vcf",
                                   "chr1\t100\t.\tA\tC,G\t50\tPASS\tAC=3;AF=0.1,0.2\tGT\t1/2\n"
                                   "chr1\t200\t.\tA\tT\t50\tPASS\tAC=1;RC=1,2,3\tGT\t0/1\n");
        LoadSummary summary;
        const auto store = load(path, {}, &summary);
        QVERIFY(store);
        QCOMPARE(store->size(), 3);
        QCOMPARE(store->alleleInfo(0, QStringLiteral("AC")), QString());
        QCOMPARE(store->alleleInfo(1, QStringLiteral("AC")), QString());
        QCOMPARE(store->alleleInfo(1, QStringLiteral("AF")), QStringLiteral("0.2"));
        QCOMPARE(store->alleleInfo(2, QStringLiteral("AC")), QStringLiteral("1"));
        QCOMPARE(store->alleleInfo(2, QStringLiteral("RC")), QString());
        const QStringList warnings = summary.warnings.filter(QStringLiteral("per-allele"));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().startsWith(QStringLiteral("2 record(s)")),
                 qPrintable(warnings.first()));
    }

    void perAlleleInfoCanBeLeftOut()
    {
        VcfReader::Options options;
        options.keepAlleleInfo = false;
        const auto store = load(data("multiallelic-info.vcf"), options);
        QVERIFY(store);
        QVERIFY(store->alleleInfoKeys().isEmpty());
        QCOMPARE(store->alleleInfo(1, QStringLiteral("AF")), QString());
        QVERIFY(store->alleleInfo(1).isEmpty());
    }

    void phaseSets_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<bool>("phased");
        QTest::addColumn<qint64>("phaseSet");
        QTest::addColumn<bool>("onFirstHaplotype");
        QTest::newRow("0|1 in PS 45330000") << 0 << true << qint64(45330000) << false;
        QTest::newRow("1|0 in another PS") << 3 << true << qint64(68450000) << true;
        QTest::newRow("unphased, PS missing")
                << 4 << false << qint64(GenotypeCall::kMissing) << false;
        QTest::newRow("phased, PS missing though declared")
                << 7 << true << qint64(GenotypeCall::kMissing) << true;
        QTest::newRow("1|0 in PS 80100000") << 9 << true << qint64(80100000) << true;
    }

    void phaseSets()
    {
        QFETCH(int, row);
        QFETCH(bool, phased);
        QFETCH(qint64, phaseSet);
        QFETCH(bool, onFirstHaplotype);
        const auto store = load(data("phased-trio.vcf"));
        QVERIFY(store);
        QCOMPARE(store->size(), 10);
        const GenotypeCall call = store->genotype(row, 0);
        QCOMPARE(call.zygosity, Zygosity::Het);
        QCOMPARE(call.phased, phased);
        QCOMPARE(call.phaseSet, phaseSet);
        QCOMPARE(call.onFirstHaplotype, onFirstHaplotype);
        // The parents' calls are unphased.
        QCOMPARE(store->genotype(row, 1).phaseSet, qint64(GenotypeCall::kMissing));
        QCOMPARE(store->genotype(row, 2).phaseSet, qint64(GenotypeCall::kMissing));
    }

    void phasedCallsWithoutPsShareOnePhaseSet()
    {
        const QString path = write("nops.vcf",
                                   "chr1\t100\t.\tA\tC\t50\tPASS\t.\tGT\t0|1\n"
                                   "chr1\t200\t.\tA\tG\t50\tPASS\t.\tGT\t1|0\n"
                                   "chr1\t300\t.\tA\tT\t50\tPASS\t.\tGT\t0/1\n");
        const auto store = load(path);
        QVERIFY(store);
        QCOMPARE(store->genotype(0, 0).phaseSet, qint64(GenotypeCall::kWholeContig));
        QCOMPARE(store->genotype(1, 0).phaseSet, qint64(GenotypeCall::kWholeContig));
        QCOMPARE(store->genotype(2, 0).phaseSet, qint64(GenotypeCall::kMissing));
    }
};

QTEST_GUILESS_MAIN(TestVcfReaderPerAllele)
#include "tst_vcfreaderperallele.moc"
