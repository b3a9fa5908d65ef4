// SPDX-License-Identifier: GPL-3.0-or-later
#include "frequencytestdata.h"
#include "frequencytestsources.h"

#include <core/frequency/frequencyannotator.h>
#include <core/frequency/frequencystore.h>
#include <core/frequency/sitesvcfimporter.h>
#include <core/frequency/vcffrequencyannotator.h>
#include <core/variant/variantquery.h>
#include <core/vcf/vcfreader.h>

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Core;

namespace {
/*! The error text of \a result, or nothing: safe in QVERIFY2 messages, which are always evaluated.
 */
template<typename T>
QString errorOf(const Core::Result<T> &result)
{
    return result ? QString() : result.error().toString();
}
} // namespace

class TestFrequencyAnnotator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void annotatesCase();
    void severalCachesAndSources();
    void wrongBuildIsRefused();
    void cancel();
    void realGnomadSliceIsFullyFound();
    void gapBetweenChunksIsNoData();
    void threadsGiveTheValuesOfEachChunk();
    void integersBeyond32BitsAreExact();
    void corruptCacheEndsWithItsError();

private:
    QString fixture(const QString &name) const
    {
        return QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/frequency/") + name;
    }
    qsizetype rowOf(const VariantStore &store, qint64 position, const QByteArray &alternate) const
    {
        for (qsizetype row = 0; row < store.size(); ++row) {
            if (store.position(row) == position && store.alternate(row) == alternate)
                return row;
        }
        return -1;
    }

    static bool writeFile(const QString &path, const QByteArray &text)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    }
    /*!
     * A sites file with 4 sites in most windows of chr1 and chr3 (1,400 windows, gaps at every
     * seventh) and a case with found, not-found and no-data rows there and on chr2, which the
     * sites lack.
     */
    static bool writeManyWindows(const QString &sites, const QString &casePath)
    {
        using namespace FrequencyTestData;
        const QByteArray header = countsHeader({"chr1", "chr2", "chr3"}, true);
        QByteArray sitesText = header + sitesColumns();
        QByteArray caseText = header + caseColumns();
        Draws draws(12345);
        auto next = [&draws] {
            return draws.next();
        };
        for (const char *contig : {"chr1", "chr2", "chr3"}) {
            if (qstrcmp(contig, "chr2") == 0) { // not in the source
                for (qint64 window = 0; window < 400; ++window) {
                    caseText += QByteArray(contig) + '\t' + QByteArray::number((window << 16) + 700)
                                + "\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\n";
                }
                continue;
            }
            for (qint64 window = 0; window < 700; ++window) {
                if (window % 7 == 3) { // a gap of the source: no data there
                    caseText += QByteArray(contig) + '\t' + QByteArray::number((window << 16) + 500)
                                + "\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\n";
                    continue;
                }
                for (int site = 0; site < 4; ++site) {
                    const qint64 position = (window << 16) + 100 + site * 997 + qint64(next());
                    const QByteArray line = QByteArray(contig) + '\t' + QByteArray::number(position)
                                            + "\t.\tA\tG\t.\tPASS\tAC=" + QByteArray::number(next())
                                            + ";AN=2000;nhomalt=" + QByteArray::number(next() % 7)
                                            + '\n';
                    sitesText += line;
                    if (next() < 600) // the case carries this site: found
                        caseText += line.left(line.indexOf("\t.\tPASS"))
                                    + "\t50\tPASS\t.\tGT\t0/1\n";
                    if (next() < 300) // an allele the source lacks: not found (or no data)
                        caseText += QByteArray(contig) + '\t' + QByteArray::number(position + 1)
                                    + "\t.\tC\tT\t50\tPASS\t.\tGT\t0/1\n";
                }
            }
        }
        return writeFile(sites, sitesText) && writeFile(casePath, caseText);
    }
    /*!
     * A new cache \a name.gdfreq with \a sites imported as source \a name (version 1); null
     * (with a warning) when that fails. \a chunks: the chunks the import wrote.
     */
    std::unique_ptr<FrequencyStore>
    importSource(const QString &name, const QString &sites, qint64 *chunks = nullptr)
    {
        auto store = FrequencyStore::open(m_directory.filePath(name + QStringLiteral(".gdfreq")),
                                          FrequencyStore::OpenMode::ReadWrite);
        if (!store) {
            qWarning() << errorOf(store);
            return {};
        }
        SitesVcfImporter::Options options;
        options.sourceName = name;
        options.version = QStringLiteral("1");
        const auto imported
                = SitesVcfImporter::import(*store.value(), sites, options, JobContext());
        if (!imported) {
            qWarning() << errorOf(imported);
            return {};
        }
        if (chunks)
            *chunks = imported->chunks;
        return std::move(store).value();
    }

    QTemporaryDir m_directory;
    std::unique_ptr<FrequencyStore> m_gnomad;
    std::unique_ptr<FrequencyStore> m_cohort;
    LoadedVariants m_case;
};

