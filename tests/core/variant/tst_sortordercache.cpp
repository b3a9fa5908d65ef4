// SPDX-License-Identifier: GPL-3.0-or-later
// SortOrderCache gives what VariantQuery::sorted() and sortedBy() give without it: every key,
// both directions, subsets of several chunks (65,536 rows each) with long runs of equal keys,
// values with NaN, ties and signed zeros, on one, two and three threads; rows not in store
// order, cancellation, the limit on kept orders, and two threads sharing one cache.
#include <core/variant/sortordercache.h>
#include <core/variant/variantquery.h>

#include "randomvariants.h"

#include <QTest>

#include <atomic>
#include <limits>
#include <random>
#include <thread>

using namespace Core;
using Core::TestData::Threads;

namespace {

constexpr int kRows = 200000; // 4 chunks

const VariantQuery::SortKey kKeys[] = {VariantQuery::SortKey::Position,
                                       VariantQuery::SortKey::Quality,
                                       VariantQuery::SortKey::Type,
                                       VariantQuery::SortKey::Filter,
                                       VariantQuery::SortKey::Gene,
                                       VariantQuery::SortKey::Severity,
                                       VariantQuery::SortKey::Depth,
                                       VariantQuery::SortKey::GenotypeQuality,
                                       VariantQuery::SortKey::AlleleBalance,
                                       VariantQuery::SortKey::Zygosity};

} // namespace

class TestSortOrderCache : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<VariantStore> m_store;
    std::vector<double> m_values; // by row: NaN, ties, signed zeros, negative values
    std::vector<std::vector<quint32>> m_subsets;

    // Subsets in store order: all rows, two in three, 5% at random, one long stretch, one
    // row, none.
    void makeSubsets()
    {
        std::mt19937 random(11);
        std::vector<quint32> all = VariantQuery::allRows(*m_store);
        std::vector<quint32> twoInThree;
        std::vector<quint32> sparse;
        std::vector<quint32> stretch;
        for (const quint32 row : all) {
            if (row % 3 != 1)
                twoInThree.push_back(row);
            if (random() % 20 == 0)
                sparse.push_back(row);
            if (row >= 70000 && row < 140000)
                stretch.push_back(row);
        }
        m_subsets = {all, twoInThree, sparse, stretch, {quint32(kRows / 2)}, {}};
    }

