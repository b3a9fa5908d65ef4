// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../support/testfiles.h"
#include "frequencytestdata.h"

#include <core/frequency/frequencystore.h>
#include <core/frequency/sitesvcfimporter.h>
#include <core/frequency/vcffrequencyannotator.h>
#include <core/variant/variantquery.h>
#include <core/vcf/htslib_p.h>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

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

class TestVcfFrequencyAnnotator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agreesWithBcftools_data();
    void agreesWithBcftools();
    void multiallelicRecordsAgreeAfterSplitting();
    void agreesWithBcftoolsOnMappedSources_data();
    void agreesWithBcftoolsOnMappedSources();
    void duplicateSites();
    void declaresEveryKey();
    void writesTsvAndBcf();
    void writesOnlyTheSelectedFields();
    void batchesOfManyWindowsAgreeWithBcftools();
    void refusesWrongBuild();
    void appendedInfoTextMatchesRecordPath();
    void floatTextIsHtslibs();
    void knownLinesReadAsHtslibReadsThem_data();
    void knownLinesReadAsHtslibReadsThem();

private:
    QString fixture(const QString &name) const
    {
        return QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/frequency/") + name;
    }
    static QString shared(const QString &name)
    {
        return QStringLiteral(GENOMEDESK_SHARED_DATA_DIR "/gnomad/") + name;
    }
    /*! Runs bcftools; returns its stdout, fails the test on a non-zero exit. */
    QByteArray bcftools(const QStringList &arguments)
    {
        QProcess process;
        process.start(m_bcftools, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            qWarning() << "bcftools" << arguments << process.readAllStandardError();
            return QByteArray("<bcftools failed>");
        }
        return process.readAllStandardOutput();
    }
    /*! Imports \a vcf once per test run (the slices are parsed slowly: 400+ INFO keys). */
    FrequencyStore *importInto(const QString &cache, const QString &vcf, const QString &name)
    {
        const QString key = vcf + QLatin1Char('|') + name;
        if (!m_stores.contains(key)) {
            auto store = importOnce(cache, vcf, name);
            if (!store)
                return nullptr;
            m_stores.insert(key, std::shared_ptr<FrequencyStore>(std::move(store)));
        }
        return m_stores.value(key).get();
    }
    std::unique_ptr<FrequencyStore>
    importOnce(const QString &cache, const QString &vcf, const QString &name)
    {
        auto store = FrequencyStore::open(m_directory.filePath(cache),
                                          FrequencyStore::OpenMode::ReadWrite);
        if (!store)
            return {};
        SitesVcfImporter::Options options;
        options.sourceName = name;
        options.version = QStringLiteral("test");
        if (!SitesVcfImporter::import(*store.value(), vcf, options, JobContext()))
            return {};
        return std::move(store).value();
    }
    /*! A copy of \a vcf without INFO: a case with exactly the source's sites. */
    QString caseOf(const QString &vcf, const QString &name)
    {
        if (m_cases.contains(vcf))
            return m_cases.value(vcf);
        const QString path = m_directory.filePath(name);
        // --force: 1000 Genomes uses INFO/AA without declaring it.
        bcftools({QStringLiteral("annotate"),
                  QStringLiteral("--force"),
                  QStringLiteral("-x"),
                  QStringLiteral("INFO"),
                  vcf,
                  QStringLiteral("-Oz"),
                  QStringLiteral("-o"),
                  path});
        bcftools({QStringLiteral("index"), QStringLiteral("-f"), QStringLiteral("-t"), path});
        m_cases.insert(vcf, path);
        return path;
    }

    QTemporaryDir m_directory;
    QString m_bcftools;
    QHash<QString, std::shared_ptr<FrequencyStore>> m_stores;
    QHash<QString, QString> m_cases;  // sites file -> case without INFO
    QHash<QString, QString> m_theirs; // sites file -> bcftools annotate output
};

void TestVcfFrequencyAnnotator::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_bcftools = QStandardPaths::findExecutable(QStringLiteral("bcftools"));
}

void TestVcfFrequencyAnnotator::agreesWithBcftools_data()
{
    QTest::addColumn<QString>("slice");
    QTest::newRow("v4.0 genomes chrX PAR1")
            << QStringLiteral("gnomad.genomes.v4.0.sites.chrX_10003-20000.GRCh38.vcf.bgz");
    QTest::newRow("v4.0 exomes chrX")
            << QStringLiteral("gnomad.exomes.v4.0.sites.chrX_253600-255602.GRCh38.vcf.bgz");
    QTest::newRow("v4.0 exomes PCSK9")
            << QStringLiteral("gnomad.exomes.v4.0.sites.chr1_55039893-55039951.GRCh38.vcf.bgz");
    QTest::newRow("v2.1.1 exomes PCSK9 GRCh37")
            << QStringLiteral("gnomad.exomes.r2.1.1.sites.1_55505599-55516888.GRCh37.vcf.bgz");
}

