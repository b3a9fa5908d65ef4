// SPDX-License-Identifier: GPL-3.0-or-later
#include "frequencychunk.h"

#include "../common/tr.h"

#include <QHash>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <limits>
#include <memory>

#include <libdeflate.h>

namespace Core {

namespace {

// Chunk encodings (first byte of a blob): 1 = format version 1 (every integer column
// delta-coded), 2 = format version 2 (a coding chosen per integer column; see FORMAT.md).
constexpr quint8 kEncodingDelta = 1;
constexpr quint8 kEncodingColumnCoded = 2;
constexpr quint8 kEncodingBitPacked = 3;
constexpr quint8 kEncodingPredicted = 4; // encoding 3 with PredictedMode and compact sum parts
constexpr quint8 kEncodingGrouped = 5;   // encoding 4 with TotalMode, prefix-coded alleles, etc.
constexpr int kCompressionLevel = 9;

// Integer column codings of encoding 2.
enum IntegerCoding : quint8 {
    DeltaCoding = 0, // zigzag varints of the difference of (value + 1) to the previous site
    PlainCoding = 1, // varints of (value + 1)
    ShortfallCoding
    = 2,           // varint M, varint G, then varints of (M - (value + 1)) / G (none if G = 0)
    SumCoding = 3, // the sum of other columns, with a list of exceptions
};
constexpr quint64 kLargestShifted = quint64(std::numeric_limits<qint64>::max()) + 1;
// Upper bound of a decoded chunk; a larger size in a blob means the blob is corrupt.
constexpr quint64 kMaximumRawSize = quint64(1) << 31;

const char kBases[] = "ACGT";

int baseCode(char base)
{
    switch (base) {
    case 'A':
        return 0;
    case 'C':
        return 1;
    case 'G':
        return 2;
    case 'T':
        return 3;
    default:
        return -1;
    }
}

class Writer
{
public:
    void varint(quint64 value)
    {
        while (value >= 0x80) {
            m_data.push_back(char(quint8(value) | 0x80));
            value >>= 7;
        }
        m_data.push_back(char(value));
    }
    void signedVarint(qint64 value) { varint((quint64(value) << 1) ^ quint64(value >> 63)); }
    void bytes(const QByteArray &value)
    {
        varint(quint64(value.size()));
        m_data.append(value);
    }
    void raw32(quint32 value)
    {
        for (int i = 0; i < 4; ++i)
            m_data.push_back(char((value >> (8 * i)) & 0xff));
    }
    QByteArray &data() { return m_data; }

private:
    QByteArray m_data;
};

class Reader
{
public:
    Reader(const char *data, size_t size)
        : m_begin(reinterpret_cast<const quint8 *>(data))
        , m_data(m_begin)
        , m_end(m_data + size)
    {}

    bool ok() const { return m_ok; }
    size_t consumed() const { return size_t(m_data - m_begin); }
    bool atEnd() const { return m_data == m_end; }

    quint64 varint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_data == m_end) {
                m_ok = false;
                return 0;
            }
            const quint8 byte = *m_data++;
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value;
        }
        m_ok = false;
        return 0;
    }
    qint64 signedVarint()
    {
        const quint64 value = varint();
        return qint64(value >> 1) ^ -qint64(value & 1);
    }
    QByteArray bytes()
    {
        const quint64 size = varint();
        if (!m_ok || size > quint64(m_end - m_data)) {
            m_ok = false;
            return {};
        }
        QByteArray value(reinterpret_cast<const char *>(m_data), qsizetype(size));
        m_data += size;
        return value;
    }
    quint32 raw32()
    {
        if (m_end - m_data < 4) {
            m_ok = false;
            return 0;
        }
        quint32 value = 0;
        for (int i = 0; i < 4; ++i)
            value |= quint32(m_data[i]) << (8 * i);
        m_data += 4;
        return value;
    }
    /*! Guards a count read from the blob before it sizes a vector. */
    bool plausibleCount(quint64 count, quint64 minimumBytesEach) const
    {
        return m_ok && count <= quint64(m_end - m_data) / std::max<quint64>(1, minimumBytesEach);
    }
    void fail() { m_ok = false; }

private:
    const quint8 *m_begin;
    const quint8 *m_data;
    const quint8 *m_end;
    bool m_ok = true;
};

struct CompressorDeleter
{
    void operator()(libdeflate_compressor *compressor) const
    {
        libdeflate_free_compressor(compressor);
    }
};
struct DecompressorDeleter
{
    void operator()(libdeflate_decompressor *decompressor) const
    {
        libdeflate_free_decompressor(decompressor);
    }
};

/*! Number of bits of \a value (0 for 0): the cost estimate of a value in an integer coding. */
int bitLength(quint64 value)
{
    return value == 0 ? 0 : 64 - __builtin_clzll(value);
}

quint64 zigzag(quint64 wrappedDelta)
{
    const qint64 value = qint64(wrappedDelta);
    return (quint64(value) << 1) ^ quint64(value >> 63);
}

quint64 shiftedOf(qint64 value)
{
    return value < 0 ? 0 : quint64(value) + 1;
}

qint64 valueOfShifted(quint64 shifted)
{
    return shifted == 0 ? FrequencyChunk::kMissing : qint64(shifted - 1);
}

quint64 greatestCommonDivisor(quint64 a, quint64 b)
{
    while (b != 0) {
        const quint64 rest = a % b;
        a = b;
        b = rest;
    }
    return a;
}

/*!
 * The values a sum column takes at sites 0..n from its parts: at each site the parts added in
 * order, missing (kMissing) when a part is missing or the sum overflows; 0 without parts.
 * Encoder and decoder share it, so the exceptions make the result exact. Column by column:
 * loops without a per-site walk over the parts.
 */
void derivedSums(const std::vector<const std::vector<qint64> *> &parts, size_t n, qint64 *values)
{
    if (parts.empty()) {
        std::fill(values, values + n, qint64(0));
        return;
    }
    const qint64 *first = parts.front()->data();
    for (size_t i = 0; i < n; ++i)
        values[i] = first[i] < 0 ? FrequencyChunk::kMissing : first[i];
    for (size_t p = 1; p < parts.size(); ++p) {
        const qint64 *part = parts[p]->data();
        for (size_t i = 0; i < n; ++i) {
            qint64 sum = 0;
            const bool missing = values[i] < 0 || part[i] < 0
                                 || __builtin_add_overflow(values[i], part[i], &sum);
            values[i] = missing ? FrequencyChunk::kMissing : sum;
        }
    }
}

Error corrupt(const QString &detail)
{
    return Error(Error::Code::MalformedRecord,
                 Tr::tr("a chunk of the frequency cache is corrupt (%1); import that source "
                        "again, or restore the cache file from a backup")
                         .arg(detail));
}

} // namespace

const QByteArray &FrequencyChunk::singleBase(int code)
{
    static const QByteArray bases[4] = {QByteArray::fromRawData(kBases, 1),
                                        QByteArray::fromRawData(kBases + 1, 1),
                                        QByteArray::fromRawData(kBases + 2, 1),
                                        QByteArray::fromRawData(kBases + 3, 1)};
    return bases[code];
}

FrequencyChunk::FrequencyChunk(const QList<FrequencyFieldType> &types)
{
    m_columns.resize(size_t(types.size()));
    for (qsizetype i = 0; i < types.size(); ++i)
        m_columns[size_t(i)].type = types.at(i);
}

void FrequencyChunk::reserve(qsizetype sites)
{
    const auto count = size_t(std::max<qsizetype>(sites, 0));
    m_positions.reserve(count);
    m_alleles.reserve(count);
    for (Column &column : m_columns) {
        switch (column.type) {
        case FrequencyFieldType::Integer:
            column.integers.reserve(count);
            break;
        case FrequencyFieldType::Float:
            column.floats.reserve(count);
            break;
        case FrequencyFieldType::String:
            column.textIndexes.reserve(count);
            break;
        }
    }
}

qsizetype
FrequencyChunk::append(qint64 position, const QByteArray &reference, const QByteArray &alternate)
{
    m_positions.push_back(position);
    const int r = reference.size() == 1 ? baseCode(reference.at(0)) : -1;
    const int a = alternate.size() == 1 ? baseCode(alternate.at(0)) : -1;
    if (r >= 0 && a >= 0) {
        m_alleles.push_back(quint32(r * 4 + a));
    } else if (!m_pairReferences.empty() && m_pairReferences.back() == reference
               && m_pairAlternates.back() == alternate) {
        m_alleles.push_back(kPairBase + quint32(m_pairReferences.size() - 1));
    } else {
        // Deep copies: the caller may pass views of its own buffers (QByteArray::fromRawData).
        m_alleles.push_back(kPairBase + quint32(m_pairReferences.size()));
        m_pairReferences.emplace_back(reference.constData(), reference.size());
        m_pairAlternates.emplace_back(alternate.constData(), alternate.size());
    }
    for (Column &column : m_columns) {
        switch (column.type) {
        case FrequencyFieldType::Integer:
            column.integers.push_back(kMissing);
            break;
        case FrequencyFieldType::Float:
            column.floats.push_back(std::numeric_limits<float>::quiet_NaN());
            break;
        case FrequencyFieldType::String:
            column.textIndexes.push_back(0);
            break;
        }
    }
    return size() - 1;
}

void FrequencyChunk::setInteger(qsizetype site, int column, qint64 value)
{
    Q_ASSERT(m_columns[size_t(column)].type == FrequencyFieldType::Integer);
    m_columns[size_t(column)].integers[size_t(site)] = value < 0 ? kMissing : value;
}

void FrequencyChunk::setFloat(qsizetype site, int column, float value)
{
    Q_ASSERT(m_columns[size_t(column)].type == FrequencyFieldType::Float);
    m_columns[size_t(column)].floats[size_t(site)] = value;
}

void FrequencyChunk::setText(qsizetype site, int column, const QByteArray &value)
{
    Column &entry = m_columns[size_t(column)];
    Q_ASSERT(entry.type == FrequencyFieldType::String);
    quint32 index = 0;
    if (!value.isEmpty()) {
        // Runs of one value (FILTER PASS) share one entry; the encoder interns the rest.
        if (entry.texts.size() > 1 && entry.texts.back() == value) {
            index = quint32(entry.texts.size() - 1);
        } else {
            index = quint32(entry.texts.size());
            entry.texts.emplace_back(value.constData(), value.size());
        }
    }
    entry.textIndexes[size_t(site)] = index;
}

qsizetype FrequencyChunk::find(qint64 position,
                               const QByteArray &reference,
                               const QByteArray &alternate,
                               qsizetype *hint) const
{
    const qsizetype count = size();
    qsizetype start = hint ? std::clamp<qsizetype>(*hint, 0, count) : 0;
    // A sorted query moves forward a few sites at a time; a jump back or far ahead
    // switches to a binary search.
    if (start > 0 && m_positions[size_t(start - 1)] >= position)
        start = 0;
    qsizetype index = start;
    int steps = 0;
    while (index < count && m_positions[size_t(index)] < position && steps < 16) {
        ++index;
        ++steps;
    }
    if (index < count && m_positions[size_t(index)] < position) {
        index = qsizetype(std::lower_bound(m_positions.begin() + index, m_positions.end(), position)
                          - m_positions.begin());
    }
    if (hint)
        *hint = index;
    for (; index < count && m_positions[size_t(index)] == position; ++index) {
        if (this->reference(index) == reference && this->alternate(index) == alternate)
            return index;
    }
    return -1;
}

QByteArray FrequencyChunk::encode(const std::vector<Sum> &sums, Encoding encoding) const
{
    if ((encoding == Encoding::BitPacked || encoding == Encoding::Predicted
         || encoding == Encoding::Grouped)
        && size() <= kMaximumBitPackedSites)
        return encodeBitPacked(sums, int(encoding));
    return encodeDeflated(sums);
}

FrequencyChunk::PairTable FrequencyChunk::pairTable() const
{
    const size_t n = m_positions.size();
    PairTable table;
    table.entryOfSite.assign(n, -1);
    QHash<QByteArray, quint32> entries;
    for (size_t i = 0; i < n; ++i) {
        if (m_alleles[i] < kPairBase)
            continue;
        const QByteArray &ref = reference(qsizetype(i));
        const QByteArray &alt = alternate(qsizetype(i));
        QByteArray key;
        key.reserve(ref.size() + alt.size() + 1);
        key.append(ref).append('\t').append(alt);
        auto it = entries.constFind(key);
        if (it == entries.constEnd()) {
            it = entries.insert(key, quint32(table.firstSite.size()));
            table.firstSite.push_back(quint32(i));
        }
        table.entryOfSite[i] = it.value();
    }
    return table;
}

