// SPDX-License-Identifier: GPL-3.0-or-later
// genomedesk-beacon against slow and greedy clients, with raw QTcpSocket/QSslSocket clients on
// loopback and short configured limits: a client trickling its headers or body is cut off near
// the timeout although it keeps sending (others are served meanwhile), an idle kept-alive
// connection is closed, connections over the per-address and total caps get 503, requests
// over the per-client rate get 429 with Retry-After until the bucket refills, and a rate of
// 0 turns the limit off. The server's log names the client address, never the query.

#include "beacontestsupport.h"

#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

using BeaconTest::readFor;

QByteArray header(const QByteArray &answer, const QByteArray &name)
{
    const QList<QByteArray> lines = answer.left(answer.indexOf("\r\n\r\n")).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

int errorCode(const QByteArray &answer)
{
    return QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4))
            .object()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("errorCode"))
            .toInt();
}

const QByteArray kGetInfo = "GET /info HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
// A query whose position must never appear in the server's log.
const QByteArray kGetVariant = "GET /g_variants?referenceName=17&start=43045711"
                               "&referenceBases=G&alternateBases=A&assemblyId=GRCh38 HTTP/1.1\r\n"
                               "Host: 127.0.0.1\r\n\r\n";

// A connection watched through the event loop: what it received and when it was closed.
struct WatchedClient
{
    explicit WatchedClient(QTcpSocket *socket, const QElapsedTimer &clock)
        : socket(socket)
    {
        QObject::connect(socket, &QIODevice::readyRead, socket, [this] {
            received += this->socket->readAll();
        });
        QObject::connect(socket,
                         &QAbstractSocket::stateChanged,
                         socket,
                         [this, &clock](QAbstractSocket::SocketState state) {
                             if (state == QAbstractSocket::UnconnectedState && closedAt < 0)
                                 closedAt = clock.elapsed();
                         });
    }
    ~WatchedClient() { QObject::disconnect(socket, nullptr, socket, nullptr); }
    WatchedClient(const WatchedClient &) = delete;
    WatchedClient &operator=(const WatchedClient &) = delete;
    bool closed() const { return closedAt >= 0; }

    QTcpSocket *socket;
    QByteArray received;
    qint64 closedAt = -1;
};

} // namespace

class TestBeaconServerProtection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void slowClientsCutOff();
    void idleKeepAliveClosed();
    void rateLimitZeroIsOff();
    void timeoutsLoggedWithTheAddressOnly();
    void connectionCaps();
    void rateLimited();
    void slowClientsOverTls();

private:
    static bool connectTo(QTcpSocket &socket, int port, const QString &from = QString());

    QTemporaryDir m_directory;
    QString m_cache;
    std::unique_ptr<QProcess> m_node; // short timeouts, no rate limit
    int m_port = 0;
};

void TestBeaconServerProtection::initTestCase()
{
    // The timeouts are logged at info level.
    qputenv("QT_LOGGING_RULES", "genomedesk.core.beacon.server.info=true");
    QVERIFY(m_directory.isValid());
    m_cache = m_directory.filePath(QStringLiteral("cohort.gdfreq"));
    BeaconTest::makeCohortCache(m_cache);
    m_port = BeaconTest::startNode(m_cache,
                                   {QStringLiteral("--header-timeout"),
                                    QStringLiteral("1"),
                                    QStringLiteral("--body-timeout"),
                                    QStringLiteral("1"),
                                    QStringLiteral("--idle-timeout"),
                                    QStringLiteral("1.5"),
                                    QStringLiteral("--rate-limit"),
                                    QStringLiteral("0")},
                                   m_node);
    QVERIFY(m_port > 0);
}

void TestBeaconServerProtection::cleanupTestCase()
{
    BeaconTest::stopNode(m_node);
}

bool TestBeaconServerProtection::connectTo(QTcpSocket &socket, int port, const QString &from)
{
    if (!from.isEmpty() && !socket.bind(QHostAddress(from), 0))
        return false;
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    return socket.waitForConnected(5000);
}

