// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/frequency/frequencystore.h>
#include <core/frequency/sitesvcfimporter.h>

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <tuple>

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

class TestSitesVcfImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsGnomadNaming();
    void splitsNormalisesAndDropsDuplicates();
    void roundTripOfGeneratedSitesIsExact();
    void fieldMap();
    void missingFieldsAreRefused();
    void cancelledImportLeavesCacheIntact();
    void updateReplacesAndRemoveDeletes();
    void wrongBuildIsRefused();
    void realGnomadSlice();
    void lineParserMatchesHtslib();
    void cancelMidImportOfParsedLines();

private:
    QString fixture(const QString &name) const
    {
        return QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/frequency/") + name;
    }
    static SitesVcfImporter::Options options(const QString &name, const QString &version)
    {
        SitesVcfImporter::Options result;
        result.sourceName = name;
        result.version = version;
        return result;
    }
    QTemporaryDir m_directory;
};

namespace {

struct Site
{
    qint64 position;
    QByteArray reference;
    QByteArray alternate;
    qint64 count;
    qint64 number;
    qint64 homozygotes;
};

/*! All sites of \a source, read back chunk by chunk: contig -> (position, REF, ALT) -> row. */
std::map<std::tuple<QByteArray, qint64, QByteArray, QByteArray>, std::vector<qint64>>
readBack(const FrequencyStore &store, const FrequencySource &source)
{
    std::map<std::tuple<QByteArray, qint64, QByteArray, QByteArray>, std::vector<qint64>> sites;
    for (const FrequencyCoverage &coverage : store.coverage(source)) {
        for (qint64 window : store.windows(source, coverage.contig)) {
            auto chunk = store.chunk(source, coverage.contig, window);
            if (!chunk || !chunk.value())
                continue;
            const FrequencyChunk &c = *chunk.value();
            for (qsizetype i = 0; i < c.size(); ++i) {
                std::vector<qint64> values;
                for (int column = 0; column < c.columnCount(); ++column) {
                    if (c.columnType(column) == FrequencyFieldType::Integer)
                        values.push_back(c.integer(i, column));
                }
                sites[{coverage.contig, c.position(i), c.reference(i), c.alternate(i)}] = values;
            }
        }
    }
    return sites;
}

const char kGrch38Contigs[] = "##contig=<ID=chr1,length=248956422>\n"
                              "##contig=<ID=chr2,length=242193529>\n";

} // namespace

void TestSitesVcfImporter::importsGnomadNaming()
{
    QVERIFY(m_directory.isValid());
    const QString path = m_directory.filePath(QStringLiteral("naming.gdfreq"));
    auto store = FrequencyStore::open(path, FrequencyStore::OpenMode::ReadWrite);
    QVERIFY2(store, qPrintable(errorOf(store)));
    auto options = this->options(QStringLiteral("gnomad"), QStringLiteral("4.1"));
    options.licence = QStringLiteral("CC0-1.0");
    const auto summary = SitesVcfImporter::import(
            *store.value(), fixture(QStringLiteral("sites.vcf")), options, JobContext());
    QVERIFY2(summary, qPrintable(errorOf(summary)));

    const FrequencySource *source = store.value()->source(QStringLiteral("gnomad"));
    QVERIFY(source);
    QCOMPARE(source->version, QStringLiteral("4.1"));
    QCOMPARE(source->assembly, QStringLiteral("GRCh38"));
    QCOMPARE(source->licence, QStringLiteral("CC0-1.0"));
    QCOMPARE(source->origin, QStringLiteral("sites.vcf"));
    QVERIFY(source->retrieved.isValid());
    QCOMPARE(store.value()->build(), GenomeBuild::GRCh38);
    QStringList labels;
    for (const FrequencyPopulation &population : source->populations)
        labels.append(population.label);
    QCOMPARE(labels,
             (QStringList{QStringLiteral("all"), QStringLiteral("afr"), QStringLiteral("nfe")}));
    QCOMPARE(source->populations.at(2).description, QStringLiteral("Non-Finnish European"));
    QStringList names;
    for (const FrequencyField &field : source->fields)
        names.append(field.name());
    QCOMPARE(names.join(QLatin1Char(',')),
             QStringLiteral("AC,AN,nhomalt,AC_afr,AN_afr,nhomalt_afr,AC_nfe,AN_nfe,nhomalt_nfe,"
                            "faf95_nfe,grpmax,filter"));
    // --populations restricts the groups; "all" is always there.
    options.sourceName = QStringLiteral("nfeonly");
    options.populations = QStringList{QStringLiteral("nfe")};
    const auto restricted = SitesVcfImporter::import(
            *store.value(), fixture(QStringLiteral("sites.vcf")), options, JobContext());
    QVERIFY2(restricted, qPrintable(errorOf(restricted)));
    QCOMPARE(restricted->source.populations.size(), 2);
    QCOMPARE(restricted->source.fieldIndex(QStringLiteral("AC"), QStringLiteral("afr")), -1);
    QVERIFY(restricted->source.fieldIndex(QStringLiteral("AC"), QStringLiteral("nfe")) >= 0);
}

