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
    const QByteArray &reference(qsizetype site) const { return m_references[size_t(site)]; }
    const QByteArray &alternate(qsizetype site) const { return m_alternates[size_t(site)]; }
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
        return m_columns[size_t(column)].strings[size_t(site)];
    }

    /*!
     * Appends a site with all values missing; the caller sets them with setInteger() and
     * friends. Sites must be appended in sorted order (asserted when encoding).
     */
    qsizetype append(qint64 position, const QByteArray &reference, const QByteArray &alternate);
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

    /*! The compressed blob stored in the cache (layout in FORMAT.md). */
    QByteArray encode() const;
    /*!
     * Decodes a blob written by encode() for a source whose fields have \a types. Returns an
     * Error (code MalformedRecord) when the blob is truncated or inconsistent.
     */
    static Result<FrequencyChunk> decode(const QByteArray &blob,
                                         const QList<FrequencyFieldType> &types);

private:
    struct Column
    {
        FrequencyFieldType type = FrequencyFieldType::Integer;
        std::vector<qint64> integers;
        std::vector<float> floats;
        std::vector<QByteArray> strings;
    };

    std::vector<qint64> m_positions;
    std::vector<QByteArray> m_references;
    std::vector<QByteArray> m_alternates;
    std::vector<Column> m_columns;
};

} // namespace Core
