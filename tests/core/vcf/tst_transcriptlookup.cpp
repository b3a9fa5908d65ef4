// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/vcf/transcriptlookup.h>
#include <core/vcf/vcfreader.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

class TestTranscriptLookup : public QObject
{
    Q_OBJECT

private:
    /*! The error's text, for a failed check (QVERIFY2 evaluates its message every time). */
    template<typename T>
    static QString errorOf(const Result<T> &result)
    {
        return result ? QString() : result.error().toString();
    }

    static QString data(const char *name)
    {
        return QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/vcf/") + QLatin1String(name);
    }

    /*! Runs a tool of htslib/bcftools; skips the test when it is not installed. */
    static bool run(const QString &program, const QStringList &arguments)
    {
        if (QStandardPaths::findExecutable(program).isEmpty())
            return false;
        QProcess process;
        process.start(program, arguments);
        return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit
               && process.exitCode() == 0;
    }

    /*! The query for row \a row of \a loaded, as the detail pane makes it. */
    static TranscriptQuery query(const QString &path, const VariantStore &store, qsizetype row)
    {
        TranscriptQuery query;
        query.path = path;
        query.loadedStamp = FileStamp::of(path);
        query.contig = store.contig(row).toUtf8();
        query.position = store.position(row);
        query.reference = store.reference(row);
        query.alternate = store.alternate(row);
        return query;
    }

    static qsizetype rowOf(const VariantStore &store, qint64 position, const QByteArray &alternate)
    {
        for (qsizetype row = 0; row < store.size(); ++row) {
            if (store.position(row) == position && store.alternate(row) == alternate)
                return row;
        }
        return -1;
    }

    /*! Checks every annotated row of the VEP fixture (however \a path is stored). */
    void checkVepRows(const QString &path,
                      const QString &cacheDirectory,
                      TranscriptList::Access expectedFirst)
    {
        auto loaded = VcfReader::read(path);
        QVERIFY2(loaded, qPrintable(errorOf(loaded)));
        const VariantStore &store = *loaded->store;
        QCOMPARE(store.size(), 6);

        TranscriptQuery snv = query(path, store, rowOf(store, 1000, "G"));
        snv.indexCacheDirectory = cacheDirectory;
        auto found = TranscriptLookup::find(snv);
        QVERIFY2(found, qPrintable(errorOf(found)));
        QCOMPARE(found->access, expectedFirst);
        QCOMPARE(found->source, QStringLiteral("VEP"));
        QCOMPARE(found->key, QStringLiteral("CSQ"));
        QCOMPARE(found->transcripts.size(), 3);
        QCOMPARE(found->transcripts.at(0).transcript, QStringLiteral("ENST00000000001.1"));
        QCOMPARE(found->transcripts.at(0).hgvsC, QStringLiteral("c.100A>G"));
        QCOMPARE(found->transcripts.at(0).hgvsP, QStringLiteral("p.Lys34Glu"));
        QCOMPARE(found->transcripts.at(2).consequence, QStringLiteral("intron_variant"));
        // MANE Select beats the more severe missense of another transcript.
        QCOMPARE(found->picked, 1);
        QVERIFY(found->transcripts.at(1).maneSelect);
        QCOMPARE(found->transcripts.at(found->picked).transcript,
                 store.transcript(rowOf(store, 1000, "G")));

        // The multi-allelic record: each row gets the entries of its own ALT.
        const qsizetype rowT = rowOf(store, 2000, "T");
        const qsizetype rowG = rowOf(store, 2000, "G");
        QVERIFY(rowT >= 0 && rowG >= 0);
        auto forT = TranscriptLookup::find(query(path, store, rowT));
        QVERIFY2(forT, qPrintable(errorOf(forT)));
        QCOMPARE(forT->transcripts.size(), 2);
        QCOMPARE(forT->transcripts.at(0).consequence, QStringLiteral("stop_gained"));
        QCOMPARE(forT->picked, 0);
        auto forG = TranscriptLookup::find(query(path, store, rowG));
        QVERIFY2(forG, qPrintable(errorOf(forG)));
        QCOMPARE(forG->transcripts.size(), 2);
        QCOMPARE(forG->transcripts.at(0).consequence, QStringLiteral("missense_variant"));
        QCOMPARE(forG->transcripts.at(1).gene, QStringLiteral("GENEC"));

        // CAGT>CAT at 3000 is stored trimmed as AG>A at 3001.
        const qsizetype indel = rowOf(store, 3001, "A");
        QVERIFY(indel >= 0);
        QCOMPARE(store.reference(indel), QByteArray("AG"));
        auto deletion = TranscriptLookup::find(query(path, store, indel));
        QVERIFY2(deletion, qPrintable(errorOf(deletion)));
        QCOMPARE(deletion->recordPosition, 3000);
        QCOMPARE(deletion->transcripts.size(), 2);
        QCOMPARE(deletion->transcripts.at(1).hgvsC, QStringLiteral("c.41del"));
        QCOMPARE(deletion->picked, 0);

        // A record without CSQ: no transcripts, no error.
        auto plain = TranscriptLookup::find(query(path, store, rowOf(store, 4000, "A")));
        QVERIFY2(plain, qPrintable(errorOf(plain)));
        QVERIFY(plain->transcripts.isEmpty());
        QCOMPARE(plain->picked, -1);

        // Another contig.
        auto other = TranscriptLookup::find(query(path, store, rowOf(store, 5000, "C")));
        QVERIFY2(other, qPrintable(errorOf(other)));
        QCOMPARE(other->transcripts.size(), 1);
        QCOMPARE(other->transcripts.at(0).consequence, QStringLiteral("intergenic_variant"));
    }

private slots:
    void initTestCase()
    {
        VcfReader::initializeLibrary();
        QVERIFY(m_dir.isValid());
    }

