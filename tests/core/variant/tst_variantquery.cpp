// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/family/inheritance.h>
#include <core/variant/variantquery.h>
#include <core/vcf/vcfreader.h>

#include <QTest>

using namespace Core;

class TestVariantQuery : public QObject
{
    Q_OBJECT

private:
    LoadedVariants m_small;
    LoadedVariants m_trio;

    static std::vector<quint32> rows(std::initializer_list<quint32> list) { return list; }

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

    void defaultFilterKeepsEverything()
    {
        QCOMPARE(VariantQuery::filter(*m_small.store, VariantFilter()),
                 VariantQuery::allRows(*m_small.store));
    }

    void filters_data()
    {
        QTest::addColumn<VariantFilter>("filter");
        QTest::addColumn<std::vector<quint32>>("expected");

        VariantFilter pass;
        pass.passOnly = true;
        QTest::newRow("PASS only") << pass << rows({0, 1, 2, 4, 6, 7});

        VariantFilter mother;
        mother.sample = 1;
        mother.carriersOnly = true;
        QTest::newRow("mother carries") << mother << rows({2, 4, 5, 6});

        VariantFilter depth;
        depth.minimumDepth = 20;
        QTest::newRow("child DP >= 20") << depth << rows({0, 1, 2, 6});

        VariantFilter snvs;
        snvs.types = {VariantType::Snv};
        QTest::newRow("SNVs") << snvs << rows({0, 1, 2, 6});

        VariantFilter region;
        region.contig = QStringLiteral("1"); // the file says chr1
        region.start = 2500;
        region.end = 4500;
        QTest::newRow("region in the other naming style") << region << rows({1, 2, 3});

        VariantFilter quality;
        quality.minimumQuality = 45;
        QTest::newRow("QUAL >= 45, missing fails") << quality << rows({0, 1, 2, 6, 7});
    }

    void filters()
    {
        QFETCH(VariantFilter, filter);
        QFETCH(std::vector<quint32>, expected);
        QCOMPARE(VariantQuery::filter(*m_small.store, filter), expected);
    }

    void inheritanceAndGenes()
    {
        VariantFilter compoundHets;
        compoundHets.inheritanceFlags = InheritanceAnalysis::CompoundHeterozygous;
        QCOMPARE(VariantQuery::filter(*m_trio.store, compoundHets, m_trio.inheritance.get()),
                 rows({2, 3, 6, 7}));
        // Without the analysis, an inheritance condition keeps nothing.
        QVERIFY(VariantQuery::filter(*m_trio.store, compoundHets).empty());

        VariantFilter genes;
        genes.genes = {QStringLiteral("GENE3"), QStringLiteral("GENEX2")};
        QCOMPARE(VariantQuery::filter(*m_trio.store, genes), rows({2, 3, 13}));
    }

    void sorting()
    {
        const VariantStore &store = *m_small.store;
        using Key = VariantQuery::SortKey;
        const auto byQuality
                = VariantQuery::sorted(store, VariantQuery::allRows(store), Key::Quality, false);
        QCOMPARE(byQuality.front(), 6u); // QUAL 99
        QCOMPARE(byQuality.back(), 5u);  // missing QUAL last when descending
        const auto byPosition = VariantQuery::sorted(store, byQuality, Key::Position, true);
        QCOMPARE(byPosition, VariantQuery::allRows(store)); // the file is sorted
        const auto byDepth
                = VariantQuery::sorted(store, VariantQuery::allRows(store), Key::Depth, true, 1);
        QCOMPARE(store.genotype(qsizetype(byDepth.back()), 1).depth, 20);
        // Stable: rows 1 and 2 have the same key and keep their order.
        const auto byType
                = VariantQuery::sorted(store, VariantQuery::allRows(store), Key::Type, true);
        QCOMPARE(std::vector<quint32>(byType.begin(), byType.begin() + 4), rows({0, 1, 2, 6}));
    }

    void karyotypeOrder()
    {
        VariantStore store;
        for (const char *contig : {"chrX", "chr10", "chr2", "chrM", "chr2"})
            store.append(contig, 100, "A", "G", 1, "PASS", false, nullptr);
        const auto sorted = VariantQuery::sorted(
                store, VariantQuery::allRows(store), VariantQuery::SortKey::Position, true);
        QCOMPARE(sorted, rows({2, 4, 1, 0, 3}));
    }
};

QTEST_GUILESS_MAIN(TestVariantQuery)
#include "tst_variantquery.moc"