void TestSitesVcfImporter::splitsNormalisesAndDropsDuplicates()
{
    const QString path = m_directory.filePath(QStringLiteral("split.gdfreq"));
    auto store = FrequencyStore::open(path, FrequencyStore::OpenMode::ReadWrite);
    QVERIFY(store);
    const auto summary
            = SitesVcfImporter::import(*store.value(),
                                       fixture(QStringLiteral("sites.vcf")),
                                       options(QStringLiteral("gnomad"), QStringLiteral("4.1")),
                                       JobContext());
    QVERIFY2(summary, qPrintable(errorOf(summary)));
    QCOMPARE(summary->records, 10);
    QCOMPARE(summary->skippedAlleles, 1); // <DEL>
    QCOMPARE(summary->duplicates, 1);     // chr1:1005 ACGT>A twice
    QCOMPARE(summary->sites, 9);
    QCOMPARE(summary->warnings.size(), 2);

    const FrequencySource &source = summary->source;
    const auto sites = readBack(*store.value(), source);
    QCOMPARE(qsizetype(sites.size()), 9);
    // Contigs are stored without "chr"; chrM becomes MT.
    QVERIFY(sites.count({QByteArray("MT"), 100, QByteArray("A"), QByteArray("G")}));
    // Multi-allelic A>C,T split with its per-allele values; AN shared.
    const auto c = sites.at({QByteArray("1"), 1000, QByteArray("A"), QByteArray("C")});
    const auto t = sites.at({QByteArray("1"), 1000, QByteArray("A"), QByteArray("T")});
    const int ac = 0, an = 1, acNfe = 6;
    QCOMPARE(c[ac], 1);
    QCOMPARE(t[ac], 2);
    QCOMPARE(c[an], 1000);
    QCOMPARE(t[an], 1000);
    QCOMPARE(c[acNfe], 1);
    QCOMPARE(t[acNfe], FrequencyChunk::kMissing);
    // The first of two identical records wins.
    QCOMPARE((sites.at({QByteArray("1"), 1005, QByteArray("ACGT"), QByteArray("A")})[ac]), 0);
    // GCA>GTA is stored as its minimal form C>T one base further.
    QVERIFY(sites.count({QByteArray("1"), 2101, QByteArray("C"), QByteArray("T")}));
    // Long alleles are kept exactly.
    const QByteArray longReference = QByteArray("C") + QByteArray(80, 'T');
    QCOMPARE((sites.at({QByteArray("1"), 2000, longReference, QByteArray("C")})[ac]), 12);
    // Counts near the int32 limit survive.
    QCOMPARE((sites.at({QByteArray("1"), 70000, QByteArray("G"), QByteArray("A")})[an]),
             2100000000);

    // Text fields: grpmax per allele and FILTER.
    auto chunk = store.value()->chunk(source, QByteArray("1"), 0);
    QVERIFY(chunk && chunk.value());
    const int grpmax = source.fieldIndex(QStringLiteral("grpmax"), QStringLiteral("all"));
    const int filter = source.fieldIndex(QStringLiteral("filter"), QStringLiteral("all"));
    const qsizetype tSite = chunk.value()->find(1000, "A", "T");
    QCOMPARE(chunk.value()->text(tSite, grpmax), QByteArray("afr"));
    QCOMPARE(chunk.value()->text(chunk.value()->find(1005, "ACGT", "A"), filter),
             QByteArray("AC0"));
    const QList<FrequencyCoverage> coverage = store.value()->coverage(source);
    QCOMPARE(coverage.size(), 3);
    QCOMPARE(coverage.at(0).contig, QByteArray("1"));
    QCOMPARE(coverage.at(0).firstPosition, 1000);
    QCOMPARE(coverage.at(0).lastPosition, 70000);
}

