// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "../variant/rowchunks_p.h"
#include "frequencyannotation.h"
#include "frequencychunk.h"
#include "frequencystore.h"

#include <QHash>

#include <optional>
#include <utility>

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
    /*! Chunks decoded so far, by preload() and by lookup() (tests, diagnostics). */
    qint64 decodedChunks() const { return m_decodedChunks; }

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
            m_window = -1;
            m_current = &m_chunk;
            const Preloaded *preloaded = nullptr;
            for (size_t i = 0; i < m_preloadedCount && !preloaded; ++i) {
                if (m_preloaded[i].window == window && m_preloaded[i].contig == contig)
                    preloaded = &m_preloaded[i];
            }
            if (preloaded) {
                m_hasChunk = preloaded->hasChunk;
                m_current = &preloaded->chunk;
            } else {
                // One chunk object, decoded into again and again: no allocation per window.
                auto found = m_store.readChunk(m_source, contig, window, m_chunk);
                if (!found)
                    return found.error();
                m_hasChunk = found.value();
                m_decodedChunks += m_hasChunk ? 1 : 0;
            }
            m_window = window;
            m_hint = 0;
        }
        // A window without a chunk is a gap of the source (no site in 64 kb): it has no
        // data there, so the variant is not reported as absent from the source.
        if (!m_hasChunk) {
            match.status = FrequencyStatus::NoData;
            return match;
        }
        const qsizetype site = m_current->find(position, reference, alternate, &m_hint);
        if (site >= 0) {
            match.status = FrequencyStatus::Found;
            match.chunk = m_current;
            match.site = site;
        }
        return match;
    }

    /*!
     * Reads the chunks of these windows (normalised contig, window) and decodes them over
     * \a threads threads (the calling thread reads, every thread decodes), for the lookups
     * that follow: a batch of sorted input decodes its windows side by side instead of one
     * after the other. The windows of the previous preload are forgotten; lookups outside
     * the preloaded windows read and decode as before. Windows the source does not cover are
     * skipped. A window of the previous preload that is asked for again keeps its decoded
     * chunk (sorted input: a batch usually begins in the window where the previous one ended;
     * decoding it again was ~7% of the windows decoded on a genome). Invalidates the chunk of
     * earlier matches.
     */
    Result<void> preload(const std::vector<std::pair<QByteArray, qint64>> &windows, int threads)
    {
        m_window = -1; // the current chunk may be reused below
        // Entries [m_preloadedCount, previousCount) are the previous preload's, not yet kept.
        const size_t previousCount = m_preloadedCount;
        m_preloadedCount = 0;
        size_t fresh = 0; // chunks to decode
        for (const auto &[contig, window] : windows) {
            const auto it = m_coverage.constFind(contig);
            if (it == m_coverage.constEnd() || FrequencyChunk::windowOf(it->firstPosition) > window
                || FrequencyChunk::windowOf(it->lastPosition) < window)
                continue;
            if (m_preloadedCount == m_preloaded.size())
                m_preloaded.emplace_back(m_chunk);
            size_t previous = m_preloadedCount;
            while (previous < previousCount
                   && !(m_preloaded[previous].window == window
                        && m_preloaded[previous].contig == contig && !m_preloaded[previous].error))
                ++previous;
            if (previous < previousCount) {
                std::swap(m_preloaded[m_preloadedCount], m_preloaded[previous]);
                m_preloaded[m_preloadedCount++].kept = true;
                continue;
            }
            Preloaded &entry = m_preloaded[m_preloadedCount++];
            entry.contig = contig;
            entry.window = window;
            entry.kept = false;
            auto found = m_store.readChunkBlob(m_source, contig, window, entry.blob);
            if (!found)
                return found.error();
            entry.hasChunk = found.value();
            entry.error.reset();
            fresh += entry.hasChunk ? 1 : 0;
        }
        const JobContext job; // a batch is short; the caller checks its own job between them
        RowChunks::forEach(m_preloadedCount, threads, job, [this](size_t i, int) {
            Preloaded &entry = m_preloaded[i];
            if (!entry.hasChunk || entry.kept)
                return;
            auto decoded = m_store.decodeChunk(
                    m_source, entry.contig, entry.window, entry.blob, entry.chunk);
            if (!decoded)
                entry.error = decoded.error();
        });
        for (size_t i = 0; i < m_preloadedCount; ++i) {
            if (m_preloaded[i].error)
                return *m_preloaded[i].error;
        }
        m_decodedChunks += qint64(fresh);
        return {};
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
    struct Preloaded
    {
        explicit Preloaded(const FrequencyChunk &empty)
            : chunk(empty)
        {}
        QByteArray contig;
        qint64 window = -1;
        bool hasChunk = false;
        bool kept = false; // decoded by an earlier preload: not decoded again
        QByteArray blob;
        FrequencyChunk chunk;
        std::optional<Error> error;
    };
    FrequencyChunk m_chunk;
    const FrequencyChunk *m_current = &m_chunk;
    std::vector<Preloaded> m_preloaded; // kept between preloads: their buffers are reused
    size_t m_preloadedCount = 0;
    qint64 m_decodedChunks = 0;
    bool m_hasChunk = false;
    qsizetype m_hint = 0;
};

} // namespace Core
