// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace Core {

/*!
 * How a long-running core function reports progress and learns that it was cancelled.
 *
 * The caller owns the context; the worker calls setProgress() from its own thread and
 * polls isCancelled(). cancel() may be called from any thread. The progress callback runs
 * in the worker's thread: a GUI forwards it through QPromise or a queued signal.
 */
class JobContext
{
public:
    using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

    JobContext() = default;
    explicit JobContext(ProgressCallback callback)
        : m_callback(std::move(callback))
    {}

    /*! Adds an external cancel source, such as QPromise::isCanceled(); called by the worker. */
    void setCancelCheck(std::function<bool()> check) { m_cancelCheck = std::move(check); }

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const
    {
        return m_cancelled.load(std::memory_order_relaxed) || (m_cancelCheck && m_cancelCheck());
    }

    /*! Reports \a done of \a total units (bytes, records); total 0 means unknown. */
    void setProgress(qint64 done, qint64 total) const
    {
        if (m_callback)
            m_callback(done, total);
    }

private:
    ProgressCallback m_callback;
    std::function<bool()> m_cancelCheck;
    std::atomic<bool> m_cancelled{false};
};

} // namespace Core
