// SPDX-License-Identifier: GPL-3.0-or-later
// VcfReader's two-stage load (a reader thread parses batches of records ahead of the thread
// that extracts them): the store, the summary and every error are the same as when one thread
// does both (Options::recordsPerBatch = 0), across batch boundaries, with htslib extending the
// header mid-file (undeclared contigs, INFO keys and FILTERs); cancellation and progress.
#include "../../support/testfiles.h"

#include <core/vcf/vcfreader.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <optional>
#include <thread>
#include <vector>

using namespace Core;

namespace {

constexpr int kRecords = 20000;

// Under AddressSanitizer every load is several times slower: the main comparison keeps every
// batch size, the other tests compare the one-thread reader with two batch sizes (one
// smaller than the file, one larger), so that the ASan run of CI stays short.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif
// Lines written by header() below, #CHROM included (line numbers in errors).
constexpr qint64 kHeaderLines = 16;

QByteArray header()
{
    return "##fileformat=VCFv4.2\n"
           "##contig=<ID=chr1,length=248956422>\n"
           "##contig=<ID=chr2,length=242193529>\n"
           "##FILTER=<ID=PASS,Description=\"All filters passed\">\n"
           "##FILTER=<ID=q10,Description=\"Quality below 10\">\n"
           "##INFO=<ID=AF,Number=A,Type=Float,Description=\"Allele frequency\">\n"
           "##INFO=<ID=RC,Number=R,Type=Integer,Description=\"Read count per allele\">\n"
           "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from "
           "Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|Gene|Feature|BIOTYPE|HGVSc|"
           "HGVSp|HGNC_ID|CANONICAL|MANE_SELECT\">\n"
           "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
           "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n"
           "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Read depth\">\n"
           "##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"Genotype quality\">\n"
           "##FORMAT=<ID=PL,Number=G,Type=Integer,Description=\"Phred-scaled likelihoods\">\n"
           "##FORMAT=<ID=PS,Number=1,Type=Integer,Description=\"Phase set\">\n"
           "##reference=GRCh38\n"
           "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\tS2\tS3\n";
}

/*! Deterministic pseudo-random numbers (a linear congruential generator). */
class Random
{
public:
    quint32 next(quint32 bound)
    {
        m_state = m_state * 1664525u + 1013904223u;
        return (m_state >> 8) % bound;
    }

private:
    quint32 m_state = 12345;
};

/*!
 * A text VCF of kRecords records with every kind of record the reader treats specially, and
 * records that make htslib add to the header well after the first batches (an undeclared
 * contig, INFO key and FILTER). \a replace: record number -> line written instead.
 * Returns the number of blank lines written before each record in \a blanksBefore.
 * \a forBcftools: without blank lines and undeclared names, which bcftools refuses to convert.
 */
QByteArray genomeText(const QMap<int, QByteArray> &replace = {},
                      std::vector<int> *blanksBefore = nullptr,
                      bool forBcftools = false)
{
    Random random;
    QByteArray text = header();
    QByteArray previous;
    int blanks = 0;
    if (blanksBefore)
        blanksBefore->assign(size_t(kRecords) + 2, 0);
    const char *const bases = "ACGT";
    for (int i = 1; i <= kRecords; ++i) {
        if (blanksBefore)
            (*blanksBefore)[size_t(i)] = blanks;
        if (replace.contains(i)) {
            text += replace.value(i) + '\n';
            previous.clear();
            continue;
        }
        const int kind = int(random.next(24));
        if (kind == 4 && !previous.isEmpty()) { // a record written twice
            text += previous;
            continue;
        }
        QByteArray contig = i < kRecords / 2 ? "chr1" : "chr2";
        if (i > 12000 && i % 97 == 0 && !forBcftools)
            contig = "chrUn_undeclared";
        const qint64 position = qint64(i % (kRecords / 2)) * 10 + 1;
        const char reference = bases[random.next(4)];
        char alternate = bases[random.next(4)];
        if (alternate == reference)
            alternate = reference == 'A' ? 'C' : 'A';
        QByteArray ref(1, reference);
        QByteArray alt(1, alternate);
        int alleles = 2;
        switch (kind) {
        case 0:
            alt += reference == 'G' ? ",T" : ",G";
            alleles = 3;
            break;
        case 1:
            alt += ",*";
            alleles = 3;
            break;
        case 2:
            alt = "<NON_REF>";
            break;
        case 3:
            ref += "TG";
            break;
        default:
            break;
        }
        const QByteArray quality
                = kind == 5 ? QByteArray(".") : QByteArray::number(random.next(2000) / 10.0);
        QByteArray filter = random.next(5) == 0 ? "q10" : "PASS";
        if (kind == 7 && i > 8000 && !forBcftools)
            filter = i % 2 ? "LowQ" : "q10;LowQ";
        QByteArray info = "AF=";
        for (int a = 1; a < alleles; ++a)
            info += (a > 1 ? "," : "") + QByteArray::number(random.next(1000) / 1000.0);
        info += ";RC=";
        for (int a = 0; a < alleles; ++a)
            info += (a > 0 ? "," : "") + QByteArray::number(random.next(50));
        if (kind == 6 && i > 6000 && !forBcftools)
            info += ";NEWKEY=" + QByteArray::number(i);
        if (kind == 8)
            info += ";CSQ=" + alt.split(',').first() + "|missense_variant|MODERATE|GENE"
                    + QByteArray::number(i % 50)
                    + "|ENSG1|ENST1|protein_coding|ENST1:c.1A>G|ENSP1:p.Met1Val|1|YES|";
        QByteArray line = contig + '\t' + QByteArray::number(position) + "\t.\t" + ref + '\t' + alt
                          + '\t' + quality + '\t' + filter + '\t' + info + "\tGT:AD:DP:GQ:PL:PS";
        const int genotypes = alleles * (alleles + 1) / 2;
        for (int s = 0; s < 3; ++s) {
            const int first = int(random.next(quint32(alleles)));
            const int second = int(random.next(quint32(alleles)));
            const char separator = kind == 10 ? '|' : '/';
            line += '\t';
            line += random.next(30) == 0
                            ? QByteArray("./.")
                            : QByteArray::number(first) + separator + QByteArray::number(second);
            line += ':';
            // AD: sometimes one value too many (counted as ad-wrong-count) or missing.
            const int adValues = kind == 9 && s == 1 ? alleles + 1 : alleles;
            if (random.next(40) == 0) {
                line += '.';
            } else {
                for (int a = 0; a < adValues; ++a)
                    line += (a > 0 ? "," : "") + QByteArray::number(random.next(40));
            }
            line += ':' + QByteArray::number(random.next(80)) + ':'
                    + QByteArray::number(random.next(99)) + ':';
            // PL: sometimes the wrong number of values (counted as pl-wrong-count).
            const int plValues = kind == 11 && s == 2 ? genotypes - 1 : genotypes;
            for (int g = 0; g < plValues; ++g)
                line += (g > 0 ? "," : "") + QByteArray::number(g == 0 ? 0 : random.next(900));
            line += ':' + (kind == 10 ? QByteArray::number(position) : QByteArray("."));
        }
        line += '\n';
        text += line;
        previous = line;
        if (kind == 12 && !forBcftools) { // blank lines are ignored and counted
            text += '\n';
            ++blanks;
        }
    }
    return text;
}

/*! Everything the store holds, one line per row (for comparing two loads). */
QStringList storeRows(const VariantStore &store)
{
    QStringList rows;
    rows.reserve(store.size());
    for (qsizetype row = 0; row < store.size(); ++row) {
        QString text = QStringLiteral("%1:%2 %3>%4 q=%5 f=%6 flags=%7 type=%8 %9|%10|%11")
                               .arg(store.contig(row))
                               .arg(store.position(row))
                               .arg(QString::fromLatin1(store.reference(row)),
                                    QString::fromLatin1(store.alternate(row)))
                               .arg(std::isnan(store.quality(row)) ? -1.0 : store.quality(row))
                               .arg(store.filter(row))
                               .arg(store.flags(row))
                               .arg(int(store.type(row)))
                               .arg(store.gene(row), store.consequence(row), store.hgvsP(row));
        for (const auto &[key, value] : store.alleleInfo(row))
            text += QStringLiteral(" %1=%2").arg(key, value);
        for (int sample = 0; sample < store.sampleCount(); ++sample) {
            const GenotypeCall call = store.genotype(row, sample);
            text += QStringLiteral(" [%1 %2%3 ps=%4 dp=%5 gq=%6 ad=%7,%8/%9 pl%10=%11,%12,%13]")
                            .arg(int(call.zygosity))
                            .arg(call.phased)
                            .arg(call.onFirstHaplotype)
                            .arg(call.phaseSet)
                            .arg(call.depth)
                            .arg(call.genotypeQuality)
                            .arg(call.referenceDepth)
                            .arg(call.alternateDepth)
                            .arg(call.totalAlleleDepth)
                            .arg(call.phredLikelihoodCount)
                            .arg(call.phredLikelihoods[0])
                            .arg(call.phredLikelihoods[1])
                            .arg(call.phredLikelihoods[2]);
        }
        rows.append(text);
    }
    return rows;
}

/*! The summary as JSON text without the time taken. */
QByteArray summaryText(const LoadSummary &summary)
{
    QJsonObject json = summary.toJson();
    json.remove(QStringLiteral("elapsedMilliseconds"));
    return QJsonDocument(json).toJson();
}

Result<LoadedVariants> load(const QString &path, int recordsPerBatch, int decompressionThreads = 2)
{
    VcfReader::Options options;
    options.recordsPerBatch = recordsPerBatch;
    options.decompressionThreads = decompressionThreads;
    const JobContext job;
    return VcfReader::read(path, job, options);
}

QString describe(const Result<LoadedVariants> &loaded)
{
    return loaded ? QStringLiteral("loaded") : loaded.error().toString();
}

} // namespace

class TestVcfReaderPipeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        return TestSupport::writeFile(m_dir.filePath(name), content);
    }

    /*! Loads \a path on one thread and with several batch sizes; all must agree. */
    static void compareBatchSizes(const QString &path,
                                  int decompressionThreads = 2,
                                  bool everyBatchSize = !kSanitized)
    {
        const auto single = load(path, 0, decompressionThreads);
        const std::vector<int> batches = everyBatchSize ? std::vector<int>{1, 7, 4096, 100000}
                                                        : std::vector<int>{7, 100000};
        for (const int batch : batches) {
            const auto pipelined = load(path, batch, decompressionThreads);
            const QByteArray where = QStringLiteral("%1 records per batch: %2 / single: %3")
                                             .arg(batch)
                                             .arg(describe(pipelined), describe(single))
                                             .toUtf8();
            QVERIFY2(pipelined.has_value() == single.has_value(), where.constData());
            if (!single) {
                const Error &expected = single.error();
                const Error &actual = pipelined.error();
                QVERIFY2(actual.code() == expected.code(), where.constData());
                QCOMPARE(actual.message(), expected.message());
                QCOMPARE(actual.file(), expected.file());
                QCOMPARE(actual.record(), expected.record());
                QCOMPARE(actual.line(), expected.line());
                continue;
            }
            QCOMPARE(summaryText(pipelined->summary), summaryText(single->summary));
            const QStringList expectedRows = storeRows(*single->store);
            const QStringList actualRows = storeRows(*pipelined->store);
            QCOMPARE(actualRows.size(), expectedRows.size());
            for (qsizetype row = 0; row < expectedRows.size(); ++row) {
                if (actualRows.at(row) != expectedRows.at(row))
                    QCOMPARE(actualRows.at(row), expectedRows.at(row));
            }
        }
    }

