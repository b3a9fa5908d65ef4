// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection on storage, end to end through the genomedesk executable: a disk that fills
// up (RLIMIT_FSIZE in the child, SIGXFSZ ignored so that write() fails with EFBIG) during a
// frequency-cache import and a report write, a read-only cache, and a cache locked by another
// process; and SIGKILL in the middle of an import. Every case must end with a clear error that
// names the file, and what was saved before must be intact. (Case save belongs to core/review and
// is not covered here yet.)
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "../../support/genomedeskprocess.h"

#include <cctype>
#include <csignal>

#include <sys/resource.h>
#include <unistd.h>

class TestStorageFaults : public QObject
{
    Q_OBJECT

private:
    using Run = TestSupport::ProcessRun;

    /*! Runs genomedesk; \a fileSizeLimit > 0 caps the size of every file it writes. */
    static Run run(const QStringList &arguments, qint64 fileSizeLimit = 0, bool asNobody = false)
    {
        return TestSupport::runGenomeDesk(
                arguments, QProcessEnvironment::systemEnvironment(), {fileSizeLimit, asNobody});
    }

    static QByteArray digest(const QString &path) { return TestSupport::sha256HexOfFile(path); }

    /*! A gnomAD-style sites VCF with \a sites sites spread over many 64 kb windows. */
    static bool writeSites(const QString &path, int sites, int allCount)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write("##fileformat=VCFv4.2\n##reference=GRCh38\n"
                   "##contig=<ID=chr1,length=248956422>\n"
                   "##INFO=<ID=AC,Number=A,Type=Integer,Description=\"Allele count\">\n"
                   "##INFO=<ID=AN,Number=1,Type=Integer,Description=\"Allele number\">\n"
                   "##INFO=<ID=nhomalt,Number=A,Type=Integer,Description=\"Homozygotes\">\n"
                   "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n");
        const char *bases = "ACGT";
        for (int i = 0; i < sites; ++i) {
            const qint64 position = 10000 + qint64(i) * 997;
            const QByteArray line = "chr1\t" + QByteArray::number(position) + "\t.\t" + bases[i % 4]
                                    + '\t' + bases[(i + 1) % 4]
                                    + "\t.\tPASS\tAC=" + QByteArray::number(i % 50 + 1)
                                    + ";AN=" + QByteArray::number(allCount)
                                    + ";nhomalt=" + QByteArray::number(i % 3) + '\n';
            if (file.write(line) != line.size())
                return false;
        }
        return file.flush();
    }

    QStringList importArguments(const QString &cache, const QString &vcf, const QString &version)
    {
        return {QStringLiteral("cache"),
                QStringLiteral("import"),
                QStringLiteral("--cache"),
                cache,
                QStringLiteral("--vcf"),
                vcf,
                QStringLiteral("--source"),
                QStringLiteral("gnomad"),
                QStringLiteral("--version"),
                version};
    }

    /*! `cache info`: the exit code and the output, to check the cache still answers. */
    Run info(const QString &cache)
    {
        return run({QStringLiteral("cache"),
                    QStringLiteral("info"),
                    QStringLiteral("--cache"),
                    cache});
    }

    /*! A cache holding gnomad version 1 (1,000 sites). */
    bool prepareCache(const QString &cache)
    {
        const QString small = m_directory.filePath(QStringLiteral("small-sites.vcf"));
        if (!QFile::exists(small) && !writeSites(small, 1000, 1000))
            return false;
        const Run imported = run(importArguments(cache, small, QStringLiteral("1")));
        if (imported.exitCode != 0)
            qWarning("%s", imported.error.constData());
        return imported.exitCode == 0;
    }

    QTemporaryDir m_directory;

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        QVERIFY(QFile::exists(QStringLiteral(GENOMEDESK_BINARY)));
    }

    void diskFullDuringCacheImport()
    {
        const QString cache = m_directory.filePath(QStringLiteral("full.gdfreq"));
        QVERIFY(prepareCache(cache));
        const QByteArray before = info(cache).output;
        QVERIFY(before.contains("gnomad"));
        const QString large = m_directory.filePath(QStringLiteral("large-sites.vcf"));
        QVERIFY(writeSites(large, 200000, 2000));

        // The cache may grow by 64 KiB only: far less than 200,000 sites need.
        const qint64 limit = QFileInfo(cache).size() + 64 * 1024;
        const Run full = run(importArguments(cache, large, QStringLiteral("2")), limit);
        qInfo("error shown: %s", full.error.trimmed().replace("\n", " | ").constData());
        QCOMPARE(full.exitCode, 2);
        QVERIFY2(full.error.contains(QFileInfo(cache).fileName().toUtf8()), full.error.constData());
        QVERIFY2(full.error.count('\n') <= 3, full.error.constData());
        // Says what happened: the disk is full, not SQLite's "disk I/O error".
        // (The message line; a diagnostic log line before it may quote SQLite.)
        const QByteArray message = full.error.mid(full.error.indexOf("genomedesk: "));
        QVERIFY2(message.contains("the disk is full: no space left"), full.error.constData());
        QVERIFY2(!message.contains("disk I/O error"), full.error.constData());

        // Version 1 is still there, complete; the cache opens without complaint.
        const Run after = info(cache);
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.output, before);
    }

    void killDuringCacheImport_data()
    {
        QTest::addColumn<int>("killAtPercent"); // 0: as soon as the rollback journal appears
        QTest::newRow("journal created") << 0;
        QTest::newRow("10%") << 10;
        QTest::newRow("50%") << 50;
        QTest::newRow("90%") << 90;
        // 101: as soon as the cache file itself grows, i.e. while the commit writes its pages
        // (the import keeps its pages in memory until then). The import may win the race and
        // complete; the cache must then hold the whole new version.
        QTest::newRow("commit") << 101;
    }

    /*!
     * SIGKILL of `genomedesk cache import` in the middle of its transaction, at several
     * moments (the rollback journal just created; 10%, 50% and 90% of the file read, by the
     * --progress lines): the cache must open afterwards with version 1 and its counts, and
     * accept a complete import.
     */
    void killDuringCacheImport()
    {
        QFETCH(int, killAtPercent);
        const QString cache
                = m_directory.filePath(QStringLiteral("killed-%1.gdfreq").arg(killAtPercent));
        QVERIFY(prepareCache(cache));
        const Run before = info(cache);
        QCOMPARE(before.exitCode, 0);
        QVERIFY(before.output.contains("gnomad"));
        const QByteArray digestBefore = digest(cache);
        // 600,000 sites over ~900 windows: long enough to be caught mid-way.
        const QString large = m_directory.filePath(QStringLiteral("kill-sites.vcf"));
        if (!QFile::exists(large))
            QVERIFY(writeSites(large, 600000, 4000));

        QProcess process;
        QStringList arguments = importArguments(cache, large, QStringLiteral("2"));
        arguments.append(QStringLiteral("--progress"));
        process.start(QStringLiteral(GENOMEDESK_BINARY), arguments);
        QVERIFY(process.waitForStarted());
        const QString journal = cache + QStringLiteral("-journal");
        QByteArray progress;
        int percent = -1;
        bool killed = false;
        const qint64 sizeBefore = QFileInfo(cache).size();
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 120000) {
            const bool now = killAtPercent == 0    ? QFile::exists(journal)
                             : killAtPercent > 100 ? QFileInfo(cache).size() != sizeBefore
                                                   : percent >= killAtPercent;
            if (now) {
                process.kill(); // SIGKILL
                killed = true;
                break;
            }
            if (process.state() == QProcess::NotRunning)
                break;
            process.waitForReadyRead(killAtPercent == 0 || killAtPercent > 100 ? 0 : 20);
            progress += process.readAllStandardError();
            // Lines "importing: N%": the last complete one.
            const qsizetype end = progress.lastIndexOf('%');
            if (end > 0) {
                qsizetype start = end;
                while (start > 0
                       && std::isdigit(static_cast<unsigned char>(progress.at(start - 1))))
                    --start;
                percent = progress.mid(start, end - start).toInt();
            }
        }
        if (!killed && killAtPercent > 100 && process.state() == QProcess::NotRunning
            && process.exitCode() == 0) {
            // The commit finished between two polls: the new version must be complete.
            qInfo("the import completed before the kill");
            const Run completed = info(cache);
            QCOMPARE(completed.exitCode, 0);
            QVERIFY2(completed.output.contains("600"), completed.output.constData());
            return;
        }
        QVERIFY2(killed, progress.constData());
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        qInfo("killed at %d%% (journal %s, cache %lld bytes, %s before)",
              percent,
              QFile::exists(journal) ? "present" : "absent",
              static_cast<long long>(QFileInfo(cache).size()),
              digest(cache) == digestBefore ? "same bytes as" : "changed from");

        // The old cache answers: same source, version and counts (after a kill during the
        // commit, the read-only open meets a hot journal).
        const Run after = info(cache);
        QVERIFY2(after.exitCode == 0, after.error.constData());
        if (killAtPercent > 100 && after.output != before.output) {
            // Killed after the commit point (journal gone) but before the exit: the cache
            // holds the whole new version, never a mix.
            qInfo("killed after the commit point");
            QVERIFY2(after.output.contains("source gnomad 2 ") && after.output.contains("600,000"),
                     after.output.constData());
            QVERIFY(!QFile::exists(journal));
            return;
        }
        QCOMPARE(after.output, before.output);
        const Run json = run({QStringLiteral("cache"),
                              QStringLiteral("info"),
                              QStringLiteral("--cache"),
                              cache,
                              QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(json.output.contains("\"version\": \"1\"")
                         && json.output.contains("\"sites\": 1000"),
                 json.output.constData());

        // And it is writable again: the next import completes and leaves no journal. (A small
        // file: what matters is that the cache takes a new version, not how long that takes;
        // five imports of the large file made this the longest test under ASan.)
        const QString retry = m_directory.filePath(QStringLiteral("retry-sites.vcf"));
        if (!QFile::exists(retry))
            QVERIFY(writeSites(retry, 3000, 3000));
        const Run retried = run(importArguments(cache, retry, QStringLiteral("2")));
        QVERIFY2(retried.exitCode == 0, retried.error.constData());
        const QByteArray retriedInfo = info(cache).output;
        QVERIFY2(retriedInfo.contains("source gnomad 2 ") && retriedInfo.contains("3,000"),
                 retriedInfo.constData());
        QVERIFY(!QFile::exists(journal));
    }

    void diskFullDuringReportWrite()
    {
        const QString report = m_directory.filePath(QStringLiteral("report.pdf"));
        const QStringList arguments{QStringLiteral("report"),
                                    QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/small.vcf"),
                                    QStringLiteral("--out"),
                                    report};
        const Run first = run(arguments);
        QVERIFY2(first.exitCode == 0, first.error.constData());
        const QByteArray before = digest(report);
        QVERIFY(!before.isEmpty());
        const qint64 size = QFileInfo(report).size();
        QVERIFY(size > 2048);

        const Run full = run(arguments, size / 2);
        qInfo("error shown: %s", full.error.trimmed().replace("\n", " | ").constData());
        QCOMPARE(full.exitCode, 2);
        QVERIFY2(full.error.contains("report.pdf"), full.error.constData());
        // The previous report is untouched and no temporary file is left behind.
        QCOMPARE(digest(report), before);
        const QStringList left
                = QDir(m_directory.path()).entryList({QStringLiteral("report*")}, QDir::Files);
        QCOMPARE(left, QStringList{QStringLiteral("report.pdf")});
    }

    void readOnlyCache()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString cache = directory.filePath(QStringLiteral("readonly.gdfreq"));
        QVERIFY(prepareCache(cache));
        const QByteArray before = digest(cache);
        // Readable by everyone, writable by no one (the directory neither: no journal).
        QVERIFY(QFile::setPermissions(
                cache, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(directory.path(),
                                      QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                              | QFileDevice::ReadOther | QFileDevice::ExeOther
                                              | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
        const QString small = m_directory.filePath(QStringLiteral("small-sites.vcf"));
        QFile::setPermissions(m_directory.path(),
                              QFile::permissions(m_directory.path()) | QFileDevice::ExeOther
                                      | QFileDevice::ReadOther);
        QFile::setPermissions(small, QFile::permissions(small) | QFileDevice::ReadOther);

        const Run refused = run(importArguments(cache, small, QStringLiteral("2")), 0, true);
        QFile::setPermissions(directory.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner);
        qInfo("error shown: %s", refused.error.trimmed().replace("\n", " | ").constData());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.error.contains("readonly.gdfreq"), refused.error.constData());
        QVERIFY2(refused.error.contains("read-only") || refused.error.contains("readonly")
                         || refused.error.contains("read only"),
                 refused.error.constData());
        QCOMPARE(digest(cache), before);
        QVERIFY(info(cache).output.contains("gnomad"));
    }

    void cacheLockedByAnotherProcess()
    {
        const QString cache = m_directory.filePath(QStringLiteral("locked.gdfreq"));
        QVERIFY(prepareCache(cache));
        const QByteArray before = info(cache).output;

        // Another process holds a write transaction (Qt's SQLite driver, in this process).
        {
            QSqlDatabase database
                    = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
            database.setDatabaseName(cache);
            QVERIFY2(database.open(), qPrintable(database.lastError().text()));
            QSqlQuery query(database);
            QVERIFY2(query.exec(QStringLiteral("BEGIN EXCLUSIVE")),
                     qPrintable(query.lastError().text()));

            const QString small = m_directory.filePath(QStringLiteral("small-sites.vcf"));
            const Run locked = run(importArguments(cache, small, QStringLiteral("2")));
            qInfo("error shown: %s", locked.error.trimmed().replace("\n", " | ").constData());
            QCOMPARE(locked.exitCode, 2);
            QVERIFY2(locked.error.contains("locked.gdfreq"), locked.error.constData());
            QVERIFY2(locked.error.contains("locked") || locked.error.contains("busy"),
                     locked.error.constData());
            QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
            database.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("lock"));

        // Nothing lost: the old source is intact, and the import succeeds once released.
        QCOMPARE(info(cache).output, before);
        const QString small = m_directory.filePath(QStringLiteral("small-sites.vcf"));
        const Run retried = run(importArguments(cache, small, QStringLiteral("2")));
        QVERIFY2(retried.exitCode == 0, retried.error.constData());
    }
};

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storagefaults.moc"
