// SPDX-License-Identifier: GPL-3.0-or-later
#include "sortordercache.h"

#include "rowchunks_p.h"
#include "sortkeys_p.h"

#include <QMutexLocker>
#include <QtAlgorithms>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <limits>

namespace Core {

struct SortOrderCache::Order
{
    std::vector<quint32> rows;        //!< all rows of the store, ascending, stable
    std::vector<quint64> groupStarts; //!< bit i: rows[i] starts a run of equal keys
    size_t numbers = 0;               //!< rows[numbers...] have no value (NaN): one run, last

    qint64 bytes() const
    {
        return qint64(rows.capacity() * sizeof(quint32) + groupStarts.capacity() * sizeof(quint64));
    }
};

struct SortOrderCache::Entry
{
    qint64 kind = 0; //!< a VariantQuery::SortKey, or kValues
    int sample = 0;
    quint64 valuesId = 0;
    std::shared_ptr<const Order> order;
};

namespace {

using SortKey = VariantQuery::SortKey;

constexpr qint64 kValues = -1; // Entry::kind of values from outside the store

bool usesSample(SortKey key)
{
    return key == SortKey::Depth || key == SortKey::GenotypeQuality || key == SortKey::AlleleBalance
           || key == SortKey::Zygosity;
}

bool isSet(const std::vector<quint64> &bits, size_t index)
{
    return (bits[index >> 6] >> (index & 63)) & 1;
}

// The first index in [from, limit) whose bit is set, else limit.
size_t nextSet(const std::vector<quint64> &bits, size_t from, size_t limit)
{
    if (from >= limit)
        return limit;
    size_t word = from >> 6;
    quint64 value = bits[word] & (~quint64(0) << (from & 63));
    while (value == 0) {
        ++word;
        if (word << 6 >= limit)
            return limit;
        value = bits[word];
    }
    return std::min(limit, (word << 6) + size_t(qCountTrailingZeroBits(value)));
}

// True when \a rows rise strictly and are all below \a storeSize (a subset in store order).
bool inStoreOrder(const std::vector<quint32> &rows, size_t storeSize, const JobContext &job)
{
    if (rows.empty())
        return true;
    const size_t chunks = RowChunks::chunkCount(rows.size());
    std::atomic<bool> ordered{true};
    RowChunks::forEach(chunks, RowChunks::threadsFor(chunks), job, [&](size_t chunk, int) {
        const size_t begin = std::max<size_t>(chunk * RowChunks::kRows, 1);
        const size_t end = std::min(rows.size(), (chunk + 1) * RowChunks::kRows);
        for (size_t i = begin; i < end; ++i) {
            if (rows[i - 1] >= rows[i]) {
                ordered.store(false, std::memory_order_relaxed);
                return;
            }
        }
    });
    return ordered.load() && rows.back() < storeSize;
}

// Bits of the runs of equal keys of \a order->rows: equal(a, b) compares two rows' keys.
// Chunks of RowChunks::kRows (a multiple of 64: no word is shared) over threads.
template<typename Equal>
bool markGroupStarts(SortOrderCache::Order &order, const Equal &equal, const JobContext &job)
{
    const std::vector<quint32> &rows = order.rows;
    order.groupStarts.assign((rows.size() + 63) / 64, 0);
    const size_t chunks = RowChunks::chunkCount(rows.size());
    return RowChunks::forEach(chunks, RowChunks::threadsFor(chunks), job, [&](size_t chunk, int) {
        const size_t begin = chunk * RowChunks::kRows;
        const size_t end = std::min(rows.size(), begin + RowChunks::kRows);
        for (size_t i = begin; i < end; ++i) {
            if (i == 0 || i == order.numbers || !equal(rows[i - 1], rows[i]))
                order.groupStarts[i >> 6] |= quint64(1) << (i & 63);
        }
    });
}

// The sort gives the run starts as it goes (from its buckets, or its sorted keys), with the
// keys in the calling thread's buffer: no copy of the keys, no second look at them by row.
std::shared_ptr<SortOrderCache::Order>
keyOrder(const VariantStore &store, SortKey key, int sample, const JobContext &job)
{
    auto order = std::make_shared<SortOrderCache::Order>();
    std::vector<quint32> rows = VariantQuery::allRows(store);
    std::vector<quint64> &keys = SortKeys::keyBuffer(rows.size());
    SortKeys::of(store, rows, key, true, sample, job, keys);
    if (job.isCancelled())
        return nullptr;
    SortKeys::sortRows(keys, rows, job, &order->groupStarts);
    if (job.isCancelled())
        return nullptr;
    rows.shrink_to_fit();
    order->rows = std::move(rows);
    order->numbers = order->rows.size();
    return order;
}

std::shared_ptr<SortOrderCache::Order> valueOrder(const std::vector<double> &values,
                                                  const JobContext &job)
{
    auto order = std::make_shared<SortOrderCache::Order>();
    std::vector<quint32> rows(values.size());
    for (size_t row = 0; row < rows.size(); ++row)
        rows[row] = quint32(row);
    rows = VariantQuery::sortedBy(
            std::move(rows), [&values](quint32 row) { return values[row]; }, true, job);
    if (job.isCancelled())
        return nullptr;
    rows.shrink_to_fit();
    order->rows = std::move(rows);
    // NaN last: the first row without a value, by bisection.
    const auto firstNan
            = std::partition_point(order->rows.begin(), order->rows.end(), [&values](quint32 row) {
                  return !std::isnan(values[row]);
              });
    order->numbers = size_t(firstNan - order->rows.begin());
    const auto equal = [&values](quint32 a, quint32 b) {
        return values[a] == values[b] || (std::isnan(values[a]) && std::isnan(values[b]));
    };
    if (!markGroupStarts(*order, equal, job))
        return nullptr;
    return order;
}

// The rows of \a rows (a subset of the store in store order) in the order of \a order: the
// order's rows that are in the subset, ascending; descending, the runs of equal keys from the
// last to the first (each in row order), then the rows without a value. The order is cut into
// segments (at run starts where runs are reversed); each thread counts and then writes the
// subset's rows of its segments at offsets from the counts.
std::vector<quint32> walk(const SortOrderCache::Order &order,
                          std::vector<quint32> rows,
                          bool ascending,
                          const JobContext &job)
{
    const size_t total = order.rows.size();
    const size_t count = rows.size();
    if (count < 2)
        return rows;
    const bool all = count == total; // rising and below total: every row
    std::vector<quint64> members;
    if (!all) {
        members.assign((total + 63) / 64, 0);
        for (const quint32 row : rows)
            members[row >> 6] |= quint64(1) << (row & 63);
    }
    const auto isMember = [&](quint32 row) {
        return all || isSet(members, row);
    };

    struct Segment
    {
        size_t begin = 0;
        size_t end = 0;
        bool reversed = false; //!< runs from the last to the first
        size_t count = 0;      //!< rows of the subset in it
        size_t offset = 0;     //!< where they go in the result
    };
    std::vector<Segment> segments;
    if (ascending) {
        for (size_t begin = 0; begin < total; begin += RowChunks::kRows)
            segments.push_back({begin, std::min(total, begin + RowChunks::kRows)});
    } else {
        for (size_t begin = 0; begin < order.numbers;) {
            const size_t end = nextSet(order.groupStarts, begin + RowChunks::kRows, order.numbers);
            segments.push_back({begin, end, true});
            begin = end;
        }
        std::reverse(segments.begin(), segments.end());
        for (size_t begin = order.numbers; begin < total; begin += RowChunks::kRows)
            segments.push_back({begin, std::min(total, begin + RowChunks::kRows)});
    }
    const int threads = RowChunks::threadsFor(segments.size());
    const quint32 *orderRows = order.rows.data();
    if (all) {
        for (Segment &segment : segments)
            segment.count = segment.end - segment.begin;
    } else if (!RowChunks::forEach(segments.size(), threads, job, [&](size_t index, int) {
                   Segment &segment = segments[index];
                   size_t kept = 0;
                   for (size_t i = segment.begin; i < segment.end; ++i)
                       kept += isMember(orderRows[i]) ? 1 : 0;
                   segment.count = kept;
               })) {
        return rows;
    }
    size_t offset = 0;
    for (Segment &segment : segments) {
        segment.offset = offset;
        offset += segment.count;
    }
    Q_ASSERT(offset == count);
    std::vector<quint32> &sorted = SortKeys::rowBuffer(count); // the sorts' buffer, swapped
    if (!RowChunks::forEach(segments.size(), threads, job, [&](size_t index, int) {
            const Segment &segment = segments[index];
            quint32 *out = sorted.data() + segment.offset;
            if (!segment.reversed) {
                if (all) {
                    std::memcpy(out, orderRows + segment.begin, segment.count * sizeof(quint32));
                    return;
                }
                for (size_t i = segment.begin; i < segment.end; ++i) {
                    if (isMember(orderRows[i]))
                        *out++ = orderRows[i];
                }
                return;
            }
            // The first run goes last: each run is written before those written so far.
            size_t position = segment.count;
            for (size_t start = segment.begin; start < segment.end;) {
                const size_t end = nextSet(order.groupStarts, start + 1, segment.end);
                size_t kept = end - start;
                if (!all) {
                    kept = 0;
                    for (size_t i = start; i < end; ++i)
                        kept += isMember(orderRows[i]) ? 1 : 0;
                }
                position -= kept;
                quint32 *runOut = out + position;
                if (all) {
                    std::memcpy(runOut, orderRows + start, kept * sizeof(quint32));
                } else {
                    for (size_t i = start; i < end; ++i) {
                        if (isMember(orderRows[i]))
                            *runOut++ = orderRows[i];
                    }
                }
                start = end;
            }
        })) {
        return rows;
    }
    rows.swap(sorted);
    return rows;
}

} // namespace

SortOrderCache::SortOrderCache(std::shared_ptr<const VariantStore> store, int maximumOrders)
    : m_store(std::move(store))
    , m_maximumOrders(maximumOrders)
{}

SortOrderCache::~SortOrderCache() = default;

std::vector<quint32> SortOrderCache::sorted(std::vector<quint32> rows,
                                            VariantQuery::SortKey key,
                                            bool ascending,
                                            int sample,
                                            const JobContext &job)
{
    if (!m_store)
        return rows;
    if (!inStoreOrder(rows, size_t(m_store->size()), job))
        return VariantQuery::sorted(*m_store, std::move(rows), key, ascending, sample, job);
    if (!usesSample(key))
        sample = 0;
    std::shared_ptr<const Order> order = find(qint64(key), sample, 0);
    if (!order) {
        std::shared_ptr<Order> built = keyOrder(*m_store, key, sample, job);
        if (!built)
            return rows; // cancelled
        order = built;
        keep(qint64(key), sample, 0, order);
    }
    return walk(*order, std::move(rows), ascending, job);
}

std::vector<quint32> SortOrderCache::sortedBy(std::vector<quint32> rows,
                                              quint64 valuesId,
                                              const std::function<std::vector<double>()> &values,
                                              bool ascending,
                                              const JobContext &job)
{
    const size_t storeSize = m_store ? size_t(m_store->size()) : 0;
    std::shared_ptr<const Order> order;
    std::vector<double> byRow;
    const bool subset = inStoreOrder(rows, storeSize, job);
    if (subset)
        order = find(kValues, 0, valuesId);
    if (!order) {
        byRow = values();
        byRow.resize(storeSize, std::numeric_limits<double>::quiet_NaN());
        if (!subset) {
            return VariantQuery::sortedBy(
                    std::move(rows),
                    [&byRow](quint32 row) {
                        return row < byRow.size() ? byRow[row]
                                                  : std::numeric_limits<double>::quiet_NaN();
                    },
                    ascending,
                    job);
        }
        std::shared_ptr<Order> built = valueOrder(byRow, job);
        if (!built)
            return rows; // cancelled
        order = built;
        keep(kValues, 0, valuesId, order);
    }
    return walk(*order, std::move(rows), ascending, job);
}

int SortOrderCache::orderCount() const
{
    const QMutexLocker locker(&m_mutex);
    return int(m_entries.size());
}

qint64 SortOrderCache::memoryUsage() const
{
    const QMutexLocker locker(&m_mutex);
    qint64 bytes = 0;
    for (const Entry &entry : m_entries)
        bytes += entry.order->bytes();
    return bytes;
}

void SortOrderCache::clear()
{
    const QMutexLocker locker(&m_mutex);
    m_entries.clear();
}

void SortOrderCache::clearValues()
{
    const QMutexLocker locker(&m_mutex);
    m_entries.remove_if([](const Entry &entry) { return entry.kind == kValues; });
}

std::shared_ptr<const SortOrderCache::Order>
SortOrderCache::find(qint64 kind, int sample, quint64 valuesId)
{
    const QMutexLocker locker(&m_mutex);
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->kind == kind && it->sample == sample && it->valuesId == valuesId) {
            m_entries.splice(m_entries.begin(), m_entries, it);
            return m_entries.front().order;
        }
    }
    return nullptr;
}

void SortOrderCache::keep(qint64 kind,
                          int sample,
                          quint64 valuesId,
                          std::shared_ptr<const Order> order)
{
    const QMutexLocker locker(&m_mutex);
    m_entries.remove_if([&](const Entry &entry) {
        return entry.kind == kind && entry.sample == sample && entry.valuesId == valuesId;
    });
    if (m_maximumOrders <= 0)
        return;
    m_entries.push_front({kind, sample, valuesId, std::move(order)});
    while (m_entries.size() > size_t(m_maximumOrders))
        m_entries.pop_back();
}

} // namespace Core