void TestFrequencyAnnotator::initTestCase()
{
    QVERIFY(m_directory.isValid());
    auto gnomad = FrequencyStore::open(m_directory.filePath(QStringLiteral("gnomad.gdfreq")),
                                       FrequencyStore::OpenMode::ReadWrite);
    QVERIFY(gnomad);
    SitesVcfImporter::Options options;
    options.sourceName = QStringLiteral("gnomad");
    options.version = QStringLiteral("4.1");
    QVERIFY(SitesVcfImporter::import(
            *gnomad.value(), fixture(QStringLiteral("sites.vcf")), options, JobContext()));
    m_gnomad = std::move(gnomad).value();

    auto cohort = FrequencyStore::open(m_directory.filePath(QStringLiteral("cohort.gdfreq")),
                                       FrequencyStore::OpenMode::ReadWrite);
    QVERIFY(cohort);
    options.sourceName = QStringLiteral("cohort");
    options.version = QStringLiteral("2024");
    options.fieldMapPath = fixture(QStringLiteral("cohort.fieldmap"));
    QVERIFY(SitesVcfImporter::import(
            *cohort.value(), fixture(QStringLiteral("sites.vcf")), options, JobContext()));
    m_cohort = std::move(cohort).value();

    auto loaded = VcfReader::read(fixture(QStringLiteral("case.vcf")));
    QVERIFY2(loaded, qPrintable(errorOf(loaded)));
    m_case = loaded.value();
    QCOMPARE(m_case.summary.build, GenomeBuild::GRCh38);
}