void TestVcfFrequencyAnnotator::agreesWithBcftools()
{
    QFETCH(QString, slice);
    const QString sites = shared(slice);
    if (!QFile::exists(sites))
        QSKIP("shared gnomAD data not available (GENOMEDESK_SHARED_DATA_DIR)");
    if (m_bcftools.isEmpty())
        QSKIP("bcftools is not installed");

    const QString tag = QString::number(qHash(slice));
    const auto store = importInto(tag + QStringLiteral(".gdfreq"), sites, QStringLiteral("gnomad"));
    QVERIFY(store);
    const FrequencySource &source = store->sources().at(0);
    const QString casePath = caseOf(sites, tag + QStringLiteral("case.vcf.gz"));
    const QString ours = m_directory.filePath(tag + QStringLiteral("ours.vcf.gz"));
    const auto summary = VcfFrequencyAnnotator::annotate(casePath, ours, {store}, JobContext());
    QVERIFY2(summary, qPrintable(errorOf(summary)));
    QCOMPARE(summary->found.value(QStringLiteral("gnomad")), summary->alleles);

    // bcftools copies the same INFO keys from the sites file.
    QStringList columns;
    QString ourFormat = QStringLiteral("%CHROM\t%POS\t%REF\t%ALT");
    QString theirFormat = ourFormat;
    for (const FrequencyField &field : source.fields) {
        if (field.infoKey == QLatin1String("FILTER"))
            continue;
        columns.append(QStringLiteral("INFO/") + field.infoKey);
        ourFormat += QStringLiteral("\t%gnomad_") + field.name();
        theirFormat += QStringLiteral("\t%") + field.infoKey;
    }
    ourFormat += QLatin1Char('\n');
    theirFormat += QLatin1Char('\n');
    columns.append(QStringLiteral("INFO/AF_nfe"));
    const QString theirs = m_directory.filePath(tag + QStringLiteral("theirs.vcf.gz"));
    bcftools({QStringLiteral("annotate"),
              QStringLiteral("-a"),
              sites,
              QStringLiteral("-c"),
              columns.join(QLatin1Char(',')),
              casePath,
              QStringLiteral("-Oz"),
              QStringLiteral("-o"),
              theirs});
    m_theirs.insert(sites, theirs);
    const QList<QByteArray> ourLines
            = bcftools({QStringLiteral("query"), QStringLiteral("-f"), ourFormat, ours})
                      .split('\n');
    const QList<QByteArray> theirLines
            = bcftools({QStringLiteral("query"), QStringLiteral("-f"), theirFormat, theirs})
                      .split('\n');
    QVERIFY(ourLines.size() > 100 || slice.contains(QLatin1String("chr1_55039893")));
    QCOMPARE(ourLines.size(), theirLines.size());
    // bcftools keeps the joined record's padding when it splits (TG>GG,T gives TG>GG);
    // trim it the way the sites file writes the allele (T>G) before comparing.
    auto trimmed = [](const QByteArray &line) {
        QList<QByteArray> parts = line.split(' ');
        if (parts.size() < 4)
            return line;
        QByteArray reference = parts.at(2);
        QByteArray alternate = parts.at(3);
        qint64 position = parts.at(1).toLongLong();
        while (reference.size() > 1 && alternate.size() > 1
               && reference.back() == alternate.back()) {
            reference.chop(1);
            alternate.chop(1);
        }
        while (reference.size() > 1 && alternate.size() > 1
               && reference.front() == alternate.front()) {
            reference.remove(0, 1);
            alternate.remove(0, 1);
            ++position;
        }
        parts[1] = QByteArray::number(position);
        parts[2] = reference;
        parts[3] = alternate;
        return parts.join(' ');
    };
    QList<QByteArray> ourSorted;
    QList<QByteArray> theirSorted;
    for (qsizetype i = 0; i < ourLines.size(); ++i) {
        ourSorted.append(trimmed(ourLines.at(i)));
        theirSorted.append(theirLines.at(i));
    }
    std::sort(ourSorted.begin(), ourSorted.end());
    std::sort(theirSorted.begin(), theirSorted.end());
    for (qsizetype i = 0; i < ourSorted.size(); ++i)
        QCOMPARE(ourSorted.at(i), theirSorted.at(i));

    // AF computed from AC/AN agrees with gnomAD's rounded AF.
    const QList<QByteArray> frequencies = bcftools({QStringLiteral("query"),
                                                    QStringLiteral("-f"),
                                                    QStringLiteral("%AC_nfe\t%AN_nfe\t%AF_nfe\n"),
                                                    theirs})
                                                  .split('\n');
    const QList<QByteArray> computed = bcftools({QStringLiteral("query"),
                                                 QStringLiteral("-f"),
                                                 QStringLiteral("%gnomad_AF_nfe\n"),
                                                 ours})
                                               .split('\n');
    QCOMPARE(frequencies.size(), computed.size());
    for (qsizetype i = 0; i < frequencies.size(); ++i) {
        const QList<QByteArray> parts = frequencies.at(i).split('\t');
        if (parts.size() < 3 || parts.at(1) == "." || parts.at(1) == "0" || parts.at(0) == ".")
            continue;
        const double expected = parts.at(0).toDouble() / parts.at(1).toDouble();
        QVERIFY(std::fabs(computed.at(i).toDouble() - expected) <= 1e-6 * std::max(1.0, expected));
        QVERIFY(std::fabs(parts.at(2).toDouble() - expected) <= 1e-5 * std::max(1e-3, expected));
    }
}

void TestVcfFrequencyAnnotator::multiallelicRecordsAgreeAfterSplitting()
{
    const QString sites
            = shared(QStringLiteral("gnomad.genomes.v4.0.sites.chrX_10003-20000.GRCh38.vcf.bgz"));
    if (!QFile::exists(sites))
        QSKIP("shared gnomAD data not available (GENOMEDESK_SHARED_DATA_DIR)");
    if (m_bcftools.isEmpty())
        QSKIP("bcftools is not installed");
    const auto store = importInto(QStringLiteral("multi.gdfreq"), sites, QStringLiteral("gnomad"));
    QVERIFY(store);
    const QString split = caseOf(sites, QStringLiteral("split.vcf.gz"));
    // Join the alleles of each position into one record, as callers write them.
    const QString joined = m_directory.filePath(QStringLiteral("joined.vcf.gz"));
    bcftools({QStringLiteral("norm"),
              QStringLiteral("-m"),
              QStringLiteral("+any"),
              split,
              QStringLiteral("-Oz"),
              QStringLiteral("-o"),
              joined});
    const QByteArray joinedRecords
            = bcftools({QStringLiteral("view"), QStringLiteral("-H"), joined});
    QVERIFY2(joinedRecords.count('\n') < 5005, "the slice should have multi-allelic positions");

    const QString ours = m_directory.filePath(QStringLiteral("joined-ours.vcf.gz"));
    QVERIFY(VcfFrequencyAnnotator::annotate(joined, ours, {store}, JobContext()));
    const QString oursSplit = m_directory.filePath(QStringLiteral("joined-ours-split.vcf.gz"));
    bcftools({QStringLiteral("norm"),
              QStringLiteral("-m"),
              QStringLiteral("-any"),
              ours,
              QStringLiteral("-Oz"),
              QStringLiteral("-o"),
              oursSplit});
    QString theirs = m_theirs.value(sites);
    if (theirs.isEmpty()) {
        theirs = m_directory.filePath(QStringLiteral("split-theirs.vcf.gz"));
        bcftools({QStringLiteral("annotate"),
                  QStringLiteral("-a"),
                  sites,
                  QStringLiteral("-c"),
                  QStringLiteral("INFO/AC,INFO/AN,INFO/nhomalt,INFO/AC_nfe,INFO/AN_nfe,INFO/"
                                 "nhomalt_nfe,INFO/grpmax"),
                  split,
                  QStringLiteral("-Oz"),
                  QStringLiteral("-o"),
                  theirs});
    }
    const QByteArray ourText = bcftools(
            {QStringLiteral("query"),
             QStringLiteral("-f"),
             QStringLiteral("%CHROM %POS %REF %ALT %gnomad_AC %gnomad_AN %gnomad_nhomalt "
                            "%gnomad_AC_nfe %gnomad_AN_nfe %gnomad_nhomalt_nfe %gnomad_grpmax\n"),
             oursSplit});
    const QByteArray theirText = bcftools({QStringLiteral("query"),
                                           QStringLiteral("-f"),
                                           QStringLiteral("%CHROM %POS %REF %ALT %AC %AN %nhomalt "
                                                          "%AC_nfe %AN_nfe %nhomalt_nfe %grpmax\n"),
                                           theirs});
    QCOMPARE(ourText.count('\n'), 5005);
    const QList<QByteArray> ourLines = ourText.split('\n');
    const QList<QByteArray> theirLines = theirText.split('\n');
    QCOMPARE(ourLines.size(), theirLines.size());
    // bcftools keeps the joined record's padding when it splits (TG>GG,T gives TG>GG);
    // trim it the way the sites file writes the allele (T>G) before comparing.
    auto trimmed = [](const QByteArray &line) {
        QList<QByteArray> parts = line.split(' ');
        if (parts.size() < 4)
            return line;
        QByteArray reference = parts.at(2);
        QByteArray alternate = parts.at(3);
        qint64 position = parts.at(1).toLongLong();
        while (reference.size() > 1 && alternate.size() > 1
               && reference.back() == alternate.back()) {
            reference.chop(1);
            alternate.chop(1);
        }
        while (reference.size() > 1 && alternate.size() > 1
               && reference.front() == alternate.front()) {
            reference.remove(0, 1);
            alternate.remove(0, 1);
            ++position;
        }
        parts[1] = QByteArray::number(position);
        parts[2] = reference;
        parts[3] = alternate;
        return parts.join(' ');
    };
    QList<QByteArray> ourSorted;
    QList<QByteArray> theirSorted;
    for (qsizetype i = 0; i < ourLines.size(); ++i) {
        ourSorted.append(trimmed(ourLines.at(i)));
        theirSorted.append(theirLines.at(i));
    }
    std::sort(ourSorted.begin(), ourSorted.end());
    std::sort(theirSorted.begin(), theirSorted.end());
    for (qsizetype i = 0; i < ourSorted.size(); ++i)
        QCOMPARE(ourSorted.at(i), theirSorted.at(i));
}

