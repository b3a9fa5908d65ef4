// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/frequency/frequencyannotator.h>
#include <core/frequency/frequencyceiling.h>
#include <core/frequency/frequencystore.h>
#include <core/frequency/sitesvcfimporter.h>
#include <core/policy/caseevaluation.h>
#include <core/variant/filtercascade.h>
#include <core/vcf/vcfreader.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Core;

// "Rare in these populations" over a real cache file and a real case VCF: the ceiling's
// choice of populations, gnomAD's grpmax exclusions and minimum AN, FAF95, absent variants,
// and the same ceiling as a step of the filter cascade.
class TestFrequencyCeiling : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        const QByteArray header = "##fileformat=VCFv4.2\n"
                                  "##contig=<ID=chr1,length=248956422>\n";
        QByteArray sites = header;
        sites += "##INFO=<ID=AC,Number=A,Type=Integer,Description=\"Alternate allele count\">\n"
                 "##INFO=<ID=AN,Number=1,Type=Integer,Description=\"Total number of alleles\">\n";
        for (const char *group : {"afr", "nfe", "fin"}) {
            sites += QByteArray("##INFO=<ID=AC_") + group
                     + ",Number=A,Type=Integer,Description=\"Alternate allele count\">\n";
            sites += QByteArray("##INFO=<ID=AN_") + group
                     + ",Number=1,Type=Integer,Description=\"Total number of alleles\">\n";
            sites += QByteArray("##INFO=<ID=faf95_") + group
                     + ",Number=A,Type=Float,Description=\"Filtering allele frequency\">\n";
        }
        sites += "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
                 // afr 3% (FAF95 0.8%), nfe 0.05%
                 "chr1\t1000\t.\tA\tG\t.\tPASS\tAC=305;AN=25000;AC_afr=300;AN_afr=10000;faf95_afr="
                 "0.008;"
                 "AC_nfe=5;AN_nfe=10000;faf95_nfe=0.0002;AC_fin=0;AN_fin=5000\n"
                 // nfe 2%
                 "chr1\t2000\t.\tC\tT\t.\tPASS\tAC=201;AN=25000;AC_afr=1;AN_afr=10000;AC_nfe=200;"
                 "AN_nfe=10000;"
                 "AC_fin=0;AN_fin=5000\n"
                 // fin 2% only: fin is left out of grpmax
                 "chr1\t3000\t.\tG\tA\t.\tPASS\tAC=100;AN=25000;AC_afr=0;AN_afr=10000;AC_nfe=0;AN_"
                 "nfe=10000;"
                 "AC_fin=100;AN_fin=5000\n"
                 // afr 2.5% among 40 alleles only
                 "chr1\t4000\t.\tT\tC\t.\tPASS\tAC=1;AN=15040;AC_afr=1;AN_afr=40;AC_nfe=0;AN_nfe="
                 "10000;"
                 "AC_fin=0;AN_fin=5000\n";
        const QString sitesPath = m_directory.filePath(QStringLiteral("sites.vcf"));
        QVERIFY(writeFile(sitesPath, sites));

        QByteArray patient = header;
        patient += "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                   "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tPATIENT\n";
        for (const char *line :
             {"1000\t.\tA\tG", "2000\t.\tC\tT", "3000\t.\tG\tA", "4000\t.\tT\tC", "5000\t.\tA\tT"})
            patient += QByteArray("chr1\t") + line + "\t50\tPASS\t.\tGT\t0/1\n";
        const QString casePath = m_directory.filePath(QStringLiteral("case.vcf"));
        QVERIFY(writeFile(casePath, patient));

        auto store = FrequencyStore::open(m_directory.filePath(QStringLiteral("c.gdfreq")),
                                          FrequencyStore::OpenMode::ReadWrite);
        QVERIFY(store);
        m_cache = std::move(store).value();
        SitesVcfImporter::Options options;
        options.sourceName = QStringLiteral("gnomad");
        options.version = QStringLiteral("4.1");
        options.build = GenomeBuild::GRCh38;
        const auto imported = SitesVcfImporter::import(*m_cache, sitesPath, options, JobContext());
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().toString()));

        auto loaded = VcfReader::read(casePath);
        QVERIFY(loaded);
        m_case = std::move(loaded).value();
        QCOMPARE(m_case.store->size(), 5);
        const FrequencyAnnotator annotator({m_cache.get()});
        auto annotation = annotator.annotate(*m_case.store, GenomeBuild::GRCh38);
        QVERIFY(annotation);
        m_annotation = std::move(annotation).value();
    }

    void highestPopulationLikeGrpmax()
    {
        FrequencyCeiling ceiling;
        ceiling.excluded = frequencyCeilingExcludedPopulations();
        ceiling.minimumAlleleNumber = kFrequencyCeilingMinimumAlleleNumber;
        const FrequencyCeilingFilter filter(m_annotation, ceiling);
        QCOMPARE(kept(filter), QList<qint64>({3000, 4000, 5000}));
        QCOMPARE(filter.frequency(0), 0.03);
        QVERIFY(std::isnan(filter.frequency(4))); // not in the source
        QVERIFY(ceiling.description().contains(QStringLiteral("highest population")));

        // Without the exclusions and the minimum AN, fin and the 40-allele site count.
        const FrequencyCeilingFilter everything(m_annotation, FrequencyCeiling());
        QCOMPARE(kept(everything), QList<qint64>({5000}));
    }

    void chosenPopulations()
    {
        FrequencyCeiling ceiling;
        ceiling.populations = {QStringLiteral("nfe")};
        QCOMPARE(kept(FrequencyCeilingFilter(m_annotation, ceiling)),
                 QList<qint64>({1000, 3000, 4000, 5000}));
        ceiling.populations = {QStringLiteral("nfe"), QStringLiteral("afr")};
        QCOMPARE(kept(FrequencyCeilingFilter(m_annotation, ceiling)), QList<qint64>({3000, 5000}));
        ceiling.maximum = 0.05;
        QCOMPARE(kept(FrequencyCeilingFilter(m_annotation, ceiling)),
                 QList<qint64>({1000, 2000, 3000, 4000, 5000}));
        QVERIFY(ceiling.description().contains(QStringLiteral("nfe, afr")));
    }

    void filteringAlleleFrequency()
    {
        // afr AF is 3% but FAF95 0.8%: kept on FAF95, removed on AF; the site without a
        // FAF95 value falls back to AC/AN.
        FrequencyCeiling ceiling;
        ceiling.populations = {QStringLiteral("afr")};
        QCOMPARE(kept(FrequencyCeilingFilter(m_annotation, ceiling)),
                 QList<qint64>({2000, 3000, 5000}));
        ceiling.useFilteringAlleleFrequency = true;
        const FrequencyCeilingFilter faf(m_annotation, ceiling);
        QCOMPARE(kept(faf), QList<qint64>({1000, 2000, 3000, 5000}));
        QCOMPARE(float(faf.frequency(0)), 0.008f);
        QVERIFY(ceiling.description().startsWith(QStringLiteral("FAF95")));
    }

    void populationsOfTheSources()
    {
        QCOMPARE(frequencyPopulations(m_annotation),
                 QStringList({QStringLiteral("all"),
                              QStringLiteral("afr"),
                              QStringLiteral("fin"),
                              QStringLiteral("nfe")}));
    }

    void predicateStepOfTheCascade()
    {
        FrequencyCeiling ceiling;
        ceiling.populations = {QStringLiteral("nfe")};
        const FrequencyCeilingFilter filter(m_annotation, ceiling);
        FilterCascade cascade;
        VariantFilter notLast;
        notLast.contig = QStringLiteral("chr1");
        notLast.end = 4500;
        cascade.addStep(QStringLiteral("before 4500"), notLast);
        cascade.addStep(ceiling.description(),
                        [&filter](quint32 row) { return filter.keeps(row); });
        const FilterCascade::Result result = cascade.run(*m_case.store);
        QCOMPARE(result.steps.size(), 2);
        QCOMPARE(result.steps.at(0).removed(), 1);
        // The predicate sees only the four rows the first step kept, and removes one.
        QCOMPARE(result.steps.at(1).before, 4);
        QCOMPARE(result.steps.at(1).removed(), 1);
        QCOMPARE(result.rows, std::vector<quint32>({0, 2, 3}));
    }

private:
    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    QList<qint64> kept(const FrequencyCeilingFilter &filter) const
    {
        QList<qint64> positions;
        for (qsizetype row = 0; row < m_case.store->size(); ++row) {
            if (filter.keeps(row))
                positions.append(m_case.store->position(row));
        }
        return positions;
    }

    QTemporaryDir m_directory;
    std::unique_ptr<FrequencyStore> m_cache;
    LoadedVariants m_case;
    FrequencyAnnotation m_annotation;
};

QTEST_GUILESS_MAIN(TestFrequencyCeiling)
#include "tst_frequencyceiling.moc"