void TestFrequencyAnnotator::annotatesCase()
{
    const FrequencyAnnotator annotator({m_gnomad.get()});
    const auto result = annotator.annotate(*m_case.store, m_case.summary.build);
    QVERIFY2(result, qPrintable(errorOf(result)));
    const FrequencyAnnotation &annotation = result.value();
    const VariantStore &variants = *m_case.store;
    QCOMPARE(annotation.rowCount(), variants.size());
    QCOMPARE(annotation.sourceCount(), 1);
    QCOMPARE(annotation.sourceIndex(QStringLiteral("gnomad")), 0);

    struct Expected
    {
        qint64 position;
        QByteArray alternate;
        FrequencyStatus status;
    };
    const QList<Expected> expected = {
            {50, "G", FrequencyStatus::NoData},  // before the first site of chr1
            {1000, "G", FrequencyStatus::Found}, // "1" in the case, "chr1" in the source
            {1000, "C", FrequencyStatus::Found}, // from a multi-allelic case record
            {1000, "T", FrequencyStatus::Found},
            {1005, "A", FrequencyStatus::Found},
            {1010, "G", FrequencyStatus::NotFound}, // covered, absent
            {2000, "C", FrequencyStatus::Found},    // 81-base deletion
            {2101, "T", FrequencyStatus::Found},    // source wrote it as GCA>GTA at 2100
            {70000, "A", FrequencyStatus::Found},
            {900000, "A", FrequencyStatus::NoData}, // past the last site of chr1
            {5000010, "T", FrequencyStatus::Found}, // X
    };
    for (const Expected &entry : expected) {
        const qsizetype row = rowOf(variants, entry.position, entry.alternate);
        QVERIFY(row >= 0);
        QCOMPARE(annotation.status(row, 0), entry.status);
    }
    const qsizetype chr2 = rowOf(variants, 100, "G");
    QCOMPARE(variants.contig(chr2), QStringLiteral("2"));
    QCOMPARE(annotation.status(chr2, 0), FrequencyStatus::NoData); // contig not in the source
    QCOMPARE(annotation.status(chr2, 0), FrequencyStatus::NoData);

    // Per-population figures with provenance; AF = AC/AN.
    const qsizetype snv = rowOf(variants, 1000, "G");
    const PopulationFrequency nfe = annotation.population(snv, 0, QStringLiteral("nfe"));
    QCOMPARE(nfe.source, QStringLiteral("gnomad"));
    QCOMPARE(nfe.version, QStringLiteral("4.1"));
    QCOMPARE(nfe.alleleCount, 3);
    QCOMPARE(nfe.alleleNumber, 600);
    QCOMPARE(nfe.homozygotes, 1);
    QCOMPARE(nfe.alleleFrequency, 3.0 / 600.0);
    QCOMPARE(nfe.filteringAlleleFrequency, 0.0012f);
    const PopulationFrequency all = annotation.population(snv, 0, QStringLiteral("all"));
    QCOMPARE(all.alleleCount, 5);
    QCOMPARE(all.alleleFrequency, 0.005);
    const int grpmax
            = annotation.source(0).fieldIndex(QStringLiteral("grpmax"), QStringLiteral("all"));
    QCOMPARE(annotation.text(snv, 0, grpmax), QByteArray("nfe"));

    // Missing AC: no AF; not found: no values at all.
    const qsizetype t = rowOf(variants, 1000, "T");
    QVERIFY(!annotation.population(t, 0, QStringLiteral("nfe")).hasAlleleFrequency());
    QCOMPARE(annotation.population(t, 0, QStringLiteral("afr")).alleleCount, 2);
    const qsizetype absent = rowOf(variants, 1010, "G");
    const PopulationFrequency none = annotation.population(absent, 0, QStringLiteral("nfe"));
    QCOMPARE(none.status, FrequencyStatus::NotFound);
    QCOMPARE(none.alleleCount, -1);
    QVERIFY(!none.hasAlleleFrequency());

    // The highest population AF: afr 10/402 at the long deletion.
    const qsizetype deletion = rowOf(variants, 2000, "C");
    const auto maximum = annotation.maximumPopulationFrequency(deletion);
    QVERIFY(maximum.has_value());
    QCOMPARE(maximum->population, QStringLiteral("afr"));
    QCOMPARE(maximum->alleleFrequency, 10.0 / 402.0);
    QVERIFY(!annotation.maximumPopulationFrequency(
            deletion, 0, {QStringLiteral("afr"), QStringLiteral("nfe")}));
    // Large counts stay exact.
    QCOMPARE(annotation.population(rowOf(variants, 70000, "A"), 0, QStringLiteral("all"))
                     .alleleNumber,
             2100000000);
}