void TestVcfFrequencyAnnotator::agreesWithBcftoolsOnMappedSources_data()
{
    // Sites files with their own naming, imported through a field map: every mapped field of
    // every annotated allele must equal what `bcftools annotate -a` copies.
    QTest::addColumn<QString>("sites");
    QTest::addColumn<QStringList>("mapping"); // "<metric> <population> <INFO key>" each
    // vcfanno's ExAC example was split from multi-allelic records keeping their Number=A
    // values (AC_Adj=0,1 on a one-ALT record), which bcftools refuses to copy: compare the
    // Number=1 fields, AN per population.
    QStringList exac = {QStringLiteral("AN all AN_Adj")};
    for (const char *group : {"AFR", "AMR", "EAS", "FIN", "NFE", "OTH", "SAS"}) {
        exac.append(QStringLiteral("AN %1 AN_%2")
                            .arg(QString::fromLatin1(group).toLower(), QLatin1String(group)));
    }
    QTest::newRow("ExAC r0.3 GRCh37 (vcfanno example)")
            << QStringLiteral(GENOMEDESK_SHARED_DATA_DIR "/conformance/vcfanno/example/exac.vcf.gz")
            << exac;
    QStringList thousandGenomes = {QStringLiteral("AC all AC"), QStringLiteral("AN all AN")};
    for (const char *group : {"EAS", "EUR", "AFR", "AMR", "SAS"}) {
        thousandGenomes.append(
                QStringLiteral("AF %1 %2_AF Float")
                        .arg(QString::fromLatin1(group).toLower(), QLatin1String(group)));
    }
    QTest::newRow("1000 Genomes phase 3, multi-allelic (vcfanno tests)") << QStringLiteral(
            GENOMEDESK_SHARED_DATA_DIR "/conformance/vcfanno/tests/data/multiple-alts.vcf.gz")
                                                                         << thousandGenomes;
}

void TestVcfFrequencyAnnotator::agreesWithBcftoolsOnMappedSources()
{
    QFETCH(QString, sites);
    QFETCH(QStringList, mapping);
    if (!QFile::exists(sites))
        QSKIP("shared conformance data not available (GENOMEDESK_SHARED_DATA_DIR)");
    if (m_bcftools.isEmpty())
        QSKIP("bcftools is not installed");
    const QString tag = QString::number(qHash(sites));
    const QString fieldMap = m_directory.filePath(tag + QStringLiteral(".fieldmap"));
    {
        QFile file(fieldMap);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (const QString &line : mapping)
            file.write(line.split(QLatin1Char(' ')).join(QLatin1Char('\t')).toUtf8() + '\n');
    }
    auto store = FrequencyStore::open(m_directory.filePath(tag + QStringLiteral("m.gdfreq")),
                                      FrequencyStore::OpenMode::ReadWrite);
    QVERIFY2(store, qPrintable(errorOf(store)));
    SitesVcfImporter::Options options;
    options.sourceName = QStringLiteral("src");
    options.version = QStringLiteral("test");
    options.fieldMapPath = fieldMap;
    const auto imported = SitesVcfImporter::import(*store.value(), sites, options, JobContext());
    QVERIFY2(imported, qPrintable(errorOf(imported)));

    const QString casePath = caseOf(sites, tag + QStringLiteral("mcase.vcf.gz"));
    const QString ours = m_directory.filePath(tag + QStringLiteral("mours.vcf.gz"));
    const auto summary
            = VcfFrequencyAnnotator::annotate(casePath, ours, {store.value().get()}, JobContext());
    QVERIFY2(summary, qPrintable(errorOf(summary)));
    QVERIFY(summary->found.value(QStringLiteral("src")) > 100);

    QStringList columns;
    QString ourFormat = QStringLiteral("%CHROM\t%POS\t%REF\t%ALT");
    QString theirFormat = ourFormat;
    for (const QString &line : mapping) {
        const QStringList parts = line.split(QLatin1Char(' '));
        const QString name = parts.at(1) == QLatin1String("all")
                                     ? parts.at(0)
                                     : parts.at(0) + QLatin1Char('_') + parts.at(1);
        columns.append(QStringLiteral("INFO/") + parts.at(2));
        ourFormat += QStringLiteral("\t%src_") + name;
        theirFormat += QStringLiteral("\t%") + parts.at(2);
    }
    ourFormat += QLatin1Char('\n');
    theirFormat += QLatin1Char('\n');
    const QString theirs = m_directory.filePath(tag + QStringLiteral("mtheirs.vcf.gz"));
    bcftools({QStringLiteral("annotate"),
              QStringLiteral("-a"),
              sites,
              QStringLiteral("-c"),
              columns.join(QLatin1Char(',')),
              casePath,
              QStringLiteral("-Oz"),
              QStringLiteral("-o"),
              theirs});
    const QList<QByteArray> ourLines
            = bcftools({QStringLiteral("query"), QStringLiteral("-f"), ourFormat, ours})
                      .split('\n');
    const QList<QByteArray> theirLines
            = bcftools({QStringLiteral("query"), QStringLiteral("-f"), theirFormat, theirs})
                      .split('\n');
    QCOMPARE(ourLines.size(), theirLines.size());
    qsizetype compared = 0;
    for (qsizetype i = 0; i < ourLines.size(); ++i) {
        // Symbolic alleles (<DEL>, <CN2>) are not stored in a cache: bcftools copies them.
        if (ourLines.at(i).contains('<'))
            continue;
        // A Number=1 field (AN) is written per ALT by GenomeDesk (Number=A, equal values) and
        // copied once by bcftools: "5008,5008" equals "5008".
        const QList<QByteArray> ourFields = ourLines.at(i).split('\t');
        const QList<QByteArray> theirFields = theirLines.at(i).split('\t');
        QCOMPARE(ourFields.size(), theirFields.size());
        for (qsizetype f = 0; f < ourFields.size(); ++f) {
            if (ourFields.at(f) == theirFields.at(f))
                continue;
            const QList<QByteArray> perAllele = ourFields.at(f).split(',');
            const bool repeated = std::all_of(
                    perAllele.cbegin(), perAllele.cend(), [&](const QByteArray &value) {
                        return value == theirFields.at(f);
                    });
            QVERIFY2(repeated, (ourLines.at(i) + " | " + theirLines.at(i)).constData());
        }
        ++compared;
    }
    QVERIFY(compared > 100);
}