QByteArray FrequencyChunk::encodeDeflated(const std::vector<Sum> &sums) const
{
    Writer writer;
    const qsizetype count = size();
    const size_t n = size_t(count);
    writer.varint(quint64(count));
    writer.varint(quint64(m_columns.size()));

    qint64 previous = 0;
    for (size_t i = 0; i < n; ++i) {
        Q_ASSERT(i == 0 || m_positions[i - 1] < m_positions[i]
                 || (m_positions[i - 1] == m_positions[i]
                     && (reference(qsizetype(i - 1)) < reference(qsizetype(i))
                         || (reference(qsizetype(i - 1)) == reference(qsizetype(i))
                             && alternate(qsizetype(i - 1)) < alternate(qsizetype(i))))));
        writer.varint(quint64(m_positions[i] - previous));
        previous = m_positions[i];
    }

    // Alleles: single-base pairs as a 4-bit code, everything else through a pair table that
    // keeps the bytes exactly, however long.
    const PairTable table = pairTable();
    const std::vector<quint32> &pairs = table.firstSite;
    std::vector<quint32> codes(n);
    for (size_t i = 0; i < n; ++i) {
        const qint64 entry = table.entryOfSite[i];
        codes[i] = entry < 0 ? m_alleles[i] : kPairBase + quint32(entry);
    }
    writer.varint(quint64(pairs.size()));
    for (quint32 site : pairs) {
        writer.bytes(reference(site));
        writer.bytes(alternate(site));
    }
    for (quint32 code : codes)
        writer.varint(code);

    // Sum columns whose description is usable: integer parts that are not sums themselves.
    std::vector<const Sum *> sumOfColumn(m_columns.size(), nullptr);
    for (const Sum &sum : sums) {
        if (sum.column < 0 || size_t(sum.column) >= m_columns.size() || sum.parts.empty()
            || m_columns[size_t(sum.column)].type != FrequencyFieldType::Integer)
            continue;
        sumOfColumn[size_t(sum.column)] = &sum;
    }
    for (size_t c = 0; c < sumOfColumn.size(); ++c) {
        const Sum *sum = sumOfColumn[c];
        if (!sum)
            continue;
        for (int part : sum->parts) {
            if (part < 0 || size_t(part) >= m_columns.size() || size_t(part) == c
                || m_columns[size_t(part)].type != FrequencyFieldType::Integer
                || sumOfColumn[size_t(part)]) {
                sumOfColumn[c] = nullptr;
                break;
            }
        }
    }

    std::vector<quint64> shifted(n);
    for (size_t c = 0; c < m_columns.size(); ++c) {
        const Column &column = m_columns[c];
        switch (column.type) {
        case FrequencyFieldType::Integer: {
            quint64 maximum = 0;
            quint64 plainCost = 0;
            quint64 deltaCost = 0;
            quint64 last = 0;
            for (size_t i = 0; i < n; ++i) {
                shifted[i] = shiftedOf(column.integers[i]);
                maximum = std::max(maximum, shifted[i]);
                plainCost += quint64(bitLength(shifted[i]));
                deltaCost += quint64(bitLength(zigzag(shifted[i] - last)));
                last = shifted[i];
            }
            quint64 divisor = 0;
            for (size_t i = 0; i < n && divisor != 1; ++i)
                divisor = greatestCommonDivisor(divisor, maximum - shifted[i]);
            quint64 shortfallCost = quint64(bitLength(maximum) + bitLength(divisor));
            if (divisor > 0) {
                for (size_t i = 0; i < n; ++i)
                    shortfallCost += quint64(bitLength((maximum - shifted[i]) / divisor));
            }
            // Exceptions of a sum column: sites where the parts do not add up to the value.
            std::vector<size_t> exceptions;
            quint64 sumCost = std::numeric_limits<quint64>::max();
            if (const Sum *sum = sumOfColumn[c]) {
                std::vector<const std::vector<qint64> *> parts;
                for (int part : sum->parts)
                    parts.push_back(&m_columns[size_t(part)].integers);
                sumCost = 0;
                size_t next = 0;
                std::vector<qint64> sums(n);
                derivedSums(parts, n, sums.data());
                for (size_t i = 0; i < n; ++i) {
                    if (sums[i] != column.integers[i]) {
                        exceptions.push_back(i);
                        sumCost += quint64(2 + bitLength(i - next) + bitLength(shifted[i]));
                        next = i + 1;
                    }
                }
            }
            const quint64 best = std::min({plainCost, deltaCost, shortfallCost, sumCost});
            if (best == sumCost) {
                const Sum *sum = sumOfColumn[c];
                writer.data().push_back(char(SumCoding));
                writer.varint(quint64(sum->parts.size()));
                for (int part : sum->parts)
                    writer.varint(quint64(part));
                writer.varint(quint64(exceptions.size()));
                size_t next = 0;
                for (size_t i : exceptions) {
                    writer.varint(quint64(i - next));
                    writer.varint(shifted[i]);
                    next = i + 1;
                }
            } else if (best == shortfallCost) {
                // AN: the chunk's largest value minus a small shortfall, often a multiple of 2.
                writer.data().push_back(char(ShortfallCoding));
                writer.varint(maximum);
                writer.varint(divisor);
                if (divisor > 0) {
                    for (size_t i = 0; i < n; ++i)
                        writer.varint((maximum - shifted[i]) / divisor);
                }
            } else if (best == plainCost) {
                // AC, nhomalt: mostly 0 or small.
                writer.data().push_back(char(PlainCoding));
                for (size_t i = 0; i < n; ++i)
                    writer.varint(shifted[i]);
            } else {
                writer.data().push_back(char(DeltaCoding));
                last = 0;
                for (size_t i = 0; i < n; ++i) {
                    writer.varint(zigzag(shifted[i] - last));
                    last = shifted[i];
                }
            }
            break;
        }
        case FrequencyFieldType::Float:
            for (float value : column.floats) {
                quint32 bits = 0;
                std::memcpy(&bits, &value, sizeof bits);
                writer.raw32(bits);
            }
            break;
        case FrequencyFieldType::String: {
            QHash<QByteArray, quint32> ids;
            std::vector<quint32> table; // index into column.texts of each entry
            std::vector<quint32> entryOf(column.texts.size(), 0);
            for (size_t t = 1; t < column.texts.size(); ++t) {
                auto it = ids.constFind(column.texts[t]);
                if (it == ids.constEnd()) {
                    table.push_back(quint32(t));
                    it = ids.insert(column.texts[t], quint32(table.size()));
                }
                entryOf[t] = it.value();
            }
            writer.varint(quint64(table.size()));
            for (quint32 t : table)
                writer.bytes(column.texts[t]);
            for (quint32 index : column.textIndexes)
                writer.varint(entryOf[index]);
            break;
        }
        }
    }

    const QByteArray &raw = writer.data();
    static thread_local std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor(
            libdeflate_alloc_compressor(kCompressionLevel));
    Q_ASSERT(compressor);
    const size_t bound = libdeflate_deflate_compress_bound(compressor.get(), size_t(raw.size()));
    Writer header;
    header.data().append(char(kEncodingColumnCoded));
    header.varint(quint64(raw.size()));
    QByteArray blob = header.data();
    const qsizetype offset = blob.size();
    blob.resize(offset + qsizetype(bound));
    const size_t written = libdeflate_deflate_compress(
            compressor.get(), raw.constData(), size_t(raw.size()), blob.data() + offset, bound);
    Q_ASSERT(written > 0 || raw.isEmpty());
    blob.resize(offset + qsizetype(written));
    return blob;
}

Result<FrequencyChunk> FrequencyChunk::decode(const QByteArray &blob,
                                              const QList<FrequencyFieldType> &types)
{
    FrequencyChunk chunk(types);
    if (auto result = decode(blob.constData(), blob.size(), types, chunk); !result)
        return result.error();
    return chunk;
}

Result<void> FrequencyChunk::decode(const char *blob,
                                    qsizetype size,
                                    const QList<FrequencyFieldType> &types,
                                    FrequencyChunk &chunk)
{
    if (size <= 0)
        return corrupt(Tr::tr("empty blob"));
    const quint8 encoding = quint8(blob[0]);
    if (encoding == kEncodingBitPacked || encoding == kEncodingPredicted
        || encoding == kEncodingGrouped)
        return decodeBitPacked(encoding, blob + 1, size_t(size - 1), types, chunk);
    if (encoding != kEncodingDelta && encoding != kEncodingColumnCoded)
        return corrupt(Tr::tr("unknown chunk encoding %1").arg(int(encoding)));
    Reader header(blob + 1, size_t(size - 1));
    const quint64 rawSize = header.varint();
    if (!header.ok() || rawSize > kMaximumRawSize)
        return corrupt(Tr::tr("bad size"));
    const qsizetype offset = 1 + qsizetype(header.consumed());
    // Deflate expands at most 1032-fold: a larger claimed size is corrupt, and must not be
    // allocated (up to 2 GiB) before the data is even looked at.
    if (rawSize > quint64(size - offset) * 1032 + 1024)
        return corrupt(Tr::tr("bad size"));

    static thread_local std::vector<char> raw;
    if (raw.size() < rawSize)
        raw.resize(size_t(rawSize));
    static thread_local std::unique_ptr<libdeflate_decompressor, DecompressorDeleter> decompressor(
            libdeflate_alloc_decompressor());
    size_t actual = 0;
    const libdeflate_result status = libdeflate_deflate_decompress(decompressor.get(),
                                                                   blob + offset,
                                                                   size_t(size - offset),
                                                                   raw.data(),
                                                                   size_t(rawSize),
                                                                   &actual);
    if (status != LIBDEFLATE_SUCCESS || actual != rawSize)
        return corrupt(Tr::tr("the compressed data does not inflate"));
    chunk.m_columns.resize(size_t(types.size()));
    for (qsizetype i = 0; i < types.size(); ++i)
        chunk.m_columns[size_t(i)].type = types.at(i);
    Reader reader(raw.data(), size_t(rawSize));
    const quint64 count = reader.varint();
    const quint64 columns = reader.varint();
    if (!reader.plausibleCount(count, 1))
        return corrupt(Tr::tr("bad site count"));
    if (columns != quint64(types.size()))
        return corrupt(Tr::tr("%1 columns instead of %2").arg(columns).arg(types.size()));
    const size_t n = size_t(count);

    chunk.m_positions.resize(n);
    qint64 position = 0;
    for (size_t i = 0; i < n; ++i) {
        // A corrupt delta must not overflow the position (undefined behaviour).
        const quint64 delta = reader.varint();
        if (delta > quint64(std::numeric_limits<qint64>::max() - position))
            return corrupt(Tr::tr("bad position"));
        position += qint64(delta);
        chunk.m_positions[i] = position;
    }
    const quint64 pairCount = reader.varint();
    if (!reader.plausibleCount(pairCount, 2))
        return corrupt(Tr::tr("bad allele table"));
    chunk.m_pairReferences.resize(size_t(pairCount));
    chunk.m_pairAlternates.resize(size_t(pairCount));
    for (size_t i = 0; i < size_t(pairCount); ++i) {
        chunk.m_pairReferences[i] = reader.bytes();
        chunk.m_pairAlternates[i] = reader.bytes();
    }
    chunk.m_alleles.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const quint64 code = reader.varint();
        if (code >= kPairBase + pairCount)
            return corrupt(Tr::tr("bad allele code"));
        chunk.m_alleles[i] = quint32(code);
    }
    if (!reader.ok())
        return corrupt(Tr::tr("truncated site table"));

    struct PendingSum
    {
        size_t column;
        std::vector<int> parts;
        std::vector<std::pair<size_t, quint64>> exceptions;
    };
    std::vector<PendingSum> pendingSums;
    for (size_t c = 0; c < chunk.m_columns.size(); ++c) {
        Column &column = chunk.m_columns[c];
        switch (column.type) {
        case FrequencyFieldType::Integer: {
            column.integers.resize(n);
            if (encoding == kEncodingDelta) {
                qint64 last = 0;
                for (size_t i = 0; i < n; ++i) {
                    if (__builtin_add_overflow(last, reader.signedVarint(), &last))
                        return corrupt(Tr::tr("bad integer value"));
                    column.integers[i] = last <= 0 ? kMissing : last - 1;
                }
                break;
            }
            if (!reader.plausibleCount(1, 1))
                return corrupt(Tr::tr("truncated column"));
            const quint64 coding = reader.varint();
            switch (coding) {
            case DeltaCoding: {
                quint64 last = 0;
                for (size_t i = 0; i < n; ++i) {
                    const quint64 value = reader.varint();
                    last += quint64((value >> 1) ^ (0 - (value & 1)));
                    if (last > kLargestShifted)
                        return corrupt(Tr::tr("bad integer value"));
                    column.integers[i] = valueOfShifted(last);
                }
                break;
            }
            case PlainCoding:
                for (size_t i = 0; i < n; ++i) {
                    const quint64 value = reader.varint();
                    if (value > kLargestShifted)
                        return corrupt(Tr::tr("bad integer value"));
                    column.integers[i] = valueOfShifted(value);
                }
                break;
            case ShortfallCoding: {
                const quint64 maximum = reader.varint();
                const quint64 divisor = reader.varint();
                if (maximum > kLargestShifted)
                    return corrupt(Tr::tr("bad integer value"));
                if (divisor == 0) {
                    std::fill(column.integers.begin(),
                              column.integers.end(),
                              valueOfShifted(maximum));
                    break;
                }
                for (size_t i = 0; i < n; ++i) {
                    quint64 shortfall = 0;
                    if (__builtin_mul_overflow(reader.varint(), divisor, &shortfall)
                        || shortfall > maximum)
                        return corrupt(Tr::tr("bad integer value"));
                    column.integers[i] = valueOfShifted(maximum - shortfall);
                }
                break;
            }
            case SumCoding: {
                PendingSum sum;
                sum.column = c;
                const quint64 partCount = reader.varint();
                if (partCount == 0 || partCount > columns)
                    return corrupt(Tr::tr("bad sum column"));
                for (quint64 p = 0; p < partCount; ++p) {
                    const quint64 part = reader.varint();
                    if (part >= columns || part == c
                        || chunk.m_columns[size_t(part)].type != FrequencyFieldType::Integer)
                        return corrupt(Tr::tr("bad sum column"));
                    sum.parts.push_back(int(part));
                }
                const quint64 exceptionCount = reader.varint();
                if (!reader.plausibleCount(exceptionCount, 2) || exceptionCount > count)
                    return corrupt(Tr::tr("bad sum column"));
                size_t next = 0;
                for (quint64 e = 0; e < exceptionCount; ++e) {
                    const quint64 gap = reader.varint();
                    const quint64 value = reader.varint();
                    if (gap >= n - next || value > kLargestShifted)
                        return corrupt(Tr::tr("bad sum column"));
                    sum.exceptions.emplace_back(next + size_t(gap), value);
                    next += size_t(gap) + 1;
                }
                pendingSums.push_back(std::move(sum));
                break;
            }
            default:
                return corrupt(Tr::tr("unknown integer coding %1").arg(coding));
            }
            break;
        }
        case FrequencyFieldType::Float:
            if (!reader.plausibleCount(count, 4))
                return corrupt(Tr::tr("truncated float column"));
            column.floats.resize(n);
            for (size_t i = 0; i < n; ++i) {
                const quint32 bits = reader.raw32();
                std::memcpy(&column.floats[i], &bits, sizeof bits);
            }
            break;
        case FrequencyFieldType::String: {
            const quint64 tableSize = reader.varint();
            if (!reader.plausibleCount(tableSize, 1))
                return corrupt(Tr::tr("bad text table"));
            column.texts.resize(size_t(tableSize) + 1);
            column.texts[0] = QByteArray();
            for (size_t t = 1; t <= size_t(tableSize); ++t)
                column.texts[t] = reader.bytes();
            column.textIndexes.resize(n);
            for (size_t i = 0; i < n; ++i) {
                const quint64 index = reader.varint();
                if (index > tableSize)
                    return corrupt(Tr::tr("bad text index"));
                column.textIndexes[i] = quint32(index);
            }
            break;
        }
        }
        if (!reader.ok())
            return corrupt(Tr::tr("truncated column"));
    }
    if (!reader.atEnd())
        return corrupt(Tr::tr("trailing bytes"));

    // Sums last: their parts are decoded now (a part that is a sum itself is corrupt).
    std::vector<bool> isSum(chunk.m_columns.size(), false);
    for (const PendingSum &sum : pendingSums)
        isSum[sum.column] = true;
    std::vector<const std::vector<qint64> *> parts;
    for (const PendingSum &sum : pendingSums) {
        parts.clear();
        for (int part : sum.parts) {
            if (isSum[size_t(part)])
                return corrupt(Tr::tr("bad sum column"));
            parts.push_back(&chunk.m_columns[size_t(part)].integers);
        }
        std::vector<qint64> &values = chunk.m_columns[sum.column].integers;
        derivedSums(parts, n, values.data());
        for (const auto &[site, value] : sum.exceptions)
            values[site] = valueOfShifted(value);
    }
    return {};
}

} // namespace Core

// ---- Encoding 3 (format version 3): bit-packed, no DEFLATE (see FORMAT.md) ----

