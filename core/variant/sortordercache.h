// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/jobcontext.h"
#include "variantquery.h"

#include <QMutex>

#include <functional>
#include <list>
#include <memory>
#include <vector>

namespace Core {

/*!
 * Sorts rows of one VariantStore by remembering, per column sorted by, the stable ascending
 * order of all the store's rows and where its runs of equal keys start. Sorting a subset again
 * (the other direction, another filter result) is then one pass over that order, keeping the
 * rows of the subset: a genome re-sorts in a few tens of milliseconds instead of a full sort.
 *
 * The results are those of VariantQuery::sorted() and VariantQuery::sortedBy(): stable, and
 * for sortedBy() rows without a value (NaN) last in either direction. Descending walks the
 * runs of equal keys from the last to the first and keeps each run in row order, which is
 * what the stable sort gives for rows in store order. Rows not in store order (or not of the
 * store) are sorted without the cache.
 *
 * The first sort by a column sorts all rows of the store (a little more than the subset costs)
 * and keeps 4 bytes per row and one bit per row (a genome: about 21 MB). At most
 * maximumOrders() orders are kept; the least recently used goes first.
 *
 * The store must not change while the cache is used (it is shared read-only, see
 * VariantStore). Values from outside the store (sortedBy) are known by an id that the owner
 * chooses: it must drop the cache (or use a new one) when the values of an id change.
 *
 * Thread: any; calls from several threads at once are safe (a mutex guards the orders; a
 * missing order is built outside it, so two threads may build the same order once each).
 */
class SortOrderCache final
{
public:
    explicit SortOrderCache(std::shared_ptr<const VariantStore> store, int maximumOrders = 4);
    ~SortOrderCache();
    SortOrderCache(const SortOrderCache &) = delete;
    SortOrderCache &operator=(const SortOrderCache &) = delete;

    const VariantStore *store() const { return m_store.get(); }
    int maximumOrders() const { return m_maximumOrders; }

    /*! As VariantQuery::sorted(*store(), rows, ...); a cancelled job gives an incomplete result. */
    std::vector<quint32> sorted(std::vector<quint32> rows,
                                VariantQuery::SortKey key,
                                bool ascending,
                                int sample = 0,
                                const JobContext &job = {});

    /*!
     * As VariantQuery::sortedBy(rows, value, ascending): \a values() gives the value of every
     * row of the store (index = row; NaN: none) and is called, in the calling thread, only
     * when the order of \a valuesId is not kept yet.
     */
    std::vector<quint32> sortedBy(std::vector<quint32> rows,
                                  quint64 valuesId,
                                  const std::function<std::vector<double>()> &values,
                                  bool ascending,
                                  const JobContext &job = {});

    /*! Orders kept now (for tests and benchmarks). */
    int orderCount() const;
    /*! Bytes held by the kept orders. */
    qint64 memoryUsage() const;
    void clear();
    /*! Drops the orders of sortedBy() (all ids), e.g. when the values behind the ids change. */
    void clearValues();

    struct Order;

private:
    struct Entry;
    std::shared_ptr<const Order> find(qint64 kind, int sample, quint64 valuesId);
    void keep(qint64 kind, int sample, quint64 valuesId, std::shared_ptr<const Order> order);

    std::shared_ptr<const VariantStore> m_store;
    int m_maximumOrders = 4;
    mutable QMutex m_mutex;
    std::list<Entry> m_entries; //!< most recently used first
};

} // namespace Core
