// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection on the network path of "refresh frequencies" (BeaconSync/BeaconClient):
// a node that cuts the connection in the middle of a response, and a node that streams an
// endless response. Both must end with a clear error while the cache keeps what it had; the
// client must stop reading past its response limit, so memory stays bounded.
#include <core/beacon/beaconserver.h>
#include <core/beacon/beaconsync.h>
#include <core/frequency/frequencystore.h>
#include <core/frequency/sitesvcfimporter.h>
#include <core/vcf/vcfreader.h>

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Core;

namespace {

constexpr char kSites[]
        = "##fileformat=VCFv4.2\n"
          "##reference=GRCh38\n"
          "##contig=<ID=chr17,length=83257441>\n"
          "##INFO=<ID=AC,Number=A,Type=Integer,Description=\"Alternate allele count\">\n"
          "##INFO=<ID=AN,Number=1,Type=Integer,Description=\"Total number of alleles\">\n"
          "##INFO=<ID=nhomalt,Number=A,Type=Integer,Description=\"Homozygous individuals\">\n"
          "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
          "chr17\t43044295\t.\tA\tG\t.\tPASS\tAC=5;AN=1000;nhomalt=1\n"
          "chr17\t43045000\t.\tACGT\tA\t.\tPASS\tAC=1;AN=1000;nhomalt=0\n"
          "chr17\t43046000\t.\tT\tTA\t.\tPASS\tAC=7;AN=998;nhomalt=2\n";

/*! Peak resident memory of this process in KiB since the last resetPeakMemory(). */
qint64 peakMemoryKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

void resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

/*!
 * A hostile "node" on 127.0.0.1: answers every request with HTTP 200 headers, then either
 * half of a declared body before closing the connection (cut), or an endless body (flood),
 * written one megabyte at a time as the socket drains, counting what it sent.
 */
class HostileNode : public QObject
{
public:
    enum class Mode { Cut, Flood };

    explicit HostileNode(Mode mode)
        : m_mode(mode)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    qint64 sent() const { return m_sent; }
    int connections() const { return m_connections; }

private:
    void serve(QTcpSocket *socket)
    {
        ++m_connections;
        socket->setParent(this);
        // Answer once the request's headers are in; the body does not matter.
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            m_requests[socket] += socket->readAll();
            if (!m_requests[socket].contains("\r\n\r\n") || socket->property("answered").toBool())
                return;
            socket->setProperty("answered", true);
            answer(socket);
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    void answer(QTcpSocket *socket)
    {
        const QByteArray start = "{\"meta\":{\"apiVersion\":\"v2.0\"},\"responseSummary\":"
                                 "{\"exists\":true,\"numTotalResults\":1},\"response\":"
                                 "{\"resultSets\":[{\"id\":\"cut\",\"results\":[";
        if (m_mode == Mode::Cut) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 4000\r\n\r\n");
            socket->write(start + QByteArray(2000 - start.size(), ' '));
            socket->flush();
            socket->disconnectFromHost();
            return;
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Connection: close\r\n\r\n");
        socket->write(start);
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket] {
            if (socket->bytesToWrite() > 0 || m_sent >= kFloodBytes
                || socket->state() != QAbstractSocket::ConnectedState)
                return;
            static const QByteArray block = [] {
                QByteArray record = "{\"variantInternalId\":\"x\"},";
                QByteArray text;
                while (text.size() < 1024 * 1024)
                    text += record;
                return text;
            }();
            m_sent += socket->write(block);
        });
    }

    static constexpr qint64 kFloodBytes = qint64(1) << 30; // 1 GiB, unless the client stops

    Mode m_mode;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_requests;
    qint64 m_sent = 0;
    int m_connections = 0;
};

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

class TestNetworkFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    std::unique_ptr<BeaconServer> m_goodNode;
    quint16 m_goodPort = 0;

    BeaconNode node(quint16 port) const
    {
        BeaconNode node;
        node.name = QStringLiteral("nl");
        node.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        node.retries = 0;
        node.timeoutMilliseconds = 30000;
        return node;
    }

    /*! Syncs the cache at \a cache from \a port; the node's report. */
    BeaconNodeReport sync(const QString &cache, quint16 port, int timeout = 60000)
    {
        auto store = FrequencyStore::open(cache, FrequencyStore::OpenMode::ReadWrite);
        if (!store) {
            BeaconNodeReport report;
            report.message = store.error().toString();
            return report;
        }
        BeaconSync beaconSync(*store.value(), {node(port)});
        QSignalSpy finished(&beaconSync, &BeaconSync::finished);
        beaconSync.start({}, {{"17", 43040001, 43050000}});
        if (!finished.wait(timeout) || beaconSync.reports().isEmpty())
            return {};
        return beaconSync.reports().constFirst();
    }

    /*! A cache with source beacon:nl (3 sites) from a well-behaved node. */
    QString preparedCache(const QString &name)
    {
        const QString cache = m_directory.filePath(name);
        const BeaconNodeReport report = sync(cache, m_goodPort);
        if (!report.ok)
            qWarning("%s", qPrintable(report.message));
        return report.ok ? cache : QString();
    }

    static qint64 siteCount(const QString &cache)
    {
        auto store = FrequencyStore::open(cache);
        if (!store)
            return -1;
        const FrequencySource *source = store.value()->source(QStringLiteral("beacon:nl"));
        return source ? source->siteCount : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        VcfReader::initializeLibrary();
        const QString vcf = m_directory.filePath(QStringLiteral("node-sites.vcf"));
        QFile file(vcf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kSites);
        file.close();
        auto store = FrequencyStore::open(m_directory.filePath(QStringLiteral("node.gdfreq")),
                                          FrequencyStore::OpenMode::ReadWrite);
        QVERIFY(store);
        SitesVcfImporter::Options options;
        options.sourceName = QStringLiteral("cohort");
        options.version = QStringLiteral("1");
        QVERIFY(SitesVcfImporter::import(*store.value(), vcf, options, JobContext()));
        m_goodNode
                = std::make_unique<BeaconServer>(std::move(store.value()), BeaconServerSettings());
        m_goodPort = m_goodNode->listen(QHostAddress::LocalHost);
        QVERIFY(m_goodPort > 0);
    }

    void connectionCutMidResponse()
    {
        const QString cache = preparedCache(QStringLiteral("cut.gdfreq"));
        QVERIFY(!cache.isEmpty());
        QCOMPARE(siteCount(cache), 3);
        const QByteArray before = digest(cache);

        HostileNode cutting(HostileNode::Mode::Cut);
        QVERIFY(cutting.listen());
        const BeaconNodeReport report = sync(cache, cutting.port());
        QVERIFY(cutting.connections() >= 1);
        QVERIFY(!report.ok);
        QVERIFY2(!report.message.isEmpty(), "no error message");
        qInfo("error shown: %s", qPrintable(report.message));
        // The message says what happened to the connection, not only that the JSON is bad.
        QVERIFY2(
                report.message.contains(QLatin1String("closed"), Qt::CaseInsensitive)
                        || report.message.contains(QLatin1String("incomplete"), Qt::CaseInsensitive)
                        || report.message.contains(QLatin1String("truncated"), Qt::CaseInsensitive),
                qPrintable(report.message));
        QCOMPARE(digest(cache), before);
        QCOMPARE(siteCount(cache), 3);
    }

    void endlessResponseIsCutAtTheLimit()
    {
        const QString cache = preparedCache(QStringLiteral("flood.gdfreq"));
        QVERIFY(!cache.isEmpty());
        const QByteArray before = digest(cache);

        HostileNode flooding(HostileNode::Mode::Flood);
        QVERIFY(flooding.listen());
        resetPeakMemory();
        const qint64 baseline = peakMemoryKib();
        const BeaconNodeReport report = sync(cache, flooding.port(), 120000);
        const qint64 peak = peakMemoryKib();
        qInfo("server sent %lld MiB; peak memory grew by %lld MiB; error: %s",
              flooding.sent() >> 20,
              (peak - baseline) >> 10,
              qPrintable(report.message));
        QVERIFY(!report.ok);
        QVERIFY2(report.message.contains(QLatin1String("larger than")), qPrintable(report.message));
        // The client stopped reading after its limit (16 MiB by default), far from 1 GiB. What
        // the server managed to write also counts socket buffers and what it sent while the
        // client was closing, which grows on a loaded machine (108 MiB seen in CI): the memory
        // check below is the strict one.
        const qint64 limit = BeaconNode().maximumResponseBytes;
        QVERIFY2(flooding.sent() < limit + 256 * 1024 * 1024,
                 qPrintable(QString::number(flooding.sent())));
        // Memory stayed bounded: the body was not collected beyond the limit. The hostile node
        // runs in this process and its unsent data counts too, so the bound is what it sent
        // plus a few times the client's limit.
        if (baseline > 0 && peak > 0)
            QVERIFY2(peak - baseline < (flooding.sent() >> 10) + (limit >> 10) * 3,
                     qPrintable(QString::number(peak - baseline)));
        QCOMPARE(digest(cache), before);
        QCOMPARE(siteCount(cache), 3);
    }
};

QTEST_GUILESS_MAIN(TestNetworkFaults)
#include "tst_networkfaults.moc"
