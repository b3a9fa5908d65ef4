// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: decoding of frequency-cache chunk blobs (Core::FrequencyChunk::decode).
//
// Input layout: byte 0, bits 0-2: column count (0-7); bit 7 set: the rest after the column
// types is the *uncompressed* chunk payload, which this target deflates and wraps in a blob
// header (bit 6 set: as chunk encoding 2, the per-column codings of format version 2; clear:
// encoding 1), so that the fuzzer reaches the site table behind the compression; bit 5 set
// (with bit 7): the payload is the bit stream of chunk encoding 3 (format version 3), which
// this target wraps with its CRC-32 so that the fuzzer reaches the decoder behind the
// checksum (bit 4 also set: as chunk encoding 4, format version 4; bit 3 set: as chunk encoding 5,
// format version 5). Then one byte per column (type = byte % 3 + 1), then the blob (or payload).
#include "fuzzsupport.h"

#include <core/frequency/frequencychunk.h>

#include <libdeflate.h>

#include <cmath>
#include <cstdint>
#include <memory>

namespace {

struct CompressorDeleter
{
    void operator()(libdeflate_compressor *compressor) const
    {
        libdeflate_free_compressor(compressor);
    }
};

QByteArray wrap(const QByteArray &payload, char encoding)
{
    static std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor(
            libdeflate_alloc_compressor(1));
    QByteArray compressed(
            qsizetype(libdeflate_deflate_compress_bound(compressor.get(), size_t(payload.size()))),
            Qt::Uninitialized);
    const size_t written = libdeflate_deflate_compress(compressor.get(),
                                                       payload.constData(),
                                                       size_t(payload.size()),
                                                       compressed.data(),
                                                       size_t(compressed.size()));
    compressed.resize(qsizetype(written));
    // Layout of FORMAT.md: encoding byte (1 or 2), varint raw size, raw deflate stream.
    QByteArray blob(1, encoding);
    quint64 size = quint64(payload.size());
    while (size >= 0x80) {
        blob.append(char(quint8(size) | 0x80));
        size >>= 7;
    }
    blob.append(char(size));
    return blob + compressed;
}

/*!
 * Layout of FORMAT.md, encodings 3 to 5: the encoding byte, CRC-32 of the payload
 * (little-endian), payload.
 */
QByteArray wrapBitPacked(const QByteArray &payload, char encoding)
{
    const quint32 crc = quint32(libdeflate_crc32(0, payload.constData(), size_t(payload.size())));
    QByteArray blob(1, encoding);
    for (int i = 0; i < 4; ++i)
        blob.append(char(quint8(crc >> (8 * i))));
    return blob + payload;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const int columnCount = data[0] & 7;
    const bool payloadOnly = data[0] & 0x80;
    const char encoding = (data[0] & 0x40) ? 2 : 1; // of a payload: format version 2 or 1
    if (size < size_t(1 + columnCount))
        return 0;
    QList<Core::FrequencyFieldType> types;
    for (int i = 0; i < columnCount; ++i)
        types.append(Core::FrequencyFieldType(data[1 + i] % 3 + 1));
    QByteArray blob(reinterpret_cast<const char *>(data + 1 + columnCount),
                    qsizetype(size - 1 - size_t(columnCount)));
    if (payloadOnly && (data[0] & 0x20))
        blob = wrapBitPacked(blob, (data[0] & 0x08) ? 5 : (data[0] & 0x10) ? 4 : 3);
    else if (payloadOnly)
        blob = wrap(blob, encoding);

    const auto chunk = Core::FrequencyChunk::decode(blob, types);
    if (!chunk)
        return 0;
    quint64 sum = 0; // unsigned: wraps instead of overflowing
    qsizetype hint = 0;
    for (qsizetype site = 0; site < chunk->size(); ++site) {
        sum += quint64(chunk->position(site)) + chunk->reference(site).size()
               + chunk->alternate(site).size();
        for (int column = 0; column < chunk->columnCount(); ++column) {
            switch (chunk->columnType(column)) {
            case Core::FrequencyFieldType::Integer:
                sum += quint64(chunk->integer(site, column));
                break;
            case Core::FrequencyFieldType::Float:
                sum += std::isnan(chunk->floating(site, column)) ? 1 : 0;
                break;
            case Core::FrequencyFieldType::String:
                sum += chunk->text(site, column).size();
                break;
            }
        }
        sum += quint64(chunk->find(
                chunk->position(site), chunk->reference(site), chunk->alternate(site), &hint));
    }
    FuzzSupport::keep(sum);
    return 0;
}
