// SPDX-License-Identifier: GPL-3.0-or-later
// BeaconClient's node settings that the federation test does not cover: a pinned certificate
// (accepted without a CA bundle, refused with a clear message when the pin is wrong), Basic
// authentication (sent, and never in the request log), and a node configured 1-based
// (start = POS in the request body). Real genomedesk-beacon nodes and a recording fixture
// node, all on 127.0.0.1.

#include "beacontestsupport.h"

#include <core/beacon/beaconclient.h>
#include <core/beacon/beaconnode.h>
#include <core/beacon/beaconsync.h>
#include <core/frequency/frequencystore.h>

#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

class TestBeaconClientSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pinnedCertificate_data();
    void pinnedCertificate();
    void basicAuthentication();
    void oneBasedCoordinates();
    void retryAfterValues();
    void waitsWhenRateLimited();

private:
    BeaconNodeReport syncOne(const BeaconNode &node,
                             const QList<BeaconQueryVariant> &variants,
                             const QList<BeaconRegion> &regions,
                             QByteArray *logJson = nullptr);

    QTemporaryDir m_directory;
    QString m_cache;
    QString m_certificate;
    std::unique_ptr<QProcess> m_tlsNode;
    int m_tlsPort = 0;
    int m_run = 0;
};

void TestBeaconClientSecurity::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_cache = m_directory.filePath(QStringLiteral("cohort.gdfreq"));
    BeaconTest::makeCohortCache(m_cache);
    m_certificate = m_directory.filePath(QStringLiteral("node.pem"));
    const QString key = m_directory.filePath(QStringLiteral("node.key"));
    if (BeaconTest::makeCertificate(m_certificate, key)) {
        m_tlsPort = BeaconTest::startNode(
                m_cache,
                {QStringLiteral("--tls-cert"), m_certificate, QStringLiteral("--tls-key"), key},
                m_tlsNode);
        QVERIFY(m_tlsPort > 0);
    }
}

void TestBeaconClientSecurity::cleanupTestCase()
{
    BeaconTest::stopNode(m_tlsNode);
}

BeaconNodeReport TestBeaconClientSecurity::syncOne(const BeaconNode &node,
                                                   const QList<BeaconQueryVariant> &variants,
                                                   const QList<BeaconRegion> &regions,
                                                   QByteArray *logJson)
{
    auto store = FrequencyStore::open(
            m_directory.filePath(QStringLiteral("result-%1.gdfreq").arg(++m_run)),
            FrequencyStore::OpenMode::ReadWrite);
    if (!store)
        return {};
    BeaconSync sync(*store.value(), {node});
    QSignalSpy finished(&sync, &BeaconSync::finished);
    sync.start(variants, regions);
    if (!finished.wait(15000))
        return {};
    if (logJson)
        *logJson = sync.requestLogJson();
    return sync.reports().value(0);
}

void TestBeaconClientSecurity::pinnedCertificate_data()
{
    QTest::addColumn<QString>("pinKind");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("certificate SHA-256") << QStringLiteral("certificate") << true;
    QTest::newRow("public key SHA-256") << QStringLiteral("publicKey") << true;
    QTest::newRow("colon-separated upper case") << QStringLiteral("colons") << true;
    QTest::newRow("wrong pin") << QStringLiteral("wrong") << false;
    QTest::newRow("no pin, no CA") << QStringLiteral("none") << false;
}