void TestFrequencyAnnotator::severalCachesAndSources()
{
    const FrequencyAnnotator annotator({m_gnomad.get(), m_cohort.get()});
    const auto result = annotator.annotate(*m_case.store, m_case.summary.build);
    QVERIFY2(result, qPrintable(errorOf(result)));
    QCOMPARE(result->sourceCount(), 2);
    const int cohort = result->sourceIndex(QStringLiteral("cohort"));
    QCOMPARE(cohort, 1);
    const qsizetype snv = rowOf(*m_case.store, 1000, "G");
    const PopulationFrequency frequency = result->population(snv, cohort, QStringLiteral("cohort"));
    QCOMPARE(frequency.source, QStringLiteral("cohort"));
    QCOMPARE(frequency.version, QStringLiteral("2024"));
    QCOMPARE(frequency.alleleFrequency, 4.0 / 200.0);

    // The same source in two caches is ambiguous.
    const FrequencyAnnotator twice({m_gnomad.get(), m_gnomad.get()});
    const auto refused = twice.annotate(*m_case.store, m_case.summary.build);
    QVERIFY(!refused);
    QVERIFY(refused.error().message().contains(QLatin1String("gnomad")));
}

void TestFrequencyAnnotator::wrongBuildIsRefused()
{
    const FrequencyAnnotator annotator({m_gnomad.get()});
    const auto refused = annotator.annotate(*m_case.store, GenomeBuild::GRCh37);
    QVERIFY(!refused);
    QVERIFY(refused.error().message().contains(QLatin1String("GRCh38")));
    QVERIFY(refused.error().message().contains(QLatin1String("GRCh37")));

    const QString giab
            = QStringLiteral(GENOMEDESK_SHARED_DATA_DIR
                             "/samples/GIAB_AshkenazimTrio_HG002-HG003-HG004.GRCh37.chr1-2.vcf.gz");
    if (!QFile::exists(giab))
        QSKIP("shared sample data not available (GENOMEDESK_SHARED_DATA_DIR)");
    const auto loaded = VcfReader::read(giab);
    QVERIFY(loaded);
    QCOMPARE(loaded->summary.build, GenomeBuild::GRCh37);
    const auto real = annotator.annotate(*loaded->store, loaded->summary.build);
    QVERIFY(!real);
    QVERIFY(real.error().message().contains(QLatin1String("GRCh37")));
}

void TestFrequencyAnnotator::cancel()
{
    const FrequencyAnnotator annotator({m_gnomad.get()});
    JobContext job;
    job.cancel();
    const auto result = annotator.annotate(*m_case.store, m_case.summary.build, job);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::Cancelled);
}

void TestFrequencyAnnotator::realGnomadSliceIsFullyFound()
{
    const QString slice
            = QStringLiteral(GENOMEDESK_SHARED_DATA_DIR
                             "/gnomad/gnomad.genomes.v4.0.sites.chrX_10003-20000.GRCh38.vcf.bgz");
    if (!QFile::exists(slice))
        QSKIP("shared gnomAD data not available (GENOMEDESK_SHARED_DATA_DIR)");
    auto store = FrequencyStore::open(m_directory.filePath(QStringLiteral("real.gdfreq")),
                                      FrequencyStore::OpenMode::ReadWrite);
    QVERIFY(store);
    SitesVcfImporter::Options options;
    options.sourceName = QStringLiteral("gnomad");
    options.version = QStringLiteral("4.0");
    QVERIFY(SitesVcfImporter::import(*store.value(), slice, options, JobContext()));
    const auto loaded = VcfReader::read(slice);
    QVERIFY2(loaded, qPrintable(errorOf(loaded)));
    const FrequencyAnnotator annotator({store.value().get()});
    const auto result = annotator.annotate(*loaded->store, loaded->summary.build);
    QVERIFY2(result, qPrintable(errorOf(result)));
    for (qsizetype row = 0; row < result->rowCount(); ++row)
        QCOMPARE(result->status(row, 0), FrequencyStatus::Found);
    QCOMPARE(result->rowCount(), 5005);
}

