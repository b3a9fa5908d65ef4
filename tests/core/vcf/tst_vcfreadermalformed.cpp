// SPDX-License-Identifier: GPL-3.0-or-later
// The malformed-input corpus (tests/data/malformed): every file is refused with a message
// naming the file, the place and the problem, or loaded with a warning. Nothing crashes.
#include <core/vcf/vcfreader.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

class TestVcfReaderMalformed : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString corpus(const QString &name)
    {
        return QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/malformed/") + name;
    }

    static QByteArray header(int samples)
    {
        QByteArray text = "##fileformat=VCFv4.2\n##contig=<ID=chr1,length=248956422>\n"
                          "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                          "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT";
        for (int i = 0; i < samples; ++i)
            text += "\tS" + QByteArray::number(i);
        return text + '\n';
    }

private slots:
    void initTestCase() { VcfReader::initializeLibrary(); }

    void refused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("messagePart");

        using C = Error::Code;
        QTest::newRow("empty file") << "empty.vcf" << C::UnsupportedFormat << qint64(0) << "empty";
        QTest::newRow("binary garbage")
                << "binary-garbage.bin" << C::UnsupportedFormat << qint64(0) << "not a VCF";
        QTest::newRow("wrong magic")
                << "wrong-magic.bcf" << C::MalformedHeader << qint64(0) << "header";
        QTest::newRow("no header")
                << "no-header.vcf" << C::UnsupportedFormat << qint64(0) << "not a VCF";
        QTest::newRow("truncated bgzip")
                << "truncated.vcf.gz" << C::FileUnreadable << qint64(0) << "truncated";
        QTest::newRow("non-numeric POS")
                << "non-numeric-pos.vcf" << C::MalformedRecord << qint64(6) << "POS";
        QTest::newRow("non-numeric QUAL")
                << "non-numeric-qual.vcf" << C::MalformedRecord << qint64(6) << "QUAL";
        QTest::newRow("missing columns")
                << "missing-columns.vcf" << C::MalformedRecord << qint64(5) << "columns";
        QTest::newRow("REF with other letters")
                << "bad-ref.vcf" << C::MalformedRecord << qint64(5) << "REF";
        QTest::newRow("empty ALT allele")
                << "empty-alt-allele.vcf" << C::MalformedRecord << qint64(5) << "ALT";
        QTest::newRow("GT allele out of range")
                << "gt-allele-out-of-range.vcf" << C::MalformedRecord << qint64(5) << "allele 5";
    }

    void refused()
    {
        QFETCH(QString, file);
        QFETCH(Error::Code, code);
        QFETCH(qint64, line);
        QFETCH(QString, messagePart);
        const QString path = corpus(file);
        const auto loaded = VcfReader::read(path);
        QVERIFY2(!loaded.has_value(), "a malformed file was accepted");
        QCOMPARE(loaded.error().code(), code);
        QCOMPARE(loaded.error().file(), path);
        QCOMPARE(loaded.error().line(), line);
        QVERIFY2(loaded.error().message().contains(messagePart),
                 qPrintable(loaded.error().toString()));
    }

    void loadedWithAWarning_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("variants");
        QTest::addColumn<QString>("warningPart");
        QTest::newRow("undeclared INFO/FORMAT keys")
                << "undeclared-keys.vcf" << qint64(1) << "not declared";
        QTest::newRow("contig not in header")
                << "contig-not-in-header.vcf" << qint64(1) << "contigs not declared";
        QTest::newRow("invalid UTF-8 sample name")
                << "invalid-utf8-sample.vcf" << qint64(1) << "UTF-8";
        QTest::newRow("unsorted records") << "unsorted.vcf" << qint64(2) << "not sorted";
        QTest::newRow("Windows line endings") << "windows-line-endings.vcf" << qint64(1) << "";
        QTest::newRow("header only") << "header-only.vcf" << qint64(0) << "";
    }

    void loadedWithAWarning()
    {
        QFETCH(QString, file);
        QFETCH(qint64, variants);
        QFETCH(QString, warningPart);
        const auto loaded = VcfReader::read(corpus(file));
        QVERIFY2(loaded.has_value(),
                 qPrintable(loaded.has_value() ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->summary.variants, variants);
        const QString warnings = loaded->summary.warnings.join(QLatin1Char('\n'));
        // The build cannot be detected from these tiny headers; ignore that warning.
        if (warningPart.isEmpty()) {
            QVERIFY(!warnings.contains(QStringLiteral("declared")));
            QVERIFY(!warnings.contains(QStringLiteral("sorted")));
        } else {
            QVERIFY2(warnings.contains(warningPart), qPrintable(warnings));
        }
    }

    void duplicateRecordsAreSkippedAndCounted()
    {
        const auto loaded = VcfReader::read(corpus(QStringLiteral("duplicate-records.vcf")));
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->summary.recordsRead, 3);
        QCOMPARE(loaded->summary.variants, 2);
        QCOMPARE(loaded->summary.skipped.value(QStringLiteral("duplicate-record")), 1);
    }

    // The same without samples (a sites-only file: no sample block to compare, found by
    // fuzzing as a null pointer handed to memcmp()); also a fuzz regression.
    void sitesOnlyDuplicateRecordIsSkipped()
    {
        const auto loaded = VcfReader::read(
                QStringLiteral(GENOMEDESK_SOURCE_DIR
                               "/tests/fuzz/regressions/vcfreader/sites-only-repeated-record.vcf"));
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->summary.recordsRead, 3);
        QCOMPARE(loaded->summary.variants, 2);
        QCOMPARE(loaded->summary.skipped.value(QStringLiteral("duplicate-record")), 1);
    }

    void referenceMismatchIsReported()
    {
        // Copied so that htslib's .fai lands in the temporary directory.
        const QString fasta = m_dir.filePath(QStringLiteral("ref.fa"));
        QVERIFY(QFile::copy(corpus(QStringLiteral("ref-mismatch.fa")), fasta));
        VcfReader::Options options;
        options.referenceFasta = fasta;
        const JobContext job;
        const auto loaded
                = VcfReader::read(corpus(QStringLiteral("ref-mismatch.vcf")), job, options);
        QVERIFY(loaded.has_value());
        QVERIFY(loaded->summary.warnings.join(QLatin1Char('\n'))
                        .contains(QStringLiteral("does not match")));
        // The deletion written at the end of the AA run (61-62) moves to the anchor at 60.
        QCOMPARE(loaded->store->position(1), 60);
        QCOMPARE(loaded->store->reference(1), QByteArray("CA"));
        QCOMPARE(loaded->summary.altered.value(QStringLiteral("left-aligned")), 1);
    }

    // A BCF whose header declares 4 GB (found by fuzzing: htslib allocated the declared length
    // before reading it) is refused before htslib reads it, naming the damaged header.
    void bcfHeaderOfGigabytesIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge-header.bcf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("BCF\x02\x02\xff\xff\xff\xff", 9) + "##fileformat=VCFv4.2\n");
        file.close();
        const auto loaded = VcfReader::read(path);
        QVERIFY(!loaded.has_value());
        QCOMPARE(loaded.error().code(), Error::Code::MalformedHeader);
        QCOMPARE(loaded.error().file(), path);
        QVERIFY2(loaded.error().message().contains(QStringLiteral("4294967295")),
                 qPrintable(loaded.error().toString()));
    }

    void tenMegabyteLine()
    {
        const QString path = m_dir.filePath(QStringLiteral("long-line.vcf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(header(1));
        file.write(QByteArray(10 * 1024 * 1024, 'A') + '\n');
        file.close();
        const auto loaded = VcfReader::read(path);
        QVERIFY(!loaded.has_value());
        QCOMPARE(loaded.error().line(), 5);
        QVERIFY(loaded.error().message().contains(QStringLiteral("columns")));
    }

    void hundredThousandSamples()
    {
        constexpr int samples = 100000;
        const QString path = m_dir.filePath(QStringLiteral("many-samples.vcf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(header(samples));
        QByteArray record = "chr1\t100\t.\tA\tG\t50\tPASS\t.\tGT";
        for (int i = 0; i < samples; ++i)
            record += i % 2 ? "\t0/1" : "\t0/0";
        file.write(record + '\n');
        file.close();
        const auto loaded = VcfReader::read(path);
        QVERIFY2(loaded.has_value(),
                 qPrintable(loaded.has_value() ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->store->sampleCount(), samples);
        QCOMPARE(loaded->store->zygosity(0, samples - 1), Zygosity::Het);
        QCOMPARE(loaded->store->zygosity(0, samples - 2), Zygosity::HomRef);
    }
};

QTEST_GUILESS_MAIN(TestVcfReaderMalformed)
#include "tst_vcfreadermalformed.moc"
