// SPDX-License-Identifier: GPL-3.0-or-later
#include "frequencytestdata.h"
#include "frequencytestsources.h"

#include <core/frequency/frequencycursor_p.h>
#include <core/frequency/frequencystore.h>
#include <core/frequency/sitesvcfimporter.h>

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

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

class TestFrequencyStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsAndReopens();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void corruptChunkGivesClearError();
    void fileCutShortWhileOpenGivesClearError();
    void wrongBuildIsRefused();
    void writerRollsBackWithoutCommit();
    void writerKeepsEveryChunkInOrder();
    void writerReturnsAnInsertErrorLater();
    void cursorKeepsPreloadedWindows();
    void contigNamesAreNormalised_data();
    void contigNamesAreNormalised();
    void readsAndUpgradesFormatVersion1();
    void refusesNewerFormatNamingBothVersions();

private:
    QTemporaryDir m_directory;
    QString m_cache; // a cache with one source of 20000 sites
};

namespace {

QString testData(const QString &name)
{
    return QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/frequency/") + name;
}

/*! Every value of \a source in \a store, one line per site ("" when a read fails). */
QStringList allSites(const FrequencyStore &store, const FrequencySource &source)
{
    QStringList lines;
    for (const FrequencyCoverage &coverage : store.coverage(source)) {
        for (qint64 window : store.windows(source, coverage.contig)) {
            auto chunk = store.chunk(source, coverage.contig, window);
            if (!chunk || !chunk.value())
                return {};
            const FrequencyChunk &sites = *chunk.value();
            for (qsizetype i = 0; i < sites.size(); ++i) {
                QString line = QString::fromUtf8(coverage.contig + ':'
                                                 + QByteArray::number(sites.position(i)) + ' '
                                                 + sites.reference(i) + '>' + sites.alternate(i));
                for (int c = 0; c < sites.columnCount(); ++c) {
                    switch (sites.columnType(c)) {
                    case FrequencyFieldType::Integer:
                        line += QLatin1Char(' ') + QString::number(sites.integer(i, c));
                        break;
                    case FrequencyFieldType::Float:
                        line += QLatin1Char(' ') + QString::number(sites.floating(i, c));
                        break;
                    case FrequencyFieldType::String:
                        line += QLatin1Char(' ') + QString::fromUtf8(sites.text(i, c));
                        break;
                    }
                }
                lines.append(line);
            }
        }
    }
    return lines;
}

} // namespace

void TestFrequencyStore::initTestCase()
{
    QVERIFY(m_directory.isValid());
    const QString vcf = m_directory.filePath(QStringLiteral("sites.vcf"));
    QVERIFY(FrequencyTestData::writeSites(vcf, 10000));
    m_cache = m_directory.filePath(QStringLiteral("good.gdfreq"));
    auto store = FrequencyStore::open(m_cache, FrequencyStore::OpenMode::ReadWrite);
    QVERIFY2(store, qPrintable(errorOf(store)));
    SitesVcfImporter::Options options;
    options.sourceName = QStringLiteral("gnomad");
    options.version = QStringLiteral("4.1");
    const auto summary = SitesVcfImporter::import(*store.value(), vcf, options, JobContext());
    QVERIFY2(summary, qPrintable(errorOf(summary)));
    QCOMPARE(summary->sites, 20000);
}