namespace Core {

namespace {

// Rice codes: q = u >> k ones and a zero, then the k low bits of u; from q = kRiceEscape on,
// kRiceEscape ones, then the escape: Exp-Golomb(0) of n = bitLength(u), then the n - 1 bits
// of u below its top bit.
constexpr int kRiceEscape = 8;
constexpr int kRiceEscapeBits = 3; // q < kRiceEscape <=> u < 2^(k + 3)
constexpr int kMaximumRiceParameter = 56;
constexpr int kModeBits = 3;
constexpr int kParameterBits = 6;

// How a sequence of unsigned numbers (integer values shifted by one, position deltas,
// allele codes, lengths, text indexes) is stored.
enum SequenceMode : quint8 {
    OffsetMode = 0,    // universal B, universal G; G > 0: k, N Rice(u): s = B + G * u
    ShortfallMode = 1, // universal B, universal G; G > 0: k, N Rice(u): s = B - G * u
    DeltaMode = 2,     // k, N Rice(zigzag(s[i] - s[i-1])), s[-1] = 0 (wrapping)
    SparseMode = 3,    // universal D, exceptions: s = D except at the listed sites
    SumMode = 4,       // parts, exceptions: s = sum of the parts except at the listed sites
    ScaledMode = 5,    // as ShortfallMode, but an escaped site holds s - (reference value
                       // scaled): AN at low-coverage sites, predicted from another group's AN
    PredictedMode = 6, // encoding 4: universal B, universal G, universal r, k, N Rice(zigzag(u -
                       // p)): s = B - G * u, p the shortfall of column r scaled to this one
    TotalMode = 7,     // encoding 5: a total (AC of all), then its parts (AC of the groups) coded
                       // given what the parts before them left of the total
};
constexpr int kModeCount = 7; // the modes writeSequence() chooses from (not TotalMode)

// How the bytes of the allele pair table are stored.
enum AlleleBytes : quint8 {
    RawBytes = 0,      // 8 bits per byte
    PackedBases = 1,   // 2 bits per base, every byte one of ACGT
    DeflatedBytes = 2, // U(size), then that many bytes of raw DEFLATE
};

// Encoding 4: text table entries that are written as their index (the FILTER texts of gnomAD).
const char *const kBuiltInTexts[]
        = {"PASS", "AC0", "AS_VQSR", "AC0;AS_VQSR", "RF", "AC0;RF", "InbreedingCoeff", "LowQual"};
constexpr quint64 kBuiltInTextCount = std::size(kBuiltInTexts);

/*! Another column's shifted values, which a ScaledMode column is predicted from. */
struct ScaleReference
{
    size_t column = 0;
    const quint64 *values = nullptr;
    quint64 scale = 0; // the reference column's largest value (> 0)
};

/*! The prediction of ScaledMode: floor(reference * scale / referenceScale), at most 2^63. */
quint64 scaledPrediction(quint64 reference, quint64 scale, quint64 referenceScale)
{
    __extension__ typedef unsigned __int128 Wide; // GCC and Clang
    const Wide product = Wide(reference) * scale / referenceScale;
    return product > kLargestShifted ? kLargestShifted : quint64(product);
}

/*!
 * The prediction of PredictedMode, in units of \a divisor: the reference's shortfall from its
 * largest value \a referenceScale, scaled to this column's largest value \a base, rounded:
 * floor(((S - r) * B + S * G / 2) / (S * G)) (S >= r, S > 0, G > 0; no overflow in 128 bits).
 */
quint64 predictedShortfall(quint64 reference, quint64 referenceScale, quint64 base, quint64 divisor)
{
    const quint64 missing = reference >= referenceScale ? 0 : referenceScale - reference;
    // The same quotient in 64 bits when nothing overflows (AN-sized numbers: always), which
    // spares a 128-bit division per site.
    quint64 scale = 0;
    quint64 product = 0;
    quint64 numerator = 0;
    if (!__builtin_mul_overflow(referenceScale, divisor, &scale)
        && !__builtin_mul_overflow(missing, base, &product)
        && !__builtin_add_overflow(product, scale / 2, &numerator))
        return numerator / scale;
    __extension__ typedef unsigned __int128 Wide; // GCC and Clang
    const Wide wideScale = Wide(referenceScale) * divisor;
    return quint64((Wide(missing) * base + wideScale / 2) / wideScale);
}

/*!
 * Division by a divisor fixed in advance (> 0), without a division instruction: a multiply by
 * floor(2^64 / d) gives the quotient or one less, and one comparison corrects it.
 */
class Divider
{
public:
    explicit Divider(quint64 divisor)
        : m_divisor(divisor)
    {
        __extension__ typedef unsigned __int128 Wide; // GCC and Clang
        if (divisor > 1)
            m_inverse = quint64((Wide(1) << 64) / divisor);
    }
    quint64 divide(quint64 numerator) const
    {
        if (m_divisor == 1)
            return numerator;
        __extension__ typedef unsigned __int128 Wide;
        quint64 quotient = quint64((Wide(numerator) * m_inverse) >> 64);
        quotient += numerator - quotient * m_divisor >= m_divisor ? 1 : 0;
        return quotient;
    }

private:
    quint64 m_divisor = 1;
    quint64 m_inverse = 0;
};

/*!
 * predictedShortfall() for one column and reference: the same results, with the divisor and
 * its overflow checked once per column instead of once per site (the decoder's hot loop).
 */
class ShortfallPredictor
{
public:
    ShortfallPredictor(quint64 referenceScale, quint64 base, quint64 divisor)
        : m_referenceScale(referenceScale)
        , m_base(base)
        , m_divisor(divisor)
        , m_fits(!__builtin_mul_overflow(referenceScale, divisor, &m_scale))
        , m_half(m_scale / 2)
        , m_division(m_fits ? m_scale : 1)
    {}
    quint64 operator()(quint64 reference) const
    {
        const quint64 missing = reference >= m_referenceScale ? 0 : m_referenceScale - reference;
        quint64 product = 0;
        quint64 numerator = 0;
        if (m_fits && !__builtin_mul_overflow(missing, m_base, &product)
            && !__builtin_add_overflow(product, m_half, &numerator))
            return m_division.divide(numerator);
        return predictedShortfall(reference, m_referenceScale, m_base, m_divisor);
    }

private:
    quint64 m_referenceScale;
    quint64 m_base;
    quint64 m_divisor;
    quint64 m_scale = 0;
    bool m_fits;
    quint64 m_half;
    Divider m_division;
};

class BitWriter
{
public:
    /*! Rice parameters as EG(k) (encoding 4) instead of kParameterBits bits (encoding 3). */
    bool compactParameters = false;
    /*! Rice escapes as EG(n - k - 4) (encoding 5) instead of EG(n): n >= k + 4 there. */
    bool compactEscapes = false;
    void parameter(int k)
    {
        if (compactParameters)
            expGolomb(quint64(k));
        else
            put(quint64(k), kParameterBits);
    }
    /*! Appends the \a bits (0-64) low bits of \a value. */
    void put(quint64 value, int bits)
    {
        if (bits > 32) {
            put(value & 0xffffffffu, 32);
            put(value >> 32, bits - 32);
            return;
        }
        if (bits == 0)
            return;
        m_buffer |= (value & ((quint64(1) << bits) - 1)) << m_count;
        m_count += bits;
        if (m_count >= 32) {
            for (int i = 0; i < 4; ++i)
                m_data.push_back(char(quint8(m_buffer >> (8 * i))));
            m_buffer >>= 32;
            m_count -= 32;
        }
    }
    void ones(int count)
    {
        for (; count > 0; count -= 32)
            put(0xffffffffu, std::min(count, 32));
    }
    void bit(bool value) { put(value ? 1 : 0, 1); }
    quint64 bitCount() const { return quint64(m_data.size()) * 8 + quint64(m_count); }
    /*! Appends the bits written to \a other. */
    void append(const BitWriter &other)
    {
        const auto *bytes = reinterpret_cast<const quint8 *>(other.m_data.constData());
        for (qsizetype i = 0; i + 4 <= other.m_data.size(); i += 4)
            put(quint32(bytes[i]) | quint32(bytes[i + 1]) << 8 | quint32(bytes[i + 2]) << 16
                        | quint32(bytes[i + 3]) << 24,
                32);
        put(other.m_buffer, other.m_count);
    }
    /*! Exp-Golomb order 0 of a small number (x < 2^31). */
    void expGolomb(quint64 x)
    {
        const int length = bitLength(x + 1) - 1;
        ones(length);
        put(0, 1);
        put(x + 1, length);
    }
    /*! Any 64-bit number: Exp-Golomb of its bit length n, then its n - 1 bits below the top. */
    void universal(quint64 value)
    {
        const int length = bitLength(value);
        expGolomb(quint64(length));
        if (length > 1)
            put(value, length - 1);
    }
    void rice(quint64 value, int k)
    {
        if (value < (quint64(kRiceEscape) << k)) {
            const int q = int(value >> k);
            put((quint64(1) << q) - 1, q + 1); // q ones, then a zero
            put(value, k);
        } else {
            ones(kRiceEscape);
            const int length = bitLength(value);
            expGolomb(quint64(compactEscapes ? length - k - kRiceEscapeBits - 1 : length));
            put(value, length - 1);
        }
    }
    void bytes(const QByteArray &value)
    {
        for (char c : value)
            put(quint8(c), 8);
    }
    /*! The bytes, padded with zero bits to a whole byte. */
    QByteArray &finish(QByteArray &data)
    {
        for (int i = 0; i < m_count; i += 8)
            m_data.push_back(char(quint8(m_buffer >> i)));
        m_buffer = 0;
        m_count = 0;
        data.append(m_data);
        return data;
    }

private:
    QByteArray m_data;
    quint64 m_buffer = 0;
    int m_count = 0;
};

class BitReader
{
public:
    BitReader(const char *data, size_t size)
        : m_data(reinterpret_cast<const quint8 *>(data))
        , m_end(m_data + size)
    {}

    /*! Rice parameters as EG(k) (encoding 4) instead of kParameterBits bits (encoding 3). */
    bool compactParameters = false;
    /*! Rice escapes as EG(n - k - 4) (encoding 5) instead of EG(n). */
    bool compactEscapes = false;
    /*! A Rice parameter; more than kMaximumRiceParameter (corrupt) comes back as 64. */
    int parameter()
    {
        if (!compactParameters)
            return int(get(kParameterBits));
        return int(std::min<quint64>(expGolomb(), 64));
    }

    bool ok() const { return m_ok; }
    void fail() { m_ok = false; }
    /*! Guards a count read from the blob: \a bits more bits must be there. */
    bool plausibleBits(quint64 bits) const { return m_ok && bits <= remaining(); }
    /*! Bits not read yet. */
    quint64 remaining() const { return quint64(m_end - m_data) * 8 + quint64(m_count); }
    /*! True when only zero padding (less than a byte) is left. */
    bool atEnd()
    {
        return m_data == m_end && m_count < 8 && (m_buffer & ((quint64(1) << m_count) - 1)) == 0;
    }

    /*! The next \a bits (0-64) bits; 0 and not ok() past the end. Inlined: the decoders read
     * single bits and short fields per site. */
    __attribute__((always_inline)) quint64 get(int bits)
    {
        if (bits > 48)
            return getWide(bits);
        if (m_count < bits) {
            refill();
            if (m_count < bits) {
                m_ok = false;
                m_count = 0;
                m_buffer = 0;
                return 0;
            }
        }
        const quint64 value = m_buffer & ((quint64(1) << bits) - 1);
        m_buffer >>= bits;
        m_count -= bits;
        return value;
    }
    /*! get() of more than 48 bits, in two reads. */
    __attribute__((noinline)) quint64 getWide(int bits)
    {
        const quint64 low = get(32);
        return low | (get(bits - 32) << 32);
    }
    /*! The next \a bits (<= 56) bits without consuming them (zeros past the end). */
    quint64 peek(int bits)
    {
        if (m_count < bits)
            refill();
        return m_buffer & ((quint64(1) << bits) - 1);
    }
    /*! Consumes \a bits (<= 56) bits that peek() showed; not ok() past the end. */
    void skip(int bits)
    {
        if (m_count < bits) {
            m_ok = false;
            m_count = 0;
            m_buffer = 0;
            return;
        }
        m_buffer >>= bits;
        m_count -= bits;
    }
    /*! Counts and consumes up to \a limit (< 32) one bits, and the zero after them if fewer. */
    int ones(int limit)
    {
        if (m_count < limit + 1)
            refill();
        const int available = std::min(m_count, limit + 1);
        int count = ~m_buffer == 0 ? 64 : __builtin_ctzll(~m_buffer);
        if (count >= limit) {
            count = limit;
            if (m_count < limit) {
                m_ok = false;
                return limit;
            }
            m_buffer >>= limit;
            m_count -= limit;
            return limit;
        }
        if (count >= available) {
            m_ok = false;
            return limit;
        }
        m_buffer >>= count + 1;
        m_count -= count + 1;
        return count;
    }
    quint64 expGolomb()
    {
        const int length = ones(31);
        if (length >= 31) {
            m_ok = false;
            return 0;
        }
        return ((quint64(1) << length) | get(length)) - 1;
    }
    quint64 universal()
    {
        const quint64 length = expGolomb();
        if (length > 64) {
            m_ok = false;
            return 0;
        }
        if (length <= 1)
            return length;
        return (quint64(1) << (length - 1)) | get(int(length - 1));
    }
    __attribute__((always_inline)) quint64 rice(int k)
    {
        // Fast path: the whole code is in the buffer and not escaped.
        if (k <= 47) {
            ensure(kRiceEscape + 1 + k);
            const int q = ~m_buffer == 0 ? 64 : __builtin_ctzll(~m_buffer);
            if (q < kRiceEscape && q + 1 + k <= m_count) {
                const quint64 value
                        = (quint64(q) << k) | ((m_buffer >> (q + 1)) & ((quint64(1) << k) - 1));
                m_buffer >>= q + 1 + k;
                m_count -= q + 1 + k;
                return value;
            }
        }
        const int q = ones(kRiceEscape);
        if (q < kRiceEscape)
            return (quint64(q) << k) | get(k);
        const quint64 length
                = expGolomb() + (compactEscapes ? quint64(k + kRiceEscapeBits + 1) : 0);
        if (length == 0 || length > 64) {
            m_ok = false;
            return 0;
        }
        return (quint64(1) << (length - 1)) | get(int(length - 1));
    }

    /*!
     * TotalMode's value of a part given what is left of the total, \a available (>= 1): one
     * bit when it is 1, else rice(k). Whether \a available is 1 changes from site to site
     * unpredictably, so both are taken apart and one is selected without a branch; only an
     * escaped code or the end of the data takes the slow path.
     */
    __attribute__((always_inline)) quint64 part(quint64 available, int k)
    {
        if (k <= 47) {
            ensure(kRiceEscape + 1 + k);
            const bool single = available == 1;
            const int q = ~m_buffer == 0 ? 64 : __builtin_ctzll(~m_buffer);
            const quint64 riceValue
                    = (quint64(q) << k) | ((m_buffer >> ((q + 1) & 63)) & ((quint64(1) << k) - 1));
            const quint64 value = single ? (m_buffer & 1) : riceValue;
            const int length = single ? 1 : q + 1 + k;
            // Bitwise, not short-circuit: no branch on single.
            if (((single | (q < kRiceEscape)) & (length <= m_count)) != 0) {
                m_buffer >>= length;
                m_count -= length;
                return value;
            }
        }
        return available == 1 ? get(1) : rice(k);
    }

private:
    /*!
     * Makes \a bits (<= 56) bits available when the data has them. The buffer is refilled
     * before every read while 8 bytes are left (a branch taken every time until the end), not
     * when it runs low (a branch on the lengths of the codes before, which the processor
     * mispredicts).
     */
    __attribute__((always_inline)) void ensure(int bits)
    {
        if (m_end - m_data >= 8)
            refillWord();
        else if (m_count < bits)
            refill();
    }
    /*! Fills the buffer to 56-63 bits from the next 8 bytes (there must be 8 left). */
    __attribute__((always_inline)) void refillWord()
    {
        const quint64 word = qFromLittleEndian<quint64>(m_data);
        m_buffer |= word << m_count;
        m_data += (63 - m_count) >> 3;
        m_count |= 56;
    }
    __attribute__((always_inline)) void refill()
    {
        if (m_end - m_data >= 8) {
            refillWord();
        } else {
            while (m_count <= 56 && m_data != m_end) {
                m_buffer |= quint64(*m_data++) << m_count;
                m_count += 8;
            }
        }
    }

