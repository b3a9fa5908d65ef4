// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/vcf/vcfreader.h>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

class TestVcfReader : public QObject
{
    Q_OBJECT

private:
    static QString data(const char *name)
    {
        return QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/") + QLatin1String(name);
    }

    /*! Converts small.vcf with bcftools; skips the test when bcftools is missing. */
    QString convert(const char *outputType, const char *suffix)
    {
        const QString bcftools = QStandardPaths::findExecutable(QStringLiteral("bcftools"));
        if (bcftools.isEmpty())
            return QString();
        const QString out = m_dir.filePath(QStringLiteral("small.") + QLatin1String(suffix));
        const int exit = QProcess::execute(bcftools,
                                           {QStringLiteral("view"),
                                            QStringLiteral("-O") + QLatin1String(outputType),
                                            QStringLiteral("-o"),
                                            out,
                                            data("small.vcf")});
        return exit == 0 ? out : QString();
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { VcfReader::initializeLibrary(); }

    void smallFileCounts()
    {
        const auto loaded = VcfReader::read(data("small.vcf"));
        QVERIFY2(loaded.has_value(),
                 qPrintable(loaded.has_value() ? QString() : loaded.error().toString()));
        const LoadSummary &summary = loaded->summary;
        QCOMPARE(summary.format, QStringLiteral("VCF"));
        QCOMPARE(summary.compression, QStringLiteral("none"));
        QCOMPARE(summary.formatVersion, QStringLiteral("VCFv4.2"));
        QCOMPARE(summary.build, GenomeBuild::GRCh38);
        QCOMPARE(summary.samples, QStringList({QStringLiteral("CHILD"), QStringLiteral("MOTHER")}));
        QCOMPARE(summary.recordsRead, 9);
        QCOMPARE(summary.variants, 8);
        QCOMPARE(summary.snvs, 4);
        QCOMPARE(summary.mnvs, 1);
        QCOMPARE(summary.indels, 2);
        QCOMPARE(summary.structural, 1);
        QCOMPARE(summary.multiallelicRecords, 1);
        QCOMPARE(summary.filteredVariants, 1);
        QCOMPARE(summary.skipped.value(QStringLiteral("gvcf-reference-block")), 1);
        QCOMPARE(summary.skipped.value(QStringLiteral("no-alt-allele")), 1);
        QCOMPARE(summary.skipped.value(QStringLiteral("spanning-deletion-allele")), 1);
        QCOMPARE(summary.variantsPerContig.value(QStringLiteral("chr1")), 5);
        QCOMPARE(summary.variantsPerContig.value(QStringLiteral("chrX")), 2);
        QCOMPARE(loaded->store->size(), 8);
    }

    void genotypes_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("sample");
        QTest::addColumn<QString>("alternate");
        QTest::addColumn<Zygosity>("zygosity");
        QTest::addColumn<bool>("phased");
        QTest::addColumn<int>("referenceDepth");
        QTest::addColumn<int>("alternateDepth");

        QTest::newRow("het snv") << 0 << 0 << "G" << Zygosity::Het << false << 10 << 12;
        QTest::newRow("hom-ref parent") << 0 << 1 << "G" << Zygosity::HomRef << false << 20 << 0;
        QTest::newRow("multiallelic split, first alt 1/2")
                << 1 << 0 << "T" << Zygosity::HetOtherAlt << false << 2 << 9;
        QTest::newRow("multiallelic split, second alt 1/2")
                << 2 << 0 << "G" << Zygosity::HetOtherAlt << false << 2 << 11;
        QTest::newRow("multiallelic split, 0/2 seen from alt 1")
                << 1 << 1 << "T" << Zygosity::OtherAlt << false << 10 << 0;
        QTest::newRow("multiallelic split, 0/2 seen from alt 2")
                << 2 << 1 << "G" << Zygosity::Het << false << 10 << 8;
        QTest::newRow("phased hom-alt deletion")
                << 3 << 0 << "C" << Zygosity::HomAlt << true << 0 << 15;
        QTest::newRow("missing call") << 3 << 1 << "C" << Zygosity::Missing << false << -1 << -1;
        QTest::newRow("insertion beside spanning deletion")
                << 4 << 0 << "GAA" << Zygosity::Het << false << 8 << 7;
        QTest::newRow("haploid chrX call")
                << 6 << 0 << "A" << Zygosity::Hemizygous << false << 0 << 20;
    }

