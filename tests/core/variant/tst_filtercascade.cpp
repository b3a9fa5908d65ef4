// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/family/inheritance.h>
#include <core/variant/filtercascade.h>
#include <core/variant/variantstatistics.h>
#include <core/vcf/vcfreader.h>

#include <QTest>

using namespace Core;

class TestFilterCascade : public QObject
{
    Q_OBJECT

private:
    LoadedVariants m_small;
    LoadedVariants m_trio;

private slots:
    void initTestCase()
    {
        auto small = VcfReader::read(QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/small.vcf"));
        QVERIFY(small.has_value());
        m_small = std::move(small).value();
        VcfReader::Options options;
        options.pedigreeFile = QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/trio/trio.ped");
        const JobContext job;
        auto trio = VcfReader::read(
                QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/trio/trio.vcf"), job, options);
        QVERIFY(trio.has_value());
        m_trio = std::move(trio).value();
    }

    void stepsCountWhatTheyRemove()
    {
        // Mother (sample 1) of small.vcf: carries rows 2, 4, 5, 6; of these PASS: 2, 4, 6.
        const FilterCascade cascade = FilterCascade::preset(FilterCascade::Preset::QualityPass, 1);
        const FilterCascade::Result result = cascade.run(*m_small.store);
        QCOMPARE(result.steps.size(), 3);
        QCOMPARE(result.steps.at(0).before, 8);
        QCOMPARE(result.steps.at(0).after, 4);
        QCOMPARE(result.steps.at(1).removed(), 1);
        // Depth ≥ 10 and GQ ≥ 20: row 4 has DP 13 GQ 20, row 6 DP 20 GQ 99, row 2 DP 18 GQ 50.
        QCOMPARE(result.steps.at(2).after, 3);
        QCOMPARE(result.rows, std::vector<quint32>({2, 4, 6}));
    }

    void allVariantsHasNoSteps()
    {
        const auto result
                = FilterCascade::preset(FilterCascade::Preset::AllVariants).run(*m_small.store);
        QVERIFY(result.steps.isEmpty());
        QCOMPARE(qsizetype(result.rows.size()), m_small.store->size());
    }

    void trioPresets_data()
    {
        QTest::addColumn<FilterCascade::Preset>("preset");
        QTest::addColumn<std::vector<quint32>>("rows");
        QTest::newRow("de novo") << FilterCascade::Preset::DeNovo << std::vector<quint32>{0};
        QTest::newRow("recessive")
                << FilterCascade::Preset::Recessive << std::vector<quint32>{1, 2, 3, 6, 7};
        QTest::newRow("X-linked") << FilterCascade::Preset::XLinked << std::vector<quint32>{13};
        QTest::newRow("coding") << FilterCascade::Preset::RareCoding
                                << std::vector<quint32>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13};
    }

    void trioPresets()
    {
        QFETCH(FilterCascade::Preset, preset);
        QFETCH(std::vector<quint32>, rows);
        // The trio VCF has no DP/GQ: the quality step would remove everything, so it is
        // dropped here to test the inheritance step on its own.
        FilterCascade cascade;
        const FilterCascade full = FilterCascade::preset(preset, m_trio.trio.child);
        for (const FilterCascade::Step &step : full.steps()) {
            if (step.filter.minimumDepth < 0)
                cascade.addStep(step.name, step.filter);
        }
        QCOMPARE(cascade.run(*m_trio.store, m_trio.inheritance.get()).rows, rows);
        QVERIFY(!FilterCascade::presetName(preset).isEmpty());
    }

    void statistics()
    {
        const VariantStatistics statistics
                = VariantStatistics::compute(*m_small.store, 0, m_small.summary.build);
        QCOMPARE(statistics.carried, 8);
        QCOMPARE(statistics.snvs, 4);
        QCOMPARE(statistics.insertions, 1);
        QCOMPARE(statistics.deletions, 1);
        QCOMPARE(statistics.mnvs, 1);
        QCOMPARE(statistics.structural, 1);
        // A>G, C>T and G>A are transitions, C>G a transversion.
        QCOMPARE(statistics.transitions, 3);
        QCOMPARE(statistics.transversions, 1);
        QCOMPARE(statistics.transitionTransversionRatio(), 3.0);
        QCOMPARE(statistics.homozygous, 2); // 1|1 and the haploid chrX call
        QCOMPARE(statistics.heterozygous, 6);
        QCOMPARE(statistics.depthBins[2], 4); // DP 22, 22 and 22 (one split record), 20
        QCOMPARE(statistics.perContigRank.value(1), 5);
        QCOMPARE(statistics.contigNames.value(23), QStringLiteral("chrX"));
        // Both chrX calls lie in PAR1 (GRCh38): no evidence for the X heterozygosity check.
        QCOMPARE(statistics.chromosomeXHomozygous, 0);
        QVERIFY(statistics.chromosomeXHeterozygosity() < 0);
    }
};

QTEST_GUILESS_MAIN(TestFilterCascade)
#include "tst_filtercascade.moc"
