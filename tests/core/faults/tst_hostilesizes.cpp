// SPDX-License-Identifier: GPL-3.0-or-later
// Out-of-memory guards for hostile sizes in files: a VCF whose data line is hundreds of
// megabytes long (generated here, in a temporary directory). The reader must refuse it with a
// message naming the file and the line, and must not need many times the line's size.
#include <core/vcf/vcfreader.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

namespace {

/*! Peak resident memory of this process in KiB since the last resetPeakMemory(). */
qint64 peakMemoryKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

void resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

} // namespace

class TestHostileSizes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        VcfReader::initializeLibrary();
    }

    void hugeVcfLine_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<QByteArray>("filler");
        QTest::addColumn<QString>("messagePart");
        // One giant column (no tabs), and a giant INFO value on an otherwise valid record.
        QTest::newRow("300 MB without a tab") << QByteArray() << QByteArray("A") << "columns";
        QTest::newRow("300 MB INFO value")
                << QByteArray("chr1\t100\t.\tA\tG\t50\tPASS\tNOTE=") << QByteArray("x") << "";
    }

    void hugeVcfLine()
    {
        QFETCH(QByteArray, prefix);
        QFETCH(QByteArray, filler);
        QFETCH(QString, messagePart);
        constexpr qint64 lineBytes = 300LL * 1024 * 1024;
        const QString path = m_directory.filePath(QStringLiteral("huge-line.vcf"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("##fileformat=VCFv4.2\n##contig=<ID=chr1,length=248956422>\n"
                       "##INFO=<ID=NOTE,Number=1,Type=String,Description=\"Free text\">\n"
                       "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n");
            file.write(prefix);
            const QByteArray block(4 * 1024 * 1024, filler.at(0));
            for (qint64 written = 0; written < lineBytes; written += block.size())
                QVERIFY(file.write(block) == block.size());
            file.write("\nchr1\t200\t.\tC\tT\t50\tPASS\t.\n");
        }

        resetPeakMemory();
        const qint64 baseline = peakMemoryKib();
        VcfReader::Options options;
        const JobContext job;
        const auto loaded = VcfReader::read(path, job, options);
        const qint64 grown = peakMemoryKib() - baseline;
        qInfo("peak memory grew by %lld MiB for a %lld MiB line", grown >> 10, lineBytes >> 20);
        QFile::remove(path);

        if (loaded) {
            // Accepted: the record is there, the rest of the file too.
            QVERIFY(messagePart.isEmpty());
            QCOMPARE(loaded->store->size(), 2);
        } else {
            QVERIFY2(!messagePart.isEmpty(), qPrintable(loaded.error().toString()));
            QCOMPARE(loaded.error().file(), path);
            QCOMPARE(loaded.error().line(), 5);
            QVERIFY2(loaded.error().message().contains(messagePart),
                     qPrintable(loaded.error().toString()));
            // The message is short: it must not quote the line.
            QVERIFY(loaded.error().toString().size() < 1000);
        }
        // Bounded: a few times the line at most (htslib holds the line and its parsed record).
        if (baseline > 0)
            QVERIFY2(grown < (lineBytes >> 10) * 4, qPrintable(QString::number(grown)));
    }
};

QTEST_GUILESS_MAIN(TestHostileSizes)
#include "tst_hostilesizes.moc"