void TestVcfFrequencyAnnotator::duplicateSites()
{
    // Which record wins when a sites file holds an allele twice (see FORMAT.md).
    if (m_bcftools.isEmpty())
        QSKIP("bcftools is not installed");
    const QByteArray header = "##fileformat=VCFv4.2\n##contig=<ID=chr1,length=248956422>\n"
                              "##INFO=<ID=AC,Number=A,Type=Integer,Description=\"AC\">\n"
                              "##INFO=<ID=AN,Number=1,Type=Integer,Description=\"AN\">\n";
    const QString sitesText = m_directory.filePath(QStringLiteral("duplicates.vcf"));
    {
        QFile file(sitesText);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(header
                   + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
                     // the same record twice: the first wins (bcftools too)
                     "chr1\t1000\t.\tA\tG\t.\tPASS\tAC=1;AN=100\n"
                     "chr1\t1000\t.\tA\tG\t.\tPASS\tAC=2;AN=200\n"
                     "chr1\t1000\t.\tA\tC,G\t.\tPASS\tAC=7,3;AN=300\n"
                     // the same allele, padded differently: the first wins (bcftools too)
                     "chr1\t3000\t.\tGA\tG\t.\tPASS\tAC=8;AN=800\n"
                     "chr1\t3000\t.\tGAA\tGA\t.\tPASS\tAC=9;AN=900\n"
                     // T in a multi-allelic record, then alone: the first (multi-allelic)
                     // record wins here; bcftools prefers the record whose ALTs equal the
                     // query's, so it copies AC=6 for a query C>T
                     "chr1\t5000\t.\tC\tT,G\t.\tPASS\tAC=4,5;AN=400\n"
                     "chr1\t5000\t.\tC\tT\t.\tPASS\tAC=6;AN=600\n");
    }
    const QString sites = m_directory.filePath(QStringLiteral("duplicates.vcf.gz"));
    bcftools({QStringLiteral("view"),
              sitesText,
              QStringLiteral("-Oz"),
              QStringLiteral("-o"),
              sites});
    bcftools({QStringLiteral("index"), QStringLiteral("-f"), QStringLiteral("-t"), sites});
    const QString caseText = m_directory.filePath(QStringLiteral("duplicates-case.vcf"));
    {
        QFile file(caseText);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(header
                   + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
                     "chr1\t1000\t.\tA\tG\t.\tPASS\t.\n"
                     "chr1\t1000\t.\tA\tC\t.\tPASS\t.\n"
                     "chr1\t3000\t.\tGA\tG\t.\tPASS\t.\n"
                     "chr1\t5000\t.\tC\tT\t.\tPASS\t.\n");
    }
    const QString casePath = m_directory.filePath(QStringLiteral("duplicates-case.vcf.gz"));
    bcftools({QStringLiteral("view"),
              caseText,
              QStringLiteral("-Oz"),
              QStringLiteral("-o"),
              casePath});
    bcftools({QStringLiteral("index"), QStringLiteral("-f"), QStringLiteral("-t"), casePath});

    auto store = FrequencyStore::open(m_directory.filePath(QStringLiteral("duplicates.gdfreq")),
                                      FrequencyStore::OpenMode::ReadWrite);
    QVERIFY(store);
    SitesVcfImporter::Options options;
    options.sourceName = QStringLiteral("dup");
    options.version = QStringLiteral("1");
    const auto imported = SitesVcfImporter::import(*store.value(), sites, options, JobContext());
    QVERIFY2(imported, qPrintable(errorOf(imported)));
    QCOMPARE(imported->duplicates, 4); // 1000 A>G twice, 3000 GAA>GA, 5000 C>T
    const QString ours = m_directory.filePath(QStringLiteral("duplicates-ours.vcf"));
    QVERIFY(VcfFrequencyAnnotator::annotate(casePath, ours, {store.value().get()}, JobContext()));
    const QString theirs = m_directory.filePath(QStringLiteral("duplicates-theirs.vcf"));
    bcftools({QStringLiteral("annotate"),
              QStringLiteral("-a"),
              sites,
              QStringLiteral("-c"),
              QStringLiteral("INFO/AC,INFO/AN"),
              casePath,
              QStringLiteral("-o"),
              theirs});
    const QList<QByteArray> ourLines = bcftools({QStringLiteral("query"),
                                                 QStringLiteral("-f"),
                                                 QStringLiteral("%POS %REF %ALT %dup_AC %dup_AN\n"),
                                                 ours})
                                               .split('\n');
    const QList<QByteArray> theirLines = bcftools({QStringLiteral("query"),
                                                   QStringLiteral("-f"),
                                                   QStringLiteral("%POS %REF %ALT %AC %AN\n"),
                                                   theirs})
                                                 .split('\n');
    const QList<QByteArray> expected
            = {"1000 A G 1 100", "1000 A C 7 300", "3000 GA G 8 800", "5000 C T 4 400", ""};
    QCOMPARE(ourLines, expected);
    // bcftools agrees on the first three; it differs on the last, as documented.
    QCOMPARE(theirLines.mid(0, 3), expected.mid(0, 3));
    QCOMPARE(theirLines.at(3), QByteArray("5000 C T 6 600"));
}

void TestVcfFrequencyAnnotator::declaresEveryKey()
{
    const auto store = importInto(QStringLiteral("declare.gdfreq"),
                                  fixture(QStringLiteral("sites.vcf")),
                                  QStringLiteral("gnomad"));
    QVERIFY(store);
    // A case that uses an INFO key it does not declare.
    QFile input(fixture(QStringLiteral("case.vcf")));
    QVERIFY(input.open(QIODevice::ReadOnly));
    QByteArray text = input.readAll();
    text.replace("1\t1010\t.\tC\tG\t50\tPASS\t.", "1\t1010\t.\tC\tG\t50\tPASS\tUNDECLARED=3");
    const QString casePath = m_directory.filePath(QStringLiteral("undeclared.vcf"));
    QFile output(casePath);
    QVERIFY(output.open(QIODevice::WriteOnly));
    output.write(text);
    output.close();

    const QString annotated = m_directory.filePath(QStringLiteral("undeclared-out.vcf"));
    const auto summary
            = VcfFrequencyAnnotator::annotate(casePath, annotated, {store}, JobContext());
    QVERIFY2(summary, qPrintable(errorOf(summary)));
    QCOMPARE(summary->warnings.size(), 1);
    QVERIFY(summary->warnings.at(0).contains(QLatin1String("INFO/UNDECLARED")));
    QFile result(annotated);
    QVERIFY(result.open(QIODevice::ReadOnly));
    const QByteArray written = result.readAll();
    QVERIFY(!written.contains("UNDECLARED"));
    // Every key used in a record is declared in the header.
    QSet<QByteArray> declared;
    for (const QByteArray &line : written.split('\n')) {
        if (line.startsWith("##INFO=<ID="))
            declared.insert(line.mid(11, line.indexOf(',') - 11));
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        for (const QByteArray &entry : line.split('\t').at(7).split(';')) {
            if (entry != ".")
                QVERIFY2(declared.contains(entry.left(entry.indexOf('='))), entry.constData());
        }
    }
    QVERIFY(declared.contains("gnomad_AF_nfe"));
    QVERIFY(written.contains("##INFO=<ID=gnomad_AC_nfe,Number=A,Type=Integer"));
    QVERIFY(written.contains("##INFO=<ID=gnomad_AF_nfe,Number=A,Type=Float"));
    QVERIFY(written.contains("##genomedesk_frequency_source=<ID=gnomad,Version=\"test\""));
    // Multi-allelic record: one value per ALT; status per ALT.
    QVERIFY2(written.contains("gnomad_AC=1,2;"), written.constData());
    QVERIFY(written.contains("gnomad_status=no-data\t"));
    QVERIFY(written.contains("gnomad_status=not-found\t"));
}

