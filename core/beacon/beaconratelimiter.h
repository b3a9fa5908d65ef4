// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>

namespace Core {

/*!
 * Per-client request rate limit of the Beacon server: one token bucket per client (see
 * clientOf(): an IPv4 address, or an IPv6 /64 network).
 * A client may send \c burst requests at once and \c requestsPerSecond requests per second
 * sustained; a rate of 0 turns the limit off.
 *
 * Memory is bounded: a bucket that has refilled completely is the same as no bucket and is
 * dropped by a sweep (at most once a minute, and whenever the table is full); when the table
 * still holds \c maximumClients buckets, the one idle longest is evicted for the new client.
 * Not thread-safe: used in the server's thread.
 */
class BeaconRateLimiter final
{
public:
    static constexpr int kDefaultMaximumClients = 10000;

    BeaconRateLimiter(double requestsPerSecond,
                      int burst,
                      int maximumClients = kDefaultMaximumClients);

    /*! The verdict on one request. */
    struct Decision
    {
        bool allowed = true;
        int retryAfterSeconds = 0; //!< whole seconds until a token is back (>= 1 when refused)
        bool firstRefusal = false; //!< the first refusal since the client was last allowed
    };

    /*!
     * The client that limits count against for a connection from \a peer: an IPv4 address as
     * it is (also when mapped into IPv6), loopback as it is, and any other IPv6 address by its
     * /64 network, since one host or site holds a whole /64 and may use any address in it.
     */
    static QHostAddress clientOf(const QHostAddress &peer);
    /*! \a client (a clientOf() value) as logs show it: "192.0.2.3", "2001:db8:1:2::/64". */
    static QString label(const QHostAddress &client);

    /*! Takes one token for clientOf(\a client) now (a monotonic clock owned by the limiter). */
    Decision take(const QHostAddress &client);
    /*! The same at \a nowMilliseconds of a monotonic clock (for tests). */
    Decision take(const QHostAddress &client, qint64 nowMilliseconds);

    bool isEnabled() const { return m_requestsPerSecond > 0; }
    /*! Buckets currently held. */
    qsizetype clientCount() const { return m_buckets.size(); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updated = 0;
        bool refusing = false;
    };
    void sweep(qint64 now);

    double m_requestsPerSecond;
    int m_burst;
    int m_maximumClients;
    QHash<QHostAddress, Bucket> m_buckets;
    QElapsedTimer m_clock;
    qint64 m_lastSweep = 0;
};

} // namespace Core
