// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/family/inheritance.h>
#include <core/variant/variantquery.h>
#include <core/vcf/consequenceparser.h>
#include <core/vcf/contignames.h>
#include <core/vcf/vcfreader.h>

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

using namespace Core;

class TestVariantQuery : public QObject
{
    Q_OBJECT

private:
    LoadedVariants m_small;
    LoadedVariants m_trio;
    std::unique_ptr<VariantStore> m_generated;

    // 200,000 rows on contigs in no particular order, with repeated and missing values.
    const VariantStore &generatedStore()
    {
        if (m_generated)
            return *m_generated;
        m_generated = std::make_unique<VariantStore>(QStringList{QStringLiteral("S")});
        std::mt19937 random(11);
        const auto pick = [&random](int count) {
            return int(random() % unsigned(count));
        };
        const char *contigs[] = {"chr2", "chrX", "chr1", "chrM", "chr10", "chrUn_x", "chr1"};
        const char *filters[] = {"PASS", "LowQual", ".", "LowQual;SB", "PASS"};
        const char *alternates[] = {"G", "GA", "T", "C", "GAT"};
        const QString consequences[] = {QStringLiteral("missense_variant"),
                                        QStringLiteral("synonymous_variant"),
                                        QStringLiteral("stop_gained"),
                                        QString(),
                                        QStringLiteral("intron_variant")};
        const QString genes[] = {QStringLiteral("GENE3"),
                                 QStringLiteral("gene7"),
                                 QStringLiteral("Gene3"),
                                 QString(),
                                 QStringLiteral("BRCA1"),
                                 QStringLiteral("ABC")};
        for (int row = 0; row < 200000; ++row) {
            GenotypeCall call;
            call.zygosity = Zygosity(pick(7));
            call.depth = pick(10) == 0 ? GenotypeCall::kMissing : pick(80);
            call.genotypeQuality = pick(10) == 0 ? GenotypeCall::kMissing : pick(99);
            call.alternateDepth = pick(60);
            call.referenceDepth = pick(60);
            call.totalAlleleDepth = pick(5) == 0 ? GenotypeCall::kMissing
                                                 : call.alternateDepth + call.referenceDepth;
            const float quality = pick(8) == 0 ? std::numeric_limits<float>::quiet_NaN()
                                               : float(pick(2000)) / 4.0f;
            m_generated->append(contigs[pick(7)],
                                1 + pick(3000000),
                                "A",
                                alternates[pick(5)],
                                quality,
                                filters[pick(5)],
                                false,
                                &call);
            TranscriptConsequence consequence;
            consequence.gene = genes[pick(6)];
            consequence.consequence = consequences[pick(5)];
            m_generated->setConsequence(row, consequence);
        }
        return *m_generated;
    }

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