void TestVcfFrequencyAnnotator::writesTsvAndBcf()
{
    const auto store = importInto(QStringLiteral("formats.gdfreq"),
                                  fixture(QStringLiteral("sites.vcf")),
                                  QStringLiteral("gnomad"));
    QVERIFY(store);
    const QString tsv = m_directory.filePath(QStringLiteral("out.tsv"));
    QVERIFY(VcfFrequencyAnnotator::annotate(
            fixture(QStringLiteral("case.vcf")), tsv, {store}, JobContext()));
    QFile file(tsv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.at(0).startsWith("#CHROM\tPOS\tREF\tALT\tgnomad_AC\tgnomad_AN"));
    QCOMPARE(lines.size(), 15); // header, 13 alleles, final newline
    const QList<QByteArray> header = lines.at(0).split('\t');
    const QList<QByteArray> snv = lines.at(2).split('\t');
    QCOMPARE(snv.at(1), QByteArray("1000"));
    QCOMPARE(snv.at(header.indexOf("gnomad_AC_nfe")), QByteArray("3"));
    QCOMPARE(snv.at(header.indexOf("gnomad_AF_nfe")), QByteArray("0.005"));
    QCOMPARE(snv.at(header.indexOf("gnomad_status")), QByteArray("found"));

    const QString bcf = m_directory.filePath(QStringLiteral("out.bcf"));
    QVERIFY(VcfFrequencyAnnotator::annotate(
            fixture(QStringLiteral("case.vcf")), bcf, {store}, JobContext()));
    QFile binary(bcf);
    QVERIFY(binary.open(QIODevice::ReadOnly));
    QVERIFY(binary.size() > 100);
    // No temporary file is left behind.
    QCOMPARE(QDir(m_directory.path()).entryList({QStringLiteral("*.partial")}).size(), 0);

    const auto unknown
            = VcfFrequencyAnnotator::annotate(fixture(QStringLiteral("case.vcf")),
                                              m_directory.filePath(QStringLiteral("out.xlsx")),
                                              {store},
                                              JobContext());
    QVERIFY(!unknown);
}

void TestVcfFrequencyAnnotator::writesOnlyTheSelectedFields()
{
    const auto store = importInto(QStringLiteral("fields.gdfreq"),
                                  fixture(QStringLiteral("sites.vcf")),
                                  QStringLiteral("gnomad"));
    QVERIFY(store);
    VcfFrequencyAnnotator::Options options;
    options.fields = {QStringLiteral("AC"), QStringLiteral("AF_nfe"), QStringLiteral("status")};
    const QString annotated = m_directory.filePath(QStringLiteral("fields-out.vcf"));
    const auto summary = VcfFrequencyAnnotator::annotate(
            fixture(QStringLiteral("case.vcf")), annotated, {store}, JobContext(), options);
    QVERIFY2(summary, qPrintable(errorOf(summary)));
    QFile result(annotated);
    QVERIFY(result.open(QIODevice::ReadOnly));
    const QByteArray written = result.readAll();
    QSet<QByteArray> declared;
    QSet<QByteArray> used;
    for (const QByteArray &line : written.split('\n')) {
        if (line.startsWith("##INFO=<ID=gnomad_"))
            declared.insert(line.mid(11, line.indexOf(',') - 11));
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        for (const QByteArray &entry : line.split('\t').at(7).split(';')) {
            if (entry.startsWith("gnomad_"))
                used.insert(entry.left(entry.indexOf('=')));
        }
    }
    const QSet<QByteArray> selected{"gnomad_AC", "gnomad_AF_nfe", "gnomad_status"};
    QCOMPARE(declared, selected);
    QCOMPARE(used, selected);
    // The computed AF still comes from AC and AN, which are not written.
    QVERIFY2(written.contains("gnomad_AC=5;gnomad_AF_nfe=0.005;gnomad_status=found"),
             written.constData());
    QVERIFY(written.contains("gnomad_AC=1,2;"));

    // A misspelt field is an error that names it, and nothing is written.
    options.fields = {QStringLiteral("AC"), QStringLiteral("AF_nef")};
    const QString refusedPath = m_directory.filePath(QStringLiteral("fields-refused.vcf"));
    const auto refused = VcfFrequencyAnnotator::annotate(
            fixture(QStringLiteral("case.vcf")), refusedPath, {store}, JobContext(), options);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message().contains(QLatin1String("AF_nef")),
             qPrintable(refused.error().message()));
    QVERIFY(refused.error().message().contains(QLatin1String("AF_nfe")));
    QVERIFY(!QFile::exists(refusedPath));
}