    const quint8 *m_data;
    const quint8 *m_end;
    quint64 m_buffer = 0;
    int m_count = 0;
    bool m_ok = true;
};

int expGolombCost(quint64 x)
{
    return 2 * bitLength(x + 1) - 1;
}

int universalCost(quint64 value)
{
    const int length = bitLength(value);
    return expGolombCost(quint64(length)) + std::max(0, length - 1);
}

/*! Counts of numbers by bit length, to choose a Rice parameter without trying each. */
class RiceStatistics
{
public:
    explicit RiceStatistics(bool compact = false)
        : compactEscapes(compact)
    {}
    bool compactEscapes; // as BitWriter::compactEscapes

    void add(quint64 value)
    {
        const int length = bitLength(value);
        while (m_top < length) { // cleared as they come into use: most sequences are short
            ++m_top;
            m_counts[m_top] = 0;
            m_sums[m_top] = 0;
        }
        ++m_counts[length];
        m_sums[length] += double(value);
    }
    /*! The parameter with the fewest estimated bits; \a cost gets them. */
    int best(double *cost) const
    {
        if (m_top < 0) {
            *cost = 0;
            return 0;
        }
        int used[65];
        int usedCount = 0;
        for (int b = 0; b <= m_top; ++b) {
            if (m_counts[b] != 0)
                used[usedCount++] = b;
        }
        int bestK = 0;
        double bestCost = std::numeric_limits<double>::infinity();
        double scale = 1; // 2^-k
        for (int k = 0; k <= std::min(m_top, kMaximumRiceParameter); ++k, scale *= 0.5) {
            double total = 0;
            for (int u = 0; u < usedCount; ++u) {
                const int b = used[u];
                if (b <= k + kRiceEscapeBits)
                    total += double(m_counts[b]) * (1 + k) + m_sums[b] * scale;
                else
                    total += double(m_counts[b])
                             * (kRiceEscape
                                + expGolombCost(
                                        quint64(compactEscapes ? b - k - kRiceEscapeBits - 1 : b))
                                + b - 1);
            }
            if (total < bestCost) {
                bestCost = total;
                bestK = k;
            }
        }
        *cost = bestCost;
        return bestK;
    }

private:
    quint64 m_counts[65];
    double m_sums[65];
    int m_top = -1;
};

/*! Sites where a sequence differs from its default, as Rice-coded gaps and values. */
struct ExceptionPlan
{
    std::vector<std::pair<size_t, quint64>> list; // site, zigzag(s - default) - 1
    explicit ExceptionPlan(bool compactEscapes = false)
        : gaps(compactEscapes)
        , values(compactEscapes)
    {}
    RiceStatistics gaps;
    RiceStatistics values;
    double cost(int *gapK, int *valueK) const
    {
        if (list.empty())
            return universalCost(0);
        double gapCost = 0;
        double valueCost = 0;
        *gapK = gaps.best(&gapCost);
        *valueK = values.best(&valueCost);
        return universalCost(list.size()) + 2 * kParameterBits + gapCost + valueCost;
    }
    void add(size_t site, size_t next, quint64 value, quint64 expected)
    {
        const quint64 code = zigzag(value - expected) - 1;
        list.emplace_back(site, code);
        gaps.add(site - next);
        values.add(code);
    }
    void write(BitWriter &writer, int gapK, int valueK) const
    {
        writer.universal(list.size());
        if (list.empty())
            return;
        writer.parameter(gapK);
        writer.parameter(valueK);
        size_t next = 0;
        for (const auto &[site, code] : list) {
            writer.rice(site - next, gapK);
            writer.rice(code, valueK);
            next = site + 1;
        }
    }
};

/*!
 * The part columns of SumMode and TotalMode: U(K), then in increasing order, as gaps
 * (encodeBitPacked() sorts and checks them); in encoding 4 a progression (every third column:
 * AC, AN or nhomalt of the groups) as a flag, the first and the step.
 */
void writeParts(BitWriter &writer, const std::vector<int> &parts, bool compactParts)
{
    writer.universal(parts.size());
    const size_t count = parts.size();
    const int step = count > 1 ? parts[1] - parts[0] : 1;
    bool progression = compactParts;
    for (size_t p = 1; p < count && progression; ++p)
        progression = parts[p] - parts[p - 1] == step;
    if (compactParts)
        writer.put(progression ? 1 : 0, 1);
    if (progression) {
        writer.universal(quint64(parts[0]));
        if (count > 1)
            writer.universal(quint64(step - 1));
    } else {
        int previous = -1;
        for (int part : parts) {
            writer.universal(quint64(part - previous - 1));
            previous = part;
        }
    }
}

/*!
 * Writes \a values (n of them) in the mode with the fewest estimated bits. With \a derived
 * (the shifted sums of \a parts at every site), SumMode is one of the candidates.
 */
int writeSequence(BitWriter &writer,
                  const quint64 *values,
                  size_t n,
                  const std::vector<quint64> *derived = nullptr,
                  const std::vector<int> *parts = nullptr,
                  const ScaleReference *reference = nullptr,
                  const std::vector<ScaleReference> *predictors = nullptr,
                  bool compactParts = false,
                  const ScaleReference *pooled = nullptr)
{
    if (n == 0)
        return -1;
    quint64 minimum = values[0];
    quint64 maximum = values[0];
    const bool compact = writer.compactEscapes;
    RiceStatistics delta(compact);
    quint64 last = 0;
    // Boyer-Moore majority vote: the only possible value of more than half the sites.
    quint64 candidate = values[0];
    size_t votes = 0;
    for (size_t i = 0; i < n; ++i) {
        const quint64 value = values[i];
        minimum = std::min(minimum, value);
        maximum = std::max(maximum, value);
        delta.add(zigzag(value - last));
        last = value;
        if (votes == 0) {
            candidate = value;
            votes = 1;
        } else {
            votes += candidate == value ? 1 : size_t(-1);
        }
    }
    quint64 offsetDivisor = 0;
    quint64 shortfallDivisor = 0;
    for (size_t i = 0; i < n && offsetDivisor != 1; ++i)
        offsetDivisor = greatestCommonDivisor(offsetDivisor, values[i] - minimum);
    for (size_t i = 0; i < n && shortfallDivisor != 1; ++i)
        shortfallDivisor = greatestCommonDivisor(shortfallDivisor, maximum - values[i]);
    RiceStatistics offset(compact);
    RiceStatistics shortfall(compact);
    ExceptionPlan sparse(compact);
    size_t nextSparse = 0;
    for (size_t i = 0; i < n; ++i) {
        if (offsetDivisor > 0)
            offset.add((values[i] - minimum) / offsetDivisor);
        if (shortfallDivisor > 0)
            shortfall.add((maximum - values[i]) / shortfallDivisor);
        if (values[i] != candidate) {
            sparse.add(i, nextSparse, values[i], candidate);
            nextSparse = i + 1;
        }
    }

    double costs[kModeCount];
    int parameters[kModeCount] = {};
    int valueParameters[kModeCount] = {};
    double riceCost = 0;
    costs[OffsetMode] = universalCost(minimum) + universalCost(offsetDivisor);
    if (offsetDivisor > 0) {
        parameters[OffsetMode] = offset.best(&riceCost);
        costs[OffsetMode] += kParameterBits + riceCost;
    }
    costs[ShortfallMode] = universalCost(maximum) + universalCost(shortfallDivisor);
    if (shortfallDivisor > 0) {
        parameters[ShortfallMode] = shortfall.best(&riceCost);
        costs[ShortfallMode] += kParameterBits + riceCost;
    }
    parameters[DeltaMode] = delta.best(&riceCost);
    costs[DeltaMode] = kParameterBits + riceCost;
    costs[SparseMode] = universalCost(candidate)
                        + sparse.cost(&parameters[SparseMode], &valueParameters[SparseMode]);
    ExceptionPlan sum(compact);
    costs[SumMode] = std::numeric_limits<double>::infinity();
    if (derived) {
        size_t next = 0;
        for (size_t i = 0; i < n; ++i) {
            if (values[i] != (*derived)[i]) {
                sum.add(i, next, values[i], (*derived)[i]);
                next = i + 1;
            }
        }
        costs[SumMode] = universalCost(parts->size())
                         + double(parts->size()) * 8 // part indexes, roughly
                         + sum.cost(&parameters[SumMode], &valueParameters[SumMode]);
    }
    // ScaledMode: the shortfall code where it is short, else the difference to the prediction.
    costs[ScaledMode] = std::numeric_limits<double>::infinity();
    const int scaledK = parameters[ShortfallMode];
    auto scaledResidual = [&](size_t i) {
        return zigzag(values[i]
                      - scaledPrediction(reference->values[i], maximum, reference->scale));
    };
    auto shortfallFits = [&](size_t i) {
        const quint64 shortfall = maximum - values[i];
        return shortfall % shortfallDivisor == 0
               && shortfall / shortfallDivisor < (quint64(kRiceEscape) << scaledK);
    };
    if (reference && shortfallDivisor > 0) {
        double cost = universalCost(maximum) + universalCost(shortfallDivisor) + kParameterBits
                      + universalCost(reference->column) + universalCost(reference->scale);
        for (size_t i = 0; i < n; ++i) {
            const double escaped = kRiceEscape + universalCost(scaledResidual(i));
            double normal = std::numeric_limits<double>::infinity();
            if (shortfallFits(i))
                normal = double(((maximum - values[i]) / shortfallDivisor) >> scaledK) + 1
                         + scaledK;
            cost += std::min(normal, escaped);
        }
        costs[ScaledMode] = cost;
        parameters[ScaledMode] = scaledK;
    }
    // PredictedMode (encoding 4): every site as the difference of its shortfall to the
    // shortfall of another column (AN of another group) scaled to this one; the encoder takes
    // the reference with the fewest bits.
    costs[PredictedMode] = std::numeric_limits<double>::infinity();
    const ScaleReference *predictor = nullptr;
    std::vector<quint64> residuals;
    if (predictors && shortfallDivisor > 0) {
        residuals.resize(n);
        // Encoding 5: also the pooled shortfall of all of them (written as this column's index).
        const size_t candidates = predictors->size() + (pooled ? 1 : 0);
        for (size_t r = 0; r < candidates; ++r) {
            const ScaleReference &candidate = r < predictors->size() ? (*predictors)[r] : *pooled;
            RiceStatistics statistics(compact);
            for (size_t i = 0; i < n; ++i)
                statistics.add(zigzag(
                        (maximum - values[i]) / shortfallDivisor
                        - predictedShortfall(
                                candidate.values[i], candidate.scale, maximum, shortfallDivisor)));
            double cost = 0;
            const int k = statistics.best(&cost);
            cost += universalCost(maximum) + universalCost(shortfallDivisor)
                    + universalCost(candidate.column) + kParameterBits;
            if (cost < costs[PredictedMode]) {
                costs[PredictedMode] = cost;
                parameters[PredictedMode] = k;
                predictor = &candidate;
            }
        }
    }
    const int mode = int(std::min_element(costs, costs + kModeCount) - costs);

    writer.put(quint64(mode), kModeBits);
    const int k = parameters[mode];
    switch (mode) {
    case OffsetMode:
        writer.universal(minimum);
        writer.universal(offsetDivisor);
        if (offsetDivisor > 0) {
            writer.parameter(k);
            for (size_t i = 0; i < n; ++i)
                writer.rice((values[i] - minimum) / offsetDivisor, k);
        }
        break;
    case ShortfallMode:
        writer.universal(maximum);
        writer.universal(shortfallDivisor);
        if (shortfallDivisor > 0) {
            writer.parameter(k);
            for (size_t i = 0; i < n; ++i)
                writer.rice((maximum - values[i]) / shortfallDivisor, k);
        }
        break;
    case DeltaMode:
        writer.parameter(k);
        last = 0;
        for (size_t i = 0; i < n; ++i) {
            writer.rice(zigzag(values[i] - last), k);
            last = values[i];
        }
        break;
    case SparseMode:
        writer.universal(candidate);
        sparse.write(writer, k, valueParameters[mode]);
        break;
    case SumMode:
        writeParts(writer, *parts, compactParts);
        sum.write(writer, k, valueParameters[mode]);
        break;
    case ScaledMode:
        writer.universal(maximum);
        writer.universal(shortfallDivisor);
        writer.parameter(k);
        writer.universal(reference->column);
        writer.universal(reference->scale);
        for (size_t i = 0; i < n; ++i) {
            const quint64 residual = scaledResidual(i);
            if (shortfallFits(i)
                && ((maximum - values[i]) / shortfallDivisor >> k) + 1 + quint64(k)
                           <= quint64(kRiceEscape + universalCost(residual))) {
                writer.rice((maximum - values[i]) / shortfallDivisor, k);
            } else {
                writer.ones(kRiceEscape);
                writer.universal(residual);
            }
        }
        break;
    case PredictedMode:
        writer.universal(maximum);
        writer.universal(shortfallDivisor);
        writer.universal(predictor->column);
        writer.parameter(k);
        for (size_t i = 0; i < n; ++i)
            writer.rice(zigzag((maximum - values[i]) / shortfallDivisor
                               - predictedShortfall(predictor->values[i],
                                                    predictor->scale,
                                                    maximum,
                                                    shortfallDivisor)),
                        k);
        break;
    }
    return mode;
}

// Encoding 5: prefix codes made for a chunk (canonical Huffman codes of at most kPrefixCodeBits
// bits). The allele codes: symbols 0-15 the single-base codes, 16 the next new entry of the pair
// table, 17 an entry again (then U(distance back from the newest entry)).
constexpr int kPrefixCodeBits = 8;
constexpr int kAlleleSymbols = 18;
constexpr int kAlleleLengthBits = 4;

/*! Huffman code lengths (0 for an unused symbol) of at most \a limit bits. */
void huffmanLengths(const quint64 *counts, int symbols, int limit, int *lengths)
{
    std::vector<quint64> weights(counts, counts + symbols);
    for (;;) {
        std::vector<quint64> weight;
        std::vector<int> parent;
        std::vector<int> active;
        for (int s = 0; s < symbols; ++s) {
            weight.push_back(weights[size_t(s)]);
            parent.push_back(-1);
            if (weights[size_t(s)] > 0)
                active.push_back(s);
        }
        std::fill(lengths, lengths + symbols, 0);
        if (active.size() == 1)
            lengths[active.front()] = 1;
        if (active.size() <= 1)
            return;
        while (active.size() > 1) {
            // The two lightest nodes (ties: the first), merged into a new one.
            auto lightest = [&]() {
                size_t best = 0;
                for (size_t a = 1; a < active.size(); ++a) {
                    if (weight[size_t(active[a])] < weight[size_t(active[best])])
                        best = a;
                }
                const int node = active[best];
                active.erase(active.begin() + qsizetype(best));
                return node;
            };
            const int first = lightest();
            const int second = lightest();
            const int node = int(weight.size());
            weight.push_back(weight[size_t(first)] + weight[size_t(second)]);
            parent.push_back(-1);
            parent[size_t(first)] = node;
            parent[size_t(second)] = node;
            active.push_back(node);
        }
        int longest = 0;
        for (int s = 0; s < symbols; ++s) {
            if (weights[size_t(s)] == 0)
                continue;
            for (int node = s; parent[size_t(node)] >= 0; node = parent[size_t(node)])
                ++lengths[s];
            longest = std::max(longest, lengths[s]);
        }
        if (longest <= limit)
            return;
        for (quint64 &w : weights) // flatter counts until the code fits
            w = w == 0 ? 0 : w / 2 + 1;
    }
}

/*!
 * The canonical codes (as in DEFLATE) of code \a lengths (at most kPrefixCodeBits), bit
 * reversed: the first bit of a code is its lowest, as the bit stream is read. False when the
 * lengths do not form a prefix code.
 */
bool canonicalCodes(const int *lengths, int symbols, quint32 *codes)
{
    int counts[kPrefixCodeBits + 1] = {};
    quint32 room = 0; // Kraft sum in units of 2^-kPrefixCodeBits
    for (int s = 0; s < symbols; ++s) {
        if (lengths[s] < 0 || lengths[s] > kPrefixCodeBits)
            return false;
        if (lengths[s] > 0) {
            ++counts[lengths[s]];
            room += quint32(1) << (kPrefixCodeBits - lengths[s]);
        }
    }
    if (room > (quint32(1) << kPrefixCodeBits))
        return false;
    quint32 next[kPrefixCodeBits + 1] = {};
    quint32 code = 0;
    for (int bits = 1; bits <= kPrefixCodeBits; ++bits) {
        code = (code + quint32(counts[bits - 1])) << 1;
        next[bits] = code;
    }
    for (int s = 0; s < symbols; ++s) {
        const int length = lengths[s];
        codes[s] = 0;
        if (length == 0)
            continue;
        const quint32 value = next[length]++;
        for (int b = 0; b < length; ++b)
            codes[s] |= ((value >> (length - 1 - b)) & 1) << b;
    }
    return true;
}

/*! The decoder's table of a prefix code: every kPrefixCodeBits-bit window starting with a code. */
struct PrefixTable
{
    quint8 symbolOf[1 << kPrefixCodeBits];
    quint8 lengthOf[1 << kPrefixCodeBits]; // 0: no code starts the window (corrupt)

