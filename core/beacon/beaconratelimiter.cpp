// SPDX-License-Identifier: GPL-3.0-or-later
#include "beaconratelimiter.h"

#include <algorithm>
#include <cmath>

namespace Core {

namespace {
constexpr qint64 kSweepMilliseconds = 60 * 1000;
}

BeaconRateLimiter::BeaconRateLimiter(double requestsPerSecond, int burst, int maximumClients)
    : m_requestsPerSecond(std::max(0.0, requestsPerSecond))
    , m_burst(std::max(1, burst))
    , m_maximumClients(std::max(1, maximumClients))
{
    m_clock.start();
}

QHostAddress BeaconRateLimiter::clientOf(const QHostAddress &peer)
{
    bool isIpv4 = false;
    const quint32 ipv4 = peer.toIPv4Address(&isIpv4);
    if (isIpv4)
        return QHostAddress(ipv4);
    if (peer.protocol() != QAbstractSocket::IPv6Protocol || peer.isLoopback())
        return peer;
    Q_IPV6ADDR network = peer.toIPv6Address();
    std::fill(network.c + 8, network.c + 16, quint8(0));
    return QHostAddress(network);
}

QString BeaconRateLimiter::label(const QHostAddress &client)
{
    if (client.protocol() == QAbstractSocket::IPv6Protocol && !client.isLoopback())
        return client.toString() + QStringLiteral("/64");
    return client.toString();
}

BeaconRateLimiter::Decision BeaconRateLimiter::take(const QHostAddress &client)
{
    return take(client, m_clock.elapsed());
}

BeaconRateLimiter::Decision BeaconRateLimiter::take(const QHostAddress &peer,
                                                    qint64 nowMilliseconds)
{
    if (!isEnabled())
        return {};
    const QHostAddress client = clientOf(peer);
    if (nowMilliseconds - m_lastSweep >= kSweepMilliseconds)
        sweep(nowMilliseconds);
    auto it = m_buckets.find(client);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maximumClients) {
            sweep(nowMilliseconds);
            if (m_buckets.size() >= m_maximumClients) {
                auto oldest = std::min_element(m_buckets.begin(),
                                               m_buckets.end(),
                                               [](const Bucket &left, const Bucket &right) {
                                                   return left.updated < right.updated;
                                               });
                m_buckets.erase(oldest);
            }
        }
        it = m_buckets.insert(client, Bucket{double(m_burst), nowMilliseconds, false});
    }
    Bucket &bucket = it.value();
    const double refilled = double(std::max<qint64>(0, nowMilliseconds - bucket.updated))
                            * m_requestsPerSecond / 1000.0;
    bucket.tokens = std::min(double(m_burst), bucket.tokens + refilled);
    bucket.updated = nowMilliseconds;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        bucket.refusing = false;
        return {};
    }
    Decision decision;
    decision.allowed = false;
    decision.retryAfterSeconds
            = std::max(1, int(std::ceil((1.0 - bucket.tokens) / m_requestsPerSecond)));
    decision.firstRefusal = !bucket.refusing;
    bucket.refusing = true;
    return decision;
}

void BeaconRateLimiter::sweep(qint64 now)
{
    m_lastSweep = now;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        const double tokens
                = it->tokens
                  + double(std::max<qint64>(0, now - it->updated)) * m_requestsPerSecond / 1000.0;
        if (tokens >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace Core
