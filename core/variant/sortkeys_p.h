// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "variantquery.h"

#include <vector>

namespace Core::SortKeys {

/*!
 * Sets \a keys to the keys VariantQuery::sorted() sorts \a rows by, one per row (same order as
 * \a rows): their unsigned order is the order of \a key, ascending; descending inverts every
 * key. Chunks over threads; a cancelled job leaves some keys unset (the caller drops the
 * result).
 */
void of(const VariantStore &store,
        const std::vector<quint32> &rows,
        VariantQuery::SortKey key,
        bool ascending,
        int sample,
        const JobContext &job,
        std::vector<quint64> &keys);

/*!
 * The calling thread's buffer of \a count row numbers that sorts write their result to and
 * then swap with the rows they were given (kept between sorts; contents unspecified).
 */
std::vector<quint32> &rowBuffer(size_t count);

/*! The calling thread's key buffer of \a count keys (like rowBuffer()). */
std::vector<quint64> &keyBuffer(size_t count);

/*!
 * Sorts \a rows by \a keys (same length, unsigned order), stable; \a keys are consumed. With
 * \a groupStarts, which needs \a rows to be 0, 1, ..., count - 1: sets bit i of it when the
 * i-th row of the result starts a run of equal keys.
 */
void sortRows(std::vector<quint64> &keys,
              std::vector<quint32> &rows,
              const JobContext &job,
              std::vector<quint64> *groupStarts = nullptr);

} // namespace Core::SortKeys