void TestFrequencyStore::createsAndReopens()
{
    auto store = FrequencyStore::open(m_cache);
    QVERIFY2(store, qPrintable(errorOf(store)));
    QCOMPARE(store.value()->formatVersion(), FrequencyStore::kFormatVersion);
    QCOMPARE(store.value()->build(), GenomeBuild::GRCh38);
    QVERIFY(store.value()->created().isValid());
    QCOMPARE(store.value()->sources().size(), 1);
    const FrequencySource &source = store.value()->sources().at(0);
    QCOMPARE(source.siteCount, 20000);
    QCOMPARE(source.recordCount, 20000);
    QCOMPARE(source.populations.size(), 3);
    const auto [chunks, bytes] = store.value()->chunkStatistics(source);
    QVERIFY(chunks >= 2 * 5);
    // 3 populations x (AC, AN, nhomalt) plus position and alleles, compressed.
    QVERIFY2(double(bytes) / 20000 < 12.0, qPrintable(QString::number(double(bytes) / 20000)));
    QVERIFY(store.value()->fileSize() > bytes);
    auto missing = store.value()->chunk(source, QByteArray("1"), 100000);
    QVERIFY(missing);
    QVERIFY(!missing.value().has_value());
    // New caches use 1 KB pages: less slack after each chunk's chain of overflow pages.
    QFile file(m_cache);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(100);
    QCOMPARE(header.left(16), QByteArray("SQLite format 3\0", 16));
    QCOMPARE((int(quint8(header.at(16))) << 8) | int(quint8(header.at(17))), 1024);
}

void TestFrequencyStore::refusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("not found");
    QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("empty");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not an SQLite");
    QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("truncated");
    QTest::newRow("other SQLite database")
            << QStringLiteral("foreign") << QStringLiteral("not a GenomeDesk frequency cache");
}

void TestFrequencyStore::refusesBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString path = m_directory.filePath(kind + QStringLiteral(".gdfreq"));
    QFile::remove(path);
    if (kind != QLatin1String("missing")) {
        QFile source(m_cache);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        if (kind == QLatin1String("empty"))
            bytes.clear();
        else if (kind == QLatin1String("text"))
            bytes = "##fileformat=VCFv4.2\n";
        else if (kind == QLatin1String("truncated"))
            bytes.truncate(bytes.size() / 2);
        else if (kind == QLatin1String("foreign"))
            bytes.replace(68, 4, QByteArray(4, '\0')); // application_id
        QFile target(path);
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write(bytes);
    }
    const auto store = FrequencyStore::open(path);
    QVERIFY(!store);
    QVERIFY2(store.error().message().contains(expected), qPrintable(errorOf(store)));
    if (kind != QLatin1String("missing"))
        QCOMPARE(store.error().file(), path);
    // The file is not touched by the refusal.
    if (kind == QLatin1String("missing"))
        QVERIFY(!QFile::exists(path));
}

void TestFrequencyStore::corruptChunkGivesClearError()
{
    const QString path = m_directory.filePath(QStringLiteral("corrupt.gdfreq"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_cache, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    // Scribble over the second half, where the chunk blobs are.
    file.seek(size / 2);
    QByteArray garbage(int(size / 4), 'x');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 131) & 0xff);
    file.write(garbage);
    file.close();

    auto store = FrequencyStore::open(path);
    QString message;
    if (!store) {
        message = store.error().toString();
    } else {
        const FrequencySource source = store.value()->sources().value(0);
        for (const QByteArray &contig : {QByteArray("1"), QByteArray("2")}) {
            for (qint64 window = 0; window < 40 && message.isEmpty(); ++window) {
                auto chunk = store.value()->chunk(source, contig, window);
                if (!chunk)
                    message = chunk.error().toString();
            }
        }
    }
    QVERIFY2(message.contains(QLatin1String("corrupt")), qPrintable(message));
    QVERIFY(message.contains(path));
}

