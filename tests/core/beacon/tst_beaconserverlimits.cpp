// SPDX-License-Identifier: GPL-3.0-or-later
// genomedesk-beacon refuses oversized requests before reading their body: a raw QTcpSocket
// client on 127.0.0.1 sends only headers (Content-Length over the limit) and gets 413 at once;
// a chunked body is refused as soon as its chunks exceed the limit, before it ends.

#include "beacontestsupport.h"

#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kLimit = 1000;

using BeaconTest::readFor;

QByteArray postHeaders(const QByteArray &extra)
{
    return "POST /g_variants HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           + extra + "\r\n";
}

const QByteArray kQuery = R"({"meta":{"apiVersion":"2.0"},"query":{"requestParameters":)"
                          R"({"assemblyId":"GRCh38","referenceName":"17","start":[43045711],)"
                          R"("referenceBases":"G","alternateBases":"A"},)"
                          R"("requestedGranularity":"count"}})";

} // namespace

class TestBeaconServerLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void contentLengthRefusedBeforeTheBody();
    void chunkedCountedAsItArrives();
    void smallRequestsStillAnswered();
    void oversizedHeaders();
    void overTls();

private:
    bool connectTo(QTcpSocket &socket, int port);

    QTemporaryDir m_directory;
    QString m_cache;
    std::unique_ptr<QProcess> m_node;
    int m_port = 0;
};

void TestBeaconServerLimits::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_cache = m_directory.filePath(QStringLiteral("cohort.gdfreq"));
    BeaconTest::makeCohortCache(m_cache);
    m_port = BeaconTest::startNode(
            m_cache, {QStringLiteral("--max-request-bytes"), QString::number(kLimit)}, m_node);
    QVERIFY(m_port > 0);
}

void TestBeaconServerLimits::cleanupTestCase()
{
    BeaconTest::stopNode(m_node);
}

bool TestBeaconServerLimits::connectTo(QTcpSocket &socket, int port)
{
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    return socket.waitForConnected(5000);
}

void TestBeaconServerLimits::contentLengthRefusedBeforeTheBody()
{
    QTcpSocket socket;
    QVERIFY(connectTo(socket, m_port));
    // 50 MB announced, not one byte of it sent: the answer can only come from the headers.
    socket.write(postHeaders("Content-Length: 50000000\r\n"));
    QVERIFY(socket.waitForBytesWritten(2000));
    QElapsedTimer timer;
    timer.start();
    const QByteArray answer = readFor(socket, 3000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QVERIFY(timer.elapsed() < 2000);
    const QJsonObject error = QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4))
                                      .object()
                                      .value(QStringLiteral("error"))
                                      .toObject();
    QCOMPARE(error.value(QStringLiteral("errorCode")).toInt(), 413);
    QVERIFY(error.value(QStringLiteral("errorMessage")).toString().contains(QLatin1String("1000")));
    // The server closes the connection after a short drain.
    QVERIFY(socket.state() == QAbstractSocket::UnconnectedState
            || socket.waitForDisconnected(5000));

    // One byte over the limit is refused, exactly the limit is read and answered.
    QTcpSocket over;
    QVERIFY(connectTo(over, m_port));
    over.write(postHeaders("Content-Length: 1001\r\n"));
    QVERIFY(readFor(over, 3000).startsWith("HTTP/1.1 413"));
    QTcpSocket exact;
    QVERIFY(connectTo(exact, m_port));
    const QByteArray padded = kQuery + QByteArray(kLimit - kQuery.size(), ' ');
    exact.write(postHeaders("Content-Length: 1000\r\n") + padded);
    const QByteArray answered = readFor(exact, 3000);
    QVERIFY2(answered.startsWith("HTTP/1.1 200"), answered.constData());
}