void TestSitesVcfImporter::roundTripOfGeneratedSitesIsExact()
{
    // A sites file spanning many windows with values of every size.
    const QString vcfPath = m_directory.filePath(QStringLiteral("generated.vcf"));
    QFile file(vcfPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("##fileformat=VCFv4.2\n");
    file.write(kGrch38Contigs);
    file.write("##INFO=<ID=AC,Number=A,Type=Integer,Description=\"c\">\n"
               "##INFO=<ID=AN,Number=1,Type=Integer,Description=\"n\">\n"
               "##INFO=<ID=nhomalt,Number=A,Type=Integer,Description=\"h\">\n"
               "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n");
    QRandomGenerator random(7);
    std::map<std::tuple<QByteArray, qint64, QByteArray, QByteArray>, std::vector<qint64>> expected;
    const QByteArray bases = "ACGT";
    for (const QByteArray &contig : {QByteArray("chr1"), QByteArray("chr2")}) {
        qint64 position = 1;
        for (int i = 0; i < 6000; ++i) {
            position += 1 + random.bounded(90);
            const char reference = bases.at(random.bounded(4));
            const char alternate = bases.at((bases.indexOf(reference) + 1 + random.bounded(3)) % 4);
            const qint64 number = 152000 - random.bounded(3000);
            const qint64 count
                    = random.bounded(10) < 8 ? random.bounded(6) : random.bounded(number);
            const qint64 homozygotes = random.bounded(20) == 0 ? 1 : 0;
            const bool missing = random.bounded(50) == 0;
            file.write(contig + '\t' + QByteArray::number(position) + "\t.\t" + reference + '\t'
                       + alternate
                       + "\t.\tPASS\tAC=" + (missing ? QByteArray(".") : QByteArray::number(count))
                       + ";AN=" + QByteArray::number(number)
                       + ";nhomalt=" + QByteArray::number(homozygotes) + '\n');
            expected[{contig.mid(3), position, QByteArray(1, reference), QByteArray(1, alternate)}]
                    = {missing ? FrequencyChunk::kMissing : count, number, homozygotes};
        }
    }
    file.close();

    const QString path = m_directory.filePath(QStringLiteral("generated.gdfreq"));
    auto store = FrequencyStore::open(path, FrequencyStore::OpenMode::ReadWrite);
    QVERIFY(store);
    qint64 lastProgress = -1;
    const JobContext job([&lastProgress](qint64 done, qint64) { lastProgress = done; });
    const auto summary
            = SitesVcfImporter::import(*store.value(),
                                       vcfPath,
                                       options(QStringLiteral("generated"), QStringLiteral("1")),
                                       job);
    QVERIFY2(summary, qPrintable(errorOf(summary)));
    QCOMPARE(summary->sites, 12000);
    QVERIFY(summary->chunks >= 8);
    QVERIFY(lastProgress > 0);

    auto reopened = FrequencyStore::open(path);
    QVERIFY(reopened);
    const auto sites
            = readBack(*reopened.value(), *reopened.value()->source(QStringLiteral("generated")));
    QCOMPARE(sites.size(), expected.size());
    QVERIFY(sites == expected);
}

void TestSitesVcfImporter::fieldMap()
{
    const QString path = m_directory.filePath(QStringLiteral("map.gdfreq"));
    auto store = FrequencyStore::open(path, FrequencyStore::OpenMode::ReadWrite);
    QVERIFY(store);
    auto options = this->options(QStringLiteral("cohort"), QStringLiteral("2024-01"));
    options.fieldMapPath = fixture(QStringLiteral("cohort.fieldmap"));
    const auto summary = SitesVcfImporter::import(
            *store.value(), fixture(QStringLiteral("sites.vcf")), options, JobContext());
    QVERIFY2(summary, qPrintable(errorOf(summary)));
    const FrequencySource &source = summary->source;
    QCOMPARE(source.fields.size(), 2);
    QCOMPARE(source.fields.at(0).name(), QStringLiteral("AC_cohort"));
    QCOMPARE(source.populations.size(), 1);
    QCOMPARE(source.populations.at(0).description, QStringLiteral("National reference cohort"));
    QCOMPARE(source.populations.at(0).sampleCount, 100);
    auto chunk = store.value()->chunk(source, QByteArray("1"), 0);
    QVERIFY(chunk && chunk.value());
    const qsizetype site = chunk.value()->find(1000, "A", "T");
    QCOMPARE(chunk.value()->integer(site, 0), 1);
    QCOMPARE(chunk.value()->integer(site, 1), 200);

    // A malformed map names the file and line.
    const QString badMap = m_directory.filePath(QStringLiteral("bad.fieldmap"));
    QFile bad(badMap);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("# comment\nAC\tcohort\n");
    bad.close();
    const auto parsed = SitesVcfImporter::parseFieldMap(badMap);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().line(), 2);
}

