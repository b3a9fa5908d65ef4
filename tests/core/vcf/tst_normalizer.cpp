// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/vcf/normalizer.h>
#include <core/vcf/referencegenome.h>
#include <core/vcf/vcfreader.h>

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

class TestNormalizer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_sequence;
    QString m_fasta;

    struct Site
    {
        qint64 position;
        QByteArray reference;
        QByteArray alternate;
        bool operator==(const Site &other) const
        {
            return position == other.position && reference == other.reference
                   && alternate == other.alternate;
        }
    };

    QByteArray base(qint64 position) const { return m_sequence.mid(position - 1, 1); }

private slots:
    void initTestCase()
    {
        VcfReader::initializeLibrary();
        // A reference with repeats of period 1, 2, 3 and 4, separated by random sequence.
        QRandomGenerator random(20260301);
        auto randomBases = [&random](int count) {
            QByteArray bases;
            for (int i = 0; i < count; ++i)
                bases += "ACGT"[random.bounded(4)];
            return bases;
        };
        m_sequence = randomBases(100) + "AAAAAAAA" + randomBases(100) + "CACACACACA"
                     + randomBases(100) + "CAGCAGCAGCAG" + randomBases(100) + "GATTGATTGATT"
                     + randomBases(200);
        m_fasta = m_dir.filePath(QStringLiteral("ref.fa"));
        QFile fasta(m_fasta);
        QVERIFY(fasta.open(QIODevice::WriteOnly));
        fasta.write(">chr1\n");
        for (int i = 0; i < m_sequence.size(); i += 60)
            fasta.write(m_sequence.mid(i, 60) + "\n");
    }

    void trim_data()
    {
        QTest::addColumn<qint64>("position");
        QTest::addColumn<QByteArray>("reference");
        QTest::addColumn<QByteArray>("alternate");
        QTest::addColumn<qint64>("expectedPosition");
        QTest::addColumn<QByteArray>("expectedReference");
        QTest::addColumn<QByteArray>("expectedAlternate");
        QTest::addColumn<bool>("changed");

        QTest::newRow("snv untouched") << qint64(10) << QByteArray("A") << QByteArray("G")
                                       << qint64(10) << QByteArray("A") << QByteArray("G") << false;
        QTest::newRow("split deletion keeps suffix trimmed")
                << qint64(100) << QByteArray("CTT") << QByteArray("CT") << qint64(100)
                << QByteArray("CT") << QByteArray("C") << true;
        QTest::newRow("shared prefix of an mnv")
                << qint64(50) << QByteArray("GAT") << QByteArray("GCT") << qint64(51)
                << QByteArray("A") << QByteArray("C") << true;
        QTest::newRow("insertion with two anchor bases")
                << qint64(7) << QByteArray("AC") << QByteArray("ACGTC") << qint64(7)
                << QByteArray("A") << QByteArray("ACGT") << true;
        QTest::newRow("symbolic untouched")
                << qint64(5) << QByteArray("N") << QByteArray("<DEL>") << qint64(5)
                << QByteArray("N") << QByteArray("<DEL>") << false;
    }

    void trim()
    {
        QFETCH(qint64, position);
        QFETCH(QByteArray, reference);
        QFETCH(QByteArray, alternate);
        QFETCH(qint64, expectedPosition);
        QFETCH(QByteArray, expectedReference);
        QFETCH(QByteArray, expectedAlternate);
        QFETCH(bool, changed);

        Normalizer::Allele allele{"chr1", position, reference, alternate};
        const int change = Normalizer::trim(allele);
        QCOMPARE(allele.position, expectedPosition);
        QCOMPARE(allele.reference, expectedReference);
        QCOMPARE(allele.alternate, expectedAlternate);
        QCOMPARE(change != Normalizer::Unchanged, changed);
    }

    void splitsGenotypeValues()
    {
        static_assert(Normalizer::genotypeIndex(0, 0) == 0);
        static_assert(Normalizer::genotypeIndex(1, 2) == 4);
        static_assert(Normalizer::genotypeIndex(3, 0) == 6);
        static_assert(Normalizer::genotypeIndex(3, 3) == 9);
        // Four alleles, diploid: ten genotypes 0/0 0/1 1/1 0/2 1/2 2/2 0/3 1/3 2/3 3/3.
        const int diploid[] = {0, 10, 20, 30, 40, 50, 60, 70, 80, 90};
        int out[3] = {-1, -1, -1};
        QCOMPARE(Normalizer::splitGenotypeValues(diploid, 10, 4, 2, 1, out), 3);
        QCOMPARE(QList<int>(out, out + 3), QList<int>({0, 10, 20}));
        QCOMPARE(Normalizer::splitGenotypeValues(diploid, 10, 4, 2, 2, out), 3);
        QCOMPARE(QList<int>(out, out + 3), QList<int>({0, 30, 50}));
        QCOMPARE(Normalizer::splitGenotypeValues(diploid, 10, 4, 0, 3, out), 3);
        QCOMPARE(QList<int>(out, out + 3), QList<int>({0, 60, 90}));
        // Haploid: one value per allele.
        const float haploid[] = {-30.f, -20.f, -0.5f};
        float values[3] = {};
        QCOMPARE(Normalizer::splitGenotypeValues(haploid, 3, 3, 1, 2, values), 2);
        QCOMPARE(values[0], -30.f);
        QCOMPARE(values[1], -0.5f);
        QCOMPARE(Normalizer::splitGenotypeValues(haploid, 3, 3, 0, 1, values), 2);
        QCOMPARE(values[1], -20.f);
        // A count that fits neither the ploidy nor the alleles, a polyploid call, a bad allele.
        QCOMPARE(Normalizer::splitGenotypeValues(diploid, 4, 3, 2, 1, out), 0);
        QCOMPARE(Normalizer::splitGenotypeValues(diploid, 2, 2, 2, 1, out), 0);
        QCOMPARE(Normalizer::splitGenotypeValues(diploid, 3, 2, 1, 1, out), 0);
        QCOMPARE(Normalizer::splitGenotypeValues(diploid, 5, 3, 0, 1, out), 0);
        QCOMPARE(Normalizer::splitGenotypeValues(diploid, 4, 2, 3, 1, out), 0);
        QCOMPARE(Normalizer::splitGenotypeValues(diploid, 3, 2, 2, 2, out), 0);
    }

    void leftAlignsInAHomopolymer()
    {
        auto reference = ReferenceGenome::open(m_fasta);
        QVERIFY(reference.has_value());
        // The homopolymer is at 101..108; delete its last A, written at 107.
        Normalizer::Allele allele{"chr1", 107, base(107) + base(108), base(107)};
        Normalizer::Status status = Normalizer::Status::Ok;
        const int change = Normalizer::normalize(allele, reference.value(), &status);
        QCOMPARE(status, Normalizer::Status::Ok);
        QVERIFY(change & Normalizer::LeftAligned);
        QCOMPARE(allele.position, 100);
        QCOMPARE(allele.reference, base(100) + "A");
        QCOMPARE(allele.alternate, base(100));
    }

    void referenceMismatchIsReported()
    {
        auto reference = ReferenceGenome::open(m_fasta);
        QVERIFY(reference.has_value());
        const QByteArray wrong = base(50) == "A" ? "C" : "A";
        Normalizer::Allele allele{"1", 50, wrong + "T", wrong};
        Normalizer::Status status = Normalizer::Status::Ok;
        Normalizer::normalize(allele, reference.value(), &status);
        QCOMPARE(status, Normalizer::Status::ReferenceMismatch);
        QCOMPARE(allele.position, 50); // not moved
    }

    void agreesWithBcftoolsNorm()
    {
        const QString bcftools = QStandardPaths::findExecutable(QStringLiteral("bcftools"));
        if (bcftools.isEmpty())
            QSKIP("bcftools is not installed (scripts/setup-deps.sh installs it)");

        // Indels written at the right end of each repeat (as some callers do), plus a
        // multi-allelic record, an insertion in a repeat and plain SNVs.
        QList<QByteArray> records;
        auto record
                = [&](qint64 position, const QByteArray &reference, const QByteArray &alternate) {
                      records.append("chr1\t" + QByteArray::number(position) + "\t.\t" + reference
                                     + "\t" + alternate + "\t50\tPASS\t.\tGT\t0/1\n");
                  };
        record(20, base(20), base(20) == "A" ? "G" : "A");
        record(107, m_sequence.mid(106, 2), base(107)); // homopolymer deletion
        record(207, m_sequence.mid(206, 3), base(207)); // CA repeat deletion
        record(215, base(215), base(215) + "CA");       // CA repeat insertion
        record(324, base(324), base(324) + "CAG");      // CAG insertion
        record(430, m_sequence.mid(429, 5), base(430)); // GATT deletion
        record(500,
               m_sequence.mid(499, 3),
               base(500) + "," + m_sequence.mid(499, 2)); // multi-allelic
        const QString vcf = m_dir.filePath(QStringLiteral("repeats.vcf"));
        {
            QFile file(vcf);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("##fileformat=VCFv4.2\n##contig=<ID=chr1,length="
                       + QByteArray::number(m_sequence.size())
                       + ">\n##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                         "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n");
            for (const QByteArray &line : records)
                file.write(line);
        }

        QProcess process;
        process.start(bcftools,
                      {QStringLiteral("norm"),
                       QStringLiteral("-m-any"),
                       QStringLiteral("-f"),
                       m_fasta,
                       vcf});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QList<Site> expected;
        for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> columns = line.split('\t');
            expected.append({columns.at(1).toLongLong(), columns.at(3), columns.at(4)});
        }

        VcfReader::Options options;
        options.referenceFasta = m_fasta;
        const JobContext job;
        const auto loaded = VcfReader::read(vcf, job, options);
        QVERIFY2(loaded.has_value(),
                 qPrintable(loaded.has_value() ? QString() : loaded.error().toString()));
        QList<Site> actual;
        for (qsizetype row = 0; row < loaded->store->size(); ++row)
            actual.append({loaded->store->position(row),
                           loaded->store->reference(row),
                           loaded->store->alternate(row)});
        std::sort(actual.begin(), actual.end(), [](const Site &a, const Site &b) {
            return std::tie(a.position, a.reference, a.alternate)
                   < std::tie(b.position, b.reference, b.alternate);
        });
        std::sort(expected.begin(), expected.end(), [](const Site &a, const Site &b) {
            return std::tie(a.position, a.reference, a.alternate)
                   < std::tie(b.position, b.reference, b.alternate);
        });
        QCOMPARE(actual.size(), expected.size());
        for (int i = 0; i < actual.size(); ++i) {
            QVERIFY2(actual.at(i) == expected.at(i),
                     qPrintable(QStringLiteral("ours %1 %2>%3, bcftools %4 %5>%6")
                                        .arg(actual.at(i).position)
                                        .arg(QString::fromLatin1(actual.at(i).reference),
                                             QString::fromLatin1(actual.at(i).alternate))
                                        .arg(expected.at(i).position)
                                        .arg(QString::fromLatin1(expected.at(i).reference),
                                             QString::fromLatin1(expected.at(i).alternate))));
        }
        QVERIFY(loaded->summary.altered.value(QStringLiteral("left-aligned")) >= 4);
    }

    void splitAgreesWithBcftoolsOnSharedData_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("GIAB trio")
                << "samples/GIAB_AshkenazimTrio_HG002-HG003-HG004.GRCh37.chr1-2.vcf.gz";
        QTest::newRow("Scout demo trio") << "samples/scout_demo_643594.clinical.GRCh37.vcf.gz";
        QTest::newRow("Platinum NA12878") << "samples/PlatinumGenomes_NA12878_hg38_chr21.vcf.gz";
        QTest::newRow("ClinVar GRCh38") << "clinvar/clinvar_20211025.GRCh38.excerpt.vcf.gz";
    }

    void splitAgreesWithBcftoolsOnSharedData()
    {
        QFETCH(QString, file);
        const QString path = QStringLiteral(GENOMEDESK_SHARED_DATA_DIR "/") + file;
        if (!QFile::exists(path))
            QSKIP("../shared/data is absent: public sample VCFs not available");
        const QString bcftools = QStandardPaths::findExecutable(QStringLiteral("bcftools"));
        if (bcftools.isEmpty())
            QSKIP("bcftools is not installed");

        QProcess process;
        process.start(bcftools,
                      {QStringLiteral("norm"),
                       QStringLiteral("-m-any"),
                       QStringLiteral("--no-version"),
                       path});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        QList<Site> expected;
        QByteArray previousLine;
        for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            // A record written twice in a row is kept once by GenomeDesk (counted as skipped).
            if (line == previousLine)
                continue;
            previousLine = line;
            const QList<QByteArray> columns = line.split('\t');
            const QByteArray alternate = columns.at(4);
            // GenomeDesk drops what is not a variant: no ALT, gVCF <NON_REF>, spanning '*'.
            if (alternate == "." || alternate == "*" || alternate == "<NON_REF>"
                || alternate == "<*>")
                continue;
            Normalizer::Allele allele{
                    columns.at(0), columns.at(1).toLongLong(), columns.at(3), alternate};
            Normalizer::trim(allele); // bcftools norm without -f does not trim
            expected.append({allele.position, allele.reference, allele.alternate});
        }

        const auto loaded = VcfReader::read(path);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->store->size(), qsizetype(expected.size()));
        for (qsizetype row = 0; row < loaded->store->size(); ++row) {
            const Site actual{loaded->store->position(row),
                              loaded->store->reference(row),
                              loaded->store->alternate(row)};
            QVERIFY2(actual == expected.at(row), qPrintable(QStringLiteral("row %1").arg(row)));
        }
    }
};

QTEST_GUILESS_MAIN(TestNormalizer)
#include "tst_normalizer.moc"