void TestFrequencyStore::fileCutShortWhileOpenGivesClearError()
{
    // A cache file cut short while a store has it open (copied over in place while the program
    // runs) must fail the next reads with a message naming the file, also after reads through
    // the reader's mapping of the file (PRAGMA mmap_size), not end the program (SIGBUS).
    const QString path = m_directory.filePath(QStringLiteral("cut.gdfreq"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_cache, path));
    QVERIFY(QFile(path).size() > 16 * 1024);
    auto store = FrequencyStore::open(path);
    QVERIFY2(store, qPrintable(errorOf(store)));
    const FrequencySource source = store.value()->sources().value(0);
    const auto readAll = [&](int *found) {
        const FrequencyStore::ReadScope scope(*store.value());
        for (const QByteArray &contig : {QByteArray("1"), QByteArray("2"), QByteArray("X")}) {
            for (qint64 window = 0; window < 100; ++window) {
                auto chunk = store.value()->chunk(source, contig, window);
                if (!chunk)
                    return chunk.error().toString();
                if (chunk.value() && found)
                    ++*found;
            }
        }
        return QString();
    };
    int found = 0;
    QCOMPARE(readAll(&found), QString());
    QVERIFY(found > 0);
    QVERIFY(QFile::resize(path, 4 * 1024)); // the schema's pages only
    const QString message = readAll(nullptr);
    QVERIFY2(!message.isEmpty(), "the reads after the cut succeeded");
    QVERIFY2(message.contains(path), qPrintable(message));
}

void TestFrequencyStore::wrongBuildIsRefused()
{
    auto store = FrequencyStore::open(m_cache);
    QVERIFY(store);
    QVERIFY(store.value()->checkBuild(GenomeBuild::GRCh38));
    QVERIFY(store.value()->checkBuild(GenomeBuild::Unknown));
    const auto refused = store.value()->checkBuild(GenomeBuild::GRCh37);
    QVERIFY(!refused);
    QVERIFY(refused.error().message().contains(QLatin1String("GRCh38")));
    QVERIFY(refused.error().message().contains(QLatin1String("GRCh37")));
}

void TestFrequencyStore::writerRollsBackWithoutCommit()
{
    const QString path = m_directory.filePath(QStringLiteral("rollback.gdfreq"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_cache, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto store = FrequencyStore::open(path, FrequencyStore::OpenMode::ReadWrite);
        QVERIFY(store);
        FrequencySource replacement = store.value()->sources().at(0);
        replacement.version = QStringLiteral("5.0");
        auto writer = store.value()->beginSource(replacement);
        QVERIFY2(writer, qPrintable(errorOf(writer)));
        FrequencyChunk chunk({FrequencyFieldType::Integer});
        chunk.append(100, "A", "G");
        // A chunk with the wrong column count is written as is; the writer is then dropped.
        QVERIFY(writer.value()->writeChunk(QByteArray("1"), 0, chunk));
    }
    auto reopened = FrequencyStore::open(path);
    QVERIFY(reopened);
    QCOMPARE(reopened.value()->sources().size(), 1);
    QCOMPARE(reopened.value()->sources().at(0).version, QStringLiteral("4.1"));
    QCOMPARE(reopened.value()->sources().at(0).siteCount, 20000);
}

namespace {

FrequencySource encoderTestSource(const QString &version)
{
    return FrequencyTestData::nfeCountsSource(QStringLiteral("cohort"), version);
}

/*! Window \a window of contig 1 with 1 to 5 sites whose values depend on the window. */
FrequencyChunk encoderTestChunk(qint64 window)
{
    FrequencyChunk chunk({FrequencyFieldType::Integer, FrequencyFieldType::Integer});
    const qint64 first = window << FrequencyChunk::kWindowBits;
    for (qint64 i = 0; i <= window % 5; ++i) {
        const qsizetype row = chunk.append(first + 10 * i + 1, "A", i % 2 ? "G" : "CT");
        chunk.setInteger(row, 0, window + i);
        chunk.setInteger(row, 1, 200 + window % 7);
    }
    return chunk;
}

} // namespace

namespace {

/*!
 * Writes a cache at \a path with encoderTestChunk() of windows 0 to \a windows - 1 of contig
 * 1, and a line per site into \a expected (as allSites() prints them); "" or the error.
 */
QString writeEncoderTestCache(const QString &path, qint64 windows, QStringList *expected)
{
    QFile::remove(path);
    auto store = FrequencyStore::open(path, FrequencyStore::OpenMode::ReadWrite);
    if (!store)
        return errorOf(store);
    auto writer = store.value()->beginSource(encoderTestSource(QStringLiteral("1")));
    if (!writer)
        return errorOf(writer);
    qint64 sites = 0;
    for (qint64 window = 0; window < windows; ++window) {
        FrequencyChunk chunk = encoderTestChunk(window);
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            expected->append(QStringLiteral("1:%1 A>%2 %3 %4")
                                     .arg(chunk.position(i))
                                     .arg(QString::fromLatin1(chunk.alternate(i)))
                                     .arg(chunk.integer(i, 0))
                                     .arg(chunk.integer(i, 1)));
        }
        sites += chunk.size();
        const auto written = writer.value()->writeChunk(QByteArray("1"), window, std::move(chunk));
        if (!written)
            return errorOf(written);
    }
    FrequencyCoverage coverage;
    coverage.contig = QByteArray("1");
    coverage.firstPosition = 1;
    coverage.lastPosition = windows << FrequencyChunk::kWindowBits;
    coverage.siteCount = sites;
    if (const auto covered = writer.value()->writeCoverage(coverage); !covered)
        return errorOf(covered);
    const auto committed = writer.value()->commit(sites, sites);
    return committed ? QString() : errorOf(committed);
}

} // namespace