void TestBeaconServerLimits::chunkedCountedAsItArrives()
{
    QTcpSocket socket;
    QVERIFY(connectTo(socket, m_port));
    socket.write(postHeaders("Transfer-Encoding: chunked\r\n"));
    // 600 bytes: under the limit, no answer yet (the body is not finished).
    socket.write("258\r\n" + QByteArray(600, ' ') + "\r\n");
    QVERIFY(socket.waitForBytesWritten(2000));
    QVERIFY(readFor(socket, 500).isEmpty());
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    // 600 more: 1200 > 1000, refused while the body is still open (no final chunk sent).
    socket.write("258\r\n" + QByteArray(600, ' ') + "\r\n");
    const QByteArray answer = readFor(socket, 3000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QVERIFY(answer.contains("\"errorCode\":413"));

    // A chunked body within the limit is answered normally.
    QTcpSocket small;
    QVERIFY(connectTo(small, m_port));
    const QByteArray first = kQuery.left(50);
    const QByteArray rest = kQuery.mid(50);
    small.write(postHeaders("Transfer-Encoding: chunked\r\n") + QByteArray::number(first.size(), 16)
                + "\r\n" + first + "\r\n" + QByteArray::number(rest.size(), 16) + "\r\n" + rest
                + "\r\n0\r\n\r\n");
    const QByteArray answered = readFor(small, 3000);
    QVERIFY2(answered.startsWith("HTTP/1.1 200"), answered.constData());
}

void TestBeaconServerLimits::smallRequestsStillAnswered()
{
    // Two requests on one kept-alive connection, then an oversized third one on it.
    QTcpSocket socket;
    QVERIFY(connectTo(socket, m_port));
    for (int round = 0; round < 2; ++round) {
        socket.write(postHeaders("Content-Length: " + QByteArray::number(kQuery.size()) + "\r\n")
                     + kQuery);
        const QByteArray answer = readFor(socket, 3000);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QVERIFY(answer.contains("\"numTotalResults\":1"));
    }
    socket.write(postHeaders("Content-Length: 4000\r\n"));
    QVERIFY(readFor(socket, 3000).startsWith("HTTP/1.1 413"));
    // GET requests have no body and pass.
    QTcpSocket get;
    QVERIFY(connectTo(get, m_port));
    get.write("GET /info HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(readFor(get, 3000).startsWith("HTTP/1.1 200"));
}

void TestBeaconServerLimits::oversizedHeaders()
{
    QTcpSocket socket;
    QVERIFY(connectTo(socket, m_port));
    socket.write("GET /info HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: " + QByteArray(20000, 'x'));
    const QByteArray answer = readFor(socket, 3000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
}

void TestBeaconServerLimits::overTls()
{
    const QString certificate = m_directory.filePath(QStringLiteral("node.pem"));
    const QString key = m_directory.filePath(QStringLiteral("node.key"));
    if (!BeaconTest::makeCertificate(certificate, key))
        QSKIP("openssl is needed to make the test certificate");
    std::unique_ptr<QProcess> node;
    const int port = BeaconTest::startNode(m_cache,
                                           {QStringLiteral("--max-request-bytes"),
                                            QString::number(kLimit),
                                            QStringLiteral("--tls-cert"),
                                            certificate,
                                            QStringLiteral("--tls-key"),
                                            key},
                                           node);
    QVERIFY(port > 0);
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(port));
    QVERIFY2(socket.waitForEncrypted(5000), qPrintable(socket.errorString()));
    socket.write(postHeaders("Content-Length: 50000000\r\n"));
    const QByteArray answer = readFor(socket, 3000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QSslSocket good;
    good.setPeerVerifyMode(QSslSocket::VerifyNone);
    good.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(port));
    QVERIFY(good.waitForEncrypted(5000));
    good.write(postHeaders("Content-Length: " + QByteArray::number(kQuery.size()) + "\r\n")
               + kQuery);
    QVERIFY(readFor(good, 3000).startsWith("HTTP/1.1 200"));
    BeaconTest::stopNode(node);
}

QTEST_GUILESS_MAIN(TestBeaconServerLimits)
#include "tst_beaconserverlimits.moc"