void TestBeaconServerProtection::slowClientsCutOff()
{
    QElapsedTimer clock;
    clock.start();
    QTcpSocket silentSocket;
    QTcpSocket headerSocket;
    QTcpSocket bodySocket;
    QVERIFY(connectTo(silentSocket, m_port));
    QVERIFY(connectTo(headerSocket, m_port));
    QVERIFY(connectTo(bodySocket, m_port));
    WatchedClient silent(&silentSocket, clock);
    WatchedClient headers(&headerSocket, clock);
    WatchedClient body(&bodySocket, clock);
    const QByteArray headerText
            = "GET /info HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + QByteArray(200, 'a');
    bodySocket.write("POST /g_variants HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Content-Type: application/json\r\nContent-Length: 500\r\n\r\n{");
    int headerBytesSent = 0;
    int headerBytesWhenClosed = -1;
    bool servedMeanwhile = false;
    // One byte every 200 ms on each slow connection until the server closes them.
    while (clock.elapsed() < 6000 && !(silent.closed() && headers.closed() && body.closed())) {
        if (!headers.closed() && headerBytesSent < headerText.size())
            headerSocket.write(headerText.mid(headerBytesSent++, 1));
        if (!body.closed())
            bodySocket.write(" ");
        if (headers.closed() && headerBytesWhenClosed < 0)
            headerBytesWhenClosed = headerBytesSent;
        if (!servedMeanwhile && clock.elapsed() > 400) {
            // Another client is served normally while the slow ones hold their connections.
            QTcpSocket normal;
            QVERIFY(connectTo(normal, m_port));
            normal.write(kGetInfo);
            const QByteArray answer = readFor(normal, 3000);
            QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
            servedMeanwhile = true;
        }
        QTest::qWait(200);
    }
    QVERIFY(servedMeanwhile);
    // Closed near the 1 s timeouts (generous margins for a loaded machine), not before.
    for (const WatchedClient *client : {&silent, &headers, &body}) {
        QVERIFY2(client->closed(), "a slow connection is still open after 6 s");
        QVERIFY2(client->closedAt < 4500, qPrintable(QString::number(client->closedAt)));
        QVERIFY2(client->closedAt >= 900, qPrintable(QString::number(client->closedAt)));
        // 408 when the client still reads it; a client writing into a closed connection may
        // see the reset first. Never a 200 or anything else.
        QVERIFY2(client->received.isEmpty() || client->received.startsWith("HTTP/1.1 408"),
                 client->received.constData());
    }
    // The header client kept sending until it was cut off: the clock was not reset per byte.
    QVERIFY2(headerBytesSent >= 4, qPrintable(QString::number(headerBytesSent)));
    // The silent client reads the whole 408 with a Beacon error body.
    QVERIFY2(silent.received.startsWith("HTTP/1.1 408"), silent.received.constData());
    QCOMPARE(errorCode(silent.received), 408);
    QCOMPARE(header(silent.received, "Content-Type"), QByteArray("application/json"));
}

void TestBeaconServerProtection::idleKeepAliveClosed()
{
    QTcpSocket socket;
    QVERIFY(connectTo(socket, m_port));
    socket.write(kGetInfo);
    QVERIFY(readFor(socket, 3000).startsWith("HTTP/1.1 200"));
    // A pause shorter than the idle timeout (1.5 s) keeps the connection.
    QTest::qWait(300);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    socket.write(kGetInfo);
    QVERIFY(readFor(socket, 3000).startsWith("HTTP/1.1 200"));
    QElapsedTimer clock;
    clock.start();
    const bool closed = socket.state() == QAbstractSocket::UnconnectedState
                        || socket.waitForDisconnected(6000);
    QVERIFY2(closed, "the idle connection is still open");
    QVERIFY2(clock.elapsed() < 4500, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(clock.elapsed() >= 500, qPrintable(QString::number(clock.elapsed())));
    // Closed without an answer: no request was pending.
    QVERIFY(socket.readAll().isEmpty());
}

void TestBeaconServerProtection::rateLimitZeroIsOff()
{
    // The default (20/s, burst 40) would refuse most of these quick requests.
    QTcpSocket socket;
    QVERIFY(connectTo(socket, m_port));
    for (int request = 0; request < 120; ++request) {
        socket.write(kGetInfo);
        const QByteArray answer = readFor(socket, 3000);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"),
                 qPrintable(QStringLiteral("request %1: %2")
                                    .arg(request)
                                    .arg(QString::fromUtf8(answer.left(100)))));
    }
}