void TestFrequencyStore::writerKeepsEveryChunkInOrder()
{
    // Many more chunks than the encoder thread batches and queues: all must arrive, each in
    // its window, with its values.
    const QString path = m_directory.filePath(QStringLiteral("encoder.gdfreq"));
    constexpr qint64 windows = 1500;
    QStringList expected;
    const QString written = writeEncoderTestCache(path, windows, &expected);
    QVERIFY2(written.isEmpty(), qPrintable(written));
    auto reopened = FrequencyStore::open(path);
    QVERIFY2(reopened, qPrintable(errorOf(reopened)));
    const FrequencySource &source = reopened.value()->sources().at(0);
    QCOMPARE(reopened.value()->chunkStatistics(source).first, windows);
    QCOMPARE(allSites(*reopened.value(), source), expected);
}

void TestFrequencyStore::cursorKeepsPreloadedWindows()
{
    // A batch of sorted input usually begins in the window where the previous one ended: the
    // cursor keeps that window's decoded chunk instead of decoding it again, and what it
    // keeps answers for the right window.
    const QString path = m_directory.filePath(QStringLiteral("cursor.gdfreq"));
    QStringList expected;
    const QString written = writeEncoderTestCache(path, 6, &expected);
    QVERIFY2(written.isEmpty(), qPrintable(written));
    auto store = FrequencyStore::open(path);
    QVERIFY2(store, qPrintable(errorOf(store)));
    FrequencyCursor cursor(*store.value(), store.value()->sources().at(0));
    const QByteArray contig("1");
    // The first site of each window: A>CT, AC = window, AN = 200 + window % 7.
    const auto checkWindow = [&](qint64 window) {
        const auto match = cursor.lookup(contig,
                                         (window << FrequencyChunk::kWindowBits) + 1,
                                         QByteArray("A"),
                                         QByteArray("CT"));
        return match && match->status == FrequencyStatus::Found
               && match->chunk->integer(match->site, 0) == window
               && match->chunk->integer(match->site, 1) == 200 + window % 7;
    };
    using Windows = std::vector<std::pair<QByteArray, qint64>>;
    QVERIFY(cursor.preload(Windows{{contig, 0}, {contig, 1}, {contig, 2}}, 2));
    QCOMPARE(cursor.decodedChunks(), 3);
    QVERIFY(checkWindow(0) && checkWindow(1) && checkWindow(2));
    QVERIFY(cursor.preload(Windows{{contig, 2}, {contig, 3}}, 2));
    QCOMPARE(cursor.decodedChunks(), 4); // window 2 kept
    QVERIFY(checkWindow(2) && checkWindow(3));
    QVERIFY(cursor.preload(Windows{{contig, 1}, {contig, 3}, {contig, 4}}, 2));
    QCOMPARE(cursor.decodedChunks(), 6); // window 3 kept; 1 was not in the last preload
    QVERIFY(checkWindow(1) && checkWindow(3) && checkWindow(4));
    QCOMPARE(cursor.decodedChunks(), 6);
    QVERIFY(checkWindow(5)); // not preloaded: read and decoded by the lookup
    QCOMPARE(cursor.decodedChunks(), 7);
}