void TestVcfFrequencyAnnotator::batchesOfManyWindowsAgreeWithBcftools()
{
    // Records are annotated in batches of windows decoded side by side: a case over 600
    // windows of two contigs (many batches), with deletions that reach into the next window,
    // gives with one thread and with three the same text, and the values bcftools copies.
    if (m_bcftools.isEmpty())
        QSKIP("bcftools is not installed");
    using namespace FrequencyTestData;
    const QByteArray header = countsHeader({"chr1", "chr2"}, false);
    QByteArray sitesText = header + sitesColumns();
    QByteArray caseText = header + caseColumns();
    Draws draws(777);
    auto next = [&draws] {
        return draws.next();
    };
    int caseRecords = 0;
    for (const char *contig : {"chr1", "chr2"}) {
        for (qint64 window = 0; window < 300; ++window) {
            if (window % 11 == 5)
                continue; // no sites: no data there
            const qint64 base = window << 16;
            for (int site = 0; site < 3; ++site) {
                const qint64 position = base + 200 + site * 5000 + qint64(next());
                const QByteArray ac = QByteArray::number(next());
                sitesText += QByteArray(contig) + '\t' + QByteArray::number(position)
                             + "\t.\tA\tG\t.\tPASS\tAC=" + ac + ";AN=5000\n";
                if (next() < 700) {
                    caseText += QByteArray(contig) + '\t' + QByteArray::number(position)
                                + "\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\n";
                    ++caseRecords;
                }
            }
            // A record whose trimmed allele lies in the next window: CAT>CGT at this
            // window's last base is A>G at the next window's first base.
            if (window % 3 == 0) {
                const qint64 next = base + 65536;
                sitesText += QByteArray(contig) + '\t' + QByteArray::number(next)
                             + "\t.\tA\tG\t.\tPASS\tAC=7;AN=5000\n";
                caseText += QByteArray(contig) + '\t' + QByteArray::number(next - 1)
                            + "\t.\tCAT\tCGT\t50\tPASS\t.\tGT\t0/1\n";
                ++caseRecords;
            }
            // An allele the source lacks (not found) and a record in a window without sites.
            caseText += QByteArray(contig) + '\t' + QByteArray::number(base + 100)
                        + "\t.\tC\tT\t50\tPASS\t.\tGT\t0/1\n";
            ++caseRecords;
        }
    }
    // Sorted by position within each contig, as a case file is.
    auto sortedBody = [](const QByteArray &text) {
        QList<QByteArray> lines = text.split('\n');
        QList<QByteArray> head;
        QList<QByteArray> body;
        for (const QByteArray &line : lines) {
            if (line.startsWith('#'))
                head.append(line);
            else if (!line.isEmpty())
                body.append(line);
        }
        std::stable_sort(body.begin(), body.end(), [](const QByteArray &a, const QByteArray &b) {
            const QList<QByteArray> x = a.split('\t');
            const QList<QByteArray> y = b.split('\t');
            if (x.at(0) != y.at(0))
                return x.at(0) < y.at(0);
            return x.at(1).toLongLong() < y.at(1).toLongLong();
        });
        return (head + body).join('\n') + '\n';
    };
    const QString sitesPlain = m_directory.filePath(QStringLiteral("batch-sites.vcf"));
    const QString casePath = m_directory.filePath(QStringLiteral("batch-case.vcf"));
    for (const auto &[path, text] : {std::pair(sitesPlain, sortedBody(sitesText)),
                                     std::pair(casePath, sortedBody(caseText))}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    const QString sites = m_directory.filePath(QStringLiteral("batch-sites.vcf.gz"));
    bcftools({QStringLiteral("view"),
              sitesPlain,
              QStringLiteral("-Oz"),
              QStringLiteral("-o"),
              sites});
    bcftools({QStringLiteral("index"), QStringLiteral("-f"), QStringLiteral("-t"), sites});
    const auto store = importInto(QStringLiteral("batch.gdfreq"), sites, QStringLiteral("many"));
    QVERIFY(store);

    VcfFrequencyAnnotator::Options options;
    options.fields = {QStringLiteral("AC"), QStringLiteral("AN")};
    QByteArray texts[2];
    for (const int threads : {1, 3}) {
        VariantQuery::setThreadCount(threads);
        const QString out = m_directory.filePath(QStringLiteral("batch-out-%1.vcf").arg(threads));
        const auto summary
                = VcfFrequencyAnnotator::annotate(casePath, out, {store}, JobContext(), options);
        VariantQuery::setThreadCount(0);
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QCOMPARE(summary->records, qint64(caseRecords));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        texts[threads == 1 ? 0 : 1] = file.readAll();
    }
    QVERIFY(!texts[0].isEmpty());
    QCOMPARE(texts[1], texts[0]);

    const QString caseCompressed = m_directory.filePath(QStringLiteral("batch-case.vcf.gz"));
    bcftools({QStringLiteral("view"),
              casePath,
              QStringLiteral("-Oz"),
              QStringLiteral("-o"),
              caseCompressed});
    bcftools({QStringLiteral("index"), QStringLiteral("-f"), QStringLiteral("-t"), caseCompressed});
    const QString theirs = m_directory.filePath(QStringLiteral("batch-theirs.vcf"));
    bcftools({QStringLiteral("annotate"),
              QStringLiteral("-a"),
              sites,
              QStringLiteral("-c"),
              QStringLiteral("INFO/AC,INFO/AN"),
              caseCompressed,
              QStringLiteral("-o"),
              theirs});
    const QString ours = m_directory.filePath(QStringLiteral("batch-out-3.vcf"));
    const QByteArray ourValues
            = bcftools({QStringLiteral("query"),
                        QStringLiteral("-f"),
                        QStringLiteral("%CHROM %POS %REF %ALT %many_AC %many_AN\n"),
                        ours});
    const QByteArray theirValues = bcftools({QStringLiteral("query"),
                                             QStringLiteral("-f"),
                                             QStringLiteral("%CHROM %POS %REF %ALT %AC %AN\n"),
                                             theirs});
    QCOMPARE(ourValues.count('\n'), caseRecords);
    // bcftools matches alleles as written: CAT>CGT is not the site A>G one base on for it
    // (GenomeDesk trims alleles before matching; checked below).
    auto withoutPadded = [](const QByteArray &values) {
        QList<QByteArray> kept;
        for (const QByteArray &line : values.split('\n')) {
            if (!line.contains(" CAT CGT "))
                kept.append(line);
        }
        return kept;
    };
    QCOMPARE(withoutPadded(ourValues), withoutPadded(theirValues));
    // Every kind of record is there: found in the next window, not found, no data.
    QVERIFY(ourValues.contains("CAT CGT 7 5000\n"));
    QVERIFY(ourValues.contains(" C T . .\n"));
}

void TestVcfFrequencyAnnotator::refusesWrongBuild()
{
    const QString sites = shared(
            QStringLiteral("gnomad.exomes.r2.1.1.sites.1_55505599-55516888.GRCh37.vcf.bgz"));
    if (!QFile::exists(sites))
        QSKIP("shared gnomAD data not available (GENOMEDESK_SHARED_DATA_DIR)");
    const auto store
            = importInto(QStringLiteral("grch37.gdfreq"), sites, QStringLiteral("gnomad2"));
    QVERIFY(store);
    const QString out = m_directory.filePath(QStringLiteral("refused.vcf.gz"));
    const auto refused = VcfFrequencyAnnotator::annotate(
            fixture(QStringLiteral("case.vcf")), out, {store}, JobContext());
    QVERIFY(!refused);
    QVERIFY(refused.error().message().contains(QLatin1String("GRCh37")));
    QVERIFY(refused.error().message().contains(QLatin1String("GRCh38")));
    QVERIFY(!QFile::exists(out));
}

void TestVcfFrequencyAnnotator::appendedInfoTextMatchesRecordPath()
{
    // VCF output: the keys appended as text to the input's line (or to htslib's text of a
    // changed or BCF record) must give the very bytes of bcf_update_info_*() + vcf_format().
    const auto store = importInto(QStringLiteral("append.gdfreq"),
                                  fixture(QStringLiteral("sites.vcf")),
                                  QStringLiteral("gnomad"));
    QVERIFY(store);
    QFile caseFile(fixture(QStringLiteral("case.vcf")));
    QVERIFY(caseFile.open(QIODevice::ReadOnly));
    QByteArray text = caseFile.readAll();
    // Records without an ALT (".") and with a symbolic and an ordinary ALT, in a file whose
    // keys are all declared (its alleles are read from the line, not unpacked by htslib).
    QByteArray plain = text;
    plain.replace("1\t1005\t",
                  "1\t1001\t.\tG\t.\t50\tPASS\t.\tGT\t0/0\n"
                  "1\t1002\t.\tG\t<DEL>,A\t50\tPASS\tDP=3\tGT\t1/2\n1\t1005\t");
    plain.replace("##contig",
                  "##ALT=<ID=DEL,Description=\"Deletion\">\n"
                  "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n##contig");
    QVERIFY(plain.contains("1\t1002\t") && plain.contains("##INFO=<ID=DP"));
    const QString plainInput = TestSupport::writeFile(
            m_directory.filePath(QStringLiteral("append-plain.vcf")), plain);
    QVERIFY(!plainInput.isEmpty());
    // A record with an undeclared key (dropped: htslib's text of the changed record) and one
    // with INFO already present (the keys follow it).
    text.replace("1\t1010\t.\tC\tG\t50\tPASS\t.", "1\t1010\t.\tC\tG\t50\tPASS\tUNDECLARED=3");
    text.replace("1\t2101\t.\tC\tT\t50\tPASS\t.", "1\t2101\t.\tC\tT\t50\tPASS\tDP=12");
    text.replace("##contig",
                 "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n##contig");
    QVERIFY(text.contains("DP=12") && text.contains("##INFO=<ID=DP"));
    const QString input
            = TestSupport::writeFile(m_directory.filePath(QStringLiteral("append-case.vcf")), text);
    QVERIFY(!input.isEmpty());

    QStringList inputs = {fixture(QStringLiteral("case.vcf")), input, plainInput};
    if (!m_bcftools.isEmpty()) {
        // BCF input: htslib's text of every record.
        const QString bcf = m_directory.filePath(QStringLiteral("append-case.bcf"));
        bcftools({QStringLiteral("view"),
                  fixture(QStringLiteral("case.vcf")),
                  QStringLiteral("-Ob"),
                  QStringLiteral("-o"),
                  bcf});
        QVERIFY(QFile::exists(bcf));
        inputs.append(bcf);
    }
    for (const QString &path : std::as_const(inputs)) {
        QByteArray written[2];
        Core::VcfFrequencyAnnotator::Summary summaries[2];
        for (int append = 0; append < 2; ++append) {
            const QString out = m_directory.filePath(QStringLiteral("append-%1.vcf").arg(append));
            VcfFrequencyAnnotator::Options options;
            options.appendInfoText = append == 1;
            const auto summary
                    = VcfFrequencyAnnotator::annotate(path, out, {store}, JobContext(), options);
            QVERIFY2(summary, qPrintable(errorOf(summary)));
            summaries[append] = summary.value();
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            written[append] = file.readAll();
        }
        QVERIFY(written[0].contains("gnomad_status=found"));
        QCOMPARE(written[1], written[0]);
        QCOMPARE(summaries[1].records, summaries[0].records);
        QCOMPARE(summaries[1].found, summaries[0].found);
        QCOMPARE(summaries[1].notFound, summaries[0].notFound);
        QCOMPARE(summaries[1].warnings, summaries[0].warnings);
        if (path == input) {
            QVERIFY(!written[1].contains("UNDECLARED"));
            QVERIFY(written[1].contains("\tDP=12;gnomad_"));
        }
        if (path == plainInput) {
            QVERIFY(written[1].contains("1\t1001\t.\tG\t.\t50\tPASS\t.\tGT\t0/0\n"));
            // The symbolic ALT is not looked up (no data), the other is not in the source.
            QVERIFY(written[1].contains(
                    "1\t1002\t.\tG\t<DEL>,A\t50\tPASS\tDP=3;gnomad_status=no-data,not-found"));
        }
    }

    // Compressed output of a real slice (its own lines, not htslib's text): same records.
    const QString sites
            = shared(QStringLiteral("gnomad.genomes.v4.0.sites.chrX_10003-20000.GRCh38.vcf.bgz"));
    if (m_bcftools.isEmpty() || !QFile::exists(sites))
        return;
    const auto slice = importInto(QStringLiteral("multi.gdfreq"), sites, QStringLiteral("gnomad"));
    QVERIFY(slice);
    QByteArray records[2];
    for (int append = 0; append < 2; ++append) {
        const QString out
                = m_directory.filePath(QStringLiteral("append-slice-%1.vcf.gz").arg(append));
        VcfFrequencyAnnotator::Options options;
        options.appendInfoText = append == 1;
        QVERIFY(VcfFrequencyAnnotator::annotate(sites, out, {slice}, JobContext(), options));
        records[append] = bcftools({QStringLiteral("view"), QStringLiteral("-H"), out});
    }
    QVERIFY(records[0].size() > 1000);
    QCOMPARE(records[1], records[0]);
}

void TestVcfFrequencyAnnotator::knownLinesReadAsHtslibReadsThem_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<int>("known"); // lines expected to be read without htslib

    const QByteArray first = "1\t1000\t.\tA\tG\t50\tPASS\tDP=3\tGT:DP\t0/1:5\n"; // learnt
    QTest::newRow("mixed")
            << first
                       + "1\t1000\t.\tA\tC,T\t50\tPASS\tDP=4\tGT:DP\t1/2:-5\n" // known
                         "1\t1005\t.\tACGT\tA\t50\tq10\tDP=5\tGT:DP\t0/1:.\n"  // FILTER
                         "1\t1010\t.\tC\tG\t50\tq10\tDP=5;END=1010\tGT:DP\t1/1:7\n"
                         "1\t1011\t.\tC\t.\t50\tq10\tDP=5\tGT:DP\t0|0:3,4\n" // known
                         "1\t2101\t.\tC\tT\t50\tq10\tDP=5;UNDECLARED=1\tGT:DP\t0/1:7\n"
                         "1\t2102\t.\tC\tT\t50\tq10\tDP=6\tGT:DP\t./.:12\n" // known
                         "1\t2103\t.\tC\tT\t50\tq10\tDP=6;UNDECLARED=2\tGT:DP\t0/1:7\n"
                         "2\t100\t.\tA\tG\t50\tq10\tDP=6\tGT:DP\t0/1:7\n"
            << 3;
    QTest::newRow("keys in another order")
            << first
                       + "1\t1005\t.\tACGT\tA\t50\tPASS\tEND=1008;DP=5\tGT:DP\t0/1:5\n"
                         "1\t1010\t.\tC\tG\t50\tPASS\tDP=5;DP2=1\tGT:DP\t1/1:5\n"
                         "1\t2101\t.\tC\tT\t50\tPASS\tD=1\tGT:DP\t0/1:5\n"
                         "1\t2102\t.\tC\tT\t50\tPASS\tDP\tGT:DP\t0/1:5\n"
                         "1\t2103\t.\tC\tT\t50\tPASS\tDP=5;DP=6\tGT:DP\t0/1:5\n"
            << 0;
    // INFO values of declared keys: htslib reads them all (a wrong one becomes missing).
    for (const char *info : {"DP=x5", "DP=5x", "DP=", "DP=99999999999"}) {
        QTest::addRow("INFO %s", info)
                << first + "1\t1010\t.\tC\tG\t50\tPASS\t" + info + "\tGT:DP\t0/1:5\n"
                << 1;
    }
    // Sample values: the plain ones are read without htslib, the others by htslib, which
    // refuses some ("5x", "1.5", "a", "0//1", "|0/1") and takes others ("+5", "5,").
    const struct
    {
        const char *sample;
        int known;
    } samples[] = {{"0/1:-5", 1},          {"1:5,6", 1},       {"0/1/2:5", 1}, {"10|11:5", 1},
                   {".|1:.", 1},           {"0/1", 1},         {"0/1:5x", 0},  {"0/1:x", 0},
                   {"0/1:1.5", 0},         {"0/1:+5", 0},      {"0/1:5,", 0},  {"0/1:", 0},
                   {"0/1:-2147483648", 0}, {"0/1:a", 0},       {"x/y:5", 0},   {"0//1:5", 0},
                   {"|0/1:5", 0},          {"0/:5", 0},        {":5", 0},      {"0 /1:5", 0},
                   {"0/1:5:7", 0},         {"0/1:5\t1/1:5", 0}};
    for (const auto &sample : samples) {
        QTest::addRow("sample %s", sample.sample)
                << first + "1\t1010\t.\tC\tG\t50\tPASS\tDP=5\tGT:DP\t" + sample.sample + "\n"
                << sample.known;
    }
    QTest::newRow("quality") << first + "1\t1010\t.\tC\tG\tq5\tPASS\tDP=5\tGT:DP\t0/1:5\n" << 1;
    QTest::newRow("empty allele") << first + "1\t1010\t.\tC\tG,\t50\tPASS\tDP=5\tGT:DP\t0/1:5\n"
                                  << 0;
    QTest::newRow("missing column") << first + "1\t1010\t.\tC\tG\t50\tPASS\tDP=5\tGT:DP\n" << 0;
    QTest::newRow("bad position") << first + "1\t10x0\t.\tC\tG\t50\tPASS\tDP=5\tGT:DP\t0/1:5\n"
                                  << 0;
    QTest::newRow("zero position") << first + "1\t0\t.\tC\tG\t50\tPASS\tDP=5\tGT:DP\t0/1:5\n" << 0;
    QTest::newRow("other format") << first + "1\t1010\t.\tC\tG\t50\tPASS\tDP=5\tGT\t0/1\n" << 0;
}

