// SPDX-License-Identifier: GPL-3.0-or-later
#include "variantquery.h"

#include "rowchunks_p.h"
#include "variantfiltertest_p.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>

namespace Core {

namespace {

// Order-preserving unsigned images of floating-point values (-0 and +0 equal; not for NaN).
quint32 orderedBits(float value)
{
    if (value == 0.0f)
        value = 0.0f;
    quint32 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    return (bits & 0x80000000u) ? ~bits : bits | 0x80000000u;
}

quint64 orderedBits(double value)
{
    if (value == 0.0)
        value = 0.0;
    quint64 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    return (bits & 0x8000000000000000ull) ? ~bits : bits | 0x8000000000000000ull;
}

// Sorts \a values by their bits [32, 32 + bits) (the lower 32 bits ride along), stable: an LSD
// radix sort in passes of at most 11 bits; a pass whose digit every value shares is skipped.
void radixSortUpperBits(std::vector<quint64> &values, int bits, const JobContext &job)
{
    const size_t count = values.size();
    const int passes = (bits + 10) / 11;
    const int digitBits = (bits + passes - 1) / passes;
    const quint64 mask = (quint64(1) << digitBits) - 1;
    std::vector<std::vector<quint32>> histograms(size_t(passes),
                                                 std::vector<quint32>(size_t(mask) + 1, 0));
    for (const quint64 value : values) {
        for (int pass = 0; pass < passes; ++pass)
            ++histograms[size_t(pass)][(value >> (32 + pass * digitBits)) & mask];
    }
    std::vector<quint64> buffer;
    for (int pass = 0; pass < passes; ++pass) {
        if (job.isCancelled())
            return;
        std::vector<quint32> &histogram = histograms[size_t(pass)];
        const int shift = 32 + pass * digitBits;
        if (histogram[(values[0] >> shift) & mask] == count)
            continue; // every value has this digit
        quint32 offset = 0;
        for (quint32 &bucket : histogram) {
            const quint32 size = bucket;
            bucket = offset;
            offset += size;
        }
        if (buffer.empty())
            buffer.resize(count);
        for (const quint64 value : values)
            buffer[histogram[(value >> shift) & mask]++] = value;
        values.swap(buffer);
    }
}

// What one pass over the keys tells the sort: already in order (either way), and their range.
struct KeyOrder
{
    bool ascending = true;
    bool descending = true;
    quint64 minimum = 0;
    quint64 maximum = 0;

