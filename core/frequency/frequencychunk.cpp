// SPDX-License-Identifier: GPL-3.0-or-later
#include "frequencychunk.h"

#include "../common/tr.h"

#include <QHash>

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>

#include <libdeflate.h>

namespace Core {

namespace {

// Chunk encodings (first byte of a blob): 1 = format version 1 (every integer column
// delta-coded), 2 = format version 2 (a coding chosen per integer column; see FORMAT.md).
constexpr quint8 kEncodingDelta = 1;
constexpr quint8 kEncodingColumnCoded = 2;
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
 * The value a sum column takes at \a site from its parts: missing when a part is missing or
 * the sum overflows. Encoder and decoder share it, so the exceptions make the result exact.
 */
qint64 derivedSum(const std::vector<const std::vector<qint64> *> &parts, size_t site)
{
    qint64 sum = 0;
    for (const std::vector<qint64> *part : parts) {
        const qint64 value = (*part)[site];
        if (value < 0 || __builtin_add_overflow(sum, value, &sum))
            return FrequencyChunk::kMissing;
    }
    return sum;
}

Error corrupt(const QString &detail)
{
    return Error(Error::Code::MalformedRecord,
                 Tr::tr("a chunk of the frequency cache is corrupt (%1)").arg(detail));
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

QByteArray FrequencyChunk::encode(const std::vector<Sum> &sums) const
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
    // keeps the bytes exactly, however long (interned again: append() only merges runs).
    QHash<QByteArray, quint32> pairIds;
    std::vector<quint32> pairs; // site of the first use of each table entry
    std::vector<quint32> codes(n);
    for (size_t i = 0; i < n; ++i) {
        if (m_alleles[i] < kPairBase) {
            codes[i] = m_alleles[i];
            continue;
        }
        const QByteArray &ref = reference(qsizetype(i));
        const QByteArray &alt = alternate(qsizetype(i));
        QByteArray key;
        key.reserve(ref.size() + alt.size() + 1);
        key.append(ref).append('\t').append(alt);
        auto it = pairIds.constFind(key);
        if (it == pairIds.constEnd()) {
            it = pairIds.insert(key, quint32(pairs.size()));
            pairs.push_back(quint32(i));
        }
        codes[i] = kPairBase + it.value();
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
                for (size_t i = 0; i < n; ++i) {
                    if (derivedSum(parts, i) != column.integers[i]) {
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
        for (size_t i = 0; i < n; ++i)
            values[i] = derivedSum(parts, i);
        for (const auto &[site, value] : sum.exceptions)
            values[site] = valueOfShifted(value);
    }
    return {};
}

} // namespace Core
