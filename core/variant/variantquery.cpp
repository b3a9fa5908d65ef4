// SPDX-License-Identifier: GPL-3.0-or-later
#include "variantquery.h"

#include "rowchunks_p.h"
#include "sortkeys_p.h"
#include "variantfiltertest_p.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <string>

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

// One contiguous part of [0, count) per thread, for passes whose parts must be fixed in
// advance (the radix sort's per-part digit counts).
std::vector<size_t> partBounds(size_t count, int threads)
{
    std::vector<size_t> bounds(size_t(threads) + 1);
    for (size_t part = 0; part <= size_t(threads); ++part)
        bounds[part] = count * part / size_t(threads);
    return bounds;
}

// Calls body(begin, end) for every chunk of [0, count), over threads. False when cancelled.
template<typename Body>
bool forEachChunk(size_t count, const JobContext &job, const Body &body)
{
    const size_t chunks = RowChunks::chunkCount(count);
    return RowChunks::forEach(chunks, RowChunks::threadsFor(chunks), job, [&](size_t chunk, int) {
        body(chunk * RowChunks::kRows, std::min(count, (chunk + 1) * RowChunks::kRows));
    });
}

// The buffers a sort keeps in the calling thread between sorts, \a count elements: a fresh
// vector would zero and fault in 20-40 MB on every genome sort. A sort that scatters into one
// and swaps it with its input leaves the buffer holding already faulted-in pages for the next
// sort. One far larger than needed is let go first, so that a small sort does not keep a
// genome's capacity. The memory stays with the thread until the thread ends.
enum class Scratch { Rows, Keys, Radix, Packed };
template<Scratch Kind, typename Value>
std::vector<Value> &scratch(size_t count)
{
    thread_local std::vector<Value> buffer;
    if (buffer.capacity() > 2 * count + 65536)
        std::vector<Value>().swap(buffer);
    buffer.resize(count);
    return buffer;
}

// Row numbers (4 bytes per row) and keys (8 bytes per row) of a sort.
std::vector<quint32> &rowScratch(size_t count)
{
    return scratch<Scratch::Rows, quint32>(count);
}
std::vector<quint64> &keyScratch(size_t count)
{
    return scratch<Scratch::Keys, quint64>(count);
}

// Sorts \a values by their bits [32, 32 + bits) (the lower 32 bits ride along), stable: an LSD
// radix sort in passes of at most 11 bits; a pass whose digit every value shares is skipped.
// Each pass is split over threads: every thread counts the digits of its own part of the
// values, and then moves its part to the places those counts give it (parts in order, so
// values with the same digit keep their order).
void radixSortUpperBits(std::vector<quint64> &values, int bits, const JobContext &job)
{
    const size_t count = values.size();
    if (count < 2 || bits <= 0)
        return;
    const int passes = (bits + 10) / 11;
    const int digitBits = (bits + passes - 1) / passes;
    const quint64 mask = (quint64(1) << digitBits) - 1;
    const size_t buckets = size_t(mask) + 1;
    const int threads = RowChunks::threadsFor(RowChunks::chunkCount(count));
    const std::vector<size_t> bounds = partBounds(count, threads);
    const auto parts = size_t(threads);
    std::vector<std::vector<quint32>> histograms(parts, std::vector<quint32>(buckets));
    // The passes alternate between \a values and the thread's radix buffer (swapped, so the
    // result is in \a values and both keep their faulted-in pages).
    std::vector<quint64> *buffer = nullptr;
    for (int pass = 0; pass < passes; ++pass) {
        const int shift = 32 + pass * digitBits;
        if (!RowChunks::forEach(parts, threads, job, [&](size_t part, int) {
                std::vector<quint32> &histogram = histograms[part];
                std::fill(histogram.begin(), histogram.end(), 0);
                const quint64 *value = values.data() + bounds[part];
                const quint64 *end = values.data() + bounds[part + 1];
                for (; value != end; ++value)
                    ++histogram[(*value >> shift) & mask];
            })) {
            return;
        }
        // Offsets: bucket by bucket, part by part.
        quint32 offset = 0;
        bool shared = false; // every value has the same digit
        for (size_t bucket = 0; bucket < buckets; ++bucket) {
            quint32 total = 0;
            for (size_t part = 0; part < parts; ++part) {
                const quint32 size = histograms[part][bucket];
                histograms[part][bucket] = offset;
                offset += size;
                total += size;
            }
            shared = shared || total == count;
        }
        if (shared)
            continue;
        if (!buffer)
            buffer = &scratch<Scratch::Radix, quint64>(count);
        if (!RowChunks::forEach(parts, threads, job, [&](size_t part, int) {
                quint32 *histogram = histograms[part].data();
                quint64 *out = buffer->data();
                const quint64 *value = values.data() + bounds[part];
                const quint64 *end = values.data() + bounds[part + 1];
                for (; value != end; ++value)
                    out[histogram[(*value >> shift) & mask]++] = *value;
            })) {
            return;
        }
        values.swap(*buffer);
    }
}