    // The radix sort against std::stable_sort with the documented order of each key, on a
    // generated store with many ties, missing values and unsorted positions.
    void sortingMatchesAStableReference_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<bool>("ascending");
        using Key = VariantQuery::SortKey;
        const std::pair<const char *, Key> keys[] = {
                {"position", Key::Position},
                {"quality", Key::Quality},
                {"type", Key::Type},
                {"filter", Key::Filter},
                {"gene", Key::Gene},
                {"severity", Key::Severity},
                {"depth", Key::Depth},
                {"genotype quality", Key::GenotypeQuality},
                {"allele balance", Key::AlleleBalance},
                {"zygosity", Key::Zygosity},
        };
        for (const auto &[name, key] : keys) {
            for (const bool ascending : {true, false}) {
                QTest::addRow("%s %s", name, ascending ? "ascending" : "descending")
                        << int(key) << ascending;
            }
        }
    }

    void sortingMatchesAStableReference()
    {
        QFETCH(int, key);
        QFETCH(bool, ascending);
        const VariantStore &store = generatedStore();
        // Every third row, shuffled: the sort must keep the input order of ties.
        std::vector<quint32> input;
        for (quint32 row = 0; row < quint32(store.size()); row += 3)
            input.push_back(row);
        std::shuffle(input.begin(), input.end(), std::mt19937(7));

        const auto sortKey = VariantQuery::SortKey(key);
        const auto value = [&store, sortKey](quint32 row) -> std::pair<double, QString> {
            using Key = VariantQuery::SortKey;
            const GenotypeCall call = store.genotype(row, 0);
            switch (sortKey) {
            case Key::Position:
                return {double(std::min(contigRank(store.contig(row)), 26)) * 1e14
                                + double(store.contigIndex(row)) * 1e9
                                + double(store.position(row)),
                        {}};
            case Key::Quality:
                return {std::isnan(store.quality(row)) ? -1.0 : double(store.quality(row)), {}};
            case Key::Type:
                return {double(store.type(row)), {}};
            case Key::Filter:
                return {0, store.filter(row)};
            case Key::Gene:
                return {0, store.gene(row)};
            case Key::Severity:
                return {store.consequence(row).isEmpty()
                                ? 1e6
                                : double(ConsequenceParser::severity(store.consequence(row))),
                        {}};
            case Key::Depth:
                return {double(call.depth), {}};
            case Key::GenotypeQuality:
                return {double(call.genotypeQuality), {}};
            case Key::AlleleBalance:
                return {call.alleleBalance(), {}};
            case Key::Zygosity:
                return {double(call.zygosity), {}};
            }
            return {};
        };
        const bool textual = sortKey == VariantQuery::SortKey::Filter
                             || sortKey == VariantQuery::SortKey::Gene;
        const auto less = [&](quint32 a, quint32 b) {
            const auto first = value(a);
            const auto second = value(b);
            if (textual) { // empty last, then case-insensitive
                if (first.second.isEmpty() != second.second.isEmpty())
                    return second.second.isEmpty();
                return QString::compare(first.second, second.second, Qt::CaseInsensitive) < 0;
            }
            return first.first < second.first;
        };
        std::vector<quint32> expected = input;
        if (ascending)
            std::stable_sort(expected.begin(), expected.end(), less);
        else
            std::stable_sort(expected.begin(), expected.end(), [&](quint32 a, quint32 b) {
                return less(b, a);
            });
        QCOMPARE(VariantQuery::sorted(store, input, sortKey, ascending), expected);
    }

    void sortedByPutsMissingValuesLast()
    {
        const std::vector<double> values = {0.5, std::nan(""), 0.01, 0.5, -0.0, 0.0, std::nan("")};
        const auto value = [&values](quint32 row) {
            return values[row];
        };
        std::vector<quint32> all(values.size());
        std::iota(all.begin(), all.end(), 0u);
        QCOMPARE(VariantQuery::sortedBy(all, value, true), rows({4, 5, 2, 0, 3, 1, 6}));
        QCOMPARE(VariantQuery::sortedBy(all, value, false), rows({0, 3, 2, 4, 5, 1, 6}));
        // Large enough for every radix pass, compared with std::stable_sort.
        std::vector<double> many(100000);
        std::mt19937_64 random(3);
        for (double &number : many) {
            const double draw = std::uniform_real_distribution<double>(0, 1)(random);
            number = draw < 0.1 ? std::numeric_limits<double>::quiet_NaN()
                                : std::pow(10.0, -6 * draw) * (draw < 0.2 ? -1 : 1);
        }
        std::vector<quint32> input(many.size());
        std::iota(input.begin(), input.end(), 0u);
        std::vector<quint32> expected = input;
        std::stable_sort(expected.begin(), expected.end(), [&many](quint32 a, quint32 b) {
            if (std::isnan(many[a]) || std::isnan(many[b]))
                return !std::isnan(many[a]) && std::isnan(many[b]);
            return many[a] > many[b];
        });
        QCOMPARE(VariantQuery::sortedBy(
                         input, [&many](quint32 row) { return many[row]; }, false),
                 expected);
    }

    void filterOfCandidates()
    {
        const VariantStore &store = generatedStore();
        VariantFilter filter;
        filter.passOnly = true;
        filter.minimumDepth = 20;
        filter.maximumSeverityRank
                = ConsequenceParser::severity(QStringLiteral("splice_region_variant"));
        filter.genes = {QStringLiteral("GENE3"), QStringLiteral("gene7")};
        const std::vector<quint32> all = VariantQuery::filter(store, filter);
        QVERIFY(!all.empty());
        // The same test row by row as without candidates.
        for (quint32 row : all) {
            QVERIFY(store.isPass(row));
            QVERIFY(store.genotype(row, 0).depth >= 20);
            QVERIFY(store.gene(row) == QLatin1String("GENE3")
                    || store.gene(row) == QLatin1String("gene7"));
        }
        std::vector<quint32> candidates;
        for (quint32 row = 0; row < quint32(store.size()); row += 2)
            candidates.push_back(row);
        std::vector<quint32> expected;
        std::copy_if(all.begin(), all.end(), std::back_inserter(expected), [](quint32 row) {
            return row % 2 == 0;
        });
        QCOMPARE(VariantQuery::filter(store, candidates, filter), expected);
        VariantFilter unknownGene;
        unknownGene.genes = {QStringLiteral("NOT_IN_THE_STORE")};
        QVERIFY(VariantQuery::filter(store, unknownGene).empty());
    }

    void cancelledQueriesStopEarly()
    {
        const VariantStore &store = generatedStore();
        JobContext job;
        job.cancel();
        QVERIFY(VariantQuery::filter(store, VariantFilter(), nullptr, job).size()
                < size_t(store.size()));
        QVERIFY(job.isCancelled()); // the caller's signal to drop the result
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
