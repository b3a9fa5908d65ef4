// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "../vcf/genomebuild.h"
#include "frequencychunk.h"
#include "frequencysource.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Core {

/*! The span of one contig that a source has data for: 1-based, inclusive. */
struct FrequencyCoverage
{
    QByteArray contig; //!< normalised name (see normalizedContigName())
    qint64 firstPosition = 0;
    qint64 lastPosition = 0;
    qint64 siteCount = 0;
};

/*!
 * A local cache of population frequencies: one SQLite file (`.gdfreq`, layout in
 * core/frequency/FORMAT.md) with the sources' metadata and their sites in position-ordered,
 * compressed chunks of 64 kb windows, so that a sorted case is annotated by a merge.
 *
 * Written through SourceWriter (one SQL transaction per imported source: a failed, cancelled
 * or killed import leaves the previous content intact) and removeSource().
 *
 * Uses SQLite's C API directly (not Qt Sql) for blob access without copies and exact control
 * of transactions. Thread safety: one FrequencyStore per thread; open the file again in
 * another thread. Several processes may read one cache; SQLite serialises writers.
 */
class FrequencyStore final
{
public:
    static constexpr int kFormatVersion = 5;
    /*! The oldest format version this version reads (and upgrades when writing). */
    static constexpr int kOldestReadableFormatVersion = 1;

    enum class OpenMode {
        ReadOnly,  //!< the file must exist; nothing is written
        ReadWrite, //!< created when missing
    };

    /*!
     * Opens (or creates) the cache at \a path. Refuses, with a message naming the file, a
     * file that is not SQLite, a truncated or corrupt one, a SQLite file that is not a
     * GenomeDesk frequency cache, and a newer format version.
     */
    static Result<std::unique_ptr<FrequencyStore>> open(const QString &path,
                                                        OpenMode mode = OpenMode::ReadOnly);
    ~FrequencyStore();
    FrequencyStore(const FrequencyStore &) = delete;
    FrequencyStore &operator=(const FrequencyStore &) = delete;

    QString path() const { return m_path; }
    int formatVersion() const { return m_formatVersion; }
    /*! The assembly of every source in the cache; Unknown while the cache is empty. */
    GenomeBuild build() const { return m_build; }
    /*! When the cache file was created (UTC). */
    QDateTime created() const { return m_created; }
    /*! Size of the file in bytes. */
    qint64 fileSize() const;

    const QList<FrequencySource> &sources() const { return m_sources; }
    /*! The source called \a name, or null. */
    const FrequencySource *source(const QString &name) const;
    /*! The contigs with data of \a source, sorted by name. */
    QList<FrequencyCoverage> coverage(const FrequencySource &source) const;
    /*! Number of chunks and their compressed bytes for \a source. */
    std::pair<qint64, qint64> chunkStatistics(const FrequencySource &source) const;

    /*!
     * Refuses (Error::Code::InvalidArgument, naming both builds) when the case was aligned
     * to another build than this cache. An Unknown build on either side is accepted.
     */
    Result<void> checkBuild(GenomeBuild caseBuild) const;

    /*!
     * The sites of \a source in window \a window of the normalised \a contig; an empty
     * optional when the source has no sites there. An Error names the file when the chunk
     * cannot be read or decoded.
     */
    Result<std::optional<FrequencyChunk>>
    chunk(const FrequencySource &source, const QByteArray &contig, qint64 window) const;

    /*!
     * Like chunk(), into \a chunk (of the source's field types), reusing its buffers: false
     * when the source has no sites in the window.
     */
    Result<bool> readChunk(const FrequencySource &source,
                           const QByteArray &contig,
                           qint64 window,
                           FrequencyChunk &chunk) const;
    /*!
     * readChunk() in two steps, so that other threads can decode: the encoded chunk into
     * \a blob (false when the source has no sites in the window; uses the connection, so one
     * thread at a time), then decodeChunk() (any thread; does not touch the connection).
     */
    Result<bool> readChunkBlob(const FrequencySource &source,
                               const QByteArray &contig,
                               qint64 window,
                               QByteArray &blob) const;
    Result<void> decodeChunk(const FrequencySource &source,
                             const QByteArray &contig,
                             qint64 window,
                             const QByteArray &blob,
                             FrequencyChunk &chunk) const;