// What one pass over the keys tells the sort: already in order (either way), and their range.
struct KeyOrder
{
    bool ascending = true;
    bool descending = true;
    quint64 minimum = 0;
    quint64 maximum = 0;

    // One pass, in chunks over threads.
    static KeyOrder of(const std::vector<quint64> &keys, const JobContext &job)
    {
        KeyOrder order;
        if (keys.empty())
            return order;
        std::vector<KeyOrder> chunkOrders(RowChunks::chunkCount(keys.size()));
        forEachChunk(keys.size(), job, [&](size_t begin, size_t end) {
            KeyOrder &chunkOrder = chunkOrders[begin / RowChunks::kRows];
            quint64 minimum = keys[begin];
            quint64 maximum = minimum;
            bool ascending = true;
            bool descending = true;
            for (size_t i = begin + 1; i < end; ++i) {
                const quint64 previous = keys[i - 1];
                const quint64 key = keys[i];
                ascending = ascending && previous <= key;
                descending = descending && previous >= key;
                minimum = std::min(minimum, key);
                maximum = std::max(maximum, key);
            }
            chunkOrder = {ascending, descending, minimum, maximum};
        });
        order = chunkOrders[0];
        for (size_t chunk = 1; chunk < chunkOrders.size(); ++chunk) {
            const KeyOrder &next = chunkOrders[chunk];
            const quint64 last = keys[chunk * RowChunks::kRows - 1];
            const quint64 first = keys[chunk * RowChunks::kRows];
            order.ascending = order.ascending && next.ascending && last <= first;
            order.descending = order.descending && next.descending && last >= first;
            order.minimum = std::min(order.minimum, next.minimum);
            order.maximum = std::max(order.maximum, next.maximum);
        }
        return order;
    }
};

int bitsOf(quint64 range)
{
    int bits = 0;
    for (; range != 0; range >>= 1)
        ++bits;
    return bits;
}

// An open-addressing set of 64-bit keys with a 32-bit value each (for ranking keys).
class KeyTable
{
public:
    explicit KeyTable(size_t capacity = 1024) { m_slots.resize(capacity); }

    size_t size() const { return m_size; }
    // Adds \a key (value 0) unless present.
    void insert(quint64 key)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        Slot &slot = find(key);
        if (!slot.used) {
            slot = {key, 0, 1};
            ++m_size;
        }
    }
    void set(quint64 key, quint32 value)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        Slot &slot = find(key);
        if (!slot.used)
            ++m_size;
        slot = {key, value, 1};
    }
    bool contains(quint64 key) const { return const_cast<KeyTable *>(this)->find(key).used; }
    // The value of \a key, which must be present.
    quint32 value(quint64 key) const { return const_cast<KeyTable *>(this)->find(key).value; }
    template<typename Visit>
    void forEachKey(const Visit &visit) const
    {
        for (const Slot &slot : m_slots) {
            if (slot.used)
                visit(slot.key);
        }
    }

private:
    struct Slot
    {
        quint64 key = 0;
        quint32 value = 0;
        quint32 used = 0;
    };

    Slot &find(quint64 key)
    {
        const size_t mask = m_slots.size() - 1;
        size_t index = size_t((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;
        while (m_slots[index].used && m_slots[index].key != key)
            index = (index + 1) & mask;
        return m_slots[index];
    }
    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        m_size = 0;
        for (const Slot &slot : old) {
            if (slot.used)
                set(slot.key, slot.value);
        }
    }

    std::vector<Slot> m_slots;
    size_t m_size = 0;
};