void TestFrequencyAnnotator::gapBetweenChunksIsNoData()
{
    // Sites in windows 0 and 4 of chr1 (64 kb windows), none in windows 1-3: a variant in the
    // gap is "no data", one in a window with sites but not matching is "not found".
    const QString sites = m_directory.filePath(QStringLiteral("gap-sites.vcf"));
    const QString casePath = m_directory.filePath(QStringLiteral("gap-case.vcf"));
    const QByteArray header = "##fileformat=VCFv4.2\n##reference=GRCh38\n"
                              "##contig=<ID=chr1,length=248956422>\n"
                              "##INFO=<ID=AC,Number=A,Type=Integer,Description=\"AC\">\n"
                              "##INFO=<ID=AN,Number=1,Type=Integer,Description=\"AN\">\n";
    QVERIFY(writeFile(sites,
                      header
                              + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
                                "chr1\t1000\t.\tA\tG\t.\tPASS\tAC=1;AN=100\n"
                                "chr1\t65000\t.\tC\tT\t.\tPASS\tAC=2;AN=100\n"
                                "chr1\t300000\t.\tG\tA\t.\tPASS\tAC=3;AN=100\n"));
    QVERIFY(writeFile(
            casePath,
            header
                    + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                      "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tCASE1\n"
                      "chr1\t1000\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\n"      // found
                      "chr1\t1001\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\n"      // window 0: not found
                      "chr1\t65537\t.\tC\tT\t50\tPASS\t.\tGT\t0/1\n"     // window 1 (gap): no data
                      "chr1\t150000\t.\tC\tT\t50\tPASS\t.\tGT\t0/1\n"    // window 2 (gap): no data
                      "chr1\t262143\t.\tC\tT\t50\tPASS\t.\tGT\t0/1\n"    // window 3 (gap): no data
                      "chr1\t262144\t.\tC\tT\t50\tPASS\t.\tGT\t0/1\n"    // window 4: not found
                      "chr1\t299999\t.\tC\tT\t50\tPASS\t.\tGT\t0/1\n"    // window 4: not found
                      "chr1\t300000\t.\tG\tA\t50\tPASS\t.\tGT\t0/1\n"    // found
                      "chr1\t300002\t.\tG\tA\t50\tPASS\t.\tGT\t0/1\n")); // past the span: no data
    qint64 chunks = 0;
    const auto store = importSource(QStringLiteral("gapped"), sites, &chunks);
    QVERIFY(store);
    QCOMPARE(chunks, 2);

    const auto loaded = VcfReader::read(casePath);
    QVERIFY2(loaded, qPrintable(errorOf(loaded)));
    const FrequencyAnnotator annotator({store.get()});
    const auto result = annotator.annotate(*loaded->store, loaded->summary.build);
    QVERIFY2(result, qPrintable(errorOf(result)));
    const QList<QPair<qint64, FrequencyStatus>> expected = {
            {1000, FrequencyStatus::Found},
            {1001, FrequencyStatus::NotFound},
            {65537, FrequencyStatus::NoData},
            {150000, FrequencyStatus::NoData},
            {262143, FrequencyStatus::NoData},
            {262144, FrequencyStatus::NotFound},
            {299999, FrequencyStatus::NotFound},
            {300000, FrequencyStatus::Found},
            {300002, FrequencyStatus::NoData},
    };
    QCOMPARE(result->rowCount(), expected.size());
    for (const auto &[position, status] : expected) {
        const QByteArray alternate = position <= 1001 ? "G" : position >= 300000 ? "A" : "T";
        const qsizetype row = rowOf(*loaded->store, position, alternate);
        QVERIFY(row >= 0);
        QVERIFY2(result->status(row, 0) == status, QByteArray::number(position).constData());
    }

    // The file path (CLI) classifies the same way.
    const QString output = m_directory.filePath(QStringLiteral("gap-annotated.vcf"));
    const auto summary
            = VcfFrequencyAnnotator::annotate(casePath, output, {store.get()}, JobContext());
    QVERIFY2(summary, qPrintable(errorOf(summary)));
    QCOMPARE(summary->found.value(QStringLiteral("gapped")), 2);
    QCOMPARE(summary->notFound.value(QStringLiteral("gapped")), 3);
}