private slots:
    void initTestCase()
    {
        std::mt19937 random(7);
        TestData::RandomRows rows;
        rows.geneRuns = true;      // as along a genome: long runs of equal keys
        rows.wideQualities = true; // more distinct values than are ranked
        rows.signedZeros = true;
        m_store = TestData::randomStore(kRows, random, rows);
        m_values = TestData::randomValues(kRows, random, rows);
        makeSubsets();
    }

    void sortedMatchesTheUncachedSort_data()
    {
        QTest::addColumn<int>("threads");
        for (const int threads : {1, 2, 3})
            QTest::addRow("%d thread(s)", threads) << threads;
    }

    void sortedMatchesTheUncachedSort()
    {
        QFETCH(int, threads);
        const Threads scope(threads);
        SortOrderCache cache(m_store, 100);
        for (const VariantQuery::SortKey key : kKeys) {
            for (const int sample : {0, 1, 2}) { // 2: no such sample
                for (size_t subset = 0; subset < m_subsets.size(); ++subset) {
                    for (const bool ascending : {true, false}) {
                        const std::vector<quint32> &rows = m_subsets[subset];
                        const std::vector<quint32> expected
                                = VariantQuery::sorted(*m_store, rows, key, ascending, sample);
                        const std::vector<quint32> cached
                                = cache.sorted(rows, key, ascending, sample);
                        if (cached != expected) {
                            QFAIL(qPrintable(QStringLiteral("key %1, sample %2, subset %3, %4")
                                                     .arg(int(key))
                                                     .arg(sample)
                                                     .arg(subset)
                                                     .arg(ascending ? QStringLiteral("up")
                                                                    : QStringLiteral("down"))));
                        }
                    }
                }
            }
        }
        // One order per key, and per sample for the genotype keys.
        QCOMPARE(cache.orderCount(), 6 + 4 * 3);
        QVERIFY(cache.memoryUsage() >= qint64(cache.orderCount()) * kRows * 4);
    }

    void sortedByMatchesTheUncachedSort_data()
    {
        QTest::addColumn<int>("threads");
        for (const int threads : {1, 2, 3})
            QTest::addRow("%d thread(s)", threads) << threads;
    }

    void sortedByMatchesTheUncachedSort()
    {
        QFETCH(int, threads);
        const Threads scope(threads);
        SortOrderCache cache(m_store);
        int calls = 0;
        const auto values = [this, &calls] {
            ++calls;
            return m_values;
        };
        for (size_t subset = 0; subset < m_subsets.size(); ++subset) {
            for (const bool ascending : {true, false}) {
                const std::vector<quint32> &rows = m_subsets[subset];
                const std::vector<quint32> expected = VariantQuery::sortedBy(
                        rows, [this](quint32 row) { return m_values[row]; }, ascending);
                QCOMPARE(cache.sortedBy(rows, 1, values, ascending), expected);
            }
        }
        QCOMPARE(calls, 1); // the values are read once, for the order
        // Another id is another order; an id's values are not asked for again.
        std::vector<double> allNan(size_t(kRows), std::numeric_limits<double>::quiet_NaN());
        for (const bool ascending : {true, false}) {
            QCOMPARE(cache.sortedBy(
                             m_subsets[1], 2, [&allNan] { return allNan; }, ascending),
                     m_subsets[1]);
        }
        QCOMPARE(cache.orderCount(), 2);
    }

    void rowsNotInStoreOrderAreSortedWithoutTheCache()
    {
        SortOrderCache cache(m_store);
        std::vector<quint32> shuffled = m_subsets[1];
        std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(3));
        for (const bool ascending : {true, false}) {
            QCOMPARE(cache.sorted(shuffled, VariantQuery::SortKey::Gene, ascending),
                     VariantQuery::sorted(
                             *m_store, shuffled, VariantQuery::SortKey::Gene, ascending));
            QCOMPARE(cache.sortedBy(
                             shuffled, 1, [this] { return m_values; }, ascending),
                     VariantQuery::sortedBy(
                             shuffled, [this](quint32 row) { return m_values[row]; }, ascending));
        }
        // Repeated rows are not in store order either.
        const std::vector<quint32> repeated = {5, 5, 3, 9, 3};
        QCOMPARE(cache.sorted(repeated, VariantQuery::SortKey::Position, true),
                 VariantQuery::sorted(*m_store, repeated, VariantQuery::SortKey::Position, true));
        QCOMPARE(cache.orderCount(), 0);
    }

    void keepsAtMostTheMaximumOrders()
    {
        SortOrderCache cache(m_store, 2);
        using Key = VariantQuery::SortKey;
        cache.sorted(m_subsets[0], Key::Gene, true);
        cache.sorted(m_subsets[0], Key::Depth, true);
        cache.sorted(m_subsets[0], Key::Gene, false); // gene: most recently used
        cache.sorted(m_subsets[0], Key::Quality, true);
        QCOMPARE(cache.orderCount(), 2);
        // Depth went first; gene is still there (its values are not asked for again).
        int calls = 0;
        cache.sortedBy(
                m_subsets[0], 1, [&] { return ++calls, m_values; }, true);
        cache.sortedBy(
                m_subsets[0], 1, [&] { return ++calls, m_values; }, false);
        QCOMPARE(calls, 1);
        QCOMPARE(cache.orderCount(), 2);
        cache.clear();
        QCOMPARE(cache.orderCount(), 0);
        QCOMPARE(cache.memoryUsage(), qint64(0));
    }

    void cancelledSortKeepsNoOrder()
    {
        SortOrderCache cache(m_store);
        JobContext job;
        job.cancel();
        cache.sorted(m_subsets[1], VariantQuery::SortKey::Gene, true, 0, job);
        cache.sortedBy(
                m_subsets[1], 1, [this] { return m_values; }, true, job);
        QCOMPARE(cache.orderCount(), 0);
        // A cancel midway (after a few checks) does not keep an order either.
        std::atomic<int> checks{0};
        JobContext midway;
        midway.setCancelCheck([&checks] { return ++checks > 3; });
        cache.sorted(m_subsets[0], VariantQuery::SortKey::AlleleBalance, false, 1, midway);
        QCOMPARE(cache.orderCount(), 0);
        QCOMPARE(cache.sorted(m_subsets[1], VariantQuery::SortKey::Gene, true),
                 VariantQuery::sorted(*m_store, m_subsets[1], VariantQuery::SortKey::Gene, true));
    }

    void twoThreadsShareOneCache()
    {
        SortOrderCache cache(m_store, 3);
        using Key = VariantQuery::SortKey;
        std::atomic<int> mismatches{0};
        const auto work = [&](unsigned seed) {
            std::mt19937 random(seed);
            const Key keys[] = {Key::Gene, Key::Depth, Key::Severity, Key::Quality};
            for (int round = 0; round < 12; ++round) {
                const Key key = keys[random() % 4];
                const bool ascending = random() % 2;
                const std::vector<quint32> &rows = m_subsets[random() % 4];
                if (cache.sorted(rows, key, ascending, 1)
                    != VariantQuery::sorted(*m_store, rows, key, ascending, 1)) {
                    ++mismatches;
                }
            }
        };
        std::thread other(work, 1u);
        work(2u);
        other.join();
        QCOMPARE(mismatches.load(), 0);
        QVERIFY(cache.orderCount() <= 3);
    }
};

QTEST_GUILESS_MAIN(TestSortOrderCache)
#include "tst_sortordercache.moc"