void TestBeaconClientSecurity::pinnedCertificate()
{
    QFETCH(QString, pinKind);
    QFETCH(bool, accepted);
    if (m_tlsPort == 0)
        QSKIP("openssl is needed to make the test certificate");
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(m_certificate);
    QCOMPARE(certificates.size(), 1);
    const QByteArray certificatePin
            = certificates.first().digest(QCryptographicHash::Sha256).toHex();
    const QByteArray publicKeyPin
            = QCryptographicHash::hash(certificates.first().publicKey().toDer(),
                                       QCryptographicHash::Sha256)
                      .toHex();
    QByteArray pin;
    if (pinKind == QLatin1String("certificate"))
        pin = certificatePin;
    else if (pinKind == QLatin1String("publicKey"))
        pin = publicKeyPin;
    else if (pinKind == QLatin1String("colons"))
        pin = certificates.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper();
    else if (pinKind == QLatin1String("wrong"))
        pin = QByteArray(64, 'a');

    // Through the node registry, as a user configures it (no caBundle: only the pin).
    const QString nodes = m_directory.filePath(QStringLiteral("pinned.json"));
    BeaconTest::writeFile(
            nodes,
            QStringLiteral(R"({"nodes":[{"name":"pinned","baseUrl":"https://127.0.0.1:%1",
                              "pinnedSha256":"%2","retries":0,"timeoutMs":5000}]})")
                    .arg(m_tlsPort)
                    .arg(QString::fromLatin1(pin))
                    .toUtf8());
    auto loaded = loadBeaconNodes(nodes);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    const BeaconNodeReport report = syncOne(loaded->first(), {{"17", 43045712, "G", "A"}}, {});
    QCOMPARE(report.node, QStringLiteral("pinned"));
    if (accepted) {
        QVERIFY2(report.ok, qPrintable(report.message));
        QCOMPARE(report.sitesWritten, qint64(4));
        return;
    }
    QVERIFY(!report.ok);
    if (pinKind == QLatin1String("wrong")) {
        // The message names the node, the pin and what the node presented.
        QVERIFY2(report.message.contains(QLatin1String("does not match its pinned SHA-256")),
                 qPrintable(report.message));
        QVERIFY(report.message.contains(QLatin1String("pinned")));
        QVERIFY(report.message.contains(QString::fromLatin1(pin)));
        QVERIFY2(report.message.contains(QString::fromLatin1(certificatePin)),
                 qPrintable(report.message));
    } else {
        QVERIFY2(report.message.startsWith(QLatin1String("TLS:")), qPrintable(report.message));
    }
}

void TestBeaconClientSecurity::basicAuthentication()
{
    BeaconTest::RecordingNode fixture;
    QVERIFY(fixture.listen(QHostAddress::LocalHost));
    const QString password = m_directory.filePath(QStringLiteral("password.txt"));
    BeaconTest::writeFile(password, "pa55-w0rd!\n");
    const QString nodes = m_directory.filePath(QStringLiteral("basic.json"));
    BeaconTest::writeFile(
            nodes,
            QStringLiteral(R"({"nodes":[{"name":"basic","baseUrl":"http://127.0.0.1:%1",
                              "auth":{"type":"basic","user":"alice","tokenFile":"password.txt"}}]})")
                    .arg(fixture.serverPort())
                    .toUtf8());
    auto loaded = loadBeaconNodes(nodes);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    QByteArray logJson;
    const BeaconNodeReport report
            = syncOne(loaded->first(), {}, {{"17", 43040001, 43051000}}, &logJson);
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(fixture.requests.size(), 1);
    const QByteArray expected = "Basic " + QByteArray("alice:pa55-w0rd!").toBase64();
    bool sent = false;
    const QList<QByteArray> headers = fixture.requests.first().headers.split('\n');
    for (const QByteArray &header : headers) {
        if (header.toLower().startsWith("authorization:"))
            sent = header.mid(14).trimmed() == expected;
    }
    QVERIFY2(sent, fixture.requests.first().headers.constData());
    // The request log shows what left the machine except the credentials.
    QVERIFY(logJson.contains("43040000"));
    QVERIFY(!logJson.contains("pa55"));
    QVERIFY(!logJson.contains(QByteArray("alice:pa55-w0rd!").toBase64()));
    QVERIFY(!logJson.contains("Basic"));
    QVERIFY(!logJson.toLower().contains("authorization"));
}