QTEST_GUILESS_MAIN(TestFrequencyAnnotator)
void TestFrequencyAnnotator::threadsGiveTheValuesOfEachChunk()
{
    // Many windows on two contigs (more than one batch of windows per source), a case with
    // found, not found and no-data rows: with one thread and with three, every row has the
    // status and values that reading its window's chunk directly gives. Between them a contig
    // the source lacks, in a later batch than the first contig's windows: its windows must
    // not carry the values of the earlier batch's windows over to the next contig's rows.
    const QString sites = m_directory.filePath(QStringLiteral("threads-sites.vcf"));
    const QString casePath = m_directory.filePath(QStringLiteral("threads-case.vcf"));
    QVERIFY(writeManyWindows(sites, casePath));
    const auto store = importSource(QStringLiteral("many"), sites);
    QVERIFY(store);
    const auto loaded = VcfReader::read(casePath);
    QVERIFY2(loaded, qPrintable(errorOf(loaded)));
    const VariantStore &variants = *loaded->store;
    QVERIFY(variants.size() > 1500);
    const FrequencySource source = store->sources().constFirst();

    const FrequencyAnnotator annotator({store.get()});
    for (const int threads : {1, 3}) {
        VariantQuery::setThreadCount(threads);
        const auto result = annotator.annotate(variants, loaded->summary.build);
        VariantQuery::setThreadCount(0);
        QVERIFY2(result, qPrintable(errorOf(result)));
        int found = 0;
        int notFound = 0;
        int noData = 0;
        for (qsizetype row = 0; row < variants.size(); ++row) {
            const QByteArray contig = variants.contig(row).toUtf8().mid(3);
            const qint64 position = variants.position(row);
            const auto chunk = store->chunk(source, contig, FrequencyChunk::windowOf(position));
            QVERIFY(chunk);
            const std::optional<FrequencyChunk> &sites = chunk.value();
            qsizetype site = -1;
            if (sites)
                site = sites->find(position, variants.reference(row), variants.alternate(row));
            bool covered = false; // inside the first-to-last-site span of the contig
            for (const FrequencyCoverage &span : store->coverage(source)) {
                covered |= span.contig == contig && position >= span.firstPosition
                           && position <= span.lastPosition;
            }
            const FrequencyStatus expected = !sites || !covered ? FrequencyStatus::NoData
                                             : site >= 0        ? FrequencyStatus::Found
                                                                : FrequencyStatus::NotFound;
            QCOMPARE(result->status(row, 0), expected);
            if (expected == FrequencyStatus::Found) {
                ++found;
                for (int field = 0; field < int(source.fields.size()); ++field) {
                    if (source.fields.at(field).type == FrequencyFieldType::Integer)
                        QCOMPARE(result->integer(row, 0, field), sites->integer(site, field));
                }
            } else if (expected == FrequencyStatus::NotFound) {
                ++notFound;
            } else {
                ++noData;
            }
        }
        QVERIFY(found > 1000);
        QVERIFY(notFound > 300);
        QVERIFY(noData > 450);
    }
}