void TestVcfFrequencyAnnotator::knownLinesReadAsHtslibReadsThem()
{
    // A line with the shape of an earlier line that htslib read (contig, FILTER, INFO keys,
    // FORMAT, column count) is not parsed by htslib; any other line must be, with the same
    // output, warnings and errors as when htslib reads every line.
    QFETCH(QByteArray, records);
    QFETCH(int, known);
    const auto store = importInto(QStringLiteral("known.gdfreq"),
                                  fixture(QStringLiteral("sites.vcf")),
                                  QStringLiteral("gnomad"));
    QVERIFY(store);
    const QByteArray header = "##fileformat=VCFv4.2\n"
                              "##contig=<ID=1,length=248956422>\n##contig=<ID=2,length=242193529>\n"
                              "##FILTER=<ID=q10,Description=\"Quality below 10\">\n"
                              "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
                              "##INFO=<ID=DP2,Number=1,Type=Integer,Description=\"Depth\">\n"
                              "##INFO=<ID=D,Number=1,Type=Integer,Description=\"Depth\">\n"
                              "##INFO=<ID=END,Number=1,Type=Integer,Description=\"End position\">\n"
                              "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                              "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
                              "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tCASE1\n";
    const QString input = TestSupport::writeFile(
            m_directory.filePath(QStringLiteral("known-input.vcf")), header + records);
    QVERIFY(!input.isEmpty());

    QString errors[2];
    qint64 errorRecords[2] = {};
    QByteArray written[2];
    VcfFrequencyAnnotator::Summary summaries[2];
    for (int readKnown = 0; readKnown < 2; ++readKnown) {
        const QString out = m_directory.filePath(QStringLiteral("known-%1.vcf").arg(readKnown));
        VcfFrequencyAnnotator::Options options;
        options.readKnownLines = readKnown == 1;
        const auto summary
                = VcfFrequencyAnnotator::annotate(input, out, {store}, JobContext(), options);
        if (!summary) {
            errors[readKnown] = summary.error().toString();
            errorRecords[readKnown] = summary.error().record();
            continue;
        }
        summaries[readKnown] = summary.value();
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        written[readKnown] = file.readAll();
    }
    QCOMPARE(errors[1], errors[0]);
    QCOMPARE(errorRecords[1], errorRecords[0]);
    QCOMPARE(written[1], written[0]);
    QCOMPARE(summaries[1].records, summaries[0].records);
    QCOMPARE(summaries[1].found, summaries[0].found);
    QCOMPARE(summaries[1].notFound, summaries[0].notFound);
    QCOMPARE(summaries[1].warnings, summaries[0].warnings);
    QCOMPARE(summaries[0].linesKnown, 0);
    QCOMPARE(summaries[1].linesKnown, qint64(known));
    if (QByteArray(QTest::currentDataTag()) == "mixed") {
        QVERIFY(errors[1].isEmpty());
        QVERIFY(!written[1].contains("UNDECLARED"));
        QVERIFY(written[1].contains("1\t1011\t.\tC\t.\t50\tq10\tDP=5\tGT:DP\t0|0:3,4\n"));
        QVERIFY(written[1].contains("1\t2102\t.\tC\tT\t50\tq10\tDP=6;gnomad_"));
        QCOMPARE(summaries[1].warnings.size(), 1);
    }
}

