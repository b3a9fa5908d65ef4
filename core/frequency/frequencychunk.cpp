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

constexpr quint8 kChunkEncoding = 1;
constexpr int kCompressionLevel = 6;
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

const QByteArray &singleBase(int code)
{
    static const QByteArray bases[4] = {QByteArray::fromRawData(kBases, 1),
                                        QByteArray::fromRawData(kBases + 1, 1),
                                        QByteArray::fromRawData(kBases + 2, 1),
                                        QByteArray::fromRawData(kBases + 3, 1)};
    return bases[code];
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

int compareSite(qint64 position,
                const QByteArray &reference,
                const QByteArray &alternate,
                qint64 otherPosition,
                const QByteArray &otherReference,
                const QByteArray &otherAlternate)
{
    if (position != otherPosition)
        return position < otherPosition ? -1 : 1;
    if (const int c = reference.compare(otherReference))
        return c;
    return alternate.compare(otherAlternate);
}

Error corrupt(const QString &detail)
{
    return Error(Error::Code::MalformedRecord,
                 Tr::tr("a chunk of the frequency cache is corrupt (%1)").arg(detail));
}

} // namespace

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
    m_references.push_back(reference);
    m_alternates.push_back(alternate);
    for (Column &column : m_columns) {
        switch (column.type) {
        case FrequencyFieldType::Integer:
            column.integers.push_back(kMissing);
            break;
        case FrequencyFieldType::Float:
            column.floats.push_back(std::numeric_limits<float>::quiet_NaN());
            break;
        case FrequencyFieldType::String:
            column.strings.emplace_back();
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
    Q_ASSERT(m_columns[size_t(column)].type == FrequencyFieldType::String);
    m_columns[size_t(column)].strings[size_t(site)] = value;
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
        if (m_references[size_t(index)] == reference && m_alternates[size_t(index)] == alternate)
            return index;
    }
    return -1;
}

