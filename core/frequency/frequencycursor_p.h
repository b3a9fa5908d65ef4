// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "frequencyannotation.h"
#include "frequencychunk.h"
#include "frequencystore.h"

#include <QHash>

#include <optional>

namespace Core {

/*!
 * Walks the chunks of one source for a (mostly) sorted stream of variants: each window is
 * read and decoded once while the stream stays in it, and sites are matched by a forward scan.
 * Unsorted input stays correct; it only reloads chunks.
 *
 * Regions: a variant is NoData when its contig is not in the source, when it lies outside the
 * first-to-last-site span of the contig, or when its 64 kb window has no chunk (a gap of the
 * source, e.g. between the exons of an exome source or over an unsequenced region); it is
 * NotFound only when the source has sites in its window.
 */
class FrequencyCursor
{
public:
    FrequencyCursor(const FrequencyStore &store, FrequencySource source)
        : m_store(store)
        , m_readScope(store)
        , m_source(std::move(source))
    {
        QList<FrequencyFieldType> types;
        for (const FrequencyField &field : m_source.fields)
            types.append(field.type);
        m_chunk = FrequencyChunk(types);
        for (const FrequencyCoverage &coverage : store.coverage(m_source))
            m_coverage.insert(coverage.contig, coverage);
    }

    const FrequencySource &source() const { return m_source; }

    struct Match
    {
        FrequencyStatus status = FrequencyStatus::NoData;
        const FrequencyChunk *chunk = nullptr;
        qsizetype site = -1;
    };

    /*! \a contig normalised, alleles normalised (SitesVcfImporter::normalizeAlleles()). */
    Result<Match> lookup(const QByteArray &contig,
                         qint64 position,
                         const QByteArray &reference,
                         const QByteArray &alternate)
    {
        Match match;
        if (contig != m_contig) {
            m_contig = contig;
            const auto it = m_coverage.constFind(contig);
            m_currentCoverage = it == m_coverage.constEnd() ? nullptr : &it.value();
            m_window = -1;
            m_hasChunk = false;
        }
        if (!m_currentCoverage || position < m_currentCoverage->firstPosition
            || position > m_currentCoverage->lastPosition)
            return match;
        match.status = FrequencyStatus::NotFound;
        const qint64 window = FrequencyChunk::windowOf(position);
        if (window != m_window) {
            // One chunk object, decoded into again and again: no allocation per window.
            m_window = -1;
            auto found = m_store.readChunk(m_source, contig, window, m_chunk);
            if (!found)
                return found.error();
            m_hasChunk = found.value();
            m_window = window;
            m_hint = 0;
        }
        // A window without a chunk is a gap of the source (no site in 64 kb): it has no
        // data there, so the variant is not reported as absent from the source.
        if (!m_hasChunk) {
            match.status = FrequencyStatus::NoData;
            return match;
        }
        const qsizetype site = m_chunk.find(position, reference, alternate, &m_hint);
        if (site >= 0) {
            match.status = FrequencyStatus::Found;
            match.chunk = &m_chunk;
            match.site = site;
        }
        return match;
    }

private:
    const FrequencyStore &m_store;
    // One read transaction while the cursor lives (no locking and fstat per chunk).
    FrequencyStore::ReadScope m_readScope;
    FrequencySource m_source;
    QHash<QByteArray, FrequencyCoverage> m_coverage;
    const FrequencyCoverage *m_currentCoverage = nullptr;
    QByteArray m_contig;
    qint64 m_window = -1;
    FrequencyChunk m_chunk;
    bool m_hasChunk = false;
    qsizetype m_hint = 0;
};

} // namespace Core