void TestFrequencyStore::writerReturnsAnInsertErrorLater()
{
    // The same window twice breaks the chunks table's key on the encoder thread: the error
    // comes back by a later call, nothing more is written, and the previous source stays.
    const QString path = m_directory.filePath(QStringLiteral("encoder-error.gdfreq"));
    QFile::remove(path);
    {
        auto store = FrequencyStore::open(path, FrequencyStore::OpenMode::ReadWrite);
        QVERIFY(store);
        auto writer = store.value()->beginSource(encoderTestSource(QStringLiteral("1")));
        QVERIFY(writer);
        QVERIFY(writer.value()->writeChunk(QByteArray("1"), 0, encoderTestChunk(0)));
        QVERIFY(writer.value()->commit(1, 1));
    }
    {
        auto store = FrequencyStore::open(path, FrequencyStore::OpenMode::ReadWrite);
        QVERIFY(store);
        auto writer = store.value()->beginSource(encoderTestSource(QStringLiteral("2")));
        QVERIFY(writer);
        QVERIFY(writer.value()->writeChunk(QByteArray("1"), 3, encoderTestChunk(3)));
        bool failed = false;
        QString message;
        for (qint64 window = 3; window < 2000 && !failed; ++window) {
            const auto written
                    = writer.value()->writeChunk(QByteArray("1"), window, encoderTestChunk(window));
            failed = !written;
            if (failed)
                message = written.error().toString();
        }
        if (!failed) {
            const auto committed = writer.value()->commit(10, 10);
            failed = !committed;
            if (failed)
                message = committed.error().toString();
        }
        QVERIFY2(failed, "a duplicate window was accepted");
        QVERIFY2(message.contains(path) || message.contains(QStringLiteral("encoder-error.gdfreq")),
                 qPrintable(message));
    }
    auto reopened = FrequencyStore::open(path);
    QVERIFY2(reopened, qPrintable(errorOf(reopened)));
    QCOMPARE(reopened.value()->sources().size(), 1);
    QCOMPARE(reopened.value()->sources().at(0).version, QStringLiteral("1"));
}

void TestFrequencyStore::contigNamesAreNormalised_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("normalised");
    QTest::newRow("chr1") << QByteArray("chr1") << QByteArray("1");
    QTest::newRow("1") << QByteArray("1") << QByteArray("1");
    QTest::newRow("chrX") << QByteArray("chrX") << QByteArray("X");
    QTest::newRow("chrM") << QByteArray("chrM") << QByteArray("MT");
    QTest::newRow("MT") << QByteArray("MT") << QByteArray("MT");
    QTest::newRow("M") << QByteArray("M") << QByteArray("MT");
    QTest::newRow("alt contig") << QByteArray("chr1_KI270706v1_random")
                                << QByteArray("1_KI270706v1_random");
}

void TestFrequencyStore::contigNamesAreNormalised()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, normalised);
    QCOMPARE(normalizedContigName(name), normalised);
}