    static KeyOrder of(const std::vector<quint64> &keys)
    {
        KeyOrder order;
        if (keys.empty())
            return order;
        order.minimum = order.maximum = keys[0];
        for (size_t i = 1; i < keys.size(); ++i) {
            const quint64 key = keys[i];
            order.ascending = order.ascending && keys[i - 1] <= key;
            order.descending = order.descending && keys[i - 1] >= key;
            order.minimum = std::min(order.minimum, key);
            order.maximum = std::max(order.maximum, key);
        }
        return order;
    }
};

// Sorts \a rows by \a keys (same length, unsigned order), stable, and leaves \a keys sorted
// with them. Keys spanning at most 2^32 travel with their row in one 64-bit word; wider keys
// are sorted by their upper 32 significant bits that way, and runs that share those are
// finished by comparing the whole keys. Input already in key order, or in reverse key order,
// costs one pass (\a order: KeyOrder::of(keys), which the caller may have). One thread.
void stableSortByKeys(std::vector<quint64> &keys,
                      std::vector<quint32> &rows,
                      const JobContext &job,
                      const KeyOrder &order)
{
    const size_t count = keys.size();
    if (count < 2 || order.ascending)
        return;
    const quint64 minimum = order.minimum;
    if (order.descending) {
        // Reversed, then each run of equal keys reversed back: stable.
        std::reverse(keys.begin(), keys.end());
        std::reverse(rows.begin(), rows.end());
        for (size_t start = 0; start < count;) {
            size_t end = start + 1;
            while (end < count && keys[end] == keys[start])
                ++end;
            std::reverse(rows.begin() + qptrdiff(start), rows.begin() + qptrdiff(end));
            start = end;
        }
        return;
    }
    int bits = 0;
    for (quint64 range = order.maximum - minimum; range != 0; range >>= 1)
        ++bits;
    if (bits <= 32) {
        // Sorted in place: the key above, the row below.
        for (size_t i = 0; i < count; ++i)
            keys[i] = (keys[i] - minimum) << 32 | rows[i];
        radixSortUpperBits(keys, bits, job);
        for (size_t i = 0; i < count; ++i) {
            rows[i] = quint32(keys[i]);
            keys[i] = (keys[i] >> 32) + minimum;
        }
        return;
    }
    const int shift = bits - 32;
    std::vector<quint64> packed(count);
    for (size_t i = 0; i < count; ++i)
        packed[i] = ((keys[i] - minimum) >> shift) << 32 | i;
    radixSortUpperBits(packed, 32, job);
    if (job.isCancelled())
        return;
    for (size_t start = 0; start < count;) {
        size_t end = start + 1;
        bool differ = false;
        while (end < count && packed[end] >> 32 == packed[start] >> 32) {
            differ = differ || keys[quint32(packed[end])] != keys[quint32(packed[start])];
            ++end;
        }
        if (differ) { // indexes rise within the run: a stable sort keeps ties in input order
            std::stable_sort(
                    packed.begin() + qptrdiff(start),
                    packed.begin() + qptrdiff(end),
                    [&keys](quint64 a, quint64 b) { return keys[quint32(a)] < keys[quint32(b)]; });
        }
        start = end;
    }
    std::vector<quint32> sorted(count);
    for (size_t i = 0; i < count; ++i) {
        sorted[i] = rows[quint32(packed[i])];
        packed[i] = keys[quint32(packed[i])];
    }
    rows.swap(sorted);
    keys.swap(packed);
}

void stableSortByKeys(std::vector<quint64> &keys, std::vector<quint32> &rows, const JobContext &job)
{
    stableSortByKeys(keys, rows, job, KeyOrder::of(keys));
}

// Merges the sorted (key, row) runs a = [aBegin, aEnd) and b = [bBegin, bEnd) of \a keys and
// \a rows into \a outKeys and \a outRows from \a outBegin, stable (a before b on equal keys),
// split in pieces over threads: each piece starts where the merge path crosses its first
// output position (found by binary search), so the pieces are independent.
void parallelMerge(const std::vector<quint64> &keys,
                   const std::vector<quint32> &rows,
                   size_t aBegin,
                   size_t aEnd,
                   size_t bBegin,
                   size_t bEnd,
                   std::vector<quint64> &outKeys,
                   std::vector<quint32> &outRows,
                   size_t outBegin,
                   const JobContext &job)
{
    const size_t n = aEnd - aBegin;
    const size_t m = bEnd - bBegin;
    const quint64 *a = keys.data() + aBegin;
    const quint64 *b = keys.data() + bBegin;
    // How many of the first k merged values come from a.
    const auto split = [&](size_t k) {
        size_t low = k > m ? k - m : 0;
        size_t high = std::min(k, n);
        while (low < high) {
            const size_t middle = (low + high) / 2;
            if (a[middle] <= b[k - middle - 1])
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    };
    const size_t total = n + m;
    const size_t pieces = RowChunks::chunkCount(total);
    RowChunks::forEach(pieces, RowChunks::threadsFor(pieces), job, [&](size_t piece, int) {
        const size_t first = piece * RowChunks::kRows;
        const size_t last = std::min(total, first + RowChunks::kRows);
        size_t i = split(first);
        size_t j = first - i;
        const size_t iEnd = split(last);
        const size_t jEnd = last - iEnd;
        size_t out = outBegin + first;
        while (i < iEnd && j < jEnd) {
            if (a[i] <= b[j]) {
                outKeys[out] = a[i];
                outRows[out++] = rows[aBegin + i++];
            } else {
                outKeys[out] = b[j];
                outRows[out++] = rows[bBegin + j++];
            }
        }
        for (; i < iEnd; ++i, ++out) {
            outKeys[out] = a[i];
            outRows[out] = rows[aBegin + i];
        }
        for (; j < jEnd; ++j, ++out) {
            outKeys[out] = b[j];
            outRows[out] = rows[bBegin + j];
        }
    });
}

// stableSortByKeys() over threads: the input is cut in one part per thread, the parts are
// sorted at the same time, then merged pairwise (each merge split over the threads). The
// result is that of stableSortByKeys(): both are stable sorts by the same keys.
void parallelStableSortByKeys(std::vector<quint64> &keys,
                              std::vector<quint32> &rows,
                              const JobContext &job)
{
    const size_t count = keys.size();
    const int threads = RowChunks::threadsFor(RowChunks::chunkCount(count));
    // Input in key order, or in reverse key order (a column sorted again, the other way):
    // one pass in this thread, as stableSortByKeys() does it. Keys spanning at most 2^32 take
    // a cheap radix sort in one thread too: measured at 5M rows on 2 busy cores, cutting it in
    // parts and merging cost more wall time than it saved (the keys are still filled by all
    // threads). Wider keys (positions, allele balance, sortedBy's doubles) are split.
    const KeyOrder order = KeyOrder::of(keys);
    if (threads < 2 || order.ascending || order.descending
        || order.maximum - order.minimum <= 0xFFFFFFFFull) {
        stableSortByKeys(keys, rows, job, order);
        return;
    }
    const auto parts = size_t(threads);
    std::vector<size_t> bounds(parts + 1);
    for (size_t part = 0; part <= parts; ++part)
        bounds[part] = count * part / parts;
    // Each part is sorted in its own vectors; a helper's sort looks at the flag the calling
    // thread sets when it sees a cancel.
    std::atomic<bool> stop{false};
    JobContext helperJob;
    helperJob.setCancelCheck([&stop] { return stop.load(std::memory_order_relaxed); });
    const bool sorted = RowChunks::forEach(
            parts,
            threads,
            job,
            [&](size_t part, int worker) {
                const auto begin = qptrdiff(bounds[part]);
                const auto end = qptrdiff(bounds[part + 1]);
                std::vector<quint64> partKeys(keys.begin() + begin, keys.begin() + end);
                std::vector<quint32> partRows(rows.begin() + begin, rows.begin() + end);
                stableSortByKeys(partKeys, partRows, worker == 0 ? job : helperJob);
                std::copy(partKeys.begin(), partKeys.end(), keys.begin() + begin);
                std::copy(partRows.begin(), partRows.end(), rows.begin() + begin);
            },
            &stop);
    if (!sorted || job.isCancelled())
        return;
    // Already in order across the parts (an input in key order): done.
    bool ordered = true;
    for (size_t part = 1; part < parts; ++part)
        ordered = ordered && keys[bounds[part] - 1] <= keys[bounds[part]];
    if (ordered)
        return;
    std::vector<quint64> bufferKeys(count);
    std::vector<quint32> bufferRows(count);
    while (bounds.size() > 2) {
        std::vector<size_t> merged;
        for (size_t part = 0; part + 1 < bounds.size(); part += 2) {
            merged.push_back(bounds[part]);
            if (part + 2 < bounds.size()) {
                parallelMerge(keys,
                              rows,
                              bounds[part],
                              bounds[part + 1],
                              bounds[part + 1],
                              bounds[part + 2],
                              bufferKeys,
                              bufferRows,
                              bounds[part],
                              job);
            } else { // the odd last part
                std::copy(keys.begin() + qptrdiff(bounds[part]),
                          keys.begin() + qptrdiff(bounds[part + 1]),
                          bufferKeys.begin() + qptrdiff(bounds[part]));
                std::copy(rows.begin() + qptrdiff(bounds[part]),
                          rows.begin() + qptrdiff(bounds[part + 1]),
                          bufferRows.begin() + qptrdiff(bounds[part]));
            }
            if (job.isCancelled())
                return;
        }
        merged.push_back(count);
        bounds.swap(merged);
        keys.swap(bufferKeys);
        rows.swap(bufferRows);
    }
}

// The rank of each annotation text id that occurs in \a rows of the column read by \a idOf,
// case-insensitive alphabetical, the empty text last (case-only variants share a rank).
template<typename IdOf>
std::vector<quint32> textRanks(const QStringList &texts,
                               const std::vector<quint32> &rows,
                               IdOf idOf,
                               const JobContext &job)
{
    std::vector<quint32> ranks(size_t(texts.size()), 0);
    // The ids seen, by thread; a cancelled pass leaves some unseen (the result is dropped).
    const size_t chunks = RowChunks::chunkCount(rows.size());
    const int threads = RowChunks::threadsFor(chunks);
    std::vector<std::vector<char>> seen(static_cast<size_t>(threads));
    RowChunks::forEach(chunks, threads, job, [&](size_t chunk, int worker) {
        std::vector<char> &mine = seen[size_t(worker)];
        if (mine.empty())
            mine.assign(size_t(texts.size()), 0);
        const size_t end = std::min(rows.size(), (chunk + 1) * RowChunks::kRows);
        for (size_t i = chunk * RowChunks::kRows; i < end; ++i)
            mine[idOf(rows[i])] = 1;
    });
    std::vector<quint32> present;
    for (size_t id = 0; id < size_t(texts.size()); ++id) {
        for (const std::vector<char> &mine : seen) {
            if (!mine.empty() && mine[id]) {
                present.push_back(quint32(id));
                break;
            }
        }
    }
    const auto less = [&texts](quint32 a, quint32 b) {
        const QString &first = texts.at(a);
        const QString &second = texts.at(b);
        if (first.isEmpty() != second.isEmpty())
            return second.isEmpty();
        return QString::compare(first, second, Qt::CaseInsensitive) < 0;
    };
    std::sort(present.begin(), present.end(), less);
    quint32 rank = 0;
    for (size_t i = 0; i < present.size(); ++i) {
        if (i > 0 && less(present[i - 1], present[i]))
            ++rank;
        ranks[present[i]] = rank;
    }
    return ranks;
}

} // namespace

std::vector<quint32> VariantQuery::allRows(const VariantStore &store)
{
    std::vector<quint32> rows(size_t(store.size()));
    std::iota(rows.begin(), rows.end(), 0u);
    return rows;
}

namespace {

// The rows rowAt(0 ... count - 1) that pass \a filter, in that order: chunks over threads (a
// test per thread: it caches), each chunk writing what it keeps at its own start, then the
// chunks moved together in order.
template<typename RowAt>
std::vector<quint32> filterRows(const VariantStore &store,
                                size_t count,
                                const RowAt &rowAt,
                                const VariantFilter &filter,
                                const InheritanceAnalysis *inheritance,
                                const JobContext &job)
{
    const size_t chunks = RowChunks::chunkCount(count);
    const int threads = RowChunks::threadsFor(chunks);
    std::vector<VariantFilterTest> tests;
    tests.reserve(size_t(threads));
    for (int thread = 0; thread < threads; ++thread)
        tests.emplace_back(store, filter, inheritance);
    std::vector<quint32> rows(count);
    std::vector<size_t> kept(chunks, 0);
    RowChunks::forEach(chunks, threads, job, [&](size_t chunk, int worker) {
        const VariantFilterTest &test = tests[size_t(worker)];
        const size_t start = chunk * RowChunks::kRows;
        const size_t end = std::min(count, start + RowChunks::kRows);
        quint32 *out = rows.data() + start;
        size_t keptCount = 0;
        for (size_t i = start; i < end; ++i) {
            const quint32 row = rowAt(i);
            if (test.keeps(row))
                out[keptCount++] = row;
        }
        kept[chunk] = keptCount;
    });
    size_t total = 0;
    for (size_t chunk = 0; chunk < chunks; ++chunk) {
        const size_t start = chunk * RowChunks::kRows;
        if (total != start && kept[chunk] > 0)
            std::memmove(rows.data() + total, rows.data() + start, kept[chunk] * sizeof(quint32));
        total += kept[chunk];
    }
    rows.resize(total);
    return rows;
}

} // namespace

int VariantQuery::threadCount()
{
    return RowChunks::threadCount();
}

void VariantQuery::setThreadCount(int threads)
{
    RowChunks::configuredThreads().store(std::max(0, threads), std::memory_order_relaxed);
}

std::vector<quint32> VariantQuery::filter(const VariantStore &store,
                                          const VariantFilter &filter,
                                          const InheritanceAnalysis *inheritance,
                                          const JobContext &job)
{
    return filterRows(
            store,
            size_t(store.size()),
            [](size_t index) { return quint32(index); },
            filter,
            inheritance,
            job);
}

std::vector<quint32> VariantQuery::filter(const VariantStore &store,
                                          const std::vector<quint32> &candidates,
                                          const VariantFilter &filter,
                                          const InheritanceAnalysis *inheritance,
                                          const JobContext &job)
{
    return filterRows(
            store,
            candidates.size(),
            [&candidates](size_t index) { return candidates[index]; },
            filter,
            inheritance,
            job);
}

std::vector<quint32> VariantQuery::sorted(const VariantStore &store,
                                          std::vector<quint32> rows,
                                          SortKey key,
                                          bool ascending,
                                          int sample,
                                          const JobContext &job)
{
    // One 64-bit key per row whose unsigned order is the wanted order; descending inverts it.
    std::vector<quint64> keys(rows.size());
    const bool validSample = sample >= 0 && sample < store.sampleCount();

    std::vector<quint32> contigOrder; // by contig index: karyotype rank, then file order
    std::vector<quint32> ranks;       // by FILTER id or annotation text id
    // By thread, by consequence text id; -1: not looked up yet.
    std::vector<std::vector<qint32>> severities;
    switch (key) {
    case SortKey::Position: {
        std::vector<int> indexes(size_t(store.contigs().size()));
        std::iota(indexes.begin(), indexes.end(), 0);
        std::vector<int> contigRanks;
        for (const QString &contig : store.contigs())
            contigRanks.push_back(std::min(contigRank(contig), 26));
        std::stable_sort(indexes.begin(), indexes.end(), [&contigRanks](int a, int b) {
            return contigRanks[size_t(a)] < contigRanks[size_t(b)];
        });
        contigOrder.resize(indexes.size());
        for (size_t order = 0; order < indexes.size(); ++order)
            contigOrder[size_t(indexes[order])] = quint32(order);
        break;
    }
    case SortKey::Filter:
        ranks = textRanks(
                store.filters(), rows, [&store](quint32 row) { return store.filterId(row); }, job);
        break;
    case SortKey::Gene:
        ranks = textRanks(
                store.annotationTexts(),
                rows,
                [&store](quint32 row) { return store.geneId(row); },
                job);
        break;
    case SortKey::Severity:
        severities.resize(size_t(RowChunks::threadsFor(RowChunks::chunkCount(rows.size()))));
        break;
    default:
        break;
    }

    // One loop per key (no switch per row), chunks over threads; descending inverts the key.
    const size_t chunks = RowChunks::chunkCount(rows.size());
    const int threads = RowChunks::threadsFor(chunks);
    const auto fill = [&rows, &keys, ascending, &job, chunks, threads](auto keyOf) {
        RowChunks::forEach(chunks, threads, job, [&](size_t chunk, int worker) {
            const size_t end = std::min(rows.size(), (chunk + 1) * RowChunks::kRows);
            for (size_t i = chunk * RowChunks::kRows; i < end; ++i) {
                const quint64 value = keyOf(rows[i], worker);
                keys[i] = ascending ? value : ~value;
            }
        });
    };
    switch (key) {
    case SortKey::Position:
        fill([&](quint32 row, int) {
            const qint64 position = std::clamp<qint64>(store.position(row), 0, 0xFFFFFFFFll);
            return quint64(contigOrder[size_t(store.contigIndex(row))]) << 32 | quint64(position);
        });
        break;
    case SortKey::Quality:
        fill([&](quint32 row, int) {
            const float quality = store.quality(row);
            return quint64(orderedBits(std::isnan(quality) ? -1.0f : quality));
        });
        break;
    case SortKey::Type:
        fill([&](quint32 row, int) { return quint64(store.type(row)); });
        break;
    case SortKey::Filter:
        fill([&](quint32 row, int) { return quint64(ranks[store.filterId(row)]); });
        break;
    case SortKey::Gene:
        fill([&](quint32 row, int) { return quint64(ranks[store.geneId(row)]); });
        break;
    case SortKey::Severity:
        fill([&](quint32 row, int worker) {
            std::vector<qint32> &cache = severities[size_t(worker)];
            if (cache.empty())
                cache.assign(size_t(store.annotationTexts().size()), -1);
            const quint32 id = store.consequenceId(row);
            qint32 &severity = cache[id];
            if (severity < 0) {
                const QString &consequence = store.annotationTexts().at(id);
                severity = consequence.isEmpty() ? 1000000
                                                 : ConsequenceParser::severity(consequence);
            }
            return quint64(severity);
        });
        break;
    case SortKey::Depth:
        fill([&](quint32 row, int) {
            return quint64(qint64(validSample ? store.depth(row, sample) : -1) + 1);
        });
        break;
    case SortKey::GenotypeQuality:
        fill([&](quint32 row, int) {
            return quint64(qint64(validSample ? store.genotypeQuality(row, sample) : -1) + 1);
        });
        break;
    case SortKey::AlleleBalance:
        fill([&](quint32 row, int) -> quint64 {
            // Depths are below 2^17, so distinct balances differ by more than 2^-34: 2^36
            // steps keep them apart.
            const double balance = validSample ? store.genotype(row, sample).alleleBalance() : -1.0;
            return balance < 0 ? 0 : quint64(std::floor(balance * 68719476736.0)) + 1;
        });
        break;
    case SortKey::Zygosity:
        fill([&](quint32 row, int) {
            return validSample ? quint64(store.zygosity(row, sample)) + 1 : quint64(0);
        });
        break;
    }
    if (job.isCancelled())
        return rows;
    parallelStableSortByKeys(keys, rows, job);
    return rows;
}

std::vector<quint32> VariantQuery::sortedBy(std::vector<quint32> rows,
                                            const std::function<double(quint32 row)> &value,
                                            bool ascending,
                                            const JobContext &job)
{
    // The values are read in chunks over threads (see the contract in the header).
    std::vector<quint64> keys(rows.size());
    const size_t chunks = RowChunks::chunkCount(rows.size());
    const bool complete = RowChunks::forEach(
            chunks, RowChunks::threadsFor(chunks), job, [&](size_t chunk, int) {
                const size_t end = std::min(rows.size(), (chunk + 1) * RowChunks::kRows);
                for (size_t i = chunk * RowChunks::kRows; i < end; ++i) {
                    const double number = value(rows[i]);
                    // orderedBits() of a number is never 0 or all ones, so NaN (all ones)
                    // stays last.
                    if (std::isnan(number))
                        keys[i] = std::numeric_limits<quint64>::max();
                    else
                        keys[i] = ascending ? orderedBits(number) : ~orderedBits(number);
                }
            });
    if (!complete || job.isCancelled())
        return rows;
    parallelStableSortByKeys(keys, rows, job);
    return rows;
}

} // namespace Core
