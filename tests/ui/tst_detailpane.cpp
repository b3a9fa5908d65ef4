// SPDX-License-Identifier: GPL-3.0-or-later
// DetailPane's genotype table: one row per sample with DP, GQ, AD, allele balance and the
// phred-scaled genotype likelihoods (FORMAT/PL) of the shown ALT row; the transcripts of the
// selected variant, read from the file off the GUI thread.
#include <ui/detailpane.h>

#include <core/vcf/vcfreader.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>

#include <algorithm>

using namespace Gui;

class TestDetailPane : public QObject
{
    Q_OBJECT

private:
    static QString genotypeTableHtml(const DetailPane &pane)
    {
        const auto *browser = pane.findChild<QTextBrowser *>();
        return browser ? browser->toHtml() : QString();
    }

    static qsizetype
    rowOf(const Core::VariantStore &store, qint64 position, const QByteArray &alternate)
    {
        for (qsizetype row = 0; row < store.size(); ++row) {
            if (store.position(row) == position && store.alternate(row) == alternate)
                return row;
        }
        return -1;
    }

    // Saves a picture of the pane, scrolled to the end of its text (where the transcripts
    // section is), to GENOMEDESK_SCREENSHOT_DIR when set: for people to look at
    // (tests/screenshots.sh). Nothing is written otherwise.
    static void saveShot(DetailPane &pane, const QString &name)
    {
        const QString shots = qEnvironmentVariable("GENOMEDESK_SCREENSHOT_DIR");
        if (shots.isEmpty())
            return;
        if (auto *browser = pane.findChild<QTextBrowser *>(QStringLiteral("variantDetails")))
            browser->verticalScrollBar()->setValue(browser->verticalScrollBar()->maximum());
        QDir().mkpath(shots);
        QVERIFY(pane.grab().save(QDir(shots).filePath(name)));
    }

private slots:
    void initTestCase() { Core::VcfReader::initializeLibrary(); }