void TestFrequencyAnnotator::integersBeyond32BitsAreExact()
{
    // The annotation keeps integers in 32 bits and larger ones aside: a cache (a Beacon
    // source can count that far) with counts beyond 2^31 gives them back exactly, next to
    // ordinary ones, -1 for missing and values found after them.
    const QString path = m_directory.filePath(QStringLiteral("wide.gdfreq"));
    const std::vector<std::pair<qint64, qint64>> counts = {
            {5, 1000},
            {3000000000LL, 1LL << 40},
            {FrequencyChunk::kMissing, 2147483646},
            {2147483647, 2147483648LL},
            {7, 1000},
    };
    {
        auto store = FrequencyStore::open(path, FrequencyStore::OpenMode::ReadWrite);
        QVERIFY2(store, qPrintable(errorOf(store)));
        const FrequencySource source
                = FrequencyTestData::nfeCountsSource(QStringLiteral("wide"), QStringLiteral("1"));
        auto writer = store.value()->beginSource(source);
        QVERIFY2(writer, qPrintable(errorOf(writer)));
        FrequencyChunk chunk({FrequencyFieldType::Integer, FrequencyFieldType::Integer});
        for (size_t i = 0; i < counts.size(); ++i) {
            const qsizetype site = chunk.append(1000 + qint64(i) * 10, "A", "G");
            chunk.setInteger(site, 0, counts[i].first);
            chunk.setInteger(site, 1, counts[i].second);
        }
        QVERIFY(writer.value()->writeChunk(QByteArray("1"), 0, std::move(chunk)));
        FrequencyCoverage coverage;
        coverage.contig = QByteArray("1");
        coverage.firstPosition = 1000;
        coverage.lastPosition = 1040;
        coverage.siteCount = qint64(counts.size());
        QVERIFY(writer.value()->writeCoverage(coverage));
        const auto committed = writer.value()->commit(qint64(counts.size()), qint64(counts.size()));
        QVERIFY2(committed, qPrintable(errorOf(committed)));
    }
    QByteArray caseText = "##fileformat=VCFv4.2\n##reference=GRCh38\n"
                          "##contig=<ID=chr1,length=248956422>\n"
                          "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                          "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tCASE1\n";
    for (size_t i = 0; i < counts.size(); ++i) {
        caseText += "chr1\t" + QByteArray::number(1000 + qint64(i) * 10)
                    + "\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\n";
    }
    const QString casePath = m_directory.filePath(QStringLiteral("wide-case.vcf"));
    QVERIFY(writeFile(casePath, caseText));
    const auto loaded = VcfReader::read(casePath);
    QVERIFY2(loaded, qPrintable(errorOf(loaded)));
    auto store = FrequencyStore::open(path);
    QVERIFY2(store, qPrintable(errorOf(store)));
    const auto result = FrequencyAnnotator({store.value().get()})
                                .annotate(*loaded->store, loaded->summary.build);
    QVERIFY2(result, qPrintable(errorOf(result)));
    QCOMPARE(result->rowCount(), qsizetype(counts.size()));
    for (size_t i = 0; i < counts.size(); ++i) {
        const auto row = qsizetype(i);
        QCOMPARE(result->status(row, 0), FrequencyStatus::Found);
        QCOMPARE(result->integer(row, 0, 0), counts[i].first);
        QCOMPARE(result->integer(row, 0, 1), counts[i].second);
    }
}

void TestFrequencyAnnotator::corruptCacheEndsWithItsError()
{
    // A cache damaged on disk (the middle of the file, where chunk blobs are) under a case of
    // many batches of windows, annotated on three threads (one reads blobs ahead while the
    // others decode): the annotation ends, with an error naming the file, never a crash or
    // a partial result.
    const QString sites = m_directory.filePath(QStringLiteral("corrupt-sites.vcf"));
    const QString casePath = m_directory.filePath(QStringLiteral("corrupt-case.vcf"));
    QVERIFY(writeManyWindows(sites, casePath));
    QString path;
    {
        auto store = importSource(QStringLiteral("damaged"), sites);
        QVERIFY(store);
        path = store->path();
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(file.seek(size / 3));
    QByteArray garbage(int(size / 3), 'x');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 131 + 7) & 0xff);
    QCOMPARE(file.write(garbage), garbage.size());
    file.close();

    const auto loaded = VcfReader::read(casePath);
    QVERIFY2(loaded, qPrintable(errorOf(loaded)));
    auto store = FrequencyStore::open(path);
    QVERIFY2(store, qPrintable(errorOf(store))); // the tables before the blobs are intact
    VariantQuery::setThreadCount(3);
    const auto result = FrequencyAnnotator({store.value().get()})
                                .annotate(*loaded->store, loaded->summary.build);
    VariantQuery::setThreadCount(0);
    QVERIFY(!result);
    const QString message = result.error().toString();
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("corrupt"))
                     || message.contains(QLatin1String("malformed")),
             qPrintable(message));
}

#include "tst_frequencyannotator.moc"