// Keys with at most this many distinct values are sorted by their rank among them.
constexpr size_t kMaximumRankedKeys = size_t(1) << 16;

// Replaces every key by its rank among the distinct keys (0 for the smallest), when there are
// at most kMaximumRankedKeys of them; returns the number of distinct keys, or 0 (keys
// unchanged) when there are more or the job was cancelled. Each thread collects the distinct
// keys of its chunks, then one sorted list numbers them and every key is looked up.
size_t rankKeys(std::vector<quint64> &keys, const JobContext &job)
{
    const size_t chunks = RowChunks::chunkCount(keys.size());
    const int threads = RowChunks::threadsFor(chunks);
    std::vector<KeyTable> seen(static_cast<size_t>(threads));
    std::atomic<bool> tooMany{false};
    const bool complete = RowChunks::forEach(chunks, threads, job, [&](size_t chunk, int worker) {
        if (tooMany.load(std::memory_order_relaxed))
            return;
        KeyTable &table = seen[size_t(worker)];
        const size_t end = std::min(keys.size(), (chunk + 1) * RowChunks::kRows);
        quint64 previous = keys[chunk * RowChunks::kRows];
        table.insert(previous);
        for (size_t i = chunk * RowChunks::kRows + 1; i < end; ++i) {
            const quint64 key = keys[i];
            if (key != previous) {
                table.insert(key);
                previous = key;
                if (table.size() > kMaximumRankedKeys) { // give up early: many distinct keys
                    tooMany.store(true, std::memory_order_relaxed);
                    return;
                }
            }
        }
    });
    if (!complete || tooMany.load())
        return 0;
    std::vector<quint64> distinct;
    for (const KeyTable &table : seen)
        table.forEachKey([&distinct](quint64 key) { distinct.push_back(key); });
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    if (distinct.size() > kMaximumRankedKeys)
        return 0;
    KeyTable ranks(size_t(1) << (bitsOf(distinct.size()) + 1));
    for (size_t rank = 0; rank < distinct.size(); ++rank)
        ranks.set(distinct[rank], quint32(rank));
    if (!forEachChunk(keys.size(), job, [&](size_t begin, size_t end) {
            quint64 previous = keys[begin];
            quint64 rank = ranks.value(previous);
            for (size_t i = begin; i < end; ++i) {
                const quint64 key = keys[i];
                if (key != previous) {
                    rank = ranks.value(key);
                    previous = key;
                }
                keys[i] = rank;
            }
        })) {
        return 0;
    }
    return distinct.size();
}

// Keys at most this far apart are sorted by counting: one histogram pass and one scatter.
constexpr int kCountingSortBits = 16;

// Sorts \a rows by \a keys - \a minimum, all below \a buckets, stable: every thread counts the
// keys of its own part, then moves its rows to the places those counts give it (parts in
// order). The result goes to rowScratch() first and is swapped into \a rows.
void countingSortRows(const std::vector<quint64> &keys,
                      quint64 minimum,
                      size_t buckets,
                      std::vector<quint32> &rows,
                      const JobContext &job,
                      std::vector<quint64> *groupStarts)
{
    const size_t count = keys.size();
    const int threads = RowChunks::threadsFor(RowChunks::chunkCount(count));
    const std::vector<size_t> bounds = partBounds(count, threads);
    const auto parts = size_t(threads);
    std::vector<std::vector<quint32>> histograms(parts, std::vector<quint32>(buckets));
    if (!RowChunks::forEach(parts, threads, job, [&](size_t part, int) {
            quint32 *histogram = histograms[part].data();
            const quint64 *key = keys.data() + bounds[part];
            const quint64 *end = keys.data() + bounds[part + 1];
            for (; key != end; ++key)
                ++histogram[*key - minimum];
        })) {
        return;
    }
    quint32 offset = 0;
    for (size_t bucket = 0; bucket < buckets; ++bucket) {
        const quint32 start = offset;
        for (size_t part = 0; part < parts; ++part) {
            const quint32 size = histograms[part][bucket];
            histograms[part][bucket] = offset;
            offset += size;
        }
        if (groupStarts && offset != start) // a bucket holds one key
            (*groupStarts)[start >> 6] |= quint64(1) << (start & 63);
    }
    std::vector<quint32> &sorted = rowScratch(count);
    if (!RowChunks::forEach(parts, threads, job, [&](size_t part, int) {
            quint32 *histogram = histograms[part].data();
            quint32 *out = sorted.data();
            for (size_t i = bounds[part]; i < bounds[part + 1]; ++i)
                out[histogram[keys[i] - minimum]++] = rows[i];
        })) {
        return;
    }
    rows.swap(sorted);
}