private slots:
    void initTestCase()
    {
        VcfReader::initializeLibrary();
        QVERIFY(m_dir.isValid());
    }

    void sameStoreAndSummaryWithTheReaderThread()
    {
        const QString path = write(QStringLiteral("genome.vcf"), genomeText());
        QVERIFY(!path.isEmpty());
        compareBatchSizes(path, 2, true);

        // The file really has what the comparison is about.
        const auto loaded = load(path, 4096);
        QVERIFY2(loaded.has_value(), qPrintable(describe(loaded)));
        const LoadSummary &summary = loaded->summary;
        QCOMPARE(summary.recordsRead, kRecords);
        QVERIFY(summary.skipped.value(QStringLiteral("duplicate-record")) > 100);
        QVERIFY(summary.skipped.value(QStringLiteral("gvcf-reference-block")) > 100);
        QVERIFY(summary.skipped.value(QStringLiteral("spanning-deletion-allele")) > 100);
        QVERIFY(summary.altered.value(QStringLiteral("ad-wrong-count")) > 100);
        QVERIFY(summary.altered.value(QStringLiteral("pl-wrong-count")) > 100);
        QVERIFY(summary.variantsPerContig.value(QStringLiteral("chrUn_undeclared")) > 10);
        const QString warnings = summary.warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QLatin1String("blank line")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QLatin1String("keys not declared")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QLatin1String("contigs not declared")), qPrintable(warnings));
        QVERIFY(loaded->store->filters().contains(QStringLiteral("q10;LowQ")));
        QVERIFY(loaded->store->hasConsequences());
    }

    void sameFromBgzipAndBcf()
    {
        const QString bcftools = QStandardPaths::findExecutable(QStringLiteral("bcftools"));
        if (bcftools.isEmpty())
            QSKIP("bcftools is not installed (scripts/setup-deps.sh installs it)");
        const QString plain = write(QStringLiteral("convert.vcf"), genomeText({}, nullptr, true));
        for (const char *type : {"z", "b", "u"}) {
            const QString out = m_dir.filePath(QStringLiteral("convert.") + QLatin1String(type));
            QCOMPARE(QProcess::execute(bcftools,
                                       {QStringLiteral("view"),
                                        QStringLiteral("--no-version"),
                                        QStringLiteral("-O") + QLatin1String(type),
                                        QStringLiteral("-o"),
                                        out,
                                        plain}),
                     0);
            compareBatchSizes(out);
        }
    }

    void errorsNameTheSameRecordAndLine_data()
    {
        QTest::addColumn<int>("record");
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("messagePart");

        const QByteArray calls = "\tGT\t0/1\t0/1\t0/1";
        const auto row
                = [](const char *name, int record, const QByteArray &line, const char *part) {
                      QTest::newRow(name) << record << line << QString::fromLatin1(part);
                  };
        // Found while reading and parsing the line (the reader thread) ...
        row("POS, first batch", 3, "chr1\tabc\t.\tA\tG\t50\tPASS\t." + calls, "POS");
        row("POS, third batch", 9000, "chr1\t1x\t.\tA\tG\t50\tPASS\t." + calls, "POS");
        row("columns, last record", kRecords, "chr1\t5\t.\tA\tG\t50\tPASS\t.\tGT\t0/1", "columns");
        row("NUL byte", 4097, QByteArrayLiteral("chr1\t5\t.\tA\tG\t50\tPASS\tX=\0") + calls, "NUL");
        row("QUAL", 8192, "chr1\t5\t.\tA\tG\tq50\tPASS\t." + calls, "QUAL");
        row("htslib's parse",
            12345,
            "chr1\t5\t.\tA\tG\t50\tPASS\t.\tGT:DP\t0/1:x\t0/1:1\t0/1:1",
            "");
        // ... and while extracting it (the calling thread).
        row("REF", 5000, "chr1\t5\t.\tAXG\tG\t50\tPASS\t." + calls, "REF");
        row("GT allele", 15000, "chr1\t5\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\t0/7\t0/1", "allele 7");
    }

    void errorsNameTheSameRecordAndLine()
    {
        QFETCH(int, record);
        QFETCH(QByteArray, line);
        QFETCH(QString, messagePart);
        std::vector<int> blanks;
        const QByteArray text = genomeText({{record, line}}, &blanks);
        const QString path = write(QStringLiteral("error-%1.vcf").arg(record), text);
        compareBatchSizes(path);
        const auto loaded = load(path, 4096);
        QVERIFY(!loaded.has_value());
        const Error &error = loaded.error();
        QVERIFY2(error.message().contains(messagePart), qPrintable(error.toString()));
        QCOMPARE(error.file(), path);
        QCOMPARE(error.record(), qint64(record));
        QCOMPARE(error.line(), kHeaderLines + blanks[size_t(record)] + record);
    }

    void anEarlierExtractionErrorWinsOverALaterParseError()
    {
        // Record 5000 fails extraction; record 9000 fails parsing on the reader thread, which
        // has read it long before the calling thread reaches record 5000 finishing: the error
        // is the first in the file, as with one thread.
        std::vector<int> blanks;
        const QByteArray text = genomeText(
                {{5000, "chr1\t5\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\t0/9\t0/1"},
                 {9000, "chr1\tnot-a-number\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\t0/1\t0/1"}},
                &blanks);
        const QString path = write(QStringLiteral("two-errors.vcf"), text);
        compareBatchSizes(path);
        const auto loaded = load(path, 64);
        QVERIFY(!loaded.has_value());
        QCOMPARE(loaded.error().record(), 5000);
        QVERIFY(loaded.error().message().contains(QLatin1String("allele 9")));
    }

    void truncatedFilesAreReportedAtTheSameRecord()
    {
        const QString bcftools = QStandardPaths::findExecutable(QStringLiteral("bcftools"));
        const QString gzip = QStandardPaths::findExecutable(QStringLiteral("gzip"));
        if (bcftools.isEmpty() || gzip.isEmpty())
            QSKIP("bcftools or gzip is not installed");
        const QString plain = write(QStringLiteral("truncate.vcf"), genomeText({}, nullptr, true));
        // BCF cut inside a record, its BGZF end-of-file block put back after the cut (so that
        // it is not refused before reading): htslib's bcf_read() fails on the reader thread.
        const QString bcf = m_dir.filePath(QStringLiteral("truncate.bcf"));
        QCOMPARE(QProcess::execute(bcftools,
                                   {QStringLiteral("view"),
                                    QStringLiteral("-Ou"),
                                    QStringLiteral("-o"),
                                    bcf,
                                    plain}),
                 0);
        {
            QFile file(bcf);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            QVERIFY(file.seek(size - 28));
            const QByteArray endOfFile = file.read(28);
            QVERIFY(file.resize(size * 2 / 3 + 5));
            QVERIFY(file.seek(file.size()));
            QCOMPARE(file.write(endOfFile), 28);
        }
        // Without BGZF threads: htslib's multi-threaded BGZF reader reports a corrupt block
        // when its decompression threads reach it, before handing over the blocks in front of
        // it, so with threads the record named depends on timing (with the reader before the
        // pipeline too). Exact and deterministic without them:
        compareBatchSizes(bcf, 0);
        const auto truncatedBcf = load(bcf, 4096, 0);
        QVERIFY(!truncatedBcf.has_value());
        QVERIFY2(truncatedBcf.error().message().contains(QLatin1String("truncated")),
                 qPrintable(truncatedBcf.error().toString()));
        QVERIFY2(truncatedBcf.error().record() > 8192, qPrintable(truncatedBcf.error().toString()));
        // With threads, the same error, at that record or before.
        for (const int batch : {0, 4096}) {
            const auto threaded = load(bcf, batch, 2);
            QVERIFY(!threaded.has_value());
            QCOMPARE(threaded.error().message(), truncatedBcf.error().message());
            QVERIFY(threaded.error().record() <= truncatedBcf.error().record());
        }

        // Plain gzip (not BGZF, so no end-of-file marker to check first) cut short.
        QCOMPARE(QProcess::execute(gzip, {QStringLiteral("-k"), QStringLiteral("-f"), plain}), 0);
        const QString gz = plain + QStringLiteral(".gz");
        {
            QFile file(gz);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(file.size() / 2));
        }
        compareBatchSizes(gz);
        const auto truncatedGzip = load(gz, 4096);
        QVERIFY(!truncatedGzip.has_value());
        QVERIFY2(truncatedGzip.error().message().contains(QLatin1String("truncated")),
                 qPrintable(truncatedGzip.error().toString()));
        QVERIFY(truncatedGzip.error().record() > 4096);
    }

    void progressIsReportedInOrderUpToTheFileSize()
    {
        const QString bgzip = QStandardPaths::findExecutable(QStringLiteral("bgzip"));
        if (bgzip.isEmpty())
            QSKIP("bgzip is not installed (scripts/setup-deps.sh installs tabix)");
        const QString plain = write(QStringLiteral("progress.vcf"), genomeText());
        QCOMPARE(QProcess::execute(bgzip, {QStringLiteral("-k"), QStringLiteral("-f"), plain}), 0);
        for (const QString &path : {plain, plain + QStringLiteral(".gz")}) {
            QList<qint64> reported;
            const JobContext job([&reported](qint64 done, qint64) { reported.append(done); });
            const auto loaded = VcfReader::read(path, job, VcfReader::Options());
            QVERIFY(loaded.has_value());
            QVERIFY2(reported.size() >= 3, qPrintable(path)); // records 8192, 16384, the end
            QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
            QVERIFY(reported.first() > 0);
            QVERIFY(reported.at(reported.size() - 2) < QFileInfo(path).size());
            QCOMPARE(reported.last(), QFileInfo(path).size());
        }
    }

    void cancelStopsBothThreads()
    {
        const QString path = write(QStringLiteral("cancel.vcf"), genomeText());
        {
            // Cancelled at the first progress report (record 8192): the load stops at its next
            // check, and read() returns only after the reader thread (a few batches ahead)
            // has stopped.
            std::atomic<bool> cancelled{false};
            int reports = 0;
            JobContext job([&](qint64, qint64) {
                ++reports;
                cancelled = true;
            });
            job.setCancelCheck([&cancelled] { return cancelled.load(); });
            const auto loaded = VcfReader::read(path, job, VcfReader::Options());
            QVERIFY(!loaded.has_value());
            QCOMPARE(loaded.error().code(), Error::Code::Cancelled);
            QCOMPARE(reports, 1);
        }
        {
            // Cancelled from another thread (as the GUI does) while the load runs.
            std::atomic<bool> started{false};
            JobContext job([&started](qint64, qint64) { started = true; });
            std::optional<Result<LoadedVariants>> result;
            QElapsedTimer sinceCancel;
            std::thread worker([&] { result = VcfReader::read(path, job, VcfReader::Options()); });
            QElapsedTimer waiting;
            waiting.start();
            while (!started && waiting.elapsed() < 60000)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            sinceCancel.start();
            job.cancel();
            worker.join();
            QVERIFY(result.has_value());
            if (result->has_value()) {
                // Only when the whole file was read before the cancel (a very fast machine).
                QVERIFY(!started || result->value().summary.recordsRead == kRecords);
            } else {
                QCOMPARE(result->error().code(), Error::Code::Cancelled);
                QVERIFY2(sinceCancel.elapsed() < 5000, "the load did not stop promptly");
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestVcfReaderPipeline)
#include "tst_vcfreaderpipeline.moc"