    /*! False when the lengths do not form a prefix code. */
    bool build(const int *lengths, int symbols)
    {
        quint32 codes[64];
        Q_ASSERT(symbols <= 64);
        if (!canonicalCodes(lengths, symbols, codes))
            return false;
        std::fill(std::begin(lengthOf), std::end(lengthOf), quint8(0));
        for (int s = 0; s < symbols; ++s) {
            for (quint32 rest = 0;
                 lengths[s] > 0 && rest < (quint32(1) << (kPrefixCodeBits - lengths[s]));
                 ++rest) {
                const quint32 window = codes[s] | (rest << lengths[s]);
                symbolOf[window] = quint8(s);
                lengthOf[window] = quint8(lengths[s]);
            }
        }
        return true;
    }
    /*! The next symbol; -1 (and nothing consumed) when no code starts there. */
    int read(BitReader &reader) const
    {
        const quint32 window = quint32(reader.peek(kPrefixCodeBits));
        const int length = lengthOf[window];
        if (length == 0)
            return -1;
        reader.skip(length);
        return symbolOf[window];
    }
};

// Encoding 5: the total of TotalMode may be a prefix code of classes: symbols 0-7 the value
// itself, 8-23 a value of bit length 4-19 (its bits below the top follow), 24 U(value).
constexpr int kClassLiterals = 8;
constexpr int kClassFirstLength = 4;
constexpr int kClassLastLength = 19;
constexpr int kClassEscape = kClassLiterals + kClassLastLength - kClassFirstLength + 1;
constexpr int kClassSymbols = kClassEscape + 1;

int classOf(quint64 value)
{
    if (value < quint64(kClassLiterals))
        return int(value);
    const int length = bitLength(value);
    return length <= kClassLastLength ? kClassLiterals + length - kClassFirstLength : kClassEscape;
}

/*!
 * Writes \a values as the prefix code of their classes: the kClassSymbols code lengths as
 * EG, then per value its code and the bits that the class leaves open.
 */
void writeClassCoded(BitWriter &writer, const quint64 *values, size_t n)
{
    quint64 counts[kClassSymbols] = {};
    for (size_t i = 0; i < n; ++i)
        ++counts[classOf(values[i])];
    int lengths[kClassSymbols];
    quint32 codes[kClassSymbols];
    huffmanLengths(counts, kClassSymbols, kPrefixCodeBits, lengths);
    canonicalCodes(lengths, kClassSymbols, codes);
    for (int length : lengths)
        writer.expGolomb(quint64(length));
    for (size_t i = 0; i < n; ++i) {
        const quint64 value = values[i];
        const int symbol = classOf(value);
        writer.put(codes[symbol], lengths[symbol]);
        if (symbol == kClassEscape)
            writer.universal(value);
        else if (symbol >= kClassLiterals)
            writer.put(value, bitLength(value) - 1);
    }
}

/*! Reads what writeClassCoded() wrote into \a values. False when inconsistent. */
bool readClassCoded(BitReader &reader, quint64 *values, size_t n)
{
    int lengths[kClassSymbols];
    for (int &length : lengths)
        length = int(std::min<quint64>(reader.expGolomb(), kPrefixCodeBits + 1));
    PrefixTable table;
    if (!reader.ok() || !table.build(lengths, kClassSymbols) || !reader.plausibleBits(n))
        return false;
    for (size_t i = 0; i < n; ++i) {
        const int symbol = table.read(reader);
        if (symbol < kClassLiterals) {
            if (symbol < 0)
                return false;
            values[i] = quint64(symbol);
        } else if (symbol < kClassEscape) {
            const int length = symbol - kClassLiterals + kClassFirstLength;
            values[i] = (quint64(1) << (length - 1)) | reader.get(length - 1);
        } else {
            values[i] = reader.universal();
        }
    }
    return reader.ok();
}

/*!
 * TotalMode's Rice parameter of a part at a site where the parts before it left \a remainder
 * (>= 2) of the total: the bit length of the remainder less the part's \a depth, so that the
 * code follows the size of the counts from site to site.
 */
int totalPartParameter(quint64 remainder, int depth)
{
    // As std::clamp(), without its branches: the decoder computes this for every part at
    // every site with something left, and below 0 depends on the site.
    const int k = bitLength(remainder) - depth;
    const int atLeastZero = k & ~(k >> 31);
    return atLeastZero < kMaximumRiceParameter ? atLeastZero : kMaximumRiceParameter;
}

/*! The bits of R_k(value) with the escapes of encoding 5 (BitWriter::compactEscapes). */
int riceCost(quint64 value, int k)
{
    const quint64 q = value >> k;
    if (q < quint64(kRiceEscape))
        return int(q) + 1 + k;
    const int length = bitLength(value);
    return kRiceEscape + expGolombCost(quint64(length - k - kRiceEscapeBits - 1)) + length - 1;
}

constexpr int kMaximumTotalDepth = 24;

/*!
 * Encoding 5: writes a total column (\a total, shifted values) in TotalMode with its \a parts
 * (increasing column indexes, their values \a partValues). At a regular site (the total and
 * every part not missing, the parts adding up to the total) the parts are coded one after the
 * other given what is left of the total, nothing once that is 0, the last part not at all; at
 * the other sites every part is written as it is. Returns the mode of the total's own
 * sequence; \a irregularCount gets the number of the other sites.
 */
int writeTotal(BitWriter &writer,
               const quint64 *total,
               size_t n,
               const std::vector<int> &parts,
               const std::vector<const std::vector<qint64> *> &partValues,
               const ScaleReference *reference,
               const std::vector<ScaleReference> *predictors,
               const ScaleReference *pooled,
               size_t *irregularCount)
{
    const size_t count = parts.size();
    std::vector<quint64> remainder(n);
    std::vector<size_t> irregular;
    std::vector<double> weights(count, 0.0);
    for (size_t i = 0; i < n; ++i) {
        bool regular = total[i] != 0;
        quint64 sum = 0;
        for (size_t p = 0; p < count && regular; ++p) {
            const qint64 value = (*partValues[p])[i];
            regular = value >= 0 && !__builtin_add_overflow(sum, quint64(value), &sum);
        }
        if (regular && sum == total[i] - 1) {
            remainder[i] = sum;
            for (size_t p = 0; p < count; ++p)
                weights[p] += double((*partValues[p])[i]);
        } else {
            irregular.push_back(i);
        }
    }
    // The parts with the most counts first: at most sites (a few copies of the allele) the
    // remainder is then 0 after one or two parts.
    std::vector<size_t> order(count);
    for (size_t p = 0; p < count; ++p)
        order[p] = p;
    std::stable_sort(order.begin(), order.end(), [&weights](size_t a, size_t b) {
        return weights[a] > weights[b];
    });

    *irregularCount = irregular.size();
    writer.put(TotalMode, kModeBits);
    writeParts(writer, parts, true);
    std::vector<size_t> remaining(order.begin(), order.end());
    std::sort(remaining.begin(), remaining.end());
    for (size_t j = 0; j + 1 < count; ++j) {
        const auto at = std::find(remaining.begin(), remaining.end(), order[j]);
        writer.expGolomb(quint64(at - remaining.begin()));
        remaining.erase(at);
    }
    // The total's own values: a sequence, or (counts: mostly 0-5, some thousands) the prefix
    // code of their classes, whichever is smaller (1 bit says which).
    BitWriter sequence;
    sequence.compactParameters = true;
    sequence.compactEscapes = true;
    int mode = writeSequence(
            sequence, total, n, nullptr, nullptr, reference, predictors, true, pooled);
    BitWriter classes;
    writeClassCoded(classes, total, n);
    const bool classCoded = classes.bitCount() < sequence.bitCount();
    writer.put(classCoded ? 1 : 0, 1);
    writer.append(classCoded ? classes : sequence);
    if (classCoded)
        mode = -1; // not a reference of PredictedMode

    writer.universal(irregular.size());
    if (!irregular.empty()) {
        RiceStatistics gaps(true);
        size_t next = 0;
        for (size_t site : irregular) {
            gaps.add(site - next);
            next = site + 1;
        }
        double unused = 0;
        const int gapK = gaps.best(&unused);
        writer.parameter(gapK);
        next = 0;
        for (size_t site : irregular) {
            writer.rice(site - next, gapK);
            next = site + 1;
        }
        for (size_t site : irregular) {
            for (size_t p = 0; p < count; ++p)
                writer.universal(shiftedOf((*partValues[p])[site]));
        }
    }

    for (size_t j = 0; j + 1 < count; ++j) {
        const std::vector<qint64> &values = *partValues[order[j]];
        quint64 costs[kMaximumTotalDepth + 1] = {};
        for (size_t i = 0; i < n; ++i) {
            if (remainder[i] < 2)
                continue;
            const quint64 value = quint64(values[i]);
            for (int depth = 0; depth <= kMaximumTotalDepth; ++depth)
                costs[depth] += quint64(riceCost(value, totalPartParameter(remainder[i], depth)));
        }
        const int depth = int(std::min_element(costs, costs + kMaximumTotalDepth + 1) - costs);
        writer.expGolomb(quint64(depth));
        for (size_t i = 0; i < n; ++i) {
            const quint64 left = remainder[i];
            if (left == 0)
                continue;
            const quint64 value = quint64(values[i]);
            if (left == 1)
                writer.put(value, 1);
            else
                writer.rice(value, totalPartParameter(left, depth));
            remainder[i] = left - value;
        }
    }
    return mode;
}

/*! A sum column read from a blob; its values are computed once every column is read. */
struct PendingSum
{
    size_t column = 0;
    size_t firstPart = 0;      // into the decoder's part list
    size_t partCount = 0;      //
    size_t firstException = 0; // into the decoder's exception list
    size_t exceptionCount = 0;
};

struct SequenceContext
{
    std::vector<int> parts;
    std::vector<std::pair<size_t, quint64>> exceptions; // site, zigzag(s - default) - 1
    std::vector<PendingSum> sums;
};

bool readExceptions(BitReader &reader, size_t n, SequenceContext &context, size_t *count)
{
    const quint64 total = reader.universal();
    if (!reader.ok() || total > n)
        return false;
    *count = size_t(total);
    if (total == 0)
        return true;
    const int gapK = reader.parameter();
    const int valueK = reader.parameter();
    if (gapK > kMaximumRiceParameter || valueK > kMaximumRiceParameter
        || !reader.plausibleBits(total * 2))
        return false;
    size_t next = 0;
    for (quint64 e = 0; e < total; ++e) {
        const quint64 gap = reader.rice(gapK);
        const quint64 code = reader.rice(valueK);
        if (!reader.ok() || gap >= n - next || code == std::numeric_limits<quint64>::max())
            return false;
        context.exceptions.emplace_back(next + size_t(gap), code + 1);
        next += size_t(gap) + 1;
    }
    return true;
}

quint64 unzigzag(quint64 value)
{
    return (value >> 1) ^ (0 - (value & 1));
}

/*! The integer columns a decoder has read so far that are not sums: references of modes 5, 6. */
struct DecodedColumns
{
    std::vector<const std::vector<qint64> *> values; // by column; null: not such a column (yet)

    /*! The largest shifted value of a column of values (computed once, when first asked). */
    quint64 largestShifted(size_t column)
    {
        if (largest.size() != values.size())
            largest.assign(values.size(), kUnknown);
        if (largest[column] == kUnknown) {
            const std::vector<qint64> &data = *values[column];
            const qint64 top = data.empty() ? FrequencyChunk::kMissing
                                            : *std::max_element(data.begin(), data.end());
            largest[column] = shiftedOf(top);
        }
        return largest[column];
    }

    /*! The mode of the last sequence read (of a TotalMode column: of its total). */
    int lastMode = -1;
    // Encoding 5: PredictedMode's pooled reference, the sums of the shifted values and of the
    // largest values of the columns read as modes 1, 5 or 6 (with a largest value > 0), as
    // long as they do not overflow (as the encoder's).
    std::vector<quint64> pooled;
    quint64 pooledScale = 0;
    size_t pooledCount = 0;
    bool pooledValid = true;