void TestSitesVcfImporter::missingFieldsAreRefused()
{
    const QString path = m_directory.filePath(QStringLiteral("missing.gdfreq"));
    auto store = FrequencyStore::open(path, FrequencyStore::OpenMode::ReadWrite);
    QVERIFY(store);
    auto options = this->options(QStringLiteral("gnomad"), QStringLiteral("4.1"));
    options.populations = QStringList{QStringLiteral("fin")};
    const auto result = SitesVcfImporter::import(
            *store.value(), fixture(QStringLiteral("sites.vcf")), options, JobContext());
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::MalformedHeader);
    QVERIFY2(result.error().message().contains(QLatin1String("AC_fin")),
             qPrintable(result.error().message()));
    QVERIFY(store.value()->sources().isEmpty());
    // The name becomes an INFO prefix, so it is checked.
    const auto badName = SitesVcfImporter::import(
            *store.value(),
            fixture(QStringLiteral("sites.vcf")),
            this->options(QStringLiteral("gnomad v4"), QStringLiteral("4")),
            JobContext());
    QVERIFY(!badName);
    QCOMPARE(badName.error().code(), Error::Code::InvalidArgument);
}

void TestSitesVcfImporter::cancelledImportLeavesCacheIntact()
{
    const QString path = m_directory.filePath(QStringLiteral("cancel.gdfreq"));
    auto store = FrequencyStore::open(path, FrequencyStore::OpenMode::ReadWrite);
    QVERIFY(store);
    QVERIFY(SitesVcfImporter::import(*store.value(),
                                     fixture(QStringLiteral("sites.vcf")),
                                     options(QStringLiteral("gnomad"), QStringLiteral("1")),
                                     JobContext()));
    JobContext cancelled;
    cancelled.cancel();
    const auto result
            = SitesVcfImporter::import(*store.value(),
                                       fixture(QStringLiteral("sites.vcf")),
                                       options(QStringLiteral("gnomad"), QStringLiteral("2")),
                                       cancelled);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::Cancelled);
    auto reopened = FrequencyStore::open(path);
    QVERIFY(reopened);
    QCOMPARE(reopened.value()->sources().size(), 1);
    QCOMPARE(reopened.value()->sources().at(0).version, QStringLiteral("1"));
    QCOMPARE(reopened.value()->sources().at(0).siteCount, 9);
}