void TestBeaconServerProtection::timeoutsLoggedWithTheAddressOnly()
{
    QTest::qWait(200);
    const QByteArray log = m_node->readAllStandardError();
    QVERIFY2(log.contains("request headers not received in time from 127.0.0.1"), log.constData());
    QVERIFY2(log.contains("request body not received in time from 127.0.0.1"), log.constData());
    QVERIFY2(log.contains("closing an idle connection from 127.0.0.1"), log.constData());
    QVERIFY(!log.contains("X-Slow"));
    QVERIFY(!log.contains("aaaa"));
}

void TestBeaconServerProtection::connectionCaps()
{
    std::unique_ptr<QProcess> node;
    const int port = BeaconTest::startNode(m_cache,
                                           {QStringLiteral("--max-connections-per-client"),
                                            QStringLiteral("3"),
                                            QStringLiteral("--max-connections"),
                                            QStringLiteral("5"),
                                            QStringLiteral("--rate-limit"),
                                            QStringLiteral("0")},
                                           node);
    QVERIFY(port > 0);
    // Three kept-alive connections from 127.0.0.1, each answered (so the server counts them).
    std::vector<std::unique_ptr<QTcpSocket>> open;
    for (int index = 0; index < 3; ++index) {
        open.push_back(std::make_unique<QTcpSocket>());
        QVERIFY(connectTo(*open.back(), port));
        open.back()->write(kGetInfo);
        QVERIFY(readFor(*open.back(), 3000).startsWith("HTTP/1.1 200"));
    }
    // The fourth from the same address: 503 with a Beacon error body, then closed.
    QTcpSocket excess;
    QVERIFY(connectTo(excess, port));
    excess.write(kGetInfo);
    const QByteArray refused = readFor(excess, 3000);
    QVERIFY2(refused.startsWith("HTTP/1.1 503"), refused.constData());
    QCOMPARE(errorCode(refused), 503);
    QVERIFY(excess.state() == QAbstractSocket::UnconnectedState
            || excess.waitForDisconnected(4000));

    // Another address on loopback is a different client: served up to the total cap of 5.
    QTcpSocket other;
    if (!connectTo(other, port, QStringLiteral("127.0.0.2")))
        QSKIP("cannot connect from 127.0.0.2 here; the total cap is not tested");
    other.write(kGetInfo);
    QVERIFY(readFor(other, 3000).startsWith("HTTP/1.1 200"));
    QTcpSocket other2;
    QVERIFY(connectTo(other2, port, QStringLiteral("127.0.0.2")));
    other2.write(kGetInfo);
    QVERIFY(readFor(other2, 3000).startsWith("HTTP/1.1 200"));
    QTcpSocket overTotal;
    QVERIFY(connectTo(overTotal, port, QStringLiteral("127.0.0.2")));
    overTotal.write(kGetInfo);
    const QByteArray full = readFor(overTotal, 3000);
    QVERIFY2(full.startsWith("HTTP/1.1 503"), full.constData());

    // A closed connection frees its place.
    open.front()->disconnectFromHost();
    open.erase(open.begin());
    QByteArray again;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 5000) {
        QTest::qWait(100);
        QTcpSocket retry;
        QVERIFY(connectTo(retry, port));
        retry.write(kGetInfo);
        again = readFor(retry, 3000);
        if (again.startsWith("HTTP/1.1 200"))
            break;
    }
    QVERIFY2(again.startsWith("HTTP/1.1 200"), again.constData());
    const QByteArray log = node->readAllStandardError();
    QVERIFY2(log.contains("refusing connections from 127.0.0.1"), log.constData());
    BeaconTest::stopNode(node);
}

