// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the Beacon tests: a small cohort cache, a real genomedesk-beacon process on
// 127.0.0.1, a recording fixture node and a self-signed certificate made with openssl.

#include <core/frequency/frequencystore.h>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <map>
#include <memory>

namespace BeaconTest {

// Four sites on 17 in one padded region around 43045712, one far away.
inline void makeCohortCache(const QString &path)
{
    using namespace Core;
    struct Site
    {
        qint64 position;
        QByteArray reference;
        QByteArray alternate;
        qint64 ac, an, hom;
    };
    const QList<Site> sites = {
            {43041000, "C", "T", 1, 1614000, 0},
            {43045712, "G", "A", 123457, 1613998, 4021},
            {43045713, "GA", "G", 7, 1000, 1},
            {43049999, "T", "C", 250, 500, 60},
            {43200000, "A", "G", 9, 90, 2},
    };
    auto store = FrequencyStore::open(path, FrequencyStore::OpenMode::ReadWrite);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
    FrequencySource source;
    source.name = QStringLiteral("cohort");
    source.version = QStringLiteral("2026-11");
    source.origin = QStringLiteral("https://hospital.invalid/cohort");
    source.assembly = QStringLiteral("GRCh38");
    source.retrieved = QDateTime::currentDateTimeUtc();
    source.populations.append({QStringLiteral("all"), QString(), -1});
    for (const char *metric : {"AC", "AN", "nhomalt"})
        source.fields.append({QLatin1String(metric),
                              QStringLiteral("all"),
                              QLatin1String(metric),
                              FrequencyFieldType::Integer});
    QList<FrequencyFieldType> types(source.fields.size(), FrequencyFieldType::Integer);
    auto writer = store.value()->beginSource(source);
    QVERIFY(writer);
    std::map<qint64, FrequencyChunk> chunks;
    for (const Site &site : sites) {
        const qint64 window = FrequencyChunk::windowOf(site.position);
        auto it = chunks.try_emplace(window, FrequencyChunk(types)).first;
        const qsizetype row = it->second.append(site.position, site.reference, site.alternate);
        it->second.setInteger(row, 0, site.ac);
        it->second.setInteger(row, 1, site.an);
        it->second.setInteger(row, 2, site.hom);
    }
    for (const auto &[window, chunk] : chunks)
        QVERIFY(writer.value()->writeChunk("17", window, chunk));
    QVERIFY(writer.value()->writeCoverage({"17", 43000000, 43300000, qint64(sites.size())}));
    QVERIFY(writer.value()->commit(sites.size(), sites.size()));
}

// Reads one HTTP answer from \a socket: until its Content-Length is complete, the server
// closes, or \a milliseconds are up.
inline QByteArray readFor(QTcpSocket &socket, int milliseconds)
{
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(50)) {
            if (socket.state() != QAbstractSocket::ConnectedState)
                break;
            continue;
        }
        data += socket.readAll();
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end >= 0) {
            const QByteArray lower = data.left(end).toLower();
            const qsizetype at = lower.indexOf("content-length:");
            const qint64 length = at < 0 ? 0
                                         : lower.mid(at + 15, lower.indexOf('\r', at) - at - 15)
                                                   .trimmed()
                                                   .toLongLong();
            if (data.size() >= end + 4 + length)
                break;
        }
    }
    return data;
}

// Starts genomedesk-beacon on 127.0.0.1 with a free port; returns the port (0 on failure).
inline int
startNode(const QString &cache, const QStringList &arguments, std::unique_ptr<QProcess> &process)
{
    process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start(QStringLiteral(GENOMEDESK_BEACON_BINARY),
                   QStringList{QStringLiteral("--cache"),
                               cache,
                               QStringLiteral("--port"),
                               QStringLiteral("0"),
                               QStringLiteral("--address"),
                               QStringLiteral("127.0.0.1")}
                           + arguments);
    if (!process->waitForStarted(5000))
        return 0;
    QByteArray line;
    QElapsedTimer timer;
    timer.start();
    while (!line.contains('\n') && timer.elapsed() < 10000) {
        process->waitForReadyRead(200);
        line += process->readAllStandardOutput();
    }
    const QList<QByteArray> words = line.trimmed().split(' ');
    return words.size() == 4 ? words.at(3).toInt() : 0;
}