QTEST_GUILESS_MAIN(TestVcfFrequencyAnnotator)
void TestVcfFrequencyAnnotator::floatTextIsHtslibs()
{
    // The appended INFO text writes floats with Hts::putDouble(), which must write what
    // htslib's kputd() (vcf_format()) writes: allele frequencies as AC/AN in float, values at
    // the edges of kputd()'s own range and of "%g"'s exponent form, and random bit patterns.
    std::vector<double> values = {0,
                                  1,
                                  0.5,
                                  1e-4,
                                  9.99999e-5,
                                  0.0001,
                                  999999,
                                  1e6,
                                  1e-5,
                                  123456789,
                                  1e-30,
                                  3.4e38,
                                  1.17549435e-38,
                                  1e-45,
                                  0.1,
                                  2.5e-7};
    for (qint64 number : {2, 3, 7, 150000, 152312, 1614006}) {
        for (qint64 count = 1; count < number && count < 4000; count = count * 3 / 2 + 1)
            values.push_back(double(float(double(count) / double(number))));
    }
    quint32 state = 12345;
    for (int i = 0; i < 200000; ++i) {
        state = state * 1664525u + 1013904223u;
        float value = 0;
        const quint32 bits = state & 0x7fffffffu; // positive
        std::memcpy(&value, &bits, sizeof value);
        if (std::isfinite(value))
            values.push_back(double(value));
    }
    int differences = 0;
    for (double value : values) {
        for (double signedValue : {value, -value}) {
            Hts::KString theirs;
            Hts::KString ours;
            kputd(signedValue, &theirs.value);
            Hts::putDouble(signedValue, &ours.value);
            const QByteArray expected(theirs.value.s, qsizetype(theirs.value.l));
            const QByteArray actual(ours.value.s, qsizetype(ours.value.l));
            if (expected != actual && ++differences <= 5)
                qWarning("%.17g: kputd %s, putDouble %s",
                         signedValue,
                         expected.constData(),
                         actual.constData());
        }
    }
    QCOMPARE(differences, 0);
}

#include "tst_vcffrequencyannotator.moc"