// True when \a rows rise strictly (one pass in chunks over threads).
bool risesStrictly(const std::vector<quint32> &rows, const JobContext &job)
{
    std::atomic<bool> rising{true};
    forEachChunk(rows.size(), job, [&](size_t begin, size_t end) {
        for (size_t i = std::max<size_t>(begin, 1); i < end; ++i) {
            if (rows[i - 1] >= rows[i]) {
                rising.store(false, std::memory_order_relaxed);
                return;
            }
        }
    });
    return rising.load() && !job.isCancelled();
}

// Sorts \a rows by \a keys (same length, unsigned order), stable, on threadCount() threads;
// \a keys are left in no particular state. Input already in key order, or in reverse key
// order, costs one pass. Keys spanning more than 2^16 with at most kMaximumRankedKeys
// distinct values are replaced by their rank first. Keys spanning at most 2^16 are sorted by
// counting (one histogram pass, one scatter of the rows); keys spanning at most 2^32 travel
// with their row in one 64-bit word through the radix sort; other wide keys are sorted by their
// upper 32 significant bits (with their index), runs that share those are finished by comparing the
// whole keys, and the rows are then gathered by index.
void sortRowsByKeys(std::vector<quint64> &keys,
                    std::vector<quint32> &rows,
                    const JobContext &job,
                    std::vector<quint64> *groupStarts = nullptr)
{
    const size_t count = keys.size();
    if (groupStarts)
        groupStarts->assign((count + 63) / 64, 0);
    // The group starts of keys in their final order, by comparing neighbours: chunks of
    // RowChunks::kRows (a multiple of 64: no word is shared by two threads).
    const auto markNeighbours = [&](const auto &keyAt) {
        if (!groupStarts)
            return;
        forEachChunk(count, job, [&](size_t begin, size_t end) {
            for (size_t i = begin; i < end; ++i) {
                if (i == 0 || keyAt(i) != keyAt(i - 1))
                    (*groupStarts)[i >> 6] |= quint64(1) << (i & 63);
            }
        });
    };
    const auto inPlace = [&keys](size_t i) {
        return keys[i];
    };
    if (count < 2) {
        markNeighbours(inPlace);
        return;
    }
    const KeyOrder order = KeyOrder::of(keys, job);
    if (job.isCancelled())
        return;
    if (order.ascending) {
        markNeighbours(inPlace);
        return;
    }
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
        markNeighbours(inPlace);
        return;
    }
    quint64 minimum = order.minimum;
    int bits = bitsOf(order.maximum - minimum);
    if (bits > kCountingSortBits) { // radix passes: a counting sort if the distinct values are few
        const size_t distinct = rankKeys(keys, job);
        if (job.isCancelled())
            return;
        if (distinct > 0) {
            minimum = 0;
            bits = bitsOf(distinct - 1);
        }
    }
    if (bits <= kCountingSortBits) {
        countingSortRows(keys, minimum, (size_t(1) << bits), rows, job, groupStarts);
        return;
    }
    if (bits <= 32) {
        // The key above, the row below.
        if (!forEachChunk(count, job, [&](size_t begin, size_t end) {
                for (size_t i = begin; i < end; ++i)
                    keys[i] = (keys[i] - minimum) << 32 | rows[i];
            })) {
            return;
        }
        radixSortUpperBits(keys, bits, job);
        markNeighbours([&keys](size_t i) { return keys[i] >> 32; });
        forEachChunk(count, job, [&](size_t begin, size_t end) {
            for (size_t i = begin; i < end; ++i)
                rows[i] = quint32(keys[i]);
        });
        return;
    }
    const int shift = bits - 32;
    // Rows that rise (a subset in store order, the usual input) travel in the words themselves:
    // equal keys stay in row order, which is their input order, and no gather by index follows
    // (5 million random reads on a genome). A tied row's key is then found by searching the
    // rows; the rows of one run rise too, so each search gallops on from the previous one.
    const bool rising = risesStrictly(rows, job);
    std::vector<quint64> &packed = scratch<Scratch::Packed, quint64>(count);
    if (!forEachChunk(count, job, [&](size_t begin, size_t end) {
            for (size_t i = begin; i < end; ++i) {
                packed[i] = ((keys[i] - minimum) >> shift) << 32
                            | (rising ? quint64(rows[i]) : quint64(i));
            }
        })) {
        return;
    }
    radixSortUpperBits(packed, 32, job);
    if (job.isCancelled())
        return;
    constexpr size_t none = std::numeric_limits<size_t>::max();
    // The input position of the value in \a word; \a previous: that of the value before it in
    // its run (none for the first).
    const auto positionOf = [&](quint64 word, size_t previous) -> size_t {
        const auto low = quint32(word);
        if (!rising)
            return low;
        if (previous == none)
            return size_t(std::lower_bound(rows.begin(), rows.end(), low) - rows.begin());
        size_t from = previous + 1;
        size_t step = 1;
        while (from + step < count && rows[from + step] < low) {
            from += step;
            step *= 2;
        }
        const auto last = rows.begin() + qptrdiff(std::min(count, from + step + 1));
        return size_t(std::lower_bound(rows.begin() + qptrdiff(from), last, low) - rows.begin());
    };
    // Runs that share the upper bits, by chunks over threads: a chunk finishes the runs that
    // start in it (a run may reach into the next chunk, which skips it). Within a run the
    // values are in input order; a run with different keys is sorted by them, stable.
    if (!forEachChunk(count, job, [&](size_t begin, size_t chunkEnd) {
            size_t start = begin;
            while (start > 0 && start < chunkEnd && packed[start] >> 32 == packed[start - 1] >> 32)
                ++start;
            std::vector<std::pair<quint64, quint64>> run; // key, word
            while (start < chunkEnd) {
                size_t end = start + 1;
                while (end < count && packed[end] >> 32 == packed[start] >> 32)
                    ++end;
                if (end - start > 1) {
                    size_t position = positionOf(packed[start], none);
                    const quint64 first = keys[position];
                    bool differ = false;
                    for (size_t i = start + 1; i < end && !differ; ++i) {
                        position = positionOf(packed[i], position);
                        differ = keys[position] != first;
                    }
                    if (differ) {
                        run.clear();
                        position = none;
                        for (size_t i = start; i < end; ++i) {
                            position = positionOf(packed[i], position);
                            run.emplace_back(keys[position], packed[i]);
                        }
                        std::stable_sort(run.begin(), run.end(), [](const auto &a, const auto &b) {
                            return a.first < b.first;
                        });
                        for (size_t i = start; i < end; ++i)
                            packed[i] = run[i - start].second;
                    }
                }
                start = end;
            }
        })) {
        return;
    }
    // Group starts are asked for with rows 0...count - 1 only: a word's row is its position.
    Q_ASSERT(!groupStarts || !rising || (rows.front() == 0 && rows.back() == count - 1));
    markNeighbours([&](size_t i) { return keys[quint32(packed[i])]; });
    if (rising) {
        forEachChunk(count, job, [&](size_t begin, size_t end) {
            for (size_t i = begin; i < end; ++i)
                rows[i] = quint32(packed[i]);
        });
        return;
    }
    std::vector<quint32> &sorted = rowScratch(count);
    if (!forEachChunk(count, job, [&](size_t begin, size_t end) {
            for (size_t i = begin; i < end; ++i)
                sorted[i] = rows[quint32(packed[i])];
        })) {
        return;
    }
    rows.swap(sorted);
}