void TestBeaconClientSecurity::oneBasedCoordinates()
{
    // Exact queries (padding off) show the coordinate in the body; 17:43045712 G>A.
    for (const bool zeroBased : {true, false}) {
        BeaconTest::RecordingNode fixture;
        QVERIFY(fixture.listen(QHostAddress::LocalHost));
        const QString nodes = m_directory.filePath(QStringLiteral("coordinates.json"));
        BeaconTest::writeFile(
                nodes,
                QStringLiteral(R"({"nodes":[{"name":"coordinates","baseUrl":"http://127.0.0.1:%1",
                                  "coordinates":"%2","padding":false}]})")
                        .arg(fixture.serverPort())
                        .arg(zeroBased ? QStringLiteral("0-based") : QStringLiteral("1-based"))
                        .toUtf8());
        auto loaded = loadBeaconNodes(nodes);
        QVERIFY(loaded);
        QCOMPARE(loaded->first().zeroBased, zeroBased);
        const QString cache = m_directory.filePath(
                QStringLiteral("coordinates-%1.gdfreq").arg(zeroBased ? 0 : 1));
        auto store = FrequencyStore::open(cache, FrequencyStore::OpenMode::ReadWrite);
        QVERIFY(store);
        BeaconSync sync(*store.value(), loaded.value());
        QSignalSpy finished(&sync, &BeaconSync::finished);
        sync.start({{"chr17", 43045712, "G", "A"}}, {});
        QVERIFY(finished.wait(10000));
        QVERIFY2(sync.reports().value(0).ok, qPrintable(sync.reports().value(0).message));
        QCOMPARE(fixture.requests.size(), 1);
        const QByteArray body = fixture.requests.first().body;
        QVERIFY2(body.contains(zeroBased ? "\"start\":[43045711]" : "\"start\":[43045712]"),
                 body.constData());
        // The echoed record, read in the node's convention, lands on POS 43045712.
        const FrequencySource *source = store.value()->source(QStringLiteral("beacon:coordinates"));
        QVERIFY(source);
        auto chunk = store.value()->chunk(*source, "17", FrequencyChunk::windowOf(43045712));
        QVERIFY(chunk && chunk.value());
        QVERIFY(chunk.value()->find(43045712, "G", "A") >= 0);
    }
}

void TestBeaconClientSecurity::retryAfterValues()
{
    const QDateTime now(QDate(2026, 10, 21), QTime(7, 28, 0), Qt::UTC);
    QCOMPARE(BeaconClient::retryAfterSeconds("5", now), std::optional<int>(5));
    QCOMPARE(BeaconClient::retryAfterSeconds(" 0 ", now), std::optional<int>(0));
    QCOMPARE(BeaconClient::retryAfterSeconds("Wed, 21 Oct 2026 07:28:30 GMT", now),
             std::optional<int>(30));
    QCOMPARE(BeaconClient::retryAfterSeconds("Wed, 21 Oct 2026 07:27:00 GMT", now),
             std::optional<int>(0)); // in the past: no wait
    QCOMPARE(BeaconClient::retryAfterSeconds("-3", now), std::nullopt);
    QCOMPARE(BeaconClient::retryAfterSeconds("soon", now), std::nullopt);
    QCOMPARE(BeaconClient::retryAfterSeconds("", now), std::nullopt);
}

void TestBeaconClientSecurity::waitsWhenRateLimited()
{
    // A node that allows 2 requests per second with a burst of 2 answers the rest with 429
    // and Retry-After; a sync of 8 separate regions waits as asked and completes.
    std::unique_ptr<QProcess> limited;
    const int port = BeaconTest::startNode(m_cache,
                                           {QStringLiteral("--rate-limit"),
                                            QStringLiteral("2"),
                                            QStringLiteral("--rate-burst"),
                                            QStringLiteral("2")},
                                           limited);
    QVERIFY(port > 0);
    const QString nodes = m_directory.filePath(QStringLiteral("limited.json"));
    BeaconTest::writeFile(nodes,
                          QStringLiteral(R"({"nodes":[{"name":"limited",
                              "baseUrl":"http://127.0.0.1:%1","retries":0,"concurrency":2}]})")
                                  .arg(port)
                                  .toUtf8());
    auto loaded = loadBeaconNodes(nodes);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    // The first region holds the cohort's sites; the others are far apart (not merged).
    QList<BeaconRegion> regions{{"17", 43040001, 43051000}};
    for (int i = 1; i < 8; ++i)
        regions.append({"17", 43070001 + i * 30000, 43071000 + i * 30000});
    QByteArray logJson;
    const BeaconNodeReport report = syncOne(loaded->first(), {}, regions, &logJson);
    BeaconTest::stopNode(limited);
    // With retries 0, any 429 counted as a failure would have ended the sync.
    QVERIFY2(report.ok, qPrintable(report.message));
    QVERIFY2(report.requests > 8, qPrintable(QString::number(report.requests)));
    QVERIFY2(logJson.contains("\"httpStatus\":429"), logJson.left(2000).constData());
    QVERIFY2(logJson.contains("the node asked to wait"), logJson.left(2000).constData());
}

QTEST_GUILESS_MAIN(TestBeaconClientSecurity)
#include "tst_beaconclientsecurity.moc"