inline void stopNode(std::unique_ptr<QProcess> &process)
{
    if (!process)
        return;
    process->kill();
    process->waitForFinished(3000);
    process.reset();
}

// Makes a self-signed EC certificate for 127.0.0.1; false when openssl is missing or fails.
inline bool makeCertificate(const QString &certificate, const QString &key)
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        return false;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"),
                   QStringLiteral("-x509"),
                   QStringLiteral("-newkey"),
                   QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"),
                   QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"),
                   key,
                   QStringLiteral("-out"),
                   certificate,
                   QStringLiteral("-days"),
                   QStringLiteral("1"),
                   QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    return openssl.waitForFinished(20000) && openssl.exitCode() == 0;
}

inline void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

// A node that records every request (request line, headers, body) and answers each range or
// exact query with one G>A record whose start echoes the requested start, in the spec shape.
class RecordingNode : public QTcpServer
{
public:
    struct Request
    {
        QByteArray requestLine;
        QByteArray headers; // lower-case names, as received
        QByteArray body;
    };
    QList<Request> requests;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QByteArray header = buffer->left(headerEnd);
            const QByteArray lower = header.toLower();
            qsizetype length = 0;
            const qsizetype at = lower.indexOf("content-length:");
            if (at >= 0)
                length = lower.mid(at + 15, lower.indexOf('\r', at) - at - 15)
                                 .trimmed()
                                 .toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return;
            Request request;
            request.requestLine = header.left(header.indexOf("\r\n"));
            request.headers = header.mid(header.indexOf("\r\n") + 2);
            request.body = buffer->mid(headerEnd + 4, length);
            requests.append(request);
            const QJsonObject parameters = QJsonDocument::fromJson(request.body)
                                                   .object()
                                                   .value(QStringLiteral("query"))
                                                   .toObject()
                                                   .value(QStringLiteral("requestParameters"))
                                                   .toObject();
            const qint64 start
                    = parameters.value(QStringLiteral("start")).toArray().at(0).toInteger();
            const QJsonObject record{
                    {QStringLiteral("variation"),
                     QJsonObject{{QStringLiteral("referenceBases"), QStringLiteral("G")},
                                 {QStringLiteral("alternateBases"), QStringLiteral("A")},
                                 {QStringLiteral("location"),
                                  QJsonObject{{QStringLiteral("interval"),
                                               QJsonObject{{QStringLiteral("start"),
                                                            QJsonObject{{QStringLiteral("type"),
                                                                         QStringLiteral("Number")},
                                                                        {QStringLiteral("value"),
                                                                         start}}}}}}}}},
                    {QStringLiteral("frequencyInPopulations"),
                     QJsonArray{QJsonObject{
                             {QStringLiteral("source"), QStringLiteral("fixture")},
                             {QStringLiteral("sourceReference"), QStringLiteral("fixture")},
                             {QStringLiteral("frequencies"),
                              QJsonArray{QJsonObject{
                                      {QStringLiteral("population"), QStringLiteral("all")},
                                      {QStringLiteral("alleleFrequency"), 0.25},
                                      {QStringLiteral("alleleCount"), 25},
                                      {QStringLiteral("alleleNumber"), 100}}}}}}},
            };
            const QJsonObject response{
                    {QStringLiteral("meta"),
                     QJsonObject{{QStringLiteral("beaconId"), QStringLiteral("fixture")}}},
                    {QStringLiteral("responseSummary"),
                     QJsonObject{{QStringLiteral("exists"), true},
                                 {QStringLiteral("numTotalResults"), 1}}},
                    {QStringLiteral("response"),
                     QJsonObject{{QStringLiteral("resultSets"),
                                  QJsonArray{QJsonObject{
                                          {QStringLiteral("id"), QStringLiteral("fixture-set")},
                                          {QStringLiteral("setType"), QStringLiteral("dataset")},
                                          {QStringLiteral("exists"), true},
                                          {QStringLiteral("resultsCount"), 1},
                                          {QStringLiteral("results"), QJsonArray{record}}}}}}},
            };
            const QByteArray json = QJsonDocument(response).toJson(QJsonDocument::Compact);
            socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    "Content-Length: "
                    + QByteArray::number(json.size()) + "\r\n\r\n" + json);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
};

} // namespace BeaconTest
