// SPDX-License-Identifier: GPL-3.0-or-later
#include "variantquery.h"

#include "variantfiltertest_p.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>

namespace Core {

namespace {

// Rows between two looks at the job's cancel flag: cheap enough, and a cancelled query of a
// genome stops within a millisecond or two.
constexpr size_t kCancelStride = 65536;

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

// Sorts \a rows by \a keys (same length, unsigned order), stable. Keys spanning at most 2^32
// travel with their row in one 64-bit word; wider keys are sorted by their upper 32 significant
// bits that way, and runs that share those are finished by comparing the whole keys. Input
// already in key order, or in reverse key order, costs one pass.
void stableSortByKeys(std::vector<quint64> &keys, std::vector<quint32> &rows, const JobContext &job)
{
    const size_t count = keys.size();
    if (count < 2)
        return;
    bool ascending = true;
    bool descending = true;
    quint64 minimum = keys[0];
    quint64 maximum = keys[0];
    for (size_t i = 1; i < count; ++i) {
        const quint64 key = keys[i];
        ascending = ascending && keys[i - 1] <= key;
        descending = descending && keys[i - 1] >= key;
        minimum = std::min(minimum, key);
        maximum = std::max(maximum, key);
    }
    if (ascending)
        return;
    if (descending) {
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
    for (quint64 range = maximum - minimum; range != 0; range >>= 1)
        ++bits;
    if (bits <= 32) {
        // Sorted in place: the key above, the row below.
        for (size_t i = 0; i < count; ++i)
            keys[i] = (keys[i] - minimum) << 32 | rows[i];
        radixSortUpperBits(keys, bits, job);
        for (size_t i = 0; i < count; ++i)
            rows[i] = quint32(keys[i]);
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
    for (size_t i = 0; i < count; ++i)
        sorted[i] = rows[quint32(packed[i])];
    rows.swap(sorted);
}

// The rank of each annotation text id that occurs in \a rows of the column read by \a idOf,
// case-insensitive alphabetical, the empty text last (case-only variants share a rank).
template<typename IdOf>
std::vector<quint32>
textRanks(const QStringList &texts, const std::vector<quint32> &rows, IdOf idOf)
{
    std::vector<quint32> ranks(size_t(texts.size()), 0);
    std::vector<quint32> present;
    std::vector<char> seen(size_t(texts.size()), 0);
    for (quint32 row : rows) {
        const quint32 id = idOf(row);
        if (!seen[id]) {
            seen[id] = 1;
            present.push_back(id);
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

std::vector<quint32> VariantQuery::filter(const VariantStore &store,
                                          const VariantFilter &filter,
                                          const InheritanceAnalysis *inheritance,
                                          const JobContext &job)
{
    const VariantFilterTest test(store, filter, inheritance);
    std::vector<quint32> rows;
    rows.reserve(size_t(store.size()));
    const auto size = size_t(store.size());
    for (size_t start = 0; start < size; start += kCancelStride) {
        if (job.isCancelled())
            return rows;
        const size_t end = std::min(size, start + kCancelStride);
        for (size_t row = start; row < end; ++row) {
            if (test.keeps(quint32(row)))
                rows.push_back(quint32(row));
        }
    }
    return rows;
}

std::vector<quint32> VariantQuery::filter(const VariantStore &store,
                                          const std::vector<quint32> &candidates,
                                          const VariantFilter &filter,
                                          const InheritanceAnalysis *inheritance,
                                          const JobContext &job)
{
    const VariantFilterTest test(store, filter, inheritance);
    std::vector<quint32> rows;
    rows.reserve(candidates.size());
    for (size_t start = 0; start < candidates.size(); start += kCancelStride) {
        if (job.isCancelled())
            return rows;
        const size_t end = std::min(candidates.size(), start + kCancelStride);
        for (size_t i = start; i < end; ++i) {
            if (test.keeps(candidates[i]))
                rows.push_back(candidates[i]);
        }
    }
    return rows;
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
    std::vector<qint32> severities;   // by consequence text id; -1: not looked up yet
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
                store.filters(), rows, [&store](quint32 row) { return store.filterId(row); });
        break;
    case SortKey::Gene:
        ranks = textRanks(
                store.annotationTexts(), rows, [&store](quint32 row) { return store.geneId(row); });
        break;
    case SortKey::Severity:
        severities.assign(size_t(store.annotationTexts().size()), -1);
        break;
    default:
        break;
    }

    // One loop per key (no switch per row); descending inverts the key.
    const auto fill = [&rows, &keys, ascending, &job](auto keyOf) {
        for (size_t start = 0; start < rows.size(); start += kCancelStride) {
            if (job.isCancelled())
                return;
            const size_t end = std::min(rows.size(), start + kCancelStride);
            for (size_t i = start; i < end; ++i) {
                const quint64 value = keyOf(rows[i]);
                keys[i] = ascending ? value : ~value;
            }
        }
    };
    switch (key) {
    case SortKey::Position:
        fill([&](quint32 row) {
            const qint64 position = std::clamp<qint64>(store.position(row), 0, 0xFFFFFFFFll);
            return quint64(contigOrder[size_t(store.contigIndex(row))]) << 32 | quint64(position);
        });
        break;
    case SortKey::Quality:
        fill([&](quint32 row) {
            const float quality = store.quality(row);
            return quint64(orderedBits(std::isnan(quality) ? -1.0f : quality));
        });
        break;
    case SortKey::Type:
        fill([&](quint32 row) { return quint64(store.type(row)); });
        break;
    case SortKey::Filter:
        fill([&](quint32 row) { return quint64(ranks[store.filterId(row)]); });
        break;
    case SortKey::Gene:
        fill([&](quint32 row) { return quint64(ranks[store.geneId(row)]); });
        break;
    case SortKey::Severity:
        fill([&](quint32 row) {
            const quint32 id = store.consequenceId(row);
            qint32 &severity = severities[id];
            if (severity < 0) {
                const QString &consequence = store.annotationTexts().at(id);
                severity = consequence.isEmpty() ? 1000000
                                                 : ConsequenceParser::severity(consequence);
            }
            return quint64(severity);
        });
        break;
    case SortKey::Depth:
        fill([&](quint32 row) {
            return quint64(qint64(validSample ? store.depth(row, sample) : -1) + 1);
        });
        break;
    case SortKey::GenotypeQuality:
        fill([&](quint32 row) {
            return quint64(qint64(validSample ? store.genotypeQuality(row, sample) : -1) + 1);
        });
        break;
    case SortKey::AlleleBalance:
        fill([&](quint32 row) -> quint64 {
            // Depths are below 2^17, so distinct balances differ by more than 2^-34: 2^36
            // steps keep them apart.
            const double balance = validSample ? store.genotype(row, sample).alleleBalance() : -1.0;
            return balance < 0 ? 0 : quint64(std::floor(balance * 68719476736.0)) + 1;
        });
        break;
    case SortKey::Zygosity:
        fill([&](quint32 row) {
            return validSample ? quint64(store.zygosity(row, sample)) + 1 : quint64(0);
        });
        break;
    }
    if (job.isCancelled())
        return rows;
    stableSortByKeys(keys, rows, job);
    return rows;
}

std::vector<quint32> VariantQuery::sortedBy(std::vector<quint32> rows,
                                            const std::function<double(quint32 row)> &value,
                                            bool ascending,
                                            const JobContext &job)
{
    std::vector<quint64> keys(rows.size());
    for (size_t start = 0; start < rows.size(); start += kCancelStride) {
        if (job.isCancelled())
            return rows;
        const size_t end = std::min(rows.size(), start + kCancelStride);
        for (size_t i = start; i < end; ++i) {
            const double number = value(rows[i]);
            // orderedBits() of a number is never 0 or all ones, so NaN (all ones) stays last.
            if (std::isnan(number))
                keys[i] = std::numeric_limits<quint64>::max();
            else
                keys[i] = ascending ? orderedBits(number) : ~orderedBits(number);
        }
    }
    stableSortByKeys(keys, rows, job);
    return rows;
}

} // namespace Core
