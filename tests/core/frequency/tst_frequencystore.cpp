// SPDX-License-Identifier: GPL-3.0-or-later
#include "frequencytestdata.h"

#include <core/frequency/frequencystore.h>
#include <core/frequency/sitesvcfimporter.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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
    void wrongBuildIsRefused();
    void writerRollsBackWithoutCommit();
    void contigNamesAreNormalised_data();
    void contigNamesAreNormalised();

private:
    QTemporaryDir m_directory;
    QString m_cache; // a cache with one source of 20000 sites
};

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

QTEST_GUILESS_MAIN(TestFrequencyStore)
#include "tst_frequencystore.moc"
