// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "frequencysource.h"

#include <QByteArray>
#include <QList>

#include <cmath>
#include <vector>

namespace Core {

/*!
 * The sites of one source in one window of one contig (positions [w * 65536, (w+1) * 65536)),
 * decoded into columns: the unit in which a cache stores and reads sites (see FORMAT.md).
 *
 * Sites are sorted by position, then REF, then ALT; each (position, REF, ALT) occurs once.
 * Positions are 1-based (VCF POS) after allele normalisation (see SitesVcfImporter). REF and
 * ALT are kept exactly, however long. Column c holds field c of the source.
 *
 * A value type; not thread-safe for writing, safe to read from several threads.
 */
class FrequencyChunk
{
public:
    static constexpr int kWindowBits = 16;
    static constexpr qint64 kMissing = -1; //!< a missing integer value

    static qint64 windowOf(qint64 position) { return position >> kWindowBits; }

    explicit FrequencyChunk(const QList<FrequencyFieldType> &types = {});

    qsizetype size() const { return qsizetype(m_positions.size()); }
    int columnCount() const { return int(m_columns.size()); }
    FrequencyFieldType columnType(int column) const { return m_columns[size_t(column)].type; }

    qint64 position(qsizetype site) const { return m_positions[size_t(site)]; }
    const QByteArray &reference(qsizetype site) const
    {
        const quint32 code = m_alleles[size_t(site)];
        return code < kPairBase ? singleBase(int(code >> 2)) : m_pairReferences[code - kPairBase];
    }
    const QByteArray &alternate(qsizetype site) const
    {
        const quint32 code = m_alleles[size_t(site)];
        return code < kPairBase ? singleBase(int(code & 3)) : m_pairAlternates[code - kPairBase];
    }
    /*! Integer value, or kMissing. */
    qint64 integer(qsizetype site, int column) const
    {
        return m_columns[size_t(column)].integers[size_t(site)];
    }
    /*! Float value, NaN when missing. */
    float floating(qsizetype site, int column) const
    {
        return m_columns[size_t(column)].floats[size_t(site)];
    }
    /*! Text value, empty when missing. */
    const QByteArray &text(qsizetype site, int column) const
    {
        const Column &entry = m_columns[size_t(column)];
        return entry.texts[entry.textIndexes[size_t(site)]];
    }

    /*!
     * Appends a site with all values missing; the caller sets them with setInteger() and
     * friends. Sites must be appended in sorted order (asserted when encoding). The chunk
     * keeps deep copies of the alleles and texts it is given (views are fine).
     */
    qsizetype append(qint64 position, const QByteArray &reference, const QByteArray &alternate);
    /*! Room for \a sites sites in every column, so appending them allocates nothing more. */
    void reserve(qsizetype sites);
    void setInteger(qsizetype site, int column, qint64 value);
    void setFloat(qsizetype site, int column, float value);
    void setText(qsizetype site, int column, const QByteArray &value);

    /*!
     * The site with exactly this position, REF and ALT, or -1. Searches forward from \a hint
     * (the result of the previous call for a sorted query; 0 to start) and falls back to a
     * binary search, so a sorted stream of lookups costs one pass over the chunk.
     */
    qsizetype find(qint64 position,
                   const QByteArray &reference,
                   const QByteArray &alternate,
                   qsizetype *hint = nullptr) const;

    /*!
     * Integer column \a column is (usually) the sum of the integer columns \a parts at every
     * site, as AC/AN/nhomalt of a whole source are the sums over its populations: encode()
     * then stores only the sites where it is not (exactly). Parts must not be sums themselves.
     */
    struct Sum
    {
        int column = -1;
        std::vector<int> parts;
    };

    /*! Chunk encodings (the first byte of a blob; layouts in FORMAT.md). */
    enum class Encoding : quint8 {
        Deflated = 2,  //!< format version 2: per-column codings, then DEFLATE
        BitPacked = 3, //!< format version 3: per-column Rice codes, no DEFLATE
        Predicted = 4, //!< format version 4: as 3, AN predicted from another group's
        Grouped = 5,   //!< format version 5: as 4, group counts given their total (current)
    };
    /*!
     * The most sites a bit-packed chunk holds (a window has 65,536 positions); a larger chunk
     * is encoded Deflated.
     */
    static constexpr qsizetype kMaximumBitPackedSites = qsizetype(1) << 20;

    /*!
     * The blob stored in the cache (layout in FORMAT.md), in the current encoding unless
     * \a encoding says otherwise (older encodings are for tests and comparisons).
     */
    QByteArray encode(const std::vector<Sum> &sums = {},
                      Encoding encoding = Encoding::Grouped) const;
    /*!
     * Decodes a blob written by encode() (any encoding this version reads) for a source whose
     * fields have \a types. Returns an Error (code MalformedRecord) when the blob is truncated
     * or inconsistent.
     */
    static Result<FrequencyChunk> decode(const QByteArray &blob,
                                         const QList<FrequencyFieldType> &types);
    /*!
     * Like decode(), into \a chunk, reusing its buffers (no allocation once they are large
     * enough): for reading many chunks in a row. \a chunk is unspecified after an error.
     */
    static Result<void> decode(const char *blob,
                               qsizetype size,
                               const QList<FrequencyFieldType> &types,
                               FrequencyChunk &chunk);

private:
    // Allele codes: 0-15 = single-base REF * 4 + ALT over ACGT, kPairBase + i = pair i.
    static constexpr quint32 kPairBase = 16;
    static const QByteArray &singleBase(int code);
    QByteArray encodeDeflated(const std::vector<Sum> &sums) const;
    QByteArray encodeBitPacked(const std::vector<Sum> &sums, int encoding) const;

    // The pair table that the encodings write: the chunk's multi-base alleles interned again
    // by their bytes (append() only merges runs), entries in order of first use.
    struct PairTable
    {
        std::vector<qint64> entryOfSite; // -1: a single-base code (m_alleles)
        std::vector<quint32> firstSite;  // per entry, the site of its first use
    };
    PairTable pairTable() const;
    static Result<void> decodeBitPacked(int encoding,
                                        const char *data,
                                        size_t size,
                                        const QList<FrequencyFieldType> &types,
                                        FrequencyChunk &chunk);

    struct Column
    {
        FrequencyFieldType type = FrequencyFieldType::Integer;
        std::vector<qint64> integers;
        std::vector<float> floats;
        std::vector<quint32> textIndexes; // into texts; texts[0] is the empty (missing) text
        std::vector<QByteArray> texts = std::vector<QByteArray>(1);
    };

    std::vector<qint64> m_positions;
    std::vector<quint32> m_alleles;
    std::vector<QByteArray> m_pairReferences;
    std::vector<QByteArray> m_pairAlternates;
    std::vector<Column> m_columns;
};

} // namespace Core