void TestFrequencyStore::readsAndUpgradesFormatVersion1()
{
    // tests/data/frequency/version1.gdfreq: tests/data/frequency/sites.vcf imported as gnomad
    // 4.1 (GRCh38) by the format-version-1 GenomeDesk (chunk encoding 1).
    const QString version1 = testData(QStringLiteral("version1.gdfreq"));
    auto old = FrequencyStore::open(version1);
    QVERIFY2(old, qPrintable(errorOf(old)));
    QCOMPARE(old.value()->formatVersion(), 1);
    QCOMPARE(old.value()->sources().size(), 1);
    const FrequencySource oldSource = old.value()->sources().at(0);

    // The same sites imported now: the same values, read from either version.
    const QString fresh = m_directory.filePath(QStringLiteral("fresh.gdfreq"));
    QFile::remove(fresh);
    auto store = FrequencyStore::open(fresh, FrequencyStore::OpenMode::ReadWrite);
    QVERIFY2(store, qPrintable(errorOf(store)));
    SitesVcfImporter::Options options;
    options.sourceName = QStringLiteral("gnomad");
    options.version = QStringLiteral("4.1");
    options.build = GenomeBuild::GRCh38;
    const auto summary = SitesVcfImporter::import(
            *store.value(), testData(QStringLiteral("sites.vcf")), options, JobContext());
    QVERIFY2(summary, qPrintable(errorOf(summary)));
    QCOMPARE(store.value()->formatVersion(), FrequencyStore::kFormatVersion);
    const QStringList expected = allSites(*store.value(), store.value()->sources().at(0));
    QCOMPARE(expected.size(), 9);
    QCOMPARE(allSites(*old.value(), oldSource), expected);
    old.value().reset();

    // Importing into a version-1 cache upgrades it to the current version in the same
    // transaction; the old source's chunks (encoding 1) stay readable next to the new ones.
    const QString upgraded = m_directory.filePath(QStringLiteral("upgraded.gdfreq"));
    QFile::remove(upgraded);
    QVERIFY(QFile::copy(version1, upgraded));
    QFile::setPermissions(upgraded, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto writable = FrequencyStore::open(upgraded, FrequencyStore::OpenMode::ReadWrite);
        QVERIFY2(writable, qPrintable(errorOf(writable)));
        QCOMPARE(writable.value()->formatVersion(), 1);
        options.sourceName = QStringLiteral("second");
        const auto second = SitesVcfImporter::import(
                *writable.value(), testData(QStringLiteral("sites.vcf")), options, JobContext());
        QVERIFY2(second, qPrintable(errorOf(second)));
    }
    auto reopened = FrequencyStore::open(upgraded);
    QVERIFY2(reopened, qPrintable(errorOf(reopened)));
    QCOMPARE(reopened.value()->formatVersion(), FrequencyStore::kFormatVersion);
    QCOMPARE(reopened.value()->sources().size(), 2);
    for (const FrequencySource &source : reopened.value()->sources())
        QCOMPARE(allSites(*reopened.value(), source), expected);
}

void TestFrequencyStore::refusesNewerFormatNamingBothVersions()
{
    // The metadata record 'format_version' = '1' of the version-1 fixture, made '9'.
    QFile fixture(testData(QStringLiteral("version1.gdfreq")));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QByteArray bytes = fixture.readAll();
    const qsizetype at = bytes.indexOf("format_version1");
    QVERIFY(at > 0);
    bytes[at + qsizetype(std::strlen("format_version"))] = '9';
    const QString path = m_directory.filePath(QStringLiteral("newer.gdfreq"));
    QFile newer(path);
    QVERIFY(newer.open(QIODevice::WriteOnly));
    QCOMPARE(newer.write(bytes), bytes.size());
    newer.close();
    const auto store = FrequencyStore::open(path);
    QVERIFY(!store);
    QCOMPARE(store.error().file(), path);
    QVERIFY2(
            store.error().message().contains(QLatin1String("format version 9"))
                    && store.error().message().contains(
                            QStringLiteral("up to version %1").arg(FrequencyStore::kFormatVersion)),
            qPrintable(errorOf(store)));
}

QTEST_GUILESS_MAIN(TestFrequencyStore)
#include "tst_frequencystore.moc"