    /*!
     * While a ReadScope lives, every read of this store (on this thread) runs in one read
     * transaction: one consistent snapshot, and no file locking per chunk. Scopes nest; a
     * scope opened while this connection writes (SourceWriter) does nothing.
     */
    class ReadScope
    {
    public:
        explicit ReadScope(const FrequencyStore &store);
        ~ReadScope();
        ReadScope(const ReadScope &) = delete;
        ReadScope &operator=(const ReadScope &) = delete;

    private:
        const FrequencyStore &m_store;
        bool m_began = false;
    };

    /*! The windows of \a source on \a contig that hold sites, ascending. */
    QList<qint64> windows(const FrequencySource &source, const QByteArray &contig) const;

    /*! Removes \a name and all its sites in one transaction. */
    Result<void> removeSource(const QString &name);

    /*!
     * Writes one source in one SQL transaction. begin() replaces an existing source of the
     * same name (the old version stays visible to readers and on disk until commit());
     * destroying the writer without commit() rolls everything back.
     */
    class SourceWriter
    {
    public:
        ~SourceWriter();
        SourceWriter(const SourceWriter &) = delete;
        SourceWriter &operator=(const SourceWriter &) = delete;

        /*!
         * Stores the sites of one window; \a chunk must not be empty. The chunk is encoded
         * and inserted by the writer's encoder thread, in the order given, while the caller
         * reads on: an error of an earlier chunk is returned by a later call (or commit()).
         */
        Result<void> writeChunk(const QByteArray &contig, qint64 window, FrequencyChunk chunk);
        /*! Records the span of \a coverage.contig that the source covers. */
        Result<void> writeCoverage(const FrequencyCoverage &coverage);
        /*! Sets the counts and commits. */
        Result<void> commit(qint64 recordCount, qint64 siteCount);

    private:
        friend class FrequencyStore;
        explicit SourceWriter(FrequencyStore *store);
        Result<void>
        insertBlob(const QByteArray &contig, qint64 window, qint64 sites, const QByteArray &blob);

        class Encoder;
        FrequencyStore *m_store;
        qint64 m_sourceId = 0;
        bool m_open = false;
        std::unique_ptr<sqlite3_stmt, void (*)(sqlite3_stmt *)> m_insertChunk;
        std::vector<FrequencyChunk::Sum> m_sums;
        std::unique_ptr<Encoder> m_encoder; // declared last: stopped first
    };

    /*!
     * Starts writing \a source (its metadata, populations and fields are stored now).
     * Refuses a source whose assembly differs from the cache's build.
     */
    Result<std::unique_ptr<SourceWriter>> beginSource(const FrequencySource &source);

private:
    explicit FrequencyStore(QString path);
    Result<void> initialise(OpenMode mode);
    Result<void> loadMetadata();
    Result<void> upgradeFormat();
    Error sqlError(const QString &what) const;
    /*! Calls use(data, size) -> Result<void> with the chunk's bytes while the row is current. */
    template<typename Use>
    Result<bool> readChunkData(const FrequencySource &source,
                               const QByteArray &contig,
                               qint64 window,
                               const Use &use) const;

    QString m_path;
    sqlite3 *m_database = nullptr;
    int m_formatVersion = kFormatVersion;
    GenomeBuild m_build = GenomeBuild::Unknown;
    QDateTime m_created;
    QList<FrequencySource> m_sources;
    mutable sqlite3_stmt *m_chunkStatement = nullptr;
    mutable int m_readScopes = 0;
};

} // namespace Core