    void genotypes()
    {
        QFETCH(int, row);
        QFETCH(int, sample);
        QFETCH(QString, alternate);
        QFETCH(Zygosity, zygosity);
        QFETCH(bool, phased);
        QFETCH(int, referenceDepth);
        QFETCH(int, alternateDepth);

        const auto loaded = VcfReader::read(data("small.vcf"));
        QVERIFY(loaded.has_value());
        const VariantStore &store = *loaded->store;
        QCOMPARE(QString::fromLatin1(store.alternate(row)), alternate);
        const GenotypeCall call = store.genotype(row, sample);
        QCOMPARE(call.zygosity, zygosity);
        QCOMPARE(call.phased, phased);
        QCOMPARE(call.referenceDepth, referenceDepth);
        QCOMPARE(call.alternateDepth, alternateDepth);
    }

    void fieldsOfARow()
    {
        const auto loaded = VcfReader::read(data("small.vcf"));
        QVERIFY(loaded.has_value());
        const VariantStore &store = *loaded->store;
        QCOMPARE(store.contig(3), QStringLiteral("chr1"));
        QCOMPARE(store.position(3), 4000);
        QCOMPARE(store.reference(3), QByteArray("CTT"));
        QCOMPARE(store.type(3), VariantType::Deletion);
        QCOMPARE(store.filter(3), QStringLiteral("LowQual"));
        QVERIFY(!store.isPass(3));
        QCOMPARE(store.quality(3), 40.0f);
        QVERIFY(std::isnan(store.quality(5)));
        QCOMPARE(store.genotype(3, 0).depth, 15);
        QCOMPARE(store.genotype(3, 0).genotypeQuality, 30);
        // Allele balance of a split 1/2 call counts the reads of all alleles (AD 2,9,11).
        QCOMPARE(store.genotype(1, 0).alleleBalance(), 9.0 / 22.0);
        QCOMPARE(store.genotype(2, 0).alleleBalance(), 11.0 / 22.0);
        QVERIFY(store.isFromMultiallelic(1));
        QVERIFY(!store.isFromMultiallelic(0));
        QCOMPARE(store.type(7), VariantType::Structural);
    }

    void compressedAndBinaryGiveTheSameVariants_data()
    {
        QTest::addColumn<QString>("outputType");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("compression");
        QTest::newRow("bgzip VCF") << "z"
                                   << "vcf.gz"
                                   << "VCF"
                                   << "bgzf";
        QTest::newRow("compressed BCF") << "b"
                                        << "bcf"
                                        << "BCF"
                                        << "bgzf";
        // bcftools -Ou still frames the BCF in BGZF blocks, only without compressing them.
        QTest::newRow("uncompressed BCF") << "u"
                                          << "u.bcf"
                                          << "BCF"
                                          << "bgzf";
    }

    void compressedAndBinaryGiveTheSameVariants()
    {
        QFETCH(QString, outputType);
        QFETCH(QString, suffix);
        QFETCH(QString, format);
        QFETCH(QString, compression);
        const QString path
                = convert(outputType.toLatin1().constData(), suffix.toLatin1().constData());
        if (path.isEmpty())
            QSKIP("bcftools is not installed (scripts/setup-deps.sh installs it)");

        const auto plain = VcfReader::read(data("small.vcf"));
        const auto converted = VcfReader::read(path);
        QVERIFY2(converted.has_value(),
                 qPrintable(converted.has_value() ? QString() : converted.error().toString()));
        QCOMPARE(converted->summary.format, format);
        QCOMPARE(converted->summary.compression, compression);
        QCOMPARE(converted->summary.variants, plain->summary.variants);
        QCOMPARE(converted->summary.skipped, plain->summary.skipped);
        for (qsizetype row = 0; row < plain->store->size(); ++row) {
            QCOMPARE(converted->store->position(row), plain->store->position(row));
            QCOMPARE(converted->store->alternate(row), plain->store->alternate(row));
            QCOMPARE(converted->store->genotype(row, 0).zygosity,
                     plain->store->genotype(row, 0).zygosity);
            QCOMPARE(converted->store->genotype(row, 1).alternateDepth,
                     plain->store->genotype(row, 1).alternateDepth);
        }
    }