    /*! Whether the column just read (mode lastMode) is added to the pooled reference. */
    bool pools() const
    {
        return pooledValid
               && (lastMode == ShortfallMode || lastMode == ScaledMode
                   || lastMode == PredictedMode);
    }
    /*! Adds a column to the pool once its values are in pooled: its largest value \a scale. */
    void pooledColumn(size_t column, quint64 scale, bool overflow)
    {
        setLargest(column, scale);
        if (scale > 0)
            ++pooledCount;
        pooledValid = !overflow && !__builtin_add_overflow(pooledScale, scale, &pooledScale);
    }
    void setLargest(size_t column, quint64 value)
    {
        if (largest.size() != values.size())
            largest.assign(values.size(), kUnknown);
        largest[column] = value;
    }

private:
    static constexpr quint64 kUnknown = ~quint64(0); // never a shifted value (<= 2^63)
    std::vector<quint64> largest;
};

/*! The integer columns of a chunk being decoded, which TotalMode fills with its parts. */
struct TotalTarget
{
    std::vector<qint64 *> integers; // by column: its n values; null: not an integer column
    std::vector<bool> filled;       // by column: filled as the part of a total
};

/*!
 * Reads the part list of SumMode and TotalMode (writeParts()) into \a parts: increasing,
 * integer columns of \a integerColumns other than \a column. False when inconsistent.
 */
bool readParts(BitReader &reader,
               std::vector<int> &parts,
               size_t column,
               const std::vector<bool> &integerColumns,
               int encoding)
{
    const quint64 partCount = reader.universal();
    if (!reader.ok() || partCount == 0 || partCount > integerColumns.size())
        return false;
    const quint64 columns = quint64(integerColumns.size());
    const bool progression = encoding >= kEncodingPredicted && reader.get(1) == 1;
    quint64 part = quint64(-1);
    quint64 step = 0;
    if (progression) {
        part = reader.universal();
        step = partCount > 1 ? reader.universal() + 1 : 1;
        if (!reader.ok() || part >= columns || step > columns)
            return false;
        part -= step; // the loop adds it back
    }
    for (quint64 p = 0; p < partCount; ++p) {
        const quint64 gap = progression ? step - 1 : reader.universal();
        if (!reader.ok() || gap >= columns)
            return false;
        part += gap + 1;
        if (part >= columns || part == column || !integerColumns[size_t(part)])
            return false;
        parts.push_back(int(part));
    }
    return true;
}

bool readTotal(BitReader &reader,
               quint64 *values,
               size_t n,
               SequenceContext *context,
               size_t column,
               const std::vector<bool> &integerColumns,
               DecodedColumns *decoded,
               TotalTarget &totals);

/*!
 * Reads a sequence written by writeSequence() into \a values (n of them). A SumMode
 * sequence (allowed with \a column >= 0, parts among \a integerColumns) is left to the
 * caller through \a context. False when the data is inconsistent.
 */
bool readSequence(BitReader &reader,
                  quint64 *values,
                  size_t n,
                  SequenceContext *context = nullptr,
                  size_t column = 0,
                  const std::vector<bool> *integerColumns = nullptr,
                  DecodedColumns *decoded = nullptr,
                  int encoding = kEncodingBitPacked,
                  TotalTarget *totals = nullptr)
{
    if (n == 0)
        return true;
    const quint64 mode = reader.get(kModeBits);
    if (mode == PredictedMode && encoding < kEncodingPredicted)
        return false;
    if (mode == TotalMode && (encoding < kEncodingGrouped || !totals || !integerColumns))
        return false;
    if (decoded)
        decoded->lastMode = int(mode);
    switch (mode) {
    case OffsetMode:
    case ShortfallMode: {
        const quint64 base = reader.universal();
        const quint64 divisor = reader.universal();
        if (!reader.ok())
            return false;
        if (divisor == 0) {
            std::fill(values, values + n, base);
            return true;
        }
        const int k = reader.parameter();
        if (k > kMaximumRiceParameter || !reader.plausibleBits(n))
            return false;
        for (size_t i = 0; i < n; ++i) {
            quint64 step = 0;
            if (__builtin_mul_overflow(reader.rice(k), divisor, &step))
                return false;
            if (mode == OffsetMode) {
                if (__builtin_add_overflow(base, step, &values[i]))
                    return false;
            } else {
                if (step > base)
                    return false;
                values[i] = base - step;
            }
        }
        return reader.ok();
    }
    case DeltaMode: {
        const int k = reader.parameter();
        if (k > kMaximumRiceParameter || !reader.plausibleBits(n))
            return false;
        quint64 last = 0;
        for (size_t i = 0; i < n; ++i) {
            last += unzigzag(reader.rice(k));
            values[i] = last;
        }
        return reader.ok();
    }
    case SparseMode: {
        const quint64 fallback = reader.universal();
        if (!reader.ok())
            return false;
        std::fill(values, values + n, fallback);
        if (!context)
            return false;
        const size_t first = context->exceptions.size();
        size_t count = 0;
        if (!readExceptions(reader, n, *context, &count))
            return false;
        for (size_t e = first; e < first + count; ++e) {
            const auto &[site, code] = context->exceptions[e];
            values[site] = fallback + unzigzag(code);
        }
        context->exceptions.resize(first);
        return true;
    }
    case SumMode: {
        if (!context || !integerColumns)
            return false;
        PendingSum sum;
        sum.column = column;
        sum.firstPart = context->parts.size();
        if (!readParts(reader, context->parts, column, *integerColumns, encoding))
            return false;
        sum.partCount = context->parts.size() - sum.firstPart;
        sum.firstException = context->exceptions.size();
        if (!readExceptions(reader, n, *context, &sum.exceptionCount))
            return false;
        context->sums.push_back(sum);
        return true;
    }
    case ScaledMode: {
        // decoded: the integer columns before this one that are not sums (else null).
        const quint64 base = reader.universal();
        const quint64 divisor = reader.universal();
        const int k = reader.parameter();
        const quint64 referenceColumn = reader.universal();
        const quint64 referenceScale = reader.universal();
        if (!reader.ok() || !decoded || divisor == 0 || k > kMaximumRiceParameter
            || referenceColumn >= column || referenceColumn >= decoded->values.size()
            || !decoded->values[size_t(referenceColumn)] || referenceScale == 0
            || !reader.plausibleBits(n))
            return false;
        const std::vector<qint64> &reference = *decoded->values[size_t(referenceColumn)];
        for (size_t i = 0; i < n; ++i) {
            const int q = reader.ones(kRiceEscape);
            if (q < kRiceEscape) {
                const quint64 shortfall = (quint64(q) << k) | reader.get(k);
                quint64 step = 0;
                if (__builtin_mul_overflow(shortfall, divisor, &step) || step > base)
                    return false;
                values[i] = base - step;
            } else {
                const quint64 prediction
                        = scaledPrediction(shiftedOf(reference[i]), base, referenceScale);
                values[i] = prediction + unzigzag(reader.universal());
            }
        }
        return reader.ok();
    }
    case PredictedMode: {
        // decoded: the integer columns before this one that are not sums (else null).
        const quint64 base = reader.universal();
        const quint64 divisor = reader.universal();
        const quint64 referenceColumn = reader.universal();
        const int k = reader.parameter();
        if (!reader.ok() || !decoded || divisor == 0 || k > kMaximumRiceParameter
            || !reader.plausibleBits(n))
            return false;
        // Encoding 5: this column's own index names the pooled reference.
        if (encoding >= kEncodingGrouped && referenceColumn == column) {
            if (!decoded->pooledValid || decoded->pooledCount < 2 || decoded->pooledScale == 0)
                return false;
            const ShortfallPredictor predict(decoded->pooledScale, base, divisor);
            const quint64 *reference = decoded->pooled.data();
            // shortfall * divisor <= base exactly when shortfall <= base / divisor: one
            // division per column instead of an overflow check per site.
            const quint64 largestShortfall = base / divisor;
            for (size_t i = 0; i < n; ++i) {
                const quint64 shortfall = predict(reference[i]) + unzigzag(reader.rice(k));
                if (shortfall > largestShortfall)
                    return false;
                values[i] = base - shortfall * divisor;
            }
            return reader.ok();
        }
        if (referenceColumn >= column || referenceColumn >= decoded->values.size()
            || !decoded->values[size_t(referenceColumn)])
            return false;
        const std::vector<qint64> &reference = *decoded->values[size_t(referenceColumn)];
        const quint64 referenceScale = decoded->largestShifted(size_t(referenceColumn));
        if (referenceScale == 0)
            return false;
        const ShortfallPredictor predict(referenceScale, base, divisor);
        const quint64 largestShortfall = base / divisor; // as above
        for (size_t i = 0; i < n; ++i) {
            const quint64 shortfall = predict(shiftedOf(reference[i])) + unzigzag(reader.rice(k));
            if (shortfall > largestShortfall)
                return false;
            values[i] = base - shortfall * divisor;
        }
        return reader.ok();
    }
    case TotalMode:
        return readTotal(reader, values, n, context, column, *integerColumns, decoded, *totals);
    default:
        return false;
    }
}

/*!
 * Reads TotalMode (after its mode bits): the total into \a values (shifted), its parts into
 * their columns of \a totals as values (not shifted), which it marks as filled.
 */
bool readTotal(BitReader &reader,
               quint64 *values,
               size_t n,
               SequenceContext *context,
               size_t column,
               const std::vector<bool> &integerColumns,
               DecodedColumns *decoded,
               TotalTarget &totals)
{
    static thread_local std::vector<int> parts;
    static thread_local std::vector<size_t> order;
    static thread_local std::vector<quint64> remainder;
    static thread_local std::vector<size_t> irregular;
    static thread_local std::vector<quint64> irregularValues;
    static thread_local std::vector<quint32> active;
    parts.clear();
    if (!readParts(reader, parts, column, integerColumns, kEncodingGrouped))
        return false;
    const size_t count = parts.size();
    for (int part : parts) {
        // Parts come after their total and belong to one total only.
        if (size_t(part) <= column || totals.filled[size_t(part)] || !totals.integers[size_t(part)])
            return false;
    }
    order.assign(count, 0);
    for (size_t p = 0; p < count; ++p)
        order[p] = p;
    for (size_t j = 0; j + 1 < count; ++j) {
        const quint64 index = reader.expGolomb();
        if (!reader.ok() || index >= count - j)
            return false;
        std::rotate(order.begin() + qsizetype(j),
                    order.begin() + qsizetype(j + index),
                    order.begin() + qsizetype(j + index + 1));
    }
    if (reader.get(1) == 1) {
        if (!readClassCoded(reader, values, n))
            return false;
        decoded->lastMode = -1;
    } else if (!readSequence(
                       reader, values, n, context, column, nullptr, decoded, kEncodingGrouped)) {
        return false;
    }

    const quint64 irregularCount = reader.universal();
    if (!reader.ok() || irregularCount > n)
        return false;
    irregular.clear();
    if (irregularCount > 0) {
        const int gapK = reader.parameter();
        if (gapK > kMaximumRiceParameter || !reader.plausibleBits(irregularCount * (1 + count)))
            return false;
        size_t next = 0;
        for (quint64 e = 0; e < irregularCount; ++e) {
            const quint64 gap = reader.rice(gapK);
            if (!reader.ok() || gap >= n - next)
                return false;
            irregular.push_back(next + size_t(gap));
            next += size_t(gap) + 1;
        }
        irregularValues.resize(size_t(irregularCount) * count);
        for (quint64 &value : irregularValues) {
            value = reader.universal();
            if (value > kLargestShifted)
                return false;
        }
    }
    // What is left of the total at each site; a regular site needs a total that is a value.
    constexpr quint64 kInvalid = ~quint64(0); // never a remainder (at most 2^63 - 1)
    remainder.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const quint64 total = values[i];
        remainder[i] = total == 0 || total > kLargestShifted ? kInvalid : total - 1;
    }
    for (size_t site : irregular)
        remainder[site] = 0;

    // The sites where something is left, fewer after each part (most after one or two);
    // collected without a branch per site (about half of the AC totals are 0).
    active.resize(n);
    size_t kept = 0;
    bool invalid = false;
    for (size_t i = 0; i < n; ++i) {
        invalid |= remainder[i] == kInvalid;
        active[kept] = quint32(i);
        kept += remainder[i] != 0 ? 1 : 0;
    }
    if (invalid)
        return false;
    active.resize(kept);
    quint64 *left = remainder.data();
    for (size_t j = 0; j < count; ++j) {
        qint64 *out = totals.integers[size_t(parts[order[j]])];
        std::fill(out, out + n, qint64(0));
        if (j + 1 == count) { // the last part: what is left
            for (quint32 i : active)
                out[i] = qint64(left[i]);
            break;
        }
        const quint64 depth = reader.expGolomb();
        if (!reader.ok() || depth > quint64(kMaximumTotalDepth))
            return false;
        bool tooLarge = false;
        kept = 0;
        for (quint32 i : active) {
            const quint64 available = left[i];
            const quint64 value = reader.part(available, totalPartParameter(available, int(depth)));
            tooLarge |= value > available;
            out[i] = qint64(value);
            left[i] = available - value;
            active[kept] = i;
            kept += left[i] != 0 ? 1 : 0;
        }
        active.resize(kept);
        if (tooLarge || !reader.ok())
            return false;
    }
    for (size_t e = 0; e < irregular.size(); ++e) {
        for (size_t p = 0; p < count; ++p)
            totals.integers[size_t(parts[p])][irregular[e]]
                    = valueOfShifted(irregularValues[e * count + p]);
    }
    for (int part : parts)
        totals.filled[size_t(part)] = true;
    return true;
}

/*! Writes the allele codes (0-15, 16, 17 + entry; as encodeBitPacked() makes them). */
void writeAlleleCodes(BitWriter &writer, const quint64 *values, size_t n)
{
    quint64 counts[kAlleleSymbols] = {};
    for (size_t i = 0; i < n; ++i)
        ++counts[std::min<quint64>(values[i], kAlleleSymbols - 1)];
    int lengths[kAlleleSymbols];
    quint32 codes[kAlleleSymbols];
    huffmanLengths(counts, kAlleleSymbols, kPrefixCodeBits, lengths);
    canonicalCodes(lengths, kAlleleSymbols, codes);
    for (int length : lengths)
        writer.put(quint64(length), kAlleleLengthBits);
    quint64 nextPair = 0;
    for (size_t i = 0; i < n; ++i) {
        const quint64 value = values[i];
        const int symbol = int(std::min<quint64>(value, kAlleleSymbols - 1));
        writer.put(codes[symbol], lengths[symbol]);
        if (value == 16)
            ++nextPair;
        else if (value > 16)
            writer.universal(nextPair - (value - 16));
    }
}

/*! Reads what writeAlleleCodes() wrote into \a values. False when inconsistent. */
bool readAlleleCodes(BitReader &reader, quint64 *values, size_t n)
{
    int lengths[kAlleleSymbols];
    for (int &length : lengths)
        length = int(reader.get(kAlleleLengthBits));
    PrefixTable table;
    if (!reader.ok() || !table.build(lengths, kAlleleSymbols))
        return false;
    quint64 nextPair = 0;
    for (size_t i = 0; i < n; ++i) {
        const int read = table.read(reader);
        if (read < 0)
            return false;
        const quint64 symbol = quint64(read);
        values[i] = symbol;
        if (symbol == 16) {
            ++nextPair;
        } else if (symbol == 17) {
            // The entry nextPair - distance as the code 17 + entry (checked by the caller).
            const quint64 distance = reader.universal();
            if (distance >= nextPair)
                return false;
            values[i] = 16 + nextPair - distance;
        }
    }
    return reader.ok();
}

bool isPackableBase(char c)
{
    return c == 'A' || c == 'C' || c == 'G' || c == 'T';
}

// Encoding 5: the shapes of the pair table's entries.
enum AnchorShape : quint8 {
    AnchoredReference = 0, // a deletion: ALT is the first base of REF (2 bases or more)
    AnchoredAlternate = 1, // an insertion: REF is the first base of ALT (2 bases or more)
    Unanchored = 2,        // both alleles stored
};

quint64 anchorShape(const QByteArray &reference, const QByteArray &alternate)
{
    if (reference.size() >= 2 && alternate.size() == 1 && alternate.at(0) == reference.at(0))
        return AnchoredReference;
    if (alternate.size() >= 2 && reference.size() == 1 && reference.at(0) == alternate.at(0))
        return AnchoredAlternate;
    return Unanchored;
}

} // namespace