    void readsAllTranscriptsOfTheSelectedVariant()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("case.vcf"));
        QVERIFY(QFile::copy(QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/vcf/transcripts-vep.vcf"),
                            path));
        const auto loaded = Core::VcfReader::read(path);
        QVERIFY(loaded.has_value());
        const Core::VariantStore &store = *loaded->store;
        DetailPane pane;
        pane.setIndexCacheDirectory(directory.filePath(QStringLiteral("cache")));
        pane.setCaseFileStamp(Core::FileStamp::of(path));
        pane.resize(380, 700);
        pane.show();

        pane.showVariant(loaded.value(), rowOf(store, 1000, "G"));
        QVERIFY(pane.isReadingTranscripts());
        QVERIFY2(pane.text().contains(QStringLiteral("Reading transcripts…")),
                 qPrintable(pane.text()));
        QVERIFY(!pane.text().contains(QLatin1String("not kept")));
        QTRY_VERIFY(!pane.isReadingTranscripts());
        const QString text = pane.text();
        QCOMPARE(pane.transcripts().size(), 3);
        for (const char *expected : {"ENST00000000001.1",
                                     "ENST00000000002.3",
                                     "ENST00000000003.1",
                                     "c.100A>G",
                                     "p.Lys34Glu",
                                     "intron_variant",
                                     "retained_intron"}) {
            if (QLatin1String(expected) == QLatin1String("retained_intron"))
                QVERIFY(!text.contains(QLatin1String(expected))); // the biotype is not shown
            else
                QVERIFY2(text.contains(QLatin1String(expected)), expected);
        }
        QVERIFY2(text.contains(QStringLiteral("from VEP (CSQ field)")), qPrintable(text));
        QVERIFY(text.contains(Core::TranscriptLookup::pickRule()));
        // The picked (MANE Select) transcript is marked in words, not by bold type alone.
        QVERIFY2(text.simplified().contains(
                         QLatin1String("ENST00000000002.3 picked MANE Select canonical")),
                 qPrintable(text));

        if (const QString shots = qEnvironmentVariable("GENOMEDESK_SCREENSHOT_DIR");
            !shots.isEmpty()) {
            QDir().mkpath(shots);
            QVERIFY(pane.grab().save(
                    QDir(shots).filePath(QStringLiteral("detail-transcripts.png"))));
        }

        // Another variant selected before the first one's transcripts arrive: only the second
        // one's are shown.
        pane.showVariant(loaded.value(), rowOf(store, 3001, "A"));
        pane.showVariant(loaded.value(), rowOf(store, 2000, "G"));
        QTRY_VERIFY(!pane.isReadingTranscripts());
        QTest::qWait(100);
        QVERIFY2(pane.text().contains(QLatin1String("p.Gln100Glu")), qPrintable(pane.text()));
        QVERIFY(!pane.text().contains(QLatin1String("c.41del")));
        QVERIFY(!pane.text().contains(QLatin1String("p.Gln100Ter"))); // the other ALT's
        QCOMPARE(pane.transcripts().size(), 2);

        // A row without annotation: no transcripts section.
        pane.showVariant(loaded.value(), rowOf(store, 4000, "A"));
        QVERIFY(!pane.isReadingTranscripts());
        QVERIFY(!pane.text().contains(QLatin1String("Transcripts")));

        // The file is away for a moment (a share that dropped out): an error with a link to
        // try again, which reads the transcripts once the file is back.
        const QString away = path + QStringLiteral(".away");
        QVERIFY(QFile::rename(path, away));
        pane.showVariant(loaded.value(), rowOf(store, 1000, "G"));
        QTRY_VERIFY(!pane.isReadingTranscripts());
        QVERIFY2(pane.text().contains(QLatin1String("The transcripts cannot be shown")),
                 qPrintable(pane.text()));
        QVERIFY(pane.transcripts().isEmpty());
        auto *browser = pane.findChild<QTextBrowser *>(QStringLiteral("variantDetails"));
        QVERIFY(browser);
        QVERIFY(browser->toHtml().contains(QLatin1String("genomedesk:retry-transcripts")));
        QVERIFY(pane.text().contains(QLatin1String("Try again")));
        saveShot(pane, QStringLiteral("detail-transcripts-try-again.png"));
        QVERIFY(QFile::rename(away, path));
        emit browser->anchorClicked(QUrl(QStringLiteral("genomedesk:retry-transcripts")));
        QVERIFY(pane.isReadingTranscripts());
        QTRY_VERIFY(!pane.isReadingTranscripts());
        QCOMPARE(pane.transcripts().size(), 3);
        QVERIFY(!pane.text().contains(QLatin1String("cannot be shown")));
        QVERIFY(!pane.text().contains(QLatin1String("Try again")));
        // Once shown, another retry reads nothing.
        pane.retryTranscripts();
        QVERIFY(!pane.isReadingTranscripts());
        pane.showVariant(loaded.value(), rowOf(store, 4000, "A"));

        // The file changed since the case was loaded: an error line, not stale transcripts.
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("chr17\t9000\t.\tA\tT\t50\tPASS\t.\tGT\t0/1\n");
        file.close();
        pane.showVariant(loaded.value(), rowOf(store, 1000, "G"));
        QTRY_VERIFY(!pane.isReadingTranscripts());
        QVERIFY2(pane.text().contains(QLatin1String("The transcripts cannot be shown")),
                 qPrintable(pane.text()));
        QVERIFY(pane.text().contains(QLatin1String("changed since the case was loaded")));
        QVERIFY(!pane.text().contains(QLatin1String("ENST00000000003.1")));
    }

    // The first lookup in a bgzipped genome without an index builds one: the pane shows how far
    // that is, then the transcripts; the second lookup reuses the index (no progress).
    void showsProgressWhileIndexing()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("bgzip")).isEmpty())
            QSKIP("bgzip is not installed");
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("genome.vcf"));
        {
            QFile fixture(QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/vcf/transcripts-vep.vcf"));
            QVERIFY(fixture.open(QIODevice::ReadOnly));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            // The fixture (chr2, then chr17 up to 4000), then 300,000 records with random IDs
            // on chr17 after it: over a megabyte compressed, so the index takes a few reads.
            file.write(fixture.readAll());
            QRandomGenerator random(7);
            QByteArray lines;
            for (int i = 0; i < 300000; ++i) {
                lines += "chr17\t" + QByteArray::number(10000 + i * 10) + "\trs"
                         + QByteArray::number(random.bounded(100000000)) + "\tA\tG\t50\tPASS\tDP="
                         + QByteArray::number(random.bounded(90)) + "\tGT\t0/1\n";
            }
            file.write(lines);
        }
        QProcess bgzip;
        bgzip.start(QStringLiteral("bgzip"), {QStringLiteral("-f"), path});
        QVERIFY(bgzip.waitForFinished(60000) && bgzip.exitCode() == 0);
        const QString compressed = path + QStringLiteral(".gz");
        QVERIFY(QFileInfo(compressed).size() > 1200 * 1024);
        const auto loaded = Core::VcfReader::read(compressed);
        QVERIFY(loaded.has_value());
        DetailPane pane;
        pane.setIndexCacheDirectory(directory.filePath(QStringLiteral("cache")));
        pane.setCaseFileStamp(Core::FileStamp::of(compressed));
        pane.resize(380, 700);
        pane.show();
        QList<int> percents;
        QStringList texts;
        connect(&pane, &DetailPane::transcriptIndexProgressChanged, this, [&](int percent) {
            percents << percent;
            texts << pane.text();
            if (percents.size() == 1)
                saveShot(pane, QStringLiteral("detail-transcripts-indexing.png"));
        });
        pane.showVariant(loaded.value(), rowOf(*loaded->store, 1000, "G"));
        QTRY_VERIFY(!pane.isReadingTranscripts());
        QCOMPARE(pane.transcripts().size(), 3);
        QVERIFY(!percents.isEmpty());
        QCOMPARE(percents.last(), 100);
        QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
        QVERIFY2(texts.first().contains(QLatin1String("Indexing the variant file")),
                 qPrintable(texts.first()));
        QVERIFY(!pane.text().contains(QLatin1String("Indexing")));

        percents.clear();
        pane.showVariant(loaded.value(), rowOf(*loaded->store, 4000, "A"));
        pane.showVariant(loaded.value(), rowOf(*loaded->store, 2000, "G"));
        QTRY_VERIFY(!pane.isReadingTranscripts());
        QCOMPARE(pane.transcripts().size(), 2);
        QVERIFY2(percents.isEmpty(), qPrintable(QString::number(percents.size())));
    }

    void showsThePhredLikelihoodsOfTheSplitRow()
    {
        const auto loaded = Core::VcfReader::read(
                QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/vcf/likelihoods.vcf"));
        QVERIFY(loaded.has_value());
        DetailPane pane;
        // Row 2: chr1:2000 A>G, split from A>C,G; S1 1/2 with PL 400,200,300,210,0,350.
        pane.showVariant(loaded.value(), 2);
        const QString text = pane.text();
        QVERIFY2(text.contains(QLatin1String("PL")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("400,210,350")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("90,200,400")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("400,200,300")));
        // The PL column comes after the allele balance column, the other columns are kept (a
        // heading of two words is set on two lines).
        QVERIFY2(text.simplified().contains(
                         QLatin1String("Sample Genotype DP GQ AD ref/alt Allele balance PL")),
                 qPrintable(text));
        QVERIFY(genotypeTableHtml(pane).contains(QLatin1String(">PL<")));

        // Haploid (chrM, GT 1 and 0): two values per call.
        pane.showVariant(loaded.value(), 13);
        QVERIFY2(pane.text().contains(QLatin1String("255,0")), qPrintable(pane.text()));
        QVERIFY2(pane.text().contains(QLatin1String("0,255")), qPrintable(pane.text()));

        // PL written as "." is missing; a record without PL shows a dash, not zeros.
        pane.showVariant(loaded.value(), 6);
        QVERIFY(!pane.text().contains(QLatin1String("0,0,0")));
        QVERIFY2(pane.text().contains(QLatin1String(".,.,.")), qPrintable(pane.text()));
        pane.showVariant(loaded.value(), 10);
        QVERIFY(!pane.text().contains(QLatin1String(".,.,.")));
    }

    void noColumnWithoutPlInTheHeader()
    {
        const auto loaded = Core::VcfReader::read(
                QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/vcf/phased-trio.vcf"));
        QVERIFY(loaded.has_value());
        DetailPane pane;
        pane.showVariant(loaded.value(), 0);
        QVERIFY(!genotypeTableHtml(pane).contains(QLatin1String(">PL<")));
        QVERIFY2(pane.text().simplified().contains(
                         QLatin1String("Sample Genotype DP GQ AD ref/alt Allele balance")),
                 qPrintable(pane.text()));
    }
};

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