void TestSitesVcfImporter::updateReplacesAndRemoveDeletes()
{
    const QString path = m_directory.filePath(QStringLiteral("update.gdfreq"));
    auto store = FrequencyStore::open(path, FrequencyStore::OpenMode::ReadWrite);
    QVERIFY(store);
    QVERIFY(SitesVcfImporter::import(*store.value(),
                                     fixture(QStringLiteral("sites.vcf")),
                                     options(QStringLiteral("gnomad"), QStringLiteral("4.0")),
                                     JobContext()));
    auto cohort = options(QStringLiteral("cohort"), QStringLiteral("1"));
    cohort.fieldMapPath = fixture(QStringLiteral("cohort.fieldmap"));
    QVERIFY(SitesVcfImporter::import(
            *store.value(), fixture(QStringLiteral("sites.vcf")), cohort, JobContext()));
    QVERIFY(SitesVcfImporter::import(*store.value(),
                                     fixture(QStringLiteral("sites.vcf")),
                                     options(QStringLiteral("gnomad"), QStringLiteral("4.1")),
                                     JobContext()));
    QCOMPARE(store.value()->sources().size(), 2);
    const FrequencySource *gnomad = store.value()->source(QStringLiteral("gnomad"));
    QVERIFY(gnomad);
    QCOMPARE(gnomad->version, QStringLiteral("4.1"));
    // The old version's chunks are gone with it.
    QCOMPARE(store.value()->chunkStatistics(*gnomad).first, 4);

    QVERIFY(store.value()->removeSource(QStringLiteral("gnomad")));
    QCOMPARE(store.value()->sources().size(), 1);
    QVERIFY(!store.value()->removeSource(QStringLiteral("gnomad")));
    auto reopened = FrequencyStore::open(path);
    QVERIFY(reopened);
    QCOMPARE(reopened.value()->sources().size(), 1);
    QCOMPARE(reopened.value()->sources().at(0).name, QStringLiteral("cohort"));
    QCOMPARE(reopened.value()->build(), GenomeBuild::GRCh38);
}

void TestSitesVcfImporter::wrongBuildIsRefused()
{
    const QString shared = QStringLiteral(
            GENOMEDESK_SHARED_DATA_DIR
            "/gnomad/gnomad.exomes.r2.1.1.sites.1_55505599-55516888.GRCh37.vcf.bgz");
    if (!QFile::exists(shared))
        QSKIP("shared gnomAD data not available (GENOMEDESK_SHARED_DATA_DIR)");
    const QString path = m_directory.filePath(QStringLiteral("build.gdfreq"));
    auto store = FrequencyStore::open(path, FrequencyStore::OpenMode::ReadWrite);
    QVERIFY(store);
    QVERIFY(SitesVcfImporter::import(*store.value(),
                                     fixture(QStringLiteral("sites.vcf")),
                                     options(QStringLiteral("gnomad"), QStringLiteral("4.1")),
                                     JobContext()));
    const auto result
            = SitesVcfImporter::import(*store.value(),
                                       shared,
                                       options(QStringLiteral("exac"), QStringLiteral("2.1.1")),
                                       JobContext());
    QVERIFY(!result);
    QVERIFY(result.error().message().contains(QLatin1String("GRCh38")));
    QVERIFY(result.error().message().contains(QLatin1String("GRCh37")));
    QCOMPARE(store.value()->sources().size(), 1);
}

