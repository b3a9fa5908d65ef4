// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/jobcontext.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace Core::RowChunks {

/*!
 * Rows per chunk: the unit of work handed to a thread, and how often the calling thread
 * looks at the job's cancel flag (a chunk of a genome takes well under a millisecond).
 */
constexpr size_t kRows = 65536;

/*! The thread count set by VariantQuery::setThreadCount() (0: QThread::idealThreadCount()). */
inline std::atomic<int> &configuredThreads()
{
    static std::atomic<int> threads{0};
    return threads;
}

inline int threadCount()
{
    const int configured = configuredThreads().load(std::memory_order_relaxed);
    return std::clamp(configured > 0 ? configured : QThread::idealThreadCount(), 1, 64);
}

inline size_t chunkCount(size_t rows)
{
    return (rows + kRows - 1) / kRows;
}

/*! Threads worth starting for \a chunks chunks of work. */
inline int threadsFor(size_t chunks)
{
    return int(std::min<size_t>(size_t(threadCount()), std::max<size_t>(chunks, 1)));
}

/*!
 * Calls work(chunk, worker) once for every chunk in [0, chunks), on \a threads threads: the
 * calling thread (worker 0) and threads - 1 helpers (workers 1...). Chunks are handed out in
 * increasing order as threads become free, so a thread that the machine starves does not hold
 * the others up. \a work must be safe to call from several threads at once for different
 * chunks; per-thread state goes by \a worker.
 *
 * Only the calling thread calls job.isCancelled() (before each chunk it takes: a JobContext's
 * cancel check need not be thread-safe); once it sees a cancel the helpers stop before their
 * next chunk. Returns false when cancelled: some chunks did not run.
 *
 * \a stopFlag, when given, is the flag the helpers watch (set when the calling thread sees a
 * cancel): for work that is long and checks a JobContext of its own in a helper. With
 * helpers, the calling thread looks once more after joining them.
 */
template<typename Work>
bool forEach(size_t chunks,
             int threads,
             const JobContext &job,
             const Work &work,
             std::atomic<bool> *stopFlag = nullptr)
{
    if (job.isCancelled())
        return false;
    std::atomic<size_t> next{0};
    std::atomic<bool> ownStop{false};
    std::atomic<bool> &stop = stopFlag ? *stopFlag : ownStop;
    const auto helper = [&](int worker) {
        while (!stop.load(std::memory_order_relaxed)) {
            const size_t chunk = next.fetch_add(1, std::memory_order_relaxed);
            if (chunk >= chunks)
                return;
            work(chunk, worker);
        }
    };
    std::vector<std::thread> helpers;
    const int helperCount = std::max(0, std::min(threads, int(std::min<size_t>(chunks, 64))) - 1);
    helpers.reserve(size_t(helperCount));
    for (int worker = 1; worker <= helperCount; ++worker)
        helpers.emplace_back(helper, worker);
    bool cancelled = false;
    for (bool first = true;; first = false) {
        if (!first && job.isCancelled()) {
            cancelled = true;
            stop.store(true, std::memory_order_relaxed);
            break;
        }
        const size_t chunk = next.fetch_add(1, std::memory_order_relaxed);
        if (chunk >= chunks)
            break;
        work(chunk, 0);
    }
    for (std::thread &thread : helpers)
        thread.join();
    // A cancel that came while the helpers finished the last chunks (after the calling
    // thread's last look) still makes the run incomplete.
    if (!cancelled && helperCount > 0 && job.isCancelled())
        cancelled = true;
    return !cancelled;
}

} // namespace Core::RowChunks
