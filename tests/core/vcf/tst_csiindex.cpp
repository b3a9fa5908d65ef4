// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/vcf/csiindex_p.h>
#include <core/vcf/vcfreader.h>

#include <htslib/tbx.h>
#include <htslib/vcf.h>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

/*!
 * The CSI index built for transcript lookups from the file's bytes handed over by the calling
 * thread: the same bytes as htslib's own tbx_index_build3()/bcf_index_build3(), progress in bytes
 * of the file up to its size, and a cancelled build leaves no index.
 */
class TestCsiIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_vcf; //!< bgzipped, several MB (many BGZF blocks, several reads of the file)
    QString m_bcf;

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static bool run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        return process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit
               && process.exitCode() == 0;
    }

private slots:
    void initTestCase()
    {
        VcfReader::initializeLibrary();
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("bgzip")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("bcftools")).isEmpty())
            QSKIP("bgzip and bcftools are needed to write the bgzipped VCF and the BCF");
        const QString plain = m_dir.filePath(QStringLiteral("genome.vcf"));
        {
            QFile file(plain);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("##fileformat=VCFv4.2\n"
                       "##contig=<ID=chr1,length=248956422>\n"
                       "##contig=<ID=chr2,length=242193529>\n"
                       "##contig=<ID=chrX,length=156040895>\n"
                       "##INFO=<ID=END,Number=1,Type=Integer,Description=\"End\">\n"
                       "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
                       "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                       "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n");
            // 300,000 records over three contigs, some deletions and END= records (spans), and
            // random IDs so that the file stays several MB when compressed.
            QRandomGenerator random(42);
            QByteArray lines;
            for (int i = 0; i < 300000; ++i) {
                const char *contig = i < 140000 ? "chr1" : i < 260000 ? "chr2" : "chrX";
                const int first = i < 140000 ? 0 : i < 260000 ? 140000 : 260000;
                const qint64 position = 10000 + qint64(i - first) * 850;
                lines += contig;
                lines += '\t' + QByteArray::number(position) + "\trs"
                         + QByteArray::number(random.bounded(100000000));
                if (i % 97 == 0) {
                    lines += "\tA\t<DEL>\t50\tPASS\tEND=" + QByteArray::number(position + 30000)
                             + ";DP=20\tGT\t0/1\n";
                } else if (i % 11 == 0) {
                    lines += "\tACGTACGT\tA\t50\tPASS\tDP=31\tGT\t0/1\n";
                } else {
                    lines += "\tA\tG\t50\tPASS\tDP=" + QByteArray::number(10 + i % 50)
                             + "\tGT\t0/1\n";
                }
            }
            file.write(lines);
        }
        m_bcf = m_dir.filePath(QStringLiteral("genome.bcf"));
        QVERIFY(run(QStringLiteral("bcftools"),
                    {QStringLiteral("view"),
                     QStringLiteral("-Ob"),
                     QStringLiteral("-o"),
                     m_bcf,
                     plain}));
        QVERIFY(run(QStringLiteral("bgzip"), {QStringLiteral("-f"), plain}));
        m_vcf = plain + QStringLiteral(".gz");
        QVERIFY(QFileInfo(m_vcf).size() > 2 * 1024 * 1024);
    }

    void sameBytesAsHtslib_data()
    {
        QTest::addColumn<bool>("bcf");
        QTest::newRow("bgzipped VCF") << false;
        QTest::newRow("BCF") << true;
    }

    void sameBytesAsHtslib()
    {
        QFETCH(bool, bcf);
        const QString path = bcf ? m_bcf : m_vcf;
        const QByteArray encoded = QFile::encodeName(path);
        const QString theirs = m_dir.filePath(QStringLiteral("htslib-%1.csi").arg(bcf));
        const QByteArray theirsEncoded = QFile::encodeName(theirs);
        QCOMPARE(bcf ? bcf_index_build3(encoded.constData(), theirsEncoded.constData(), 14, 0)
                     : tbx_index_build3(
                             encoded.constData(), theirsEncoded.constData(), 14, 0, &tbx_conf_vcf),
                 0);

        QList<std::pair<qint64, qint64>> progress;
        JobContext job([&progress](qint64 done, qint64 total) { progress.append({done, total}); });
        const QString ours = m_dir.filePath(QStringLiteral("ours-%1.csi").arg(bcf));
        QCOMPARE(CsiIndex::build(path, ours, bcf, job), CsiIndex::Outcome::Built);
        const QByteArray expected = contents(theirs);
        QVERIFY(expected.size() > 100);
        QVERIFY2(contents(ours) == expected,
                 qPrintable(QStringLiteral("%1 bytes against htslib's %2")
                                    .arg(contents(ours).size())
                                    .arg(expected.size())));

        // Progress: bytes of the file, rising, up to its size.
        const qint64 size = QFileInfo(path).size();
#ifdef Q_OS_UNIX
        QVERIFY(progress.size() >= 2 || size < 2 * 1024 * 1024);
        QCOMPARE(progress.last().first, size);
        for (int i = 0; i < progress.size(); ++i) {
            QCOMPARE(progress.at(i).second, size);
            QVERIFY(i == 0 || progress.at(i).first > progress.at(i - 1).first);
        }
#else
        Q_UNUSED(size);
#endif
    }

    void cancelledLeavesNoIndex()
    {
#ifndef Q_OS_UNIX
        QSKIP("cancelling during the build needs the socket hand-over (Unix)");
#endif
        const QString ours = m_dir.filePath(QStringLiteral("cancelled.csi"));
        JobContext *self = nullptr;
        int reports = 0;
        JobContext job([&](qint64, qint64) {
            if (++reports == 1)
                self->cancel(); // after the first megabyte
        });
        self = &job;
        QCOMPARE(CsiIndex::build(m_vcf, ours, false, job), CsiIndex::Outcome::Cancelled);
        QCOMPARE(reports, 1);
        QVERIFY(!QFileInfo::exists(ours));
    }

    void notBgzippedFails()
    {
        const QString plain = m_dir.filePath(QStringLiteral("plain.vcf"));
        {
            QFile file(plain);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
                       "chr1\t100\t.\tA\tG\t.\t.\t.\n");
        }
        const QString ours = m_dir.filePath(QStringLiteral("plain.csi"));
        QCOMPARE(CsiIndex::build(plain, ours, false, JobContext()), CsiIndex::Outcome::Failed);
        QVERIFY(!QFileInfo::exists(ours));
        QCOMPARE(CsiIndex::build(m_dir.filePath(QStringLiteral("missing.vcf.gz")),
                                 ours,
                                 false,
                                 JobContext()),
                 CsiIndex::Outcome::Failed);
        QVERIFY(!QFileInfo::exists(ours));
    }
};

QTEST_GUILESS_MAIN(TestCsiIndex)
#include "tst_csiindex.moc"