void TestBeaconServerProtection::rateLimited()
{
    std::unique_ptr<QProcess> node;
    const int port = BeaconTest::startNode(m_cache,
                                           {QStringLiteral("--rate-limit"),
                                            QStringLiteral("2"),
                                            QStringLiteral("--rate-burst"),
                                            QStringLiteral("5")},
                                           node);
    QVERIFY(port > 0);
    QTcpSocket socket;
    QVERIFY(connectTo(socket, port));
    QElapsedTimer clock;
    clock.start();
    QList<QByteArray> answers;
    for (int request = 0; request < 12; ++request) {
        socket.write(kGetVariant);
        answers.append(readFor(socket, 3000));
    }
    const qint64 elapsed = clock.elapsed();
    // The burst of 5 is served at once.
    for (int request = 0; request < 5; ++request)
        QVERIFY2(answers.at(request).startsWith("HTTP/1.1 200"), answers.at(request).constData());
    int served = 0;
    QByteArray tooMany;
    for (const QByteArray &answer : answers) {
        if (answer.startsWith("HTTP/1.1 200"))
            ++served;
        else if (answer.startsWith("HTTP/1.1 429") && tooMany.isEmpty())
            tooMany = answer;
        else
            QVERIFY2(answer.startsWith("HTTP/1.1 429"), answer.constData());
    }
    // Over the burst, at most the tokens that came back at 2 per second in the meantime.
    QVERIFY2(served <= 5 + int(elapsed * 2 / 1000) + 1,
             qPrintable(QStringLiteral("%1 served in %2 ms").arg(served).arg(elapsed)));
    QVERIFY2(!tooMany.isEmpty(), "no request was refused");
    bool numeric = false;
    const int retryAfter = header(tooMany, "Retry-After").toInt(&numeric);
    QVERIFY2(numeric && retryAfter >= 1 && retryAfter <= 5, tooMany.constData());
    QCOMPARE(header(tooMany, "Content-Type"), QByteArray("application/json"));
    QCOMPARE(errorCode(tooMany), 429);
    // The connection stays usable.
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);

    // Another client is not limited by this one's bucket.
    QTcpSocket other;
    if (connectTo(other, port, QStringLiteral("127.0.0.2"))) {
        other.write(kGetVariant);
        const QByteArray answer = readFor(other, 3000);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    } else {
        qWarning("cannot connect from 127.0.0.2 here; the per-client separation is not tested");
    }

    // After Retry-After the client is served again.
    QTest::qWait(retryAfter * 1000 + 100);
    socket.write(kGetVariant);
    const QByteArray afterWait = readFor(socket, 3000);
    QVERIFY2(afterWait.startsWith("HTTP/1.1 200"), afterWait.constData());
    QVERIFY(afterWait.contains("\"exists\":true"));

    // One warning for the run of refusals, with the address and without the query.
    QTest::qWait(100);
    const QByteArray log = node->readAllStandardError();
    QCOMPARE(log.count("rate limit exceeded by 127.0.0.1"), 1);
    QVERIFY2(!log.contains("43045711") && !log.contains("g_variants"), log.constData());
    BeaconTest::stopNode(node);
}

void TestBeaconServerProtection::slowClientsOverTls()
{
    const QString certificate = m_directory.filePath(QStringLiteral("node.pem"));
    const QString key = m_directory.filePath(QStringLiteral("node.key"));
    if (!BeaconTest::makeCertificate(certificate, key))
        QSKIP("openssl is needed to make the test certificate");
    std::unique_ptr<QProcess> node;
    const int port = BeaconTest::startNode(m_cache,
                                           {QStringLiteral("--header-timeout"),
                                            QStringLiteral("1"),
                                            QStringLiteral("--tls-cert"),
                                            certificate,
                                            QStringLiteral("--tls-key"),
                                            key},
                                           node);
    QVERIFY(port > 0);
    QElapsedTimer clock;
    clock.start();
    // One client never starts the handshake, one is encrypted but never sends a request.
    QTcpSocket noHandshakeSocket;
    QVERIFY(connectTo(noHandshakeSocket, port));
    QSslSocket silentSocket;
    silentSocket.setPeerVerifyMode(QSslSocket::VerifyNone);
    silentSocket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(port));
    QVERIFY2(silentSocket.waitForEncrypted(5000), qPrintable(silentSocket.errorString()));
    WatchedClient noHandshake(&noHandshakeSocket, clock);
    WatchedClient silent(&silentSocket, clock);
    while (clock.elapsed() < 6000 && !(noHandshake.closed() && silent.closed()))
        QTest::qWait(100);
    QVERIFY2(noHandshake.closed() && noHandshake.closedAt < 4500,
             qPrintable(QString::number(noHandshake.closedAt)));
    QVERIFY2(silent.closed() && silent.closedAt < 4500,
             qPrintable(QString::number(silent.closedAt)));
    QVERIFY2(silent.received.startsWith("HTTP/1.1 408"), silent.received.constData());
    QCOMPARE(errorCode(silent.received), 408);
    BeaconTest::stopNode(node);
}

QTEST_GUILESS_MAIN(TestBeaconServerProtection)
#include "tst_beaconserverprotection.moc"