    void plainVcfIsScanned()
    {
        checkVepRows(data("transcripts-vep.vcf"), QString(), TranscriptList::Access::Scan);
    }

    void bgzipWithTabixIndex()
    {
        const QString path = m_dir.filePath(QStringLiteral("tabix.vcf"));
        QVERIFY(QFile::copy(data("transcripts-vep.vcf"), path));
        if (!run(QStringLiteral("bgzip"), {QStringLiteral("-f"), path}))
            QSKIP("bgzip is not installed");
        QVERIFY(run(QStringLiteral("tabix"),
                    {QStringLiteral("-p"), QStringLiteral("vcf"), path + QStringLiteral(".gz")}));
        checkVepRows(path + QStringLiteral(".gz"), QString(), TranscriptList::Access::FileIndex);
    }

    void bgzipWithoutIndexBuildsOneInTheCache()
    {
        QTemporaryDir patientDirectory;
        const QString path = patientDirectory.filePath(QStringLiteral("noindex.vcf"));
        QVERIFY(QFile::copy(data("transcripts-vep.vcf"), path));
        if (!run(QStringLiteral("bgzip"), {QStringLiteral("-f"), path}))
            QSKIP("bgzip is not installed");
        const QString compressed = path + QStringLiteral(".gz");
        const QString cache = m_dir.filePath(QStringLiteral("cache"));
        checkVepRows(compressed, cache, TranscriptList::Access::BuiltIndex);
        const QString index = TranscriptLookup::cachedIndexPath(compressed, cache);
        QVERIFY(QFileInfo::exists(index));
        QVERIFY(!index.contains(QStringLiteral("noindex"))); // no patient file name in the cache
        // Nothing was written next to the patient's file.
        QCOMPARE(QDir(patientDirectory.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("noindex.vcf.gz")});
        const QDateTime built = QFileInfo(index).lastModified();

        // The second time the index is reused, not built again.
        checkVepRows(compressed, cache, TranscriptList::Access::CachedIndex);
        QCOMPARE(QFileInfo(index).lastModified(), built);

        // A changed file (same name) gets a new index.
        QFile::remove(compressed);
        QVERIFY(QFile::copy(data("transcripts-vep.vcf"), path));
        QVERIFY(run(QStringLiteral("bgzip"),
                    {QStringLiteral("-f"), QStringLiteral("-l"), QStringLiteral("1"), path}));
        QFile file(compressed);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(60),
                                 QFileDevice::FileModificationTime));
        file.close();
        checkVepRows(compressed, cache, TranscriptList::Access::BuiltIndex);
    }

    void bcfWithAndWithoutIndex()
    {
        const QString path = m_dir.filePath(QStringLiteral("variants.bcf"));
        if (!run(QStringLiteral("bcftools"),
                 {QStringLiteral("view"),
                  QStringLiteral("-Ob"),
                  QStringLiteral("-o"),
                  path,
                  data("transcripts-vep.vcf")}))
            QSKIP("bcftools is not installed");
        const QString cache = m_dir.filePath(QStringLiteral("bcf-cache"));
        checkVepRows(path, cache, TranscriptList::Access::BuiltIndex);
        QVERIFY(run(QStringLiteral("bcftools"), {QStringLiteral("index"), path}));
        checkVepRows(path, cache, TranscriptList::Access::FileIndex);
    }

    // A deletion written at the right end of a CA repeat, loaded with a reference FASTA: the
    // store holds it left-aligned (to the left of the record's POS), and the lookup still finds
    // its record, in a plain file (scanned) and in a bgzipped one (through a built index). Without
    // the FASTA in the query, the left-aligned allele matches no record.
    void leftAlignedIndelFindsItsRecord()
    {
        // chr1: 49 T, G at 50, CACACACACA at 51-60, T at 61, then Ts.
        const QByteArray sequence = QByteArray(49, 'T') + "G" + "CACACACACA" + QByteArray(139, 'T');
        const QString fasta = m_dir.filePath(QStringLiteral("repeat.fa"));
        {
            QFile file(fasta);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(">chr1\n");
            for (int i = 0; i < sequence.size(); i += 60)
                file.write(sequence.mid(i, 60) + "\n");
        }
        const QString path = m_dir.filePath(QStringLiteral("repeat.vcf"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("##fileformat=VCFv4.2\n"
                       "##contig=<ID=chr1,length=199>\n"
                       "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                       "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence "
                       "annotations from Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|"
                       "Gene|Feature|BIOTYPE|HGVSc|HGVSp|HGNC_ID|CANONICAL|MANE_SELECT\">\n"
                       "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tPROBAND\n"
                       "chr1\t20\t.\tT\tC\t50\tPASS\tCSQ=C|intergenic_variant|MODIFIER||||||||"
                       "|\tGT\t0/1\n"
                       "chr1\t58\t.\tACA\tA\t50\tPASS\tCSQ=-|frameshift_variant|HIGH|GENEL|"
                       "ENSG09|ENST00000000090.1|protein_coding|ENST00000000090.1:c.20_21del|"
                       "ENSP00000000090.1:p.His7GlnfsTer5|1009|YES|NM_000009.1\tGT\t0/1\n");
        }
        VcfReader::Options options;
        options.referenceFasta = fasta;
        auto loaded = VcfReader::read(path, JobContext(), options);
        QVERIFY2(loaded, qPrintable(errorOf(loaded)));
        const VariantStore &store = *loaded->store;
        const qsizetype row = rowOf(store, 50, "G");
        QVERIFY2(row >= 0, "the deletion is stored left-aligned at 50");
        QCOMPARE(store.reference(row), QByteArray("GCA"));
        QVERIFY(store.flags(row) & VariantStore::LeftAligned);

        auto check = [&](const QString &file, const QString &cache, TranscriptList::Access access) {
            TranscriptQuery deletion = query(file, store, row);
            deletion.referenceFasta = fasta;
            deletion.indexCacheDirectory = cache;
            auto found = TranscriptLookup::find(deletion);
            QVERIFY2(found, qPrintable(errorOf(found)));
            QCOMPARE(found->access, access);
            QCOMPARE(found->recordPosition, 58);
            QCOMPARE(found->transcripts.size(), 1);
            QCOMPARE(found->transcripts.at(0).transcript, QStringLiteral("ENST00000000090.1"));
            QCOMPARE(found->transcripts.at(0).hgvsC, QStringLiteral("c.20_21del"));
            QCOMPARE(found->picked, 0);

            deletion.referenceFasta.clear(); // the record's own allele is not left-aligned
            auto withoutFasta = TranscriptLookup::find(deletion);
            QVERIFY(!withoutFasta);
            QVERIFY(withoutFasta.error().message().contains(QStringLiteral("not found")));
        };
        check(path, QString(), TranscriptList::Access::Scan);
        if (!run(QStringLiteral("bgzip"), {QStringLiteral("-k"), QStringLiteral("-f"), path}))
            QSKIP("bgzip is not installed");
        const QString compressed = path + QStringLiteral(".gz");
        // The store was loaded from the plain file; the bgzipped one holds the same records.
        check(compressed,
              m_dir.filePath(QStringLiteral("repeat-cache")),
              TranscriptList::Access::BuiltIndex);
    }

    void snpEffAnnotations()
    {
        const QString path = data("transcripts-snpeff.vcf");
        auto loaded = VcfReader::read(path);
        QVERIFY2(loaded, qPrintable(errorOf(loaded)));
        auto found = TranscriptLookup::find(query(path, *loaded->store, 0));
        QVERIFY2(found, qPrintable(errorOf(found)));
        QCOMPARE(found->source, QStringLiteral("SnpEff"));
        QCOMPARE(found->key, QStringLiteral("ANN"));
        QCOMPARE(found->transcripts.size(), 2);
        QCOMPARE(found->transcripts.at(0).transcript, QStringLiteral("NM_000005.3"));
        QCOMPARE(found->transcripts.at(0).hgvsP, QStringLiteral("p.Arg4Cys"));
        QCOMPARE(found->transcripts.at(1).gene, QStringLiteral("GENEF"));
        QCOMPARE(found->picked, 0); // the most severe: missense before upstream
    }

    void fileChangedOrGoneAfterLoad()
    {
        const QString path = m_dir.filePath(QStringLiteral("changed.vcf"));
        QVERIFY(QFile::copy(data("transcripts-vep.vcf"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto loaded = VcfReader::read(path);
        QVERIFY(loaded);
        const TranscriptQuery before = query(path, *loaded->store, 1);
        QVERIFY(TranscriptLookup::find(before));

        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("chr17\t9000\t.\tA\tT\t50\tPASS\t.\tGT\t0/1\n");
        file.close();
        auto changed = TranscriptLookup::find(before);
        QVERIFY(!changed);
        QCOMPARE(changed.error().code(), Error::Code::FileUnreadable);
        QVERIFY(changed.error().message().contains(QStringLiteral("changed")));

        QVERIFY(QFile::remove(path));
        auto gone = TranscriptLookup::find(before);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code(), Error::Code::FileNotFound);
    }

    void errors()
    {
        const QString path = data("transcripts-vep.vcf");
        auto loaded = VcfReader::read(path);
        QVERIFY(loaded);
        TranscriptQuery missing = query(path, *loaded->store, 1);
        missing.alternate = "T"; // not in the file
        auto notFound = TranscriptLookup::find(missing);
        QVERIFY(!notFound);
        QVERIFY(notFound.error().message().contains(QStringLiteral("not found")));
        missing.contig = "chr9";
        QVERIFY(!TranscriptLookup::find(missing));

        // No CSQ/ANN in the header.
        const QString unannotated = data("allele-depths.vcf");
        auto plain = VcfReader::read(unannotated);
        QVERIFY2(plain, qPrintable(errorOf(plain)));
        auto noAnnotation = TranscriptLookup::find(query(unannotated, *plain->store, 0));
        QVERIFY(!noAnnotation);
        QCOMPARE(noAnnotation.error().code(), Error::Code::UnsupportedFormat);

        JobContext job;
        job.cancel();
        auto cancelled = TranscriptLookup::find(query(path, *loaded->store, 1), job);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code(), Error::Code::Cancelled);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestTranscriptLookup)
#include "tst_transcriptlookup.moc"