QByteArray FrequencyChunk::encode() const
{
    Writer writer;
    const qsizetype count = size();
    writer.varint(quint64(count));
    writer.varint(quint64(m_columns.size()));

    qint64 previous = 0;
    for (qsizetype i = 0; i < count; ++i) {
        Q_ASSERT(i == 0
                 || compareSite(m_positions[size_t(i - 1)],
                                m_references[size_t(i - 1)],
                                m_alternates[size_t(i - 1)],
                                m_positions[size_t(i)],
                                m_references[size_t(i)],
                                m_alternates[size_t(i)])
                            < 0);
        writer.varint(quint64(m_positions[size_t(i)] - previous));
        previous = m_positions[size_t(i)];
    }

    // Alleles: single-base pairs as a 4-bit code, everything else through a pair table
    // that keeps the bytes exactly, however long.
    QHash<QByteArray, quint32> pairIds;
    QList<QByteArray> pairs;
    std::vector<quint32> codes(static_cast<size_t>(count));
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArray &reference = m_references[size_t(i)];
        const QByteArray &alternate = m_alternates[size_t(i)];
        const int r = reference.size() == 1 ? baseCode(reference.at(0)) : -1;
        const int a = alternate.size() == 1 ? baseCode(alternate.at(0)) : -1;
        if (r >= 0 && a >= 0) {
            codes[size_t(i)] = quint32(r * 4 + a);
            continue;
        }
        QByteArray key;
        key.reserve(reference.size() + alternate.size() + 1);
        key.append(reference).append('\t').append(alternate);
        auto it = pairIds.constFind(key);
        if (it == pairIds.constEnd()) {
            it = pairIds.insert(key, quint32(pairs.size()));
            pairs.append(key);
        }
        codes[size_t(i)] = 16 + it.value();
    }
    writer.varint(quint64(pairs.size()));
    for (const QByteArray &pair : std::as_const(pairs)) {
        const qsizetype tab = pair.indexOf('\t');
        writer.bytes(pair.left(tab));
        writer.bytes(pair.mid(tab + 1));
    }
    for (quint32 code : codes)
        writer.varint(code);

    for (const Column &column : m_columns) {
        switch (column.type) {
        case FrequencyFieldType::Integer: {
            // Values shifted by one (0 = missing), then delta-coded: AN barely changes from
            // one site to the next, and AC/nhomalt are mostly 0.
            qint64 last = 0;
            for (qint64 value : column.integers) {
                const qint64 shifted = value < 0 ? 0 : value + 1;
                writer.signedVarint(shifted - last);
                last = shifted;
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
            QList<QByteArray> table;
            std::vector<quint32> indexes;
            indexes.reserve(column.strings.size());
            for (const QByteArray &value : column.strings) {
                if (value.isEmpty()) {
                    indexes.push_back(0);
                    continue;
                }
                auto it = ids.constFind(value);
                if (it == ids.constEnd()) {
                    it = ids.insert(value, quint32(table.size()) + 1);
                    table.append(value);
                }
                indexes.push_back(it.value());
            }
            writer.varint(quint64(table.size()));
            for (const QByteArray &value : std::as_const(table))
                writer.bytes(value);
            for (quint32 index : indexes)
                writer.varint(index);
            break;
        }
        }
    }

    const QByteArray &raw = writer.data();
    std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor(
            libdeflate_alloc_compressor(kCompressionLevel));
    Q_ASSERT(compressor);
    const size_t bound = libdeflate_deflate_compress_bound(compressor.get(), size_t(raw.size()));
    Writer header;
    header.data().append(char(kChunkEncoding));
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
    if (blob.isEmpty())
        return corrupt(Tr::tr("empty blob"));
    if (quint8(blob.at(0)) != kChunkEncoding)
        return corrupt(Tr::tr("unknown chunk encoding %1").arg(int(quint8(blob.at(0)))));
    Reader header(blob.constData() + 1, size_t(blob.size() - 1));
    const quint64 rawSize = header.varint();
    if (!header.ok() || rawSize > kMaximumRawSize)
        return corrupt(Tr::tr("bad size"));
    const qsizetype offset = 1 + qsizetype(header.consumed());
    // Deflate expands at most 1032-fold: a larger claimed size is corrupt, and must not be
    // allocated (up to 2 GiB) before the data is even looked at.
    if (rawSize > quint64(blob.size() - offset) * 1032 + 1024)
        return corrupt(Tr::tr("bad size"));

    QByteArray raw(qsizetype(rawSize), Qt::Uninitialized);
    static thread_local std::unique_ptr<libdeflate_decompressor, DecompressorDeleter> decompressor(
            libdeflate_alloc_decompressor());
    size_t actual = 0;
    const libdeflate_result status = libdeflate_deflate_decompress(decompressor.get(),
                                                                   blob.constData() + offset,
                                                                   size_t(blob.size() - offset),
                                                                   raw.data(),
                                                                   size_t(raw.size()),
                                                                   &actual);
    if (status != LIBDEFLATE_SUCCESS || actual != rawSize)
        return corrupt(Tr::tr("the compressed data does not inflate"));

    Reader reader(raw.constData(), size_t(raw.size()));
    const quint64 count = reader.varint();
    const quint64 columns = reader.varint();
    if (!reader.plausibleCount(count, 1))
        return corrupt(Tr::tr("bad site count"));
    if (columns != quint64(types.size()))
        return corrupt(Tr::tr("%1 columns instead of %2").arg(columns).arg(types.size()));

    FrequencyChunk chunk(types);
    chunk.m_positions.resize(size_t(count));
    qint64 position = 0;
    for (quint64 i = 0; i < count; ++i) {
        // A corrupt delta must not overflow the position (undefined behaviour).
        const quint64 delta = reader.varint();
        if (delta > quint64(std::numeric_limits<qint64>::max() - position))
            return corrupt(Tr::tr("bad position"));
        position += qint64(delta);
        chunk.m_positions[size_t(i)] = position;
    }
    const quint64 pairCount = reader.varint();
    if (!reader.plausibleCount(pairCount, 2))
        return corrupt(Tr::tr("bad allele table"));
    std::vector<QByteArray> pairReferences(static_cast<size_t>(pairCount));
    std::vector<QByteArray> pairAlternates(static_cast<size_t>(pairCount));
    for (quint64 i = 0; i < pairCount; ++i) {
        pairReferences[size_t(i)] = reader.bytes();
        pairAlternates[size_t(i)] = reader.bytes();
    }
    chunk.m_references.resize(size_t(count));
    chunk.m_alternates.resize(size_t(count));
    for (quint64 i = 0; i < count; ++i) {
        const quint64 code = reader.varint();
        if (code < 16) {
            chunk.m_references[size_t(i)] = singleBase(int(code >> 2));
            chunk.m_alternates[size_t(i)] = singleBase(int(code & 3));
        } else if (code - 16 < pairCount) {
            chunk.m_references[size_t(i)] = pairReferences[size_t(code - 16)];
            chunk.m_alternates[size_t(i)] = pairAlternates[size_t(code - 16)];
        } else {
            return corrupt(Tr::tr("bad allele code"));
        }
    }
    if (!reader.ok())
        return corrupt(Tr::tr("truncated site table"));

    for (Column &column : chunk.m_columns) {
        switch (column.type) {
        case FrequencyFieldType::Integer: {
            column.integers.resize(size_t(count));
            qint64 last = 0;
            for (quint64 i = 0; i < count; ++i) {
                if (__builtin_add_overflow(last, reader.signedVarint(), &last))
                    return corrupt(Tr::tr("bad integer value"));
                column.integers[size_t(i)] = last <= 0 ? kMissing : last - 1;
            }
            break;
        }
        case FrequencyFieldType::Float:
            if (!reader.plausibleCount(count, 4))
                return corrupt(Tr::tr("truncated float column"));
            column.floats.resize(size_t(count));
            for (quint64 i = 0; i < count; ++i) {
                const quint32 bits = reader.raw32();
                std::memcpy(&column.floats[size_t(i)], &bits, sizeof bits);
            }
            break;
        case FrequencyFieldType::String: {
            const quint64 tableSize = reader.varint();
            if (!reader.plausibleCount(tableSize, 1))
                return corrupt(Tr::tr("bad text table"));
            std::vector<QByteArray> table(static_cast<size_t>(tableSize));
            for (QByteArray &value : table)
                value = reader.bytes();
            column.strings.resize(size_t(count));
            for (quint64 i = 0; i < count; ++i) {
                const quint64 index = reader.varint();
                if (index > tableSize)
                    return corrupt(Tr::tr("bad text index"));
                if (index > 0)
                    column.strings[size_t(i)] = table[size_t(index - 1)];
            }
            break;
        }
        }
        if (!reader.ok())
            return corrupt(Tr::tr("truncated column"));
    }
    if (!reader.atEnd())
        return corrupt(Tr::tr("trailing bytes"));
    return chunk;
}

} // namespace Core
