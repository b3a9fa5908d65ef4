// SPDX-License-Identifier: GPL-3.0-or-later
// VariantQuery and FilterCascade split over threads give what one thread gives: a store of
// several chunks (65,536 rows each) with missing values and ties, 2 and 3 threads, and
// cancellation before and during a run.
#include <core/variant/filtercascade.h>
#include <core/variant/variantquery.h>
#include <core/vcf/consequenceparser.h>

#include "randomvariants.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

using namespace Core;
using Core::TestData::Threads;

namespace {

constexpr int kRows = 300000; // 5 chunks

bool operator==(const FilterCascade::StepResult &a, const FilterCascade::StepResult &b)
{
    return a.name == b.name && a.before == b.before && a.after == b.after;
}

} // namespace

class TestVariantQueryParallel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<VariantStore> m_store;
    std::vector<double> m_values; // by row: ties, NaN, negative values

    const VariantStore &store() const { return *m_store; }

private slots:
    void initTestCase()
    {
        std::mt19937 random(5);
        m_store = TestData::randomStore(kRows, random);
        m_values = TestData::randomValues(kRows, random);
    }

    void threadCountIsSettable()
    {
        QVERIFY(VariantQuery::threadCount() >= 1);
        {
            const Threads threads(3);
            QCOMPARE(VariantQuery::threadCount(), 3);
        }
        QVERIFY(VariantQuery::threadCount() >= 1);
    }

    void cascadeMatchesOneThread_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("preset");
        for (const int threads : {2, 3}) {
            for (const auto preset :
                 {FilterCascade::Preset::QualityPass, FilterCascade::Preset::RareCoding}) {
                QTest::addRow("%d threads, preset %d", threads, int(preset))
                        << threads << int(preset);
            }
        }
    }

    void cascadeMatchesOneThread()
    {
        QFETCH(int, threads);
        QFETCH(int, preset);
        FilterCascade cascade = FilterCascade::preset(FilterCascade::Preset(preset));
        // A step on data outside the store, called from several threads at once.
        const std::vector<double> &values = m_values;
        cascade.addStep(QStringLiteral("value below 1 or missing"), [&values](quint32 row) {
            return std::isnan(values[row]) || values[row] < 1;
        });
        FilterCascade::Result expected;
        {
            const Threads one(1);
            expected = cascade.run(store());
        }
        QVERIFY(!expected.rows.empty());
        QVERIFY(expected.rows.size() < size_t(kRows));
        FilterCascade::Result result;
        {
            const Threads several(threads);
            result = cascade.run(store());
        }
        QCOMPARE(result.rows, expected.rows);
        QCOMPARE(result.steps.size(), expected.steps.size());
        for (qsizetype step = 0; step < expected.steps.size(); ++step)
            QVERIFY(result.steps.at(step) == expected.steps.at(step));
        QCOMPARE(result.steps.constLast().after, qint64(result.rows.size()));
        QVERIFY(std::is_sorted(result.rows.begin(), result.rows.end()));
    }

    void filterMatchesOneThread()
    {
        VariantFilter filter;
        filter.passOnly = true;
        filter.minimumDepth = 20;
        filter.maximumSeverityRank
                = ConsequenceParser::severity(QStringLiteral("splice_region_variant"));
        std::vector<quint32> candidates(size_t(kRows) / 2);
        for (size_t i = 0; i < candidates.size(); ++i)
            candidates[i] = quint32(kRows - 1 - 2 * i); // descending: order kept
        std::vector<quint32> all;
        std::vector<quint32> ofCandidates;
        {
            const Threads one(1);
            all = VariantQuery::filter(store(), filter);
            ofCandidates = VariantQuery::filter(store(), candidates, filter);
        }
        QVERIFY(!all.empty());
        QVERIFY(!ofCandidates.empty());
        for (const int threads : {2, 3}) {
            const Threads several(threads);
            QCOMPARE(VariantQuery::filter(store(), filter), all);
            QCOMPARE(VariantQuery::filter(store(), candidates, filter), ofCandidates);
        }
    }

    void sortsMatchOneThread_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<bool>("ascending");
        QTest::addColumn<int>("sample");
        using Key = VariantQuery::SortKey;
        for (const Key key : {Key::Position,
                              Key::Quality,
                              Key::Type,
                              Key::Filter,
                              Key::Gene,
                              Key::Severity,
                              Key::Depth,
                              Key::GenotypeQuality,
                              Key::AlleleBalance,
                              Key::Zygosity}) {
            for (const bool ascending : {true, false}) {
                QTest::addRow("key %d %s", int(key), ascending ? "ascending" : "descending")
                        << int(key) << ascending << (int(key) % 2);
            }
        }
    }

    void sortsMatchOneThread()
    {
        QFETCH(int, key);
        QFETCH(bool, ascending);
        QFETCH(int, sample);
        // Two rows in three, shuffled: ties must keep this order.
        std::vector<quint32> input;
        for (quint32 row = 0; row < quint32(kRows); ++row) {
            if (row % 3 != 1)
                input.push_back(row);
        }
        std::shuffle(input.begin(), input.end(), std::mt19937(9));
        const auto sortKey = VariantQuery::SortKey(key);
        std::vector<quint32> expected;
        {
            const Threads one(1);
            expected = VariantQuery::sorted(store(), input, sortKey, ascending, sample);
        }
        QCOMPARE(expected.size(), input.size());
        {
            const Threads several(3); // three parts: a pair merged, then the odd part
            QCOMPARE(VariantQuery::sorted(store(), input, sortKey, ascending, sample), expected);
        }
        // Sorted input stays sorted (each part in order: no merge).
        const Threads two(2);
        QCOMPARE(VariantQuery::sorted(store(), expected, sortKey, ascending, sample), expected);
    }

    void sortedByMatchesOneThread()
    {
        std::vector<quint32> input(static_cast<size_t>(kRows));
        std::iota(input.begin(), input.end(), 0u);
        std::shuffle(input.begin(), input.end(), std::mt19937(4));
        const std::vector<double> &values = m_values;
        const auto value = [&values](quint32 row) {
            return values[row];
        };
        for (const bool ascending : {true, false}) {
            std::vector<quint32> expected;
            {
                const Threads one(1);
                expected = VariantQuery::sortedBy(input, value, ascending);
            }
            // The single-threaded result against std::stable_sort: NaN last either way.
            std::vector<quint32> reference = input;
            std::stable_sort(reference.begin(), reference.end(), [&](quint32 a, quint32 b) {
                if (std::isnan(values[a]) || std::isnan(values[b]))
                    return !std::isnan(values[a]) && std::isnan(values[b]);
                return ascending ? values[a] < values[b] : values[a] > values[b];
            });
            QCOMPARE(expected, reference);
            for (const int threads : {2, 3}) {
                const Threads several(threads);
                QCOMPARE(VariantQuery::sortedBy(input, value, ascending), expected);
            }
        }
    }

    // The ways sortedBy() and sorted() take by the keys' spread against std::stable_sort on
    // one, two and three threads: keys within 2^32 (radix sort), wide keys with few distinct
    // values (sorted by their rank), wide keys with many (top 32 bits, then runs of equal top
    // bits finished by whole keys), input in order and reversed, and NaN.
    void sortPathsMatchAStableReference_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("small integers, ties") << 0;
        QTest::newRow("few distinct wide values, -0 and +0, NaN") << 1;
        QTest::newRow("many distinct values sharing their top bits, NaN") << 2;
        QTest::newRow("just over the ranked limit of distinct values") << 3;
        QTest::newRow("in order, NaN among them") << 4;
        QTest::newRow("reversed, ties") << 5;
        QTest::newRow("all NaN") << 6;
        QTest::newRow("no NaN, wide, negative and positive") << 7;
    }

    void sortPathsMatchAStableReference()
    {
        QFETCH(int, kind);
        std::mt19937_64 random(quint64(kind) + 17);
        const double nan = std::numeric_limits<double>::quiet_NaN();
        std::vector<double> values(static_cast<size_t>(kRows));
        for (size_t i = 0; i < values.size(); ++i) {
            const quint64 draw = random();
            double &value = values[i];
            switch (kind) {
            case 0:
                value = double(draw % 50);
                break;
            case 1: { // 1,000 values from 1e-300 to 1e300 of both signs: rank path
                const double magnitude = std::pow(10.0, double(int(draw % 600) - 300));
                value = draw % 97 == 0   ? nan
                        : draw % 89 == 0 ? (draw % 2 ? 0.0 : -0.0)
                                         : magnitude * ((draw >> 20) % 2 ? -1.0 : 1.0)
                                                   * (1 + (draw >> 30) % 2);
                break;
            }
            case 2: { // 20 binades, a few ulps apart: many share their top 32 of 56 bits
                const double base = std::ldexp(1.0, -int(draw % 20));
                value = draw % 10 == 0
                                ? nan
                                : base + std::ldexp(base, -52) * double((draw >> 8) % (1 << 20));
                break;
            }
            case 3:
                value = double(i % 65537) * 1e10 + 0.5; // 65,537 distinct, spread over 2^50
                break;
            case 4:
                value = draw % 7 == 0 ? nan : double(i / 3) * 0.25 - 1000.0;
                break;
            case 5:
                value = double((values.size() - i) / 4);
                break;
            case 6:
                value = nan;
                break;
            default:
                value = std::ldexp(double(draw % 1000000), int((draw >> 40) % 200) - 100)
                        * ((draw >> 60) % 2 ? -1.0 : 1.0);
                break;
            }
        }
        std::vector<quint32> input(static_cast<size_t>(kRows));
        std::iota(input.begin(), input.end(), 0u);
        if (kind != 4 && kind != 5)
            std::shuffle(input.begin(), input.end(), std::mt19937(3));
        // Also two rows in three in store order: rising rows take another way through the
        // wide-key sort (rows in the sorted words, their keys found by searching).
        std::vector<quint32> rising;
        for (quint32 row = 0; row < quint32(kRows); ++row) {
            if (row % 3 != 1)
                rising.push_back(row);
        }
        const auto value = [&values](quint32 row) {
            return values[row];
        };
        for (const std::vector<quint32> *rows : {&input, &rising}) {
            for (const bool ascending : {true, false}) {
                std::vector<quint32> reference = *rows;
                std::stable_sort(reference.begin(), reference.end(), [&](quint32 a, quint32 b) {
                    if (std::isnan(values[a]) || std::isnan(values[b]))
                        return !std::isnan(values[a]) && std::isnan(values[b]);
                    return ascending ? values[a] < values[b] : values[a] > values[b];
                });
                for (const int threads : {1, 2, 3}) {
                    const Threads count(threads);
                    QCOMPARE(VariantQuery::sortedBy(*rows, value, ascending), reference);
                }
            }
        }
    }

    void alleleBalanceSortMatchesAStableReference()
    {
        // Allele balance keys span more than 32 bits but take few values: the rank path.
        std::vector<quint32> input = VariantQuery::allRows(store());
        std::shuffle(input.begin(), input.end(), std::mt19937(21));
        for (const int sample : {0, 1, 2}) { // 2: no such sample, every key missing
            std::vector<double> balances(static_cast<size_t>(kRows), -1.0);
            if (sample < store().sampleCount()) {
                for (quint32 row = 0; row < quint32(kRows); ++row)
                    balances[row] = std::max(-1.0, store().genotype(row, sample).alleleBalance());
            }
            for (const bool ascending : {true, false}) {
                std::vector<quint32> reference = input;
                std::stable_sort(reference.begin(), reference.end(), [&](quint32 a, quint32 b) {
                    return ascending ? balances[a] < balances[b] : balances[a] > balances[b];
                });
                for (const int threads : {1, 2}) {
                    const Threads count(threads);
                    QCOMPARE(VariantQuery::sorted(store(),
                                                  input,
                                                  VariantQuery::SortKey::AlleleBalance,
                                                  ascending,
                                                  sample),
                             reference);
                }
            }
        }
    }

    void cancelledBeforeTheStartDoesNothing()
    {
        const Threads several(3);
        std::atomic<qint64> calls{0};
        FilterCascade cascade;
        cascade.addStep(QStringLiteral("counted"), [&calls](quint32) {
            calls.fetch_add(1, std::memory_order_relaxed);
            return true;
        });
        JobContext job;
        job.cancel();
        const FilterCascade::Result result = cascade.run(store(), nullptr, job);
        QCOMPARE(calls.load(), 0);
        QVERIFY(result.rows.empty());
        QVERIFY(result.steps.isEmpty());
        QVERIFY(job.isCancelled());
    }

    void cancelMidwayStopsTheHelpers()
    {
        // In the calling thread alone the cancel is seen at the next chunk: exactly the two
        // chunks it started are looked at.
        for (const int threads : {1, 3}) {
            const Threads count(threads);
            JobContext job;
            std::atomic<qint64> calls{0};
            FilterCascade cascade;
            cascade.addStep(QStringLiteral("cancels in the second chunk"), [&](quint32 row) {
                calls.fetch_add(1, std::memory_order_relaxed);
                if (row == 70000)
                    job.cancel();
                return true;
            });
            const FilterCascade::Result result = cascade.run(store(), nullptr, job);
            QVERIFY(job.isCancelled());
            QVERIFY(result.steps.isEmpty()); // incomplete: no counts, to be dropped
            QVERIFY(std::is_sorted(result.rows.begin(), result.rows.end()));
            if (threads == 1) {
                QCOMPARE(calls.load(), qint64(2 * 65536));
                QCOMPARE(result.rows.size(), size_t(2 * 65536));
            } else {
                // Helpers may have taken the other chunks before the calling thread looked
                // (a busy machine): how many is not asserted, only that it ends and says so.
                QVERIFY(calls.load() <= kRows);
            }
        }

        // A sort whose job is cancelled after it started returns (incomplete) and says so.
        JobContext sortJob;
        int checks = 0;
        sortJob.setCancelCheck([&checks] { return ++checks > 2; });
        const std::vector<quint32> rows = VariantQuery::allRows(store());
        const std::vector<double> &values = m_values;
        VariantQuery::sortedBy(
                rows, [&values](quint32 row) { return values[row]; }, true, sortJob);
        QVERIFY(sortJob.isCancelled());
        JobContext sortedJob;
        int sortedChecks = 0;
        sortedJob.setCancelCheck([&sortedChecks] { return ++sortedChecks > 3; });
        VariantQuery::sorted(store(), rows, VariantQuery::SortKey::Quality, true, 0, sortedJob);
        QVERIFY(sortedJob.isCancelled());
    }
};

QTEST_GUILESS_MAIN(TestVariantQueryParallel)
#include "tst_variantqueryparallel.moc"