QByteArray FrequencyChunk::encodeBitPacked(const std::vector<Sum> &sums, int encoding) const
{
    const bool predicted = encoding >= kEncodingPredicted;
    const bool grouped = encoding >= kEncodingGrouped;
    BitWriter writer;
    writer.compactParameters = predicted;
    writer.compactEscapes = grouped;
    const size_t n = size_t(size());
    writer.universal(n);
    writer.universal(m_columns.size());
    if (n > 0) {
        // Positions: the first, then the deltas.
        writer.universal(quint64(m_positions[0]));
        std::vector<quint64> numbers(n);
        for (size_t i = 1; i < n; ++i) {
            Q_ASSERT(m_positions[i - 1] <= m_positions[i]);
            numbers[i - 1] = quint64(m_positions[i] - m_positions[i - 1]);
        }
        writeSequence(writer, numbers.data(), n - 1);

        // Alleles: 0-15 a single-base pair, 16 the next new entry of the pair table (in order
        // of first use), 17 + i the entry i again.
        const PairTable table = pairTable();
        const std::vector<quint32> &pairs = table.firstSite;
        for (size_t i = 0; i < n; ++i) {
            const qint64 entry = table.entryOfSite[i];
            numbers[i] = entry < 0                            ? m_alleles[i]
                         : pairs[size_t(entry)] == quint32(i) ? kPairBase
                                                              : kPairBase + 1 + quint64(entry);
        }
        if (grouped)
            writeAlleleCodes(writer, numbers.data(), n);
        else
            writeSequence(writer, numbers.data(), n);
        writer.universal(pairs.size());
        if (!pairs.empty()) {
            // Encoding 5: an indel whose short allele is the anchor base (the first of the
            // long one) stores the long allele only.
            std::vector<quint64> shapes(grouped ? pairs.size() : 0);
            for (size_t p = 0; p < shapes.size(); ++p)
                shapes[p] = anchorShape(reference(pairs[p]), alternate(pairs[p]));
            std::vector<quint64> lengths;
            lengths.reserve(pairs.size());
            bool packable = true;
            QByteArray all;
            if (grouped) {
                writeSequence(writer, shapes.data(), shapes.size());
                for (size_t p = 0; p < pairs.size(); ++p) {
                    const QByteArray &ref = reference(pairs[p]);
                    const QByteArray &alt = alternate(pairs[p]);
                    lengths.push_back(shapes[p] == AnchoredAlternate   ? quint64(alt.size() - 2)
                                      : shapes[p] == AnchoredReference ? quint64(ref.size() - 2)
                                                                       : quint64(ref.size()));
                }
                writeSequence(writer, lengths.data(), lengths.size());
                lengths.clear();
                for (size_t p = 0; p < pairs.size(); ++p) {
                    if (shapes[p] == Unanchored)
                        lengths.push_back(quint64(alternate(pairs[p]).size()));
                }
                writeSequence(writer, lengths.data(), lengths.size());
                for (size_t p = 0; p < pairs.size(); ++p) {
                    if (shapes[p] != AnchoredAlternate)
                        all.append(reference(pairs[p]));
                    if (shapes[p] != AnchoredReference)
                        all.append(alternate(pairs[p]));
                }
                packable = std::all_of(all.begin(), all.end(), isPackableBase);
            } else {
                lengths.resize(pairs.size());
                for (int side = 0; side < 2; ++side) {
                    for (size_t p = 0; p < pairs.size(); ++p) {
                        const QByteArray &allele
                                = side == 0 ? reference(pairs[p]) : alternate(pairs[p]);
                        lengths[p] = quint64(allele.size());
                        packable = packable
                                   && std::all_of(allele.begin(), allele.end(), isPackableBase);
                    }
                    writeSequence(writer, lengths.data(), lengths.size());
                }
                for (quint32 site : pairs)
                    all.append(reference(site)).append(alternate(site));
            }
            // The bytes: 2 bits per base, 8 bits per byte, or (long, repetitive alleles)
            // DEFLATE when that is smaller.
            AlleleBytes form = packable ? PackedBases : RawBytes;
            QByteArray compressed;
            if (all.size() >= 128) {
                static thread_local std::unique_ptr<libdeflate_compressor, CompressorDeleter>
                        alleleCompressor(libdeflate_alloc_compressor(6));
                compressed.resize(qsizetype(libdeflate_deflate_compress_bound(
                        alleleCompressor.get(), size_t(all.size()))));
                compressed.resize(
                        qsizetype(libdeflate_deflate_compress(alleleCompressor.get(),
                                                              all.constData(),
                                                              size_t(all.size()),
                                                              compressed.data(),
                                                              size_t(compressed.size()))));
                if (!compressed.isEmpty()
                    && quint64(compressed.size()) * 8 + quint64(universalCost(compressed.size()))
                               < quint64(all.size()) * (packable ? 2 : 8))
                    form = DeflatedBytes;
            }
            writer.put(quint64(form), 2);
            if (form == DeflatedBytes) {
                writer.universal(quint64(compressed.size()));
                writer.bytes(compressed);
            } else if (form == RawBytes) {
                writer.bytes(all);
            } else {
                for (char base : all)
                    writer.put(quint64(baseCode(base)), 2);
            }
        }
    }

    // Sum columns whose description is usable: integer parts, distinct, not sums themselves.
    std::vector<std::vector<int>> partsOf(m_columns.size());
    for (const Sum &sum : sums) {
        if (sum.column < 0 || size_t(sum.column) >= m_columns.size() || sum.parts.empty()
            || m_columns[size_t(sum.column)].type != FrequencyFieldType::Integer)
            continue;
        partsOf[size_t(sum.column)] = sum.parts;
        std::sort(partsOf[size_t(sum.column)].begin(), partsOf[size_t(sum.column)].end());
    }
    for (size_t c = 0; c < partsOf.size(); ++c) {
        std::vector<int> &parts = partsOf[c];
        for (size_t p = 0; p < parts.size(); ++p) {
            const int part = parts[p];
            if (part < 0 || size_t(part) >= m_columns.size() || size_t(part) == c
                || m_columns[size_t(part)].type != FrequencyFieldType::Integer
                || !partsOf[size_t(part)].empty() || (p > 0 && parts[p - 1] == part)) {
                parts.clear();
                break;
            }
        }
    }

    std::vector<quint64> shifted(n);
    std::vector<quint64> derived;
    std::vector<const std::vector<qint64> *> parts;
    // The last column coded as a shortfall (AN of the previous group): the reference of the
    // next one's escaped (low-coverage) sites.
    std::vector<quint64> referenceValues;
    ScaleReference reference;
    bool haveReference = false;
    // Encoding 4: every earlier column coded as a shortfall (AN of the groups so far), the
    // references PredictedMode may take.
    std::vector<std::vector<quint64>> predictorValues;
    std::vector<ScaleReference> predictors;
    predictorValues.reserve(m_columns.size());
    // Encoding 5: the sums of the references' values and largest values (PredictedMode's pooled
    // reference), while they do not overflow.
    std::vector<quint64> pooledValues(grouped ? n : 0, 0);
    ScaleReference pooled;
    pooled.values = pooledValues.data();
    size_t pooledCount = 0;
    bool pooledValid = grouped;
    auto pooledFor = [&](size_t c) -> const ScaleReference * {
        pooled.column = c;
        return pooledValid && pooledCount >= 2 ? &pooled : nullptr;
    };
    auto addReference = [&](int mode, size_t c) {
        if (mode != ShortfallMode && mode != ScaledMode && mode != PredictedMode)
            return;
        const quint64 maximum = *std::max_element(shifted.begin(), shifted.end());
        if (maximum == 0)
            return;
        if (pooledValid) {
            ++pooledCount;
            pooledValid = !__builtin_add_overflow(pooled.scale, maximum, &pooled.scale);
            for (size_t i = 0; i < n; ++i)
                pooledValid
                        &= !__builtin_add_overflow(pooledValues[i], shifted[i], &pooledValues[i]);
        }
        referenceValues = shifted;
        reference.column = c;
        reference.values = referenceValues.data();
        reference.scale = maximum;
        haveReference = true;
        if (predicted) {
            predictorValues.push_back(shifted);
            predictors.push_back(reference);
            predictors.back().values = predictorValues.back().data();
        }
    };
    // Encoding 5: columns written as the parts of a total (TotalMode), not in their turn.
    std::vector<bool> partOfTotal(m_columns.size(), false);
    std::vector<quint64> partShifted;
    for (size_t c = 0; c < m_columns.size(); ++c) {
        const Column &column = m_columns[c];
        switch (column.type) {
        case FrequencyFieldType::Integer: {
            if (partOfTotal[c])
                break;
            for (size_t i = 0; i < n; ++i)
                shifted[i] = shiftedOf(column.integers[i]);
            if (partsOf[c].empty() || n == 0) {
                const int mode = writeSequence(writer,
                                               shifted.data(),
                                               n,
                                               nullptr,
                                               nullptr,
                                               haveReference ? &reference : nullptr,
                                               predicted ? &predictors : nullptr,
                                               predicted,
                                               pooledFor(c));
                addReference(mode, c);
                break;
            }
            parts.clear();
            for (int part : partsOf[c])
                parts.push_back(&m_columns[size_t(part)].integers);
            derived.resize(n);
            derivedSums(parts, n, reinterpret_cast<qint64 *>(derived.data()));
            for (size_t i = 0; i < n; ++i)
                derived[i] = shiftedOf(qint64(derived[i]));
            // Encoding 5: counts (AC, nhomalt: mostly small totals) as a total and its parts
            // given the total; AN stays a sum of its parts, which are predicted from each other.
            bool totalCandidate = grouped;
            for (int part : partsOf[c])
                totalCandidate = totalCandidate && size_t(part) > c && !partOfTotal[size_t(part)];
            if (totalCandidate) {
                const size_t small = size_t(std::count_if(
                        shifted.begin(), shifted.end(), [](quint64 s) { return s <= 1024; }));
                totalCandidate = small * 2 > n;
            }
            if (totalCandidate) {
                BitWriter block;
                block.compactParameters = true;
                block.compactEscapes = true;
                size_t irregular = 0;
                const int mode = writeTotal(block,
                                            shifted.data(),
                                            n,
                                            partsOf[c],
                                            parts,
                                            haveReference ? &reference : nullptr,
                                            &predictors,
                                            pooledFor(c),
                                            &irregular);
                bool take = true;
                if (irregular > 0) {
                    // Where the parts often do not add up, the old way may be smaller.
                    BitWriter old;
                    old.compactParameters = true;
                    old.compactEscapes = true;
                    writeSequence(
                            old, shifted.data(), n, &derived, &partsOf[c], nullptr, nullptr, true);
                    partShifted.resize(n);
                    for (int part : partsOf[c]) {
                        const std::vector<qint64> &values = m_columns[size_t(part)].integers;
                        for (size_t i = 0; i < n; ++i)
                            partShifted[i] = shiftedOf(values[i]);
                        writeSequence(old, partShifted.data(), n);
                    }
                    take = block.bitCount() < old.bitCount();
                }
                if (take) {
                    writer.append(block);
                    for (int part : partsOf[c])
                        partOfTotal[size_t(part)] = true;
                    addReference(mode, c);
                    break;
                }
            }
            writeSequence(
                    writer, shifted.data(), n, &derived, &partsOf[c], nullptr, nullptr, predicted);
            break;
        }
        case FrequencyFieldType::Float:
            // Encoding 4: the 32-bit patterns as a sequence (FAF95 is 0 at most sites).
            for (size_t i = 0; i < n; ++i) {
                quint32 bits = 0;
                std::memcpy(&bits, &column.floats[i], sizeof bits);
                if (predicted)
                    shifted[i] = bits;
                else
                    writer.put(bits, 32);
            }
            if (predicted)
                writeSequence(writer, shifted.data(), n);
            break;
        case FrequencyFieldType::String: {
            // Table entries by decreasing use, so that the common value has the small index.
            QHash<QByteArray, quint32> ids;
            std::vector<quint32> table; // index into column.texts of each entry
            std::vector<size_t> uses;
            std::vector<quint32> entryOf(column.texts.size(), 0);
            for (size_t t = 1; t < column.texts.size(); ++t) {
                auto it = ids.constFind(column.texts[t]);
                if (it == ids.constEnd()) {
                    table.push_back(quint32(t));
                    uses.push_back(0);
                    it = ids.insert(column.texts[t], quint32(table.size()));
                }
                entryOf[t] = it.value();
            }
            for (quint32 index : column.textIndexes) {
                if (entryOf[index] > 0)
                    ++uses[entryOf[index] - 1];
            }
            std::vector<quint32> order(table.size());
            for (size_t e = 0; e < order.size(); ++e)
                order[e] = quint32(e);
            std::stable_sort(order.begin(), order.end(), [&uses](quint32 a, quint32 b) {
                return uses[a] > uses[b];
            });
            std::vector<quint32> rank(table.size());
            for (size_t r = 0; r < order.size(); ++r)
                rank[order[r]] = quint32(r + 1);
            writer.universal(table.size());
            for (quint32 entry : order) {
                const QByteArray &text = column.texts[table[entry]];
                if (predicted) { // a built-in text as its index, else kBuiltInTextCount + length
                    const auto builtIn
                            = std::find(std::begin(kBuiltInTexts), std::end(kBuiltInTexts), text);
                    if (builtIn != std::end(kBuiltInTexts)) {
                        writer.universal(quint64(builtIn - std::begin(kBuiltInTexts)));
                        continue;
                    }
                    writer.universal(kBuiltInTextCount + quint64(text.size()));
                } else {
                    writer.universal(quint64(text.size()));
                }
                writer.bytes(text);
            }
            for (size_t i = 0; i < n; ++i) {
                const quint32 entry = entryOf[column.textIndexes[i]];
                shifted[i] = entry == 0 ? 0 : rank[entry - 1];
            }
            writeSequence(writer, shifted.data(), n);
            break;
        }
        }
    }

    QByteArray payload;
    writer.finish(payload);
    const quint32 checksum
            = quint32(libdeflate_crc32(0, payload.constData(), size_t(payload.size())));
    QByteArray blob;
    blob.reserve(1 + 4 + payload.size());
    blob.append(char(encoding));
    for (int i = 0; i < 4; ++i)
        blob.append(char(quint8(checksum >> (8 * i))));
    return blob.append(payload);
}

