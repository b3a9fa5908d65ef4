// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/jobcontext.h"
#include "variantstore.h"

#include <QSet>
#include <QString>

#include <functional>
#include <vector>

namespace Core {

class InheritanceAnalysis;

/*!
 * Conditions on the rows of a VariantStore; a default-constructed filter keeps every row.
 * Genotype conditions apply to sample \a sample (0-based column of the store).
 */
struct VariantFilter
{
    bool passOnly = false;
    double minimumQuality = -1; //!< QUAL; rows with missing QUAL fail when set
    int sample = 0;
    bool carriersOnly = false;        //!< the sample carries the ALT (het, hom-alt, hemizygous)
    int minimumDepth = -1;            //!< FORMAT/DP of the sample, reads
    int minimumGenotypeQuality = -1;  //!< FORMAT/GQ of the sample, phred
    double minimumAlleleBalance = -1; //!< in [0,1]
    QSet<VariantType> types;          //!< empty: all types
    QSet<QString> genes;              //!< HGNC symbols; empty: all genes
    /*! Keep consequences at least this severe (ConsequenceParser::severity rank); -1: all. */
    int maximumSeverityRank = -1;
    /*! Keep rows with any of these InheritanceAnalysis flags; 0: no condition. */
    int inheritanceFlags = 0;
    QString contig;   //!< either naming style; empty: all
    qint64 start = 0; //!< 1-based inclusive, with contig
    qint64 end = 0;   //!< 1-based inclusive, 0 = to the end
};

/*!
 * Filtering and sorting over a VariantStore without per-row objects: results are vectors of
 * row numbers, so a whole genome (5 million rows) filters and sorts in well under a second.
 * Texts (genes, consequences, FILTER) are compared by their interned ids, and sorting is a
 * stable counting sort (keys within 2^16, or few distinct keys) or radix sort of 64-bit keys.
 * To sort one store by a column again and again, see SortOrderCache.
 *
 * Work on large inputs is split in chunks of 65,536 rows over threadCount() threads: the
 * calling thread and helper threads it starts and joins before returning. Results are the
 * same as in one thread (filter results in input order, sorts stable).
 *
 * A sort keeps its key, row and radix buffers in the calling thread between calls (up to 28
 * bytes per row: about 140 MB for a genome, let go when a much smaller sort follows or the
 * thread ends), so that sorting a genome again does not allocate and fault in fresh memory.
 *
 * Every function takes a JobContext; only the calling thread checks it for cancellation,
 * before each chunk it takes (and between sort passes), and the helpers stop at their next
 * chunk: a cancelled call returns early with an incomplete result, which the caller drops
 * (check job.isCancelled()).
 *
 * Thread: any (the store is read-only).
 */
class VariantQuery final
{
public:
    enum class SortKey {
        Position, //!< karyotype order (1..22, X, Y, MT), then position
        Quality,
        Type,
        Filter,
        Gene,
        Severity, //!< most severe consequence first when ascending
        Depth,
        GenotypeQuality,
        AlleleBalance,
        Zygosity,
    };

    /*! Rows of \a store that pass \a filter, in store order. */
    static std::vector<quint32> filter(const VariantStore &store,
                                       const VariantFilter &filter,
                                       const InheritanceAnalysis *inheritance = nullptr,
                                       const JobContext &job = {});
    /*! The rows of \a candidates that pass \a filter, in the order of \a candidates. */
    static std::vector<quint32> filter(const VariantStore &store,
                                       const std::vector<quint32> &candidates,
                                       const VariantFilter &filter,
                                       const InheritanceAnalysis *inheritance = nullptr,
                                       const JobContext &job = {});

    /*! \a rows sorted by \a key (stable); genotype keys use \a sample. */
    static std::vector<quint32> sorted(const VariantStore &store,
                                       std::vector<quint32> rows,
                                       SortKey key,
                                       bool ascending,
                                       int sample = 0,
                                       const JobContext &job = {});

    /*!
     * \a rows sorted (stable) by \a value(row), for keys from outside the store (policy
     * decisions, population frequencies); rows whose value is NaN come last in either order.
     * \a value is called once per row, from the calling thread and from helper threads at the
     * same time (chunks of rows): it must only read data that nothing changes meanwhile (an
     * array filled before the call, the read-only store) and keep no unsynchronised cache. It
     * must not sort itself (the sort's buffers belong to the calling thread, see the class).
     */
    static std::vector<quint32> sortedBy(std::vector<quint32> rows,
                                         const std::function<double(quint32 row)> &value,
                                         bool ascending,
                                         const JobContext &job = {});

    /*! 0, 1, ..., store.size() - 1. */
    static std::vector<quint32> allRows(const VariantStore &store);

    /*!
     * Threads that filter(), sorted(), sortedBy() and FilterCascade::run() use for a large
     * input, the calling thread included: QThread::idealThreadCount() unless set.
     */
    static int threadCount();
    /*! Process-wide, for benchmarks and tests: \a threads (1: the calling thread only); 0: back to
     * the default. */
    static void setThreadCount(int threads);
};

} // namespace Core
