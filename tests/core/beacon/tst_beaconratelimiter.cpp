// SPDX-License-Identifier: GPL-3.0-or-later
// The token buckets behind genomedesk-beacon's per-client rate limit, on an explicit clock:
// burst then sustained rate, Retry-After, per-address buckets, 0 = off, a bounded table.

#include <core/beacon/beaconratelimiter.h>

#include <QTest>

using Core::BeaconRateLimiter;

class TestBeaconRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstThenSustainedRate();
    void retryAfterFollowsTheRate();
    void bucketsArePerAddress();
    void ipv6ClientsAreLimitedPerNetwork();
    void zeroRateIsOff();
    void tableIsBounded();
};

void TestBeaconRateLimiter::burstThenSustainedRate()
{
    BeaconRateLimiter limiter(2, 5);
    const QHostAddress client(QStringLiteral("192.0.2.1"));
    for (int request = 0; request < 5; ++request)
        QVERIFY(limiter.take(client, 0).allowed);
    const auto refused = limiter.take(client, 0);
    QVERIFY(!refused.allowed);
    QCOMPARE(refused.retryAfterSeconds, 1);
    QVERIFY(refused.firstRefusal);
    // Still refused: only the first refusal of a run is marked (one log line per flood).
    const auto again = limiter.take(client, 100);
    QVERIFY(!again.allowed);
    QVERIFY(!again.firstRefusal);
    // 2 per second: one token after 500 ms, not two.
    QVERIFY(limiter.take(client, 500).allowed);
    QVERIFY(!limiter.take(client, 500).allowed);
    QVERIFY(limiter.take(client, 1000).allowed);
    // A long pause refills to the burst, never above it.
    for (int request = 0; request < 5; ++request)
        QVERIFY(limiter.take(client, 100000).allowed);
    QVERIFY(!limiter.take(client, 100000).allowed);
}

void TestBeaconRateLimiter::retryAfterFollowsTheRate()
{
    BeaconRateLimiter slow(0.25, 1);
    const QHostAddress client(QStringLiteral("192.0.2.2"));
    QVERIFY(slow.take(client, 0).allowed);
    QCOMPARE(slow.take(client, 0).retryAfterSeconds, 4);
    QCOMPARE(slow.take(client, 3000).retryAfterSeconds, 1);
    QVERIFY(slow.take(client, 4000).allowed);
}

void TestBeaconRateLimiter::bucketsArePerAddress()
{
    BeaconRateLimiter limiter(1, 2);
    const QHostAddress first(QStringLiteral("192.0.2.3"));
    const QHostAddress second(QStringLiteral("2001:db8::3"));
    QVERIFY(limiter.take(first, 0).allowed);
    QVERIFY(limiter.take(first, 0).allowed);
    QVERIFY(!limiter.take(first, 0).allowed);
    QVERIFY(limiter.take(second, 0).allowed);
    QVERIFY(limiter.take(second, 0).allowed);
    QVERIFY(!limiter.take(second, 0).allowed);
}

void TestBeaconRateLimiter::ipv6ClientsAreLimitedPerNetwork()
{
    // A host with a /64 could otherwise take a new bucket with every address it picks.
    BeaconRateLimiter limiter(1, 2);
    const QHostAddress first(QStringLiteral("2001:db8:1:2::3"));
    const QHostAddress sameNetwork(QStringLiteral("2001:db8:1:2:ffff:ffff:ffff:fff0"));
    const QHostAddress otherNetwork(QStringLiteral("2001:db8:1:3::3"));
    QVERIFY(limiter.take(first, 0).allowed);
    QVERIFY(limiter.take(sameNetwork, 0).allowed);
    QVERIFY(!limiter.take(first, 0).allowed);
    QVERIFY(!limiter.take(sameNetwork, 0).allowed);
    QVERIFY(limiter.take(otherNetwork, 0).allowed);
    QCOMPARE(limiter.clientCount(), 2);

    // IPv4, also mapped into IPv6, and loopback count per address.
    QCOMPARE(BeaconRateLimiter::clientOf(QHostAddress(QStringLiteral("::ffff:192.0.2.3"))),
             QHostAddress(QStringLiteral("192.0.2.3")));
    QCOMPARE(BeaconRateLimiter::clientOf(QHostAddress::LocalHostIPv6), QHostAddress::LocalHostIPv6);
    QCOMPARE(BeaconRateLimiter::clientOf(first), QHostAddress(QStringLiteral("2001:db8:1:2::")));
    QCOMPARE(BeaconRateLimiter::label(BeaconRateLimiter::clientOf(sameNetwork)),
             QStringLiteral("2001:db8:1:2::/64"));
    QCOMPARE(BeaconRateLimiter::label(QHostAddress(QStringLiteral("192.0.2.3"))),
             QStringLiteral("192.0.2.3"));
    BeaconRateLimiter ipv4(1, 1);
    QVERIFY(ipv4.take(QHostAddress(QStringLiteral("::ffff:192.0.2.3")), 0).allowed);
    QVERIFY(!ipv4.take(QHostAddress(QStringLiteral("192.0.2.3")), 0).allowed);
}

void TestBeaconRateLimiter::zeroRateIsOff()
{
    BeaconRateLimiter limiter(0, 1);
    QVERIFY(!limiter.isEnabled());
    const QHostAddress client(QStringLiteral("192.0.2.4"));
    for (int request = 0; request < 1000; ++request)
        QVERIFY(limiter.take(client, 0).allowed);
    QCOMPARE(limiter.clientCount(), 0);
}

void TestBeaconRateLimiter::tableIsBounded()
{
    BeaconRateLimiter limiter(1, 10, 100);
    const QHostAddress oldest(QStringLiteral("198.51.100.1"));
    for (int request = 0; request < 10; ++request)
        QVERIFY(limiter.take(oldest, 0).allowed);
    QVERIFY(!limiter.take(oldest, 0).allowed);
    // 1000 other clients, each with a bucket that has not refilled: the table stays at 100.
    for (quint32 index = 0; index < 1000; ++index) {
        QVERIFY(limiter.take(QHostAddress(0x0a000000u + index), 1 + index).allowed);
        QVERIFY(limiter.clientCount() <= 100);
    }
    QCOMPARE(limiter.clientCount(), 100);
    // The client idle longest was evicted: it starts again with a full bucket.
    QVERIFY(limiter.take(oldest, 1000).allowed);
    // Buckets that have refilled completely are swept (the sweep runs once a minute).
    QVERIFY(limiter.take(oldest, 100000).allowed);
    QCOMPARE(limiter.clientCount(), 1);
}

QTEST_GUILESS_MAIN(TestBeaconRateLimiter)
#include "tst_beaconratelimiter.moc"