Result<void> FrequencyChunk::decodeBitPacked(int encoding,
                                             const char *data,
                                             size_t size,
                                             const QList<FrequencyFieldType> &types,
                                             FrequencyChunk &chunk)
{
    // A CRC-32 of the payload: a damaged blob is refused, never decoded into other numbers.
    if (size < 4)
        return corrupt(Tr::tr("truncated header"));
    quint32 checksum = 0;
    for (int i = 3; i >= 0; --i)
        checksum = (checksum << 8) | quint8(data[i]);
    if (quint32(libdeflate_crc32(0, data + 4, size - 4)) != checksum)
        return corrupt(Tr::tr("checksum mismatch"));
    BitReader reader(data + 4, size - 4);
    reader.compactParameters = encoding >= kEncodingPredicted;
    reader.compactEscapes = encoding >= kEncodingGrouped;
    const quint64 count = reader.universal();
    const quint64 columns = reader.universal();
    if (!reader.ok() || count > quint64(kMaximumBitPackedSites))
        return corrupt(Tr::tr("bad site count"));
    if (columns != quint64(types.size()))
        return corrupt(Tr::tr("%1 columns instead of %2").arg(columns).arg(types.size()));
    const size_t n = size_t(count);
    chunk.m_columns.resize(size_t(types.size()));
    std::vector<bool> integerColumns(size_t(types.size()));
    for (qsizetype i = 0; i < types.size(); ++i) {
        chunk.m_columns[size_t(i)].type = types.at(i);
        integerColumns[size_t(i)] = types.at(i) == FrequencyFieldType::Integer;
    }

    static thread_local std::vector<quint64> numbers;
    static thread_local SequenceContext context;
    context.parts.clear();
    context.exceptions.clear();
    context.sums.clear();
    numbers.resize(n);
    chunk.m_positions.resize(n);
    chunk.m_alleles.resize(n);
    // The pair table's alleles are resized below, not cleared: a chunk decoded into again
    // and again keeps their buffers (two allocations per indel and chunk otherwise).
    size_t pairs = 0;
    if (n > 0) {
        const quint64 first = reader.universal();
        if (!reader.ok() || first > quint64(std::numeric_limits<qint64>::max()))
            return corrupt(Tr::tr("bad position"));
        chunk.m_positions[0] = qint64(first);
        if (!readSequence(reader, numbers.data(), n - 1, &context))
            return corrupt(Tr::tr("bad position"));
        for (size_t i = 1; i < n; ++i) {
            // A corrupt delta must not overflow the position (undefined behaviour).
            const qint64 previous = chunk.m_positions[i - 1];
            if (numbers[i - 1] > quint64(std::numeric_limits<qint64>::max() - previous))
                return corrupt(Tr::tr("bad position"));
            chunk.m_positions[i] = previous + qint64(numbers[i - 1]);
        }

        if (encoding >= kEncodingGrouped ? !readAlleleCodes(reader, numbers.data(), n)
                                         : !readSequence(reader, numbers.data(), n, &context))
            return corrupt(Tr::tr("bad allele code"));
        const quint64 pairCount = reader.universal();
        if (!reader.ok() || pairCount > n)
            return corrupt(Tr::tr("bad allele table"));
        quint64 nextPair = 0;
        for (size_t i = 0; i < n; ++i) {
            const quint64 code = numbers[i];
            if (code < kPairBase) {
                chunk.m_alleles[i] = quint32(code);
            } else if (code == kPairBase) {
                if (nextPair == pairCount)
                    return corrupt(Tr::tr("bad allele code"));
                chunk.m_alleles[i] = quint32(kPairBase + nextPair++);
            } else {
                if (code - kPairBase - 1 >= nextPair)
                    return corrupt(Tr::tr("bad allele code"));
                chunk.m_alleles[i] = quint32(code - 1);
            }
        }
        if (nextPair != pairCount)
            return corrupt(Tr::tr("bad allele table"));
        pairs = size_t(pairCount);
        if (pairCount > 0) {
            numbers.resize(std::max(n, 3 * pairs));
            // numbers: the REF lengths, then the ALT lengths as stored (0: the anchor base,
            // filled in below); encoding 5: the shapes after them.
            quint64 *shapes = numbers.data() + 2 * pairs;
            if (encoding >= kEncodingGrouped) {
                if (!readSequence(reader, shapes, pairs, &context)
                    || !readSequence(reader, numbers.data(), pairs, &context))
                    return corrupt(Tr::tr("bad allele table"));
                size_t unanchored = 0;
                for (size_t p = 0; p < pairs; ++p) {
                    const quint64 length = numbers[p];
                    if (shapes[p] > Unanchored || length > kMaximumRawSize)
                        return corrupt(Tr::tr("bad allele table"));
                    numbers[pairs + p] = 0;
                    if (shapes[p] == AnchoredAlternate) {
                        numbers[pairs + p] = length + 2;
                        numbers[p] = 0;
                    } else if (shapes[p] == AnchoredReference) {
                        numbers[p] = length + 2;
                    } else {
                        ++unanchored;
                    }
                }
                // The ALT lengths of the unanchored entries, read behind the others and moved.
                static thread_local std::vector<quint64> alternates;
                alternates.resize(unanchored);
                if (!readSequence(reader, alternates.data(), unanchored, &context))
                    return corrupt(Tr::tr("bad allele table"));
                size_t next = 0;
                for (size_t p = 0; p < pairs; ++p) {
                    if (shapes[p] == Unanchored)
                        numbers[pairs + p] = alternates[next++];
                }
            } else if (!readSequence(reader, numbers.data(), pairs, &context)
                       || !readSequence(reader, numbers.data() + pairs, pairs, &context)) {
                return corrupt(Tr::tr("bad allele table"));
            }
            const quint64 form = reader.get(2);
            const bool packed = form == PackedBases;
            quint64 total = 0; // bytes of all alleles
            for (size_t p = 0; p < 2 * pairs; ++p) {
                if (__builtin_add_overflow(total, numbers[p], &total))
                    return corrupt(Tr::tr("bad allele table"));
            }
            static thread_local QByteArray inflated;
            const char *bytes = nullptr;
            if (form == DeflatedBytes) {
                const quint64 compressedSize = reader.universal();
                if (!reader.ok() || compressedSize > reader.remaining() / 8
                    || total > compressedSize * 1032 + 1024 || total > kMaximumRawSize)
                    return corrupt(Tr::tr("bad allele table"));
                QByteArray compressed(qsizetype(compressedSize), Qt::Uninitialized);
                for (qsizetype b = 0; b < compressed.size(); ++b)
                    compressed[b] = char(reader.get(8));
                inflated.resize(qsizetype(total));
                static thread_local std::unique_ptr<libdeflate_decompressor, DecompressorDeleter>
                        alleleDecompressor(libdeflate_alloc_decompressor());
                size_t actual = 0;
                if (libdeflate_deflate_decompress(alleleDecompressor.get(),
                                                  compressed.constData(),
                                                  size_t(compressed.size()),
                                                  inflated.data(),
                                                  size_t(total),
                                                  &actual)
                            != LIBDEFLATE_SUCCESS
                    || actual != total)
                    return corrupt(Tr::tr("bad allele table"));
                bytes = inflated.constData();
            } else if (form > DeflatedBytes || total > reader.remaining() / (packed ? 2 : 8)) {
                return corrupt(Tr::tr("bad allele table"));
            }
            if (!reader.ok())
                return corrupt(Tr::tr("bad allele table"));
            chunk.m_pairReferences.resize(pairs);
            chunk.m_pairAlternates.resize(pairs);
            for (size_t p = 0; p < pairs; ++p) {
                for (int side = 0; side < 2; ++side) {
                    QByteArray &allele
                            = side == 0 ? chunk.m_pairReferences[p] : chunk.m_pairAlternates[p];
                    const qsizetype length = qsizetype(numbers[side * pairs + p]);
                    allele.resize(length);
                    char *out = allele.data();
                    if (bytes) {
                        std::memcpy(out, bytes, size_t(length));
                        bytes += length;
                        continue;
                    }
                    for (qsizetype b = 0; b < length; ++b)
                        out[b] = packed ? kBases[reader.get(2)] : char(reader.get(8));
                }
                // The other allele of an anchored entry: the stored one's first base.
                if (encoding >= kEncodingGrouped && shapes[p] != Unanchored) {
                    const bool anchoredReference = shapes[p] == AnchoredReference;
                    const QByteArray &stored = anchoredReference ? chunk.m_pairReferences[p]
                                                                 : chunk.m_pairAlternates[p];
                    QByteArray &anchor = anchoredReference ? chunk.m_pairAlternates[p]
                                                           : chunk.m_pairReferences[p];
                    anchor.resize(1);
                    anchor.data()[0] = stored.at(0);
                }
            }
            numbers.resize(n);
        }
        if (!reader.ok())
            return corrupt(Tr::tr("truncated site table"));
    }
    chunk.m_pairReferences.resize(pairs);
    chunk.m_pairAlternates.resize(pairs);

    // Integer columns decoded so far that are not sums: references of ScaledMode columns.
    DecodedColumns decoded;
    decoded.values.assign(chunk.m_columns.size(), nullptr);
    // Encoding 5: a total column fills its parts (later columns) as it is read.
    decoded.pooled.assign(encoding >= kEncodingGrouped ? n : 0, 0);
    TotalTarget totals;
    totals.integers.assign(chunk.m_columns.size(), nullptr);
    totals.filled.assign(chunk.m_columns.size(), false);
    for (size_t c = 0; c < chunk.m_columns.size(); ++c) {
        Column &column = chunk.m_columns[c];
        if (column.type == FrequencyFieldType::Integer) {
            column.integers.resize(n);
            totals.integers[c] = column.integers.data();
        }
    }
    for (size_t c = 0; c < chunk.m_columns.size(); ++c) {
        Column &column = chunk.m_columns[c];
        switch (column.type) {
        case FrequencyFieldType::Integer: {
            if (totals.filled[c])
                break; // the part of a total, read with it
            const size_t pendingSums = context.sums.size();
            // Read in place as shifted numbers (value + 1, 0 = missing), then shifted back.
            static_assert(sizeof(qint64) == sizeof(quint64));
            auto *shifted = reinterpret_cast<quint64 *>(column.integers.data());
            if (!readSequence(reader,
                              shifted,
                              n,
                              &context,
                              c,
                              &integerColumns,
                              &decoded,
                              encoding,
                              &totals))
                return corrupt(Tr::tr("bad integer column"));
            if (context.sums.size() != pendingSums)
                break; // a sum: computed below
            bool outOfRange = false;
            if (encoding >= kEncodingGrouped && decoded.pools()) {
                // The same pass adds the values to the pooled reference (a column of 0s adds
                // nothing: the encoder leaves it out).
                // No sum here overflows unless the sum of the columns' largest values does,
                // which pooledColumn() checks: no check per site.
                quint64 *pooled = decoded.pooled.data();
                quint64 largest = 0;
                for (size_t i = 0; i < n; ++i) {
                    const quint64 value = shifted[i];
                    outOfRange |= value > kLargestShifted;
                    largest = std::max(largest, value);
                    pooled[i] += value;
                    column.integers[i] = qint64(value - 1);
                }
                decoded.pooledColumn(c, largest, false);
            } else {
                for (size_t i = 0; i < n; ++i) {
                    outOfRange |= shifted[i] > kLargestShifted;
                    // valueOfShifted(): 0 (missing) becomes -1 through the wrap-around.
                    column.integers[i] = qint64(shifted[i] - 1);
                }
            }
            if (outOfRange)
                return corrupt(Tr::tr("bad integer value"));
            decoded.values[c] = &column.integers;
            break;
        }
        case FrequencyFieldType::Float:
            column.floats.resize(n);
            if (encoding >= kEncodingPredicted) {
                if (!readSequence(reader, numbers.data(), n, &context))
                    return corrupt(Tr::tr("truncated float column"));
                for (size_t i = 0; i < n; ++i) {
                    if (numbers[i] > std::numeric_limits<quint32>::max())
                        return corrupt(Tr::tr("truncated float column"));
                    const quint32 bits = quint32(numbers[i]);
                    std::memcpy(&column.floats[i], &bits, sizeof bits);
                }
                break;
            }
            if (!reader.plausibleBits(32 * count))
                return corrupt(Tr::tr("truncated float column"));
            for (size_t i = 0; i < n; ++i) {
                const quint32 bits = quint32(reader.get(32));
                std::memcpy(&column.floats[i], &bits, sizeof bits);
            }
            break;
        case FrequencyFieldType::String: {
            const quint64 tableSize = reader.universal();
            if (!reader.ok() || !reader.plausibleBits(tableSize))
                return corrupt(Tr::tr("bad text table"));
            column.texts.resize(size_t(tableSize) + 1);
            column.texts[0] = QByteArray();
            for (size_t t = 1; t <= size_t(tableSize); ++t) {
                quint64 length = reader.universal();
                if (encoding >= kEncodingPredicted) {
                    if (length < kBuiltInTextCount) {
                        column.texts[t] = QByteArray(kBuiltInTexts[length]);
                        continue;
                    }
                    length -= kBuiltInTextCount;
                }
                if (!reader.ok() || length > reader.remaining() / 8)
                    return corrupt(Tr::tr("bad text table"));
                QByteArray &text = column.texts[t];
                text.resize(qsizetype(length));
                char *out = text.data();
                for (quint64 b = 0; b < length; ++b)
                    out[b] = char(reader.get(8));
            }
            if (!readSequence(reader, numbers.data(), n, &context))
                return corrupt(Tr::tr("bad text index"));
            column.textIndexes.resize(n);
            for (size_t i = 0; i < n; ++i) {
                if (numbers[i] > tableSize)
                    return corrupt(Tr::tr("bad text index"));
                column.textIndexes[i] = quint32(numbers[i]);
            }
            break;
        }
        }
        if (!reader.ok())
            return corrupt(Tr::tr("truncated column"));
    }
    if (!reader.atEnd())
        return corrupt(Tr::tr("trailing bytes"));

    // Sums last: their parts are decoded now (a part that is a sum itself is corrupt).
    std::vector<bool> &isSum = integerColumns; // reused: true = a sum column
    std::fill(isSum.begin(), isSum.end(), false);
    for (const PendingSum &sum : context.sums)
        isSum[sum.column] = true;
    std::vector<const std::vector<qint64> *> parts;
    for (const PendingSum &sum : context.sums) {
        parts.clear();
        for (size_t p = sum.firstPart; p < sum.firstPart + sum.partCount; ++p) {
            const int part = context.parts[p];
            if (isSum[size_t(part)])
                return corrupt(Tr::tr("bad sum column"));
            parts.push_back(&chunk.m_columns[size_t(part)].integers);
        }
        std::vector<qint64> &values = chunk.m_columns[sum.column].integers;
        derivedSums(parts, n, values.data());
        for (size_t e = sum.firstException; e < sum.firstException + sum.exceptionCount; ++e) {
            const auto &[site, code] = context.exceptions[e];
            const quint64 value = shiftedOf(values[site]) + unzigzag(code);
            if (value > kLargestShifted)
                return corrupt(Tr::tr("bad sum column"));
            values[site] = valueOfShifted(value);
        }
    }
    return {};
}

} // namespace Core