void TestSitesVcfImporter::realGnomadSlice()
{
    const QString shared = QStringLiteral(
            GENOMEDESK_SHARED_DATA_DIR
            "/gnomad/gnomad.exomes.r2.1.1.sites.1_55505599-55516888.GRCh37.vcf.bgz");
    if (!QFile::exists(shared))
        QSKIP("shared gnomAD data not available (GENOMEDESK_SHARED_DATA_DIR)");
    const QString path = m_directory.filePath(QStringLiteral("v2.gdfreq"));
    auto store = FrequencyStore::open(path, FrequencyStore::OpenMode::ReadWrite);
    QVERIFY(store);
    const auto summary
            = SitesVcfImporter::import(*store.value(),
                                       shared,
                                       options(QStringLiteral("gnomad2"), QStringLiteral("2.1.1")),
                                       JobContext());
    QVERIFY2(summary, qPrintable(errorOf(summary)));
    QCOMPARE(summary->records, 293);
    QCOMPARE(store.value()->build(), GenomeBuild::GRCh37);
    // v2 names the group maximum popmax; it is stored as grpmax. v2 has "oth".
    QVERIFY(summary->source.fieldIndex(QStringLiteral("grpmax"), QStringLiteral("all")) >= 0);
    QVERIFY(summary->source.fieldIndex(QStringLiteral("AC"), QStringLiteral("oth")) >= 0);
}

namespace {

/*! Every site of \a source with every value (integers, floats and texts) as text. */
QList<QByteArray> allValues(const FrequencyStore &store, const FrequencySource &source)
{
    QList<QByteArray> rows;
    for (const FrequencyCoverage &coverage : store.coverage(source)) {
        rows.append("coverage " + coverage.contig + ' ' + QByteArray::number(coverage.firstPosition)
                    + ' ' + QByteArray::number(coverage.lastPosition) + ' '
                    + QByteArray::number(coverage.siteCount));
        for (qint64 window : store.windows(source, coverage.contig)) {
            auto chunk = store.chunk(source, coverage.contig, window);
            if (!chunk || !chunk.value()) {
                rows.append("unreadable chunk");
                continue;
            }
            const FrequencyChunk &c = *chunk.value();
            for (qsizetype i = 0; i < c.size(); ++i) {
                QByteArray row = coverage.contig + ' ' + QByteArray::number(c.position(i)) + ' '
                                 + c.reference(i) + ' ' + c.alternate(i);
                for (int column = 0; column < c.columnCount(); ++column) {
                    switch (c.columnType(column)) {
                    case FrequencyFieldType::Integer:
                        row += ' ' + QByteArray::number(c.integer(i, column));
                        break;
                    case FrequencyFieldType::Float:
                        row += ' ' + QByteArray::number(double(c.floating(i, column)), 'g', 9);
                        break;
                    case FrequencyFieldType::String:
                        row += " \"" + c.text(i, column) + '"';
                        break;
                    }
                }
                rows.append(row);
            }
        }
    }
    return rows;
}

} // namespace