    void errorsNameFileAndPlace_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<qint64>("record");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("non-numeric POS") << "malformed-pos.vcf" << Error::Code::MalformedRecord
                                         << qint64(2) << qint64(15) << "";
        QTest::newRow("missing columns") << "malformed-columns.vcf" << Error::Code::MalformedRecord
                                         << qint64(2) << qint64(15) << "columns";
        QTest::newRow("plain text") << "not-a-vcf.txt" << Error::Code::UnsupportedFormat
                                    << qint64(0) << qint64(0) << "not a VCF";
        QTest::newRow("empty file") << "empty.vcf" << Error::Code::UnsupportedFormat << qint64(0)
                                    << qint64(0) << "empty";
        QTest::newRow("missing file") << "does-not-exist.vcf" << Error::Code::FileNotFound
                                      << qint64(0) << qint64(0) << "not found";
    }

    void errorsNameFileAndPlace()
    {
        QFETCH(QString, file);
        QFETCH(Error::Code, code);
        QFETCH(qint64, record);
        QFETCH(qint64, line);
        QFETCH(QString, messagePart);

        const QString path = data(file.toLatin1().constData());
        const auto loaded = VcfReader::read(path);
        QVERIFY(!loaded.has_value());
        const Error &error = loaded.error();
        QCOMPARE(error.code(), code);
        QCOMPARE(error.file(), path);
        QCOMPARE(error.record(), record);
        QCOMPARE(error.line(), line);
        QVERIFY2(error.message().contains(messagePart), qPrintable(error.message()));
        QVERIFY(error.toString().startsWith(path));
    }

    void truncatedBgzipIsAnError()
    {
        // Large enough that the cut falls inside the compressed records.
        const QString plain = m_dir.filePath(QStringLiteral("big.vcf"));
        {
            QFile file(plain);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QFile header(data("small.vcf"));
            QVERIFY(header.open(QIODevice::ReadOnly));
            while (!header.atEnd()) {
                const QByteArray line = header.readLine();
                if (line.startsWith('#'))
                    file.write(line);
            }
            for (int i = 1; i <= 50000; ++i)
                file.write(
                        QByteArray("chr1\t") + QByteArray::number(i * 10)
                        + "\t.\tA\tG\t50\tPASS\t.\tGT:AD:DP:GQ\t0/1:10,12:22:60\t0/0:20,0:20:99\n");
        }
        const QString bgzip = QStandardPaths::findExecutable(QStringLiteral("bgzip"));
        if (bgzip.isEmpty())
            QSKIP("bgzip is not installed (scripts/setup-deps.sh installs tabix)");
        QCOMPARE(QProcess::execute(bgzip, {QStringLiteral("-f"), plain}), 0);
        const QString compressed = plain + QStringLiteral(".gz");
        QFile file(compressed);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
        file.close();

        const auto loaded = VcfReader::read(compressed);
        QVERIFY(!loaded.has_value());
        QCOMPARE(loaded.error().file(), compressed);
        QVERIFY2(loaded.error().message().contains(QStringLiteral("truncated")),
                 qPrintable(loaded.error().toString()));
    }

    void unsortedFileLoadsWithAWarning()
    {
        const auto loaded = VcfReader::read(data("unsorted.vcf"));
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->summary.variants, 2);
        QCOMPARE(loaded->summary.warnings.size(), 1);
        QVERIFY(loaded->summary.warnings.first().contains(QStringLiteral("not sorted")));
    }

    void cancelStopsTheLoad()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancel.vcf"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("##fileformat=VCFv4.2\n##contig=<ID=1,length=249250621>\n"
                       "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n");
            for (int i = 1; i <= 20000; ++i)
                file.write("1\t" + QByteArray::number(i) + "\t.\tA\tC\t.\t.\t.\n");
        }
        qint64 lastProgress = -1;
        JobContext job([&lastProgress](qint64 done, qint64) { lastProgress = done; });
        job.cancel();
        const auto loaded = VcfReader::read(path, job, VcfReader::Options());
        QVERIFY(!loaded.has_value());
        QCOMPARE(loaded.error().code(), Error::Code::Cancelled);

        JobContext uncancelled([&lastProgress](qint64 done, qint64) { lastProgress = done; });
        const auto complete = VcfReader::read(path, uncancelled, VcfReader::Options());
        QVERIFY(complete.has_value());
        QCOMPARE(complete->summary.variants, 20000);
        QCOMPARE(complete->summary.build, GenomeBuild::GRCh37);
        QCOMPARE(lastProgress, QFileInfo(path).size());
    }

    void sharedPlatinumGenome()
    {
        const QString path = QStringLiteral(GENOMEDESK_SHARED_DATA_DIR
                                            "/samples/PlatinumGenomes_NA12878_hg38_chr21.vcf.gz");
        if (!QFile::exists(path))
            QSKIP("../shared/data is absent: public sample VCFs not available");
        const auto loaded = VcfReader::read(path);
        QVERIFY2(loaded.has_value(),
                 qPrintable(loaded.has_value() ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->summary.compression, QStringLiteral("bgzf"));
        QVERIFY(loaded->summary.variants > 10000);
        QCOMPARE(loaded->summary.samples.size(), 1);
        QVERIFY(loaded->summary.variantsPerContig.contains(QStringLiteral("chr21")));
    }
};

QTEST_GUILESS_MAIN(TestVcfReader)
#include "tst_vcfreader.moc"