// The rank of each text id (of the column read by \a idOf) that occurs in \a rows,
// case-insensitive alphabetical, the empty text last (case-only variants share a rank), as a
// table id -> rank. The ids are collected in a small table per thread (rows of one gene or
// FILTER come in runs, so most rows only compare with the previous id): no array as large as
// all the texts (millions of annotation texts in a genome) is cleared or scanned.
template<typename IdOf>
KeyTable textRanks(const QStringList &texts,
                   const std::vector<quint32> &rows,
                   IdOf idOf,
                   const JobContext &job)
{
    KeyTable ranks;
    // The ids seen, by thread; a cancelled pass leaves some unseen (the result is dropped).
    const size_t chunks = RowChunks::chunkCount(rows.size());
    const int threads = RowChunks::threadsFor(chunks);
    std::vector<KeyTable> seen(static_cast<size_t>(threads));
    RowChunks::forEach(chunks, threads, job, [&](size_t chunk, int worker) {
        KeyTable &mine = seen[size_t(worker)];
        const size_t end = std::min(rows.size(), (chunk + 1) * RowChunks::kRows);
        quint32 previous = std::numeric_limits<quint32>::max();
        for (size_t i = chunk * RowChunks::kRows; i < end; ++i) {
            const quint32 id = idOf(rows[i]);
            if (id != previous) {
                mine.insert(id);
                previous = id;
            }
        }
    });
    std::vector<quint32> present;
    for (const KeyTable &mine : seen)
        mine.forEachKey([&present](quint64 id) { present.push_back(quint32(id)); });
    std::sort(present.begin(), present.end());
    present.erase(std::unique(present.begin(), present.end()), present.end());
    // Texts all in ASCII (gene symbols, FILTER) compare as their lower-case bytes, which orders
    // them as QString::compare(Qt::CaseInsensitive) does, at a fraction of its cost.
    bool ascii = true;
    for (size_t i = 0; i < present.size() && ascii; ++i) {
        for (const QChar character : texts.at(present[i]))
            ascii = ascii && character.unicode() < 0x80;
    }
    if (ascii) {
        std::vector<std::pair<std::string, quint32>> folded;
        folded.reserve(present.size());
        for (const quint32 id : present) {
            std::string text = texts.at(id).toStdString();
            for (char &character : text) {
                if (character >= 'A' && character <= 'Z')
                    character = char(character - 'A' + 'a');
            }
            folded.emplace_back(std::move(text), id);
        }
        const auto lessFolded = [](const std::pair<std::string, quint32> &a,
                                   const std::pair<std::string, quint32> &b) {
            if (a.first.empty() != b.first.empty())
                return b.first.empty();
            return a.first < b.first;
        };
        std::sort(folded.begin(), folded.end(), lessFolded);
        quint32 rank = 0;
        for (size_t i = 0; i < folded.size(); ++i) {
            if (i > 0 && lessFolded(folded[i - 1], folded[i]))
                ++rank;
            ranks.set(folded[i].second, rank);
        }
        return ranks;
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
        ranks.set(present[i], rank);
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

void SortKeys::of(const VariantStore &store,
                  const std::vector<quint32> &rows,
                  VariantQuery::SortKey key,
                  bool ascending,
                  int sample,
                  const JobContext &job,
                  std::vector<quint64> &keys)
{
    using SortKey = VariantQuery::SortKey;
    // One 64-bit key per row whose unsigned order is the wanted order; descending inverts it.
    keys.resize(rows.size());
    const bool validSample = sample >= 0 && sample < store.sampleCount();

    std::vector<quint32> contigOrder; // by contig index: karyotype rank, then file order
    KeyTable ranks;                   // FILTER id or annotation text id -> rank
    // By thread, the rank of the last id looked up (rows of one gene come in runs).
    struct alignas(64) RankCache
    {
        quint32 lastId = std::numeric_limits<quint32>::max();
        quint32 lastRank = 0;
        quint32 rankOf(quint32 id, const KeyTable &ranks)
        {
            if (id != lastId) {
                lastId = id;
                lastRank = ranks.value(id);
            }
            return lastRank;
        }
    };
    std::vector<RankCache> rankCaches(
            size_t(RowChunks::threadsFor(RowChunks::chunkCount(rows.size()))));
    struct alignas(64) SeverityCache
    {
        KeyTable known; // consequence text id -> severity
        quint32 lastId = std::numeric_limits<quint32>::max();
        qint32 lastSeverity = 0;
    };
    std::vector<SeverityCache> severities; // by thread
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
        fill([&](quint32 row, int worker) {
            return quint64(rankCaches[size_t(worker)].rankOf(store.filterId(row), ranks));
        });
        break;
    case SortKey::Gene:
        fill([&](quint32 row, int worker) {
            return quint64(rankCaches[size_t(worker)].rankOf(store.geneId(row), ranks));
        });
        break;
    case SortKey::Severity:
        // By thread, the severity of each consequence text id met (a table as large as all the
        // annotation texts would cost more to clear than the look-ups), and of the last one.
        fill([&](quint32 row, int worker) {
            SeverityCache &cache = severities[size_t(worker)];
            const quint32 id = store.consequenceId(row);
            if (id != cache.lastId) {
                cache.lastId = id;
                if (cache.known.contains(id)) {
                    cache.lastSeverity = cache.known.value(id);
                } else {
                    const QString &consequence = store.annotationTexts().at(id);
                    cache.lastSeverity = consequence.isEmpty()
                                                 ? 1000000
                                                 : ConsequenceParser::severity(consequence);
                    cache.known.set(id, quint32(cache.lastSeverity));
                }
            }
            return quint64(cache.lastSeverity);
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
}

std::vector<quint32> &SortKeys::rowBuffer(size_t count)
{
    return rowScratch(count);
}

std::vector<quint64> &SortKeys::keyBuffer(size_t count)
{
    return keyScratch(count);
}

void SortKeys::sortRows(std::vector<quint64> &keys,
                        std::vector<quint32> &rows,
                        const JobContext &job,
                        std::vector<quint64> *groupStarts)
{
    sortRowsByKeys(keys, rows, job, groupStarts);
}

std::vector<quint32> VariantQuery::sorted(const VariantStore &store,
                                          std::vector<quint32> rows,
                                          SortKey key,
                                          bool ascending,
                                          int sample,
                                          const JobContext &job)
{
    std::vector<quint64> &keys = keyScratch(rows.size());
    SortKeys::of(store, rows, key, ascending, sample, job, keys);
    if (job.isCancelled())
        return rows;
    sortRowsByKeys(keys, rows, job);
    return rows;
}

std::vector<quint32> VariantQuery::sortedBy(std::vector<quint32> rows,
                                            const std::function<double(quint32 row)> &value,
                                            bool ascending,
                                            const JobContext &job)
{
    // The values are read in chunks over threads (see the contract in the header). Rows whose
    // value is NaN get one key above every number's (the largest number key + 1: the keys
    // span only the numbers), so a stable sort puts them last in input order either way.
    const size_t count = rows.size();
    std::vector<quint64> &keys = keyScratch(count);
    constexpr quint64 nan = std::numeric_limits<quint64>::max(); // no number's key
    const size_t chunks = RowChunks::chunkCount(count);
    std::vector<size_t> missing(chunks, 0);
    std::vector<quint64> largest(chunks, 0);
    const bool complete = forEachChunk(count, job, [&](size_t begin, size_t end) {
        size_t nans = 0;
        quint64 maximum = 0;
        for (size_t i = begin; i < end; ++i) {
            const double number = value(rows[i]);
            if (std::isnan(number)) {
                keys[i] = nan;
                ++nans;
            } else {
                const quint64 key = ascending ? orderedBits(number) : ~orderedBits(number);
                keys[i] = key;
                maximum = std::max(maximum, key);
            }
        }
        missing[begin / RowChunks::kRows] = nans;
        largest[begin / RowChunks::kRows] = maximum;
    });
    if (!complete || job.isCancelled())
        return rows;
    size_t nanCount = 0;
    quint64 maximum = 0;
    for (size_t chunk = 0; chunk < chunks; ++chunk) {
        nanCount += missing[chunk];
        if (missing[chunk]
            < std::min(count, (chunk + 1) * RowChunks::kRows) - chunk * RowChunks::kRows)
            maximum = std::max(maximum, largest[chunk]);
    }
    // Numbers' keys are at most those of infinities (0xFFF0...), so maximum + 1 < nan.
    if (nanCount > 0 && nanCount < count) {
        if (!forEachChunk(count, job, [&](size_t begin, size_t end) {
                if (missing[begin / RowChunks::kRows] == 0)
                    return;
                for (size_t i = begin; i < end; ++i) {
                    if (keys[i] == nan)
                        keys[i] = maximum + 1;
                }
            })) {
            return rows;
        }
    }
    sortRowsByKeys(keys, rows, job);
    return rows;
}

} // namespace Core