void TestSitesVcfImporter::lineParserMatchesHtslib()
{
    // Lines the parser reads itself and lines it leaves to htslib (an undeclared INFO key and
    // FILTER, values that are not plain integers of at most 9 digits), in one file: both
    // imports must store the same.
    const QString vcfPath = m_directory.filePath(QStringLiteral("parser.vcf"));
    QFile file(vcfPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("##fileformat=VCFv4.2\n");
    file.write(kGrch38Contigs);
    file.write("##FILTER=<ID=PASS,Description=\"All filters passed\">\n"
               "##FILTER=<ID=AC0,Description=\"a\">\n"
               "##FILTER=<ID=AS_VQSR,Description=\"v\">\n"
               "##INFO=<ID=AC,Number=A,Type=Integer,Description=\"c\">\n"
               "##INFO=<ID=AN,Number=1,Type=Integer,Description=\"n\">\n"
               "##INFO=<ID=AF,Number=A,Type=Float,Description=\"f\">\n"
               "##INFO=<ID=nhomalt,Number=A,Type=Integer,Description=\"h\">\n"
               "##INFO=<ID=AC_nfe,Number=A,Type=Integer,Description=\"c\">\n"
               "##INFO=<ID=AN_nfe,Number=1,Type=Integer,Description=\"n\">\n"
               "##INFO=<ID=nhomalt_nfe,Number=A,Type=Integer,Description=\"h\">\n"
               "##INFO=<ID=lcr,Number=0,Type=Flag,Description=\"l\">\n"
               "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n");
    const QList<QByteArray> special = {
            // multi-allelic, a missing value in a list, a flag, keys in another order
            "chr1\t%1\trs1\tA\tC,G,AT\t50.5\tPASS\tlcr;AN=1000;AC=3,.,1;nhomalt=0,0,1;AF=0.003,.,0."
            "001",
            // deletion to normalise, FILTER of two names, INFO absent fields
            "chr1\t%1\t.\tACGT\tAGT\t.\tAC0;AS_VQSR\tAC=0;AN=20",
            // symbolic and star alleles are skipped
            "chr1\t%1\t.\tG\t<DEL>,*,T\t.\t.\tAC=1,2,3;AN=10;nhomalt=0,0,0",
            // no INFO at all
            "chr1\t%1\t.\tC\tT\t.\tPASS\t.",
            // htslib's lines: an undeclared INFO key, an undeclared FILTER, a negative value,
            // a value of 10 digits
            "chr1\t%1\t.\tT\tG\t.\tPASS\tAA=T;AC=4;AN=30",
            "chr1\t%1\t.\tT\tC\t.\tNEWFILTER\tAC=5;AN=30",
            "chr1\t%1\t.\tG\tC\t.\tPASS\tAC=-1;AN=30",
            "chr1\t%1\t.\tG\tT\t.\tPASS\tAC=2;AN_nfe=1234567890;AN=40",
    };
    QRandomGenerator random(11);
    const QByteArray bases = "ACGT";
    for (const QByteArray &contig : {QByteArray("chr1"), QByteArray("chr2")}) {
        qint64 position = 1;
        for (int i = 0; i < 3000; ++i) {
            position += 1 + random.bounded(200);
            if (i % 97 == 0) {
                QByteArray line = special.at((i / 97) % special.size());
                line.replace("%1", QByteArray::number(position));
                line.replace("chr1", contig);
                file.write(line + '\n');
                continue;
            }
            const char reference = bases.at(random.bounded(4));
            const char alternate = bases.at((bases.indexOf(reference) + 1 + random.bounded(3)) % 4);
            const qint64 number = 152000 - random.bounded(3000);
            file.write(contig + '\t' + QByteArray::number(position) + "\t.\t" + reference + '\t'
                       + alternate + "\t.\t" + (i % 5 == 0 ? "AC0" : "PASS") + "\tAC="
                       + QByteArray::number(random.bounded(6)) + ";AN=" + QByteArray::number(number)
                       + ";AF=0.0001" + ";nhomalt=" + QByteArray::number(random.bounded(2))
                       + ";AC_nfe=" + QByteArray::number(random.bounded(3))
                       + ";AN_nfe=" + QByteArray::number(number / 2) + ";nhomalt_nfe=0\n");
        }
    }
    file.close();

    QList<QByteArray> imported[2];
    qint64 records[2] = {0, 0};
    for (int parse = 0; parse < 2; ++parse) {
        const QString path = m_directory.filePath(QStringLiteral("parser-%1.gdfreq").arg(parse));
        auto store = FrequencyStore::open(path, FrequencyStore::OpenMode::ReadWrite);
        QVERIFY(store);
        auto options = this->options(QStringLiteral("gnomad"), QStringLiteral("1"));
        options.populations = {QStringLiteral("nfe")};
        options.parseLines = parse == 1;
        const auto summary
                = SitesVcfImporter::import(*store.value(), vcfPath, options, JobContext());
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        records[parse] = summary->records;
        if (parse == 1) {
            // Most lines were read by the parser, the special ones by htslib.
            QVERIFY2(summary->linesParsed > 5500,
                     qPrintable(QString::number(summary->linesParsed)));
            QVERIFY(summary->linesParsed < summary->records);
            QCOMPARE(summary->warnings.isEmpty(), false); // the undeclared INFO key and FILTER
        } else {
            QCOMPARE(summary->linesParsed, 0);
        }
        const FrequencySource *source = store.value()->source(QStringLiteral("gnomad"));
        QVERIFY(source);
        QVERIFY(source->fieldIndex(QStringLiteral("AC"), QStringLiteral("nfe")) >= 0);
        imported[parse] = allValues(*store.value(), *source);
    }
    QCOMPARE(records[0], records[1]);
    QVERIFY(imported[0].size() > 6000);
    QCOMPARE(imported[1].size(), imported[0].size());
    for (qsizetype i = 0; i < imported[0].size(); ++i)
        QCOMPARE(imported[1].at(i), imported[0].at(i));
    // FILTER texts of both kinds of lines are kept.
    auto hasText = [&imported](const QByteArray &text) {
        return std::any_of(imported[1].cbegin(),
                           imported[1].cend(),
                           [&text](const QByteArray &row) { return row.contains(text); });
    };
    QVERIFY(hasText("\"AC0;AS_VQSR\""));
    QVERIFY(hasText("\"NEWFILTER\""));
    QVERIFY(hasText("\"AC0\""));
}

void TestSitesVcfImporter::cancelMidImportOfParsedLines()
{
    // A cache with one version; an import of a large enough file cancelled after its first
    // progress report (lines read by the parser) leaves that version untouched.
    const QString vcfPath = m_directory.filePath(QStringLiteral("cancel-large.vcf"));
    QFile file(vcfPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("##fileformat=VCFv4.2\n");
    file.write(kGrch38Contigs);
    file.write("##INFO=<ID=AC,Number=A,Type=Integer,Description=\"c\">\n"
               "##INFO=<ID=AN,Number=1,Type=Integer,Description=\"n\">\n"
               "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n");
    for (int i = 1; i <= 40000; ++i)
        file.write("chr1\t" + QByteArray::number(i * 10) + "\t.\tA\tG\t.\tPASS\tAC=1;AN=100\n");
    file.close();

    const QString path = m_directory.filePath(QStringLiteral("cancel-parsed.gdfreq"));
    auto store = FrequencyStore::open(path, FrequencyStore::OpenMode::ReadWrite);
    QVERIFY(store);
    QVERIFY(SitesVcfImporter::import(*store.value(),
                                     fixture(QStringLiteral("sites.vcf")),
                                     options(QStringLiteral("gnomad"), QStringLiteral("1")),
                                     JobContext()));
    JobContext *handle = nullptr;
    qint64 reports = 0;
    JobContext job([&handle, &reports](qint64, qint64) {
        ++reports;
        handle->cancel();
    });
    handle = &job;
    const auto result = SitesVcfImporter::import(
            *store.value(), vcfPath, options(QStringLiteral("gnomad"), QStringLiteral("2")), job);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::Cancelled);
    QCOMPARE(reports, 1); // cancelled mid-file, at the first report
    auto reopened = FrequencyStore::open(path);
    QVERIFY(reopened);
    QCOMPARE(reopened.value()->sources().size(), 1);
    QCOMPARE(reopened.value()->sources().at(0).version, QStringLiteral("1"));
    QCOMPARE(reopened.value()->sources().at(0).siteCount, 9);
    QVERIFY(reopened.value()->source(QStringLiteral("gnomad")));
    QCOMPARE(allValues(*reopened.value(), *reopened.value()->source(QStringLiteral("gnomad")))
                     .size(),
             allValues(*store.value(), *store.value()->source(QStringLiteral("gnomad"))).size());
}

QTEST_GUILESS_MAIN(TestSitesVcfImporter)
#include "tst_sitesvcfimporter.moc"
