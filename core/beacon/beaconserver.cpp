// SPDX-License-Identifier: GPL-3.0-or-later
#include "beaconserver.h"

#include "../common/tr.h"
#include "../frequency/frequencystore.h"
#include "../frequency/sitesvcfimporter.h"

#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <optional>
#include <tuple>

Q_LOGGING_CATEGORY(lcBeaconServer, "genomedesk.core.beacon.server", QtWarningMsg)

namespace Core {

namespace {

const QString kApiVersion = QStringLiteral("v2.0.0");
const QString kGdiPrefix = QStringLiteral("/beacon/aggregated/v2");
const QString kVariantSchema = QStringLiteral(
        "https://raw.githubusercontent.com/ga4gh-beacon/beacon-v2/main/models/json/"
        "beacon-v2-default-model/genomicVariations/defaultSchema.json");

bool constantTimeEquals(const QByteArray &left, const QByteArray &right)
{
    if (left.size() != right.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < left.size(); ++i)
        difference |= static_cast<unsigned char>(left[i] ^ right[i]);
    return difference == 0;
}

// Accepts 17, "17", [17], ["17"] and "17,18"; false on anything else.
bool readIntegers(const QJsonValue &value, QList<qint64> *out)
{
    auto one = [out](const QJsonValue &item) {
        if (item.isDouble()) {
            const double number = item.toDouble();
            if (number != std::floor(number) || number < 0 || number > 1e12)
                return false;
            out->append(qint64(number));
            return true;
        }
        if (item.isString()) {
            const QStringList parts = item.toString().split(QLatin1Char(','));
            for (const QString &part : parts) {
                bool ok = false;
                const qint64 number = part.trimmed().toLongLong(&ok);
                // The same ceiling as for JSON numbers: later "start + 1" must not overflow.
                if (!ok || number < 0 || number > qint64(1e12))
                    return false;
                out->append(number);
            }
            return true;
        }
        return false;
    };
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!one(item))
                return false;
        }
        return true;
    }
    return one(value);
}

bool validBases(const QString &bases)
{
    for (const QChar c : bases) {
        if (!QStringLiteral("ACGTUNRYSWKMBDHV-.").contains(c.toUpper()))
            return false;
    }
    return true;
}

QString variantType(const QByteArray &reference, const QByteArray &alternate)
{
    if (reference.size() == 1 && alternate.size() == 1)
        return QStringLiteral("SNP");
    if (reference.size() == alternate.size())
        return QStringLiteral("MNP");
    return QStringLiteral("INDEL");
}

// The address a client is known by in limits and logs: IPv4 clients of a dual-stack listener
// appear as IPv4-mapped IPv6 addresses; they count as the IPv4 address.
QHostAddress clientAddress(const QHostAddress &peer)
{
    bool isIpv4 = false;
    const quint32 ipv4 = peer.toIPv4Address(&isIpv4);
    return isIpv4 ? QHostAddress(ipv4) : peer;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Error");
    }
}

QByteArray closingResponse(int status, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
           + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

constexpr int kCloseGraceMilliseconds = 2000;

// Closes after the pending answer is sent, but gives a client that does not read it only
// kCloseGraceMilliseconds: disconnectFromHost() alone waits for the write buffer forever.
void closeSoon(QTcpSocket *socket)
{
    socket->disconnectFromHost();
    if (socket->state() != QAbstractSocket::UnconnectedState)
        QTimer::singleShot(kCloseGraceMilliseconds, socket, [socket] { socket->abort(); });
}

// What the guard of one connection enforces (from BeaconServerSettings).
struct GuardLimits
{
    qint64 maximumRequestBytes = 0;
    int headerTimeoutMilliseconds = 0;
    int bodyTimeoutMilliseconds = 0;
    int idleTimeoutMilliseconds = 0;
    int maximumConnectionsPerClient = 0;
    int maximumConnections = 0;
    std::function<QByteArray(int, const QString &)> errorBody; // a Beacon error response
};

// Watches the bytes of every request on one connection before Qt HttpServer reads them (its
// readyRead slot is connected after this one and reads inside a transaction, so peek() sees
// exactly the bytes that arrived since the last signal). Only the framing is parsed: request
// line and headers (kept until complete, at most kMaximumHeaderBytes), then Content-Length
// bytes or the chunks of a chunked body, whose declared sizes are added up as they arrive.
//
// One timer follows the connection: the header timeout from a request's first byte (from the
// connection's opening for the first request), the body timeout from the end of its headers,
// the idle timeout once a request is complete (restarted when its answer has been written).
// The timer is only restarted when the connection moves on, never for bytes that trickle in.
class RequestGuard final : public QObject
{
public:
    static constexpr qint64 kMaximumHeaderBytes = 16 * 1024;
    static constexpr qint64 kDrainBytes = 1024 * 1024;
    static constexpr int kDrainMilliseconds = 2000;

    RequestGuard(QTcpSocket *socket, QAbstractHttpServer *server, const GuardLimits &limits)
        : QObject(socket)
        , m_socket(socket)
        , m_server(server)
        , m_limit(limits.maximumRequestBytes)
        , m_limits(limits)
        , m_client(clientAddress(socket->peerAddress()))
    {
        connect(socket, &QIODevice::readyRead, this, &RequestGuard::onReadyRead);
        connect(socket, &QIODevice::bytesWritten, this, [this] {
            if (m_waiting == Waiting::Idle && m_socket->bytesToWrite() == 0)
                m_timer.start(m_limits.idleTimeoutMilliseconds);
        });
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &RequestGuard::onTimeout);
        wait(Waiting::Headers);
    }

private:
    enum class State { Headers, Body, ChunkSize, ChunkData, ChunkEnd, Trailer, Refused };
    enum class Waiting { Headers, Body, Idle, Nothing };

    void wait(Waiting waiting)
    {
        if (waiting == m_waiting)
            return;
        m_waiting = waiting;
        switch (waiting) {
        case Waiting::Headers:
            m_timer.start(m_limits.headerTimeoutMilliseconds);
            break;
        case Waiting::Body:
            m_timer.start(m_limits.bodyTimeoutMilliseconds);
            break;
        case Waiting::Idle:
            m_timer.start(m_limits.idleTimeoutMilliseconds);
            break;
        case Waiting::Nothing:
            m_timer.stop();
            break;
        }
    }

    void onTimeout()
    {
        const Waiting waited = m_waiting;
        wait(Waiting::Nothing);
        const QString client = m_client.toString();
        if (waited == Waiting::Idle) {
            qCInfo(lcBeaconServer).noquote() << "closing an idle connection from" << client;
            closeSoon(m_socket);
            return;
        }
        qCInfo(lcBeaconServer).noquote()
                << (waited == Waiting::Headers ? "request headers" : "request body")
                << "not received in time from" << client << "- closing the connection";
        m_state = State::Refused;
        QObject::disconnect(m_socket, &QIODevice::readyRead, m_server, nullptr);
        // A TLS connection that never finished its handshake cannot carry an answer.
        const auto *tls = qobject_cast<QSslSocket *>(m_socket);
        if (tls && !tls->isEncrypted()) {
            m_socket->abort();
            return;
        }
        const QString message = waited == Waiting::Headers
                                        ? Tr::tr("The request headers did not arrive within "
                                                 "%1 ms.")
                                                  .arg(m_limits.headerTimeoutMilliseconds)
                                        : Tr::tr("The request body did not arrive within %1 ms.")
                                                  .arg(m_limits.bodyTimeoutMilliseconds);
        m_socket->write(closingResponse(408, m_limits.errorBody(408, message)));
        drain();
        closeSoon(m_socket);
    }

    void onReadyRead()
    {
        if (m_state == State::Refused) {
            drain();
            return;
        }
        const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
        qsizetype at = 0;
        while (at < data.size() && m_state != State::Refused) {
            switch (m_state) {
            case State::Headers: {
                // The first byte of a request on a kept-alive connection starts its clock.
                if (m_waiting == Waiting::Idle)
                    wait(Waiting::Headers);
                const qsizetype before = m_line.size();
                m_line += data.mid(at);
                const qsizetype end = m_line.indexOf("\r\n\r\n");
                if (end < 0) {
                    if (m_line.size() > kMaximumHeaderBytes)
                        refuse(Tr::tr("The request headers are larger than %1 bytes.")
                                       .arg(kMaximumHeaderBytes));
                    at = data.size();
                    break;
                }
                at += end + 4 - before;
                startBody(m_line.left(end));
                m_line.clear();
                break;
            }
            case State::Body: {
                const qint64 taken = std::min<qint64>(m_remaining, data.size() - at);
                at += taken;
                m_remaining -= taken;
                if (m_remaining == 0)
                    requestComplete();
                break;
            }
            case State::ChunkData: {
                const qint64 taken = std::min<qint64>(m_remaining, data.size() - at);
                at += taken;
                m_remaining -= taken;
                if (m_remaining == 0)
                    m_state = State::ChunkEnd;
                break;
            }
            case State::ChunkSize:
            case State::ChunkEnd:
            case State::Trailer: {
                const qsizetype newline = data.indexOf('\n', at);
                m_line += data.mid(at, newline < 0 ? -1 : newline - at);
                if (m_line.size() > 1024) {
                    refuse(Tr::tr("A chunk header is too long."));
                    break;
                }
                if (newline < 0) {
                    at = data.size();
                    break;
                }
                at = newline + 1;
                const QByteArray line = m_line.trimmed();
                m_line.clear();
                if (m_state == State::ChunkEnd) {
                    m_state = State::ChunkSize;
                } else if (m_state == State::Trailer) {
                    if (line.isEmpty())
                        requestComplete();
                } else {
                    bool ok = false;
                    // Chunk extensions (";name=value") follow the size.
                    const qsizetype extension = line.indexOf(';');
                    const qint64 size = (extension < 0 ? line : line.left(extension))
                                                .trimmed()
                                                .toLongLong(&ok, 16);
                    if (!ok || size < 0) {
                        refuse(Tr::tr("A chunk size is not a number."));
                    } else if (size == 0) {
                        m_state = State::Trailer;
                    } else {
                        m_bodyBytes += size;
                        if (m_bodyBytes > m_limit)
                            refuseTooLarge();
                        else {
                            m_remaining = size;
                            m_state = State::ChunkData;
                        }
                    }
                }
                break;
            }
            case State::Refused:
                break;
            }
        }
    }

    void startBody(const QByteArray &header)
    {
        qint64 length = 0;
        bool chunked = false;
        const QList<QByteArray> lines = header.split('\n');
        for (qsizetype index = 1; index < lines.size(); ++index) {
            const QByteArray line = lines.at(index).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed().toLower();
            if (name == "content-length") {
                bool ok = false;
                length = value.toLongLong(&ok);
                if (!ok || length < 0) {
                    refuse(Tr::tr("The Content-Length header is not a number."));
                    return;
                }
            } else if (name == "transfer-encoding" && value.contains("chunked")) {
                chunked = true;
            }
        }
        m_bodyBytes = 0;
        if (chunked) {
            m_state = State::ChunkSize;
            wait(Waiting::Body);
        } else if (length > m_limit) {
            refuseTooLarge();
        } else if (length > 0) {
            m_remaining = length;
            m_state = State::Body;
            wait(Waiting::Body);
        } else {
            requestComplete();
        }
    }

    // Qt HttpServer answers the request in the same readyRead; the idle clock starts now and
    // again once the answer has been written.
    void requestComplete()
    {
        m_state = State::Headers;
        wait(Waiting::Idle);
    }

    void refuseTooLarge() { refuse(Tr::tr("The request is larger than %1 bytes.").arg(m_limit)); }

    // Answers 413 directly, takes the socket away from Qt HttpServer and closes it after a
    // short drain, so that a client still sending its body reads the answer instead of a reset.
    void refuse(const QString &message)
    {
        m_state = State::Refused;
        wait(Waiting::Nothing);
        qCDebug(lcBeaconServer) << "refused before reading the body:" << message;
        QObject::disconnect(m_socket, &QIODevice::readyRead, m_server, nullptr);
        m_socket->write(closingResponse(413, m_limits.errorBody(413, message)));
        m_socket->flush();
        drain();
        QPointer<QTcpSocket> socket = m_socket;
        QTimer::singleShot(kDrainMilliseconds, this, [socket] {
            if (socket)
                closeSoon(socket);
        });
    }

    void drain()
    {
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_drained += m_socket->skip(m_socket->bytesAvailable());
        if (m_drained > kDrainBytes)
            m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    QAbstractHttpServer *m_server;
    qint64 m_limit;
    GuardLimits m_limits;
    QHostAddress m_client;
    QTimer m_timer;
    Waiting m_waiting = Waiting::Nothing;
    State m_state = State::Headers;
    QByteArray m_line;
    qint64 m_remaining = 0;
    qint64 m_bodyBytes = 0;
    qint64 m_drained = 0;
};

// Accepts connections (TLS ones when configured), refuses those beyond the connection caps
// with 503 and puts a RequestGuard on the others before Qt HttpServer sees them.
class GuardedTcpServer final : public QTcpServer
{
public:
    GuardedTcpServer(QAbstractHttpServer *server,
                     std::optional<QSslConfiguration> tls,
                     GuardLimits limits)
        : m_server(server)
        , m_tls(std::move(tls))
        , m_limits(std::move(limits))
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket *socket = nullptr;
        if (m_tls) {
            auto *sslSocket = new QSslSocket(this);
            if (!sslSocket->setSocketDescriptor(descriptor)) {
                delete sslSocket;
                return;
            }
            sslSocket->setSslConfiguration(*m_tls);
            sslSocket->startServerEncryption();
            socket = sslSocket;
        } else {
            socket = new QTcpSocket(this);
            if (!socket->setSocketDescriptor(descriptor)) {
                delete socket;
                return;
            }
        }
        const QHostAddress client = BeaconRateLimiter::clientOf(socket->peerAddress());
        const bool overTotal = m_open >= m_limits.maximumConnections;
        auto perClient = m_openPerClient.find(client);
        if (overTotal
            || (perClient != m_openPerClient.end()
                && perClient->open >= m_limits.maximumConnectionsPerClient)) {
            refuseConnection(socket, client, overTotal);
            return;
        }
        if (perClient == m_openPerClient.end())
            perClient = m_openPerClient.insert(client, Count());
        ++perClient->open;
        ++m_open;
        // The context object ends this connection before the server's members are destroyed.
        connect(socket, &QObject::destroyed, this, [this, client] { release(client); });
        new RequestGuard(socket, m_server, m_limits);
        addPendingConnection(socket);
    }

private:
    struct Count
    {
        int open = 0;
        bool warned = false; //!< refusals were logged since the address was last under its cap
    };

    void refuseConnection(QTcpSocket *socket, const QHostAddress &client, bool overTotal)
    {
        // One warning per flood, not one per connection.
        bool &warned = overTotal ? m_warnedTotal : m_openPerClient[client].warned;
        if (!warned) {
            warned = true;
            if (overTotal)
                qCWarning(lcBeaconServer).noquote()
                        << "refusing connections beyond" << m_limits.maximumConnections
                        << "open ones, first from" << BeaconRateLimiter::label(client);
            else
                qCWarning(lcBeaconServer).noquote()
                        << "refusing connections from" << BeaconRateLimiter::label(client)
                        << "beyond" << m_limits.maximumConnectionsPerClient << "open ones";
        }
        const QString message
                = overTotal ? Tr::tr("The server has too many open connections; try again later.")
                            : Tr::tr("Too many open connections from your address; at most %1.")
                                      .arg(m_limits.maximumConnectionsPerClient);
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        // A TLS socket keeps this until its handshake is done.
        socket->write(closingResponse(503, m_limits.errorBody(503, message)));
        closeSoon(socket);
    }

    void release(const QHostAddress &client)
    {
        --m_open;
        if (m_open < m_limits.maximumConnections)
            m_warnedTotal = false;
        auto it = m_openPerClient.find(client);
        if (it == m_openPerClient.end())
            return;
        if (--it->open <= 0)
            m_openPerClient.erase(it);
        else if (it->open < m_limits.maximumConnectionsPerClient)
            it->warned = false;
    }

    QAbstractHttpServer *m_server;
    std::optional<QSslConfiguration> m_tls;
    GuardLimits m_limits;
    QHash<QHostAddress, Count> m_openPerClient;
    int m_open = 0;
    bool m_warnedTotal = false;
};

} // namespace

struct BeaconServer::Query
{
    QString apiVersion = QStringLiteral("2.0");
    QString assemblyId;
    QByteArray referenceName;
    QList<qint64> start;
    QList<qint64> end;
    std::optional<QByteArray> referenceBases;
    std::optional<QByteArray> alternateBases;
    QString granularity = QStringLiteral("boolean");
    qint64 skip = 0;
    qint64 limit = 10;
    QJsonObject requestParameters;
};

BeaconServer::BeaconServer(std::unique_ptr<FrequencyStore> store,
                           BeaconServerSettings settings,
                           QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(std::move(store))
    , m_settings(std::move(settings))
    , m_rateLimiter(m_settings.rateLimitPerSecond, m_settings.rateLimitBurst)
{}

BeaconServer::~BeaconServer() = default;

void BeaconServer::sslSetup(const QSslCertificate &certificate, const QSslKey &privateKey)
{
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setLocalCertificate(certificate);
    m_tls.setPrivateKey(privateKey);
    m_tls.setProtocol(QSsl::SecureProtocols);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_tlsEnabled = true;
}

quint16 BeaconServer::listen(const QHostAddress &address, quint16 port)
{
    GuardLimits limits;
    limits.maximumRequestBytes = m_settings.maximumRequestBytes;
    limits.headerTimeoutMilliseconds = std::max(1, m_settings.headerTimeoutMilliseconds);
    limits.bodyTimeoutMilliseconds = std::max(1, m_settings.bodyTimeoutMilliseconds);
    limits.idleTimeoutMilliseconds = std::max(1, m_settings.idleTimeoutMilliseconds);
    limits.maximumConnectionsPerClient = std::max(1, m_settings.maximumConnectionsPerClient);
    limits.maximumConnections = std::max(1, m_settings.maximumConnections);
    limits.errorBody = [this](int status, const QString &message) {
        return error(status, message).body;
    };
    auto *server = new GuardedTcpServer(this,
                                        m_tlsEnabled ? std::optional<QSslConfiguration>(m_tls)
                                                     : std::nullopt,
                                        std::move(limits));
    if (!server->listen(address, port)) {
        qCWarning(lcBeaconServer) << "cannot listen:" << server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

bool BeaconServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QByteArray method;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        method = "POST";
        break;
    default:
        method = "OTHER";
        break;
    }
    const QHostAddress client = BeaconRateLimiter::clientOf(socket->peerAddress());
    const BeaconRateLimiter::Decision allowance = m_rateLimiter.take(client);
    if (!allowance.allowed) {
        // One warning when a client starts to be refused, not one per refused request.
        if (allowance.firstRefusal)
            qCWarning(lcBeaconServer).noquote()
                    << "rate limit exceeded by" << BeaconRateLimiter::label(client);
        const Reply refused = error(429,
                                    Tr::tr("Too many requests; retry after %n second(s).",
                                           nullptr,
                                           allowance.retryAfterSeconds));
        makeResponder(request, socket)
                .write(refused.body,
                       {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                        {QByteArrayLiteral("Retry-After"),
                         QByteArray::number(allowance.retryAfterSeconds)}},
                       QHttpServerResponder::StatusCode::TooManyRequests);
        return true;
    }
    Reply reply;
    if (request.body().size() > m_settings.maximumRequestBytes) {
        reply = error(
                413,
                Tr::tr("The request is larger than %1 bytes.").arg(m_settings.maximumRequestBytes));
    } else {
        reply = answer(method,
                       request.url().path(),
                       request.url().query(QUrl::FullyDecoded),
                       request.body(),
                       request.value("Authorization"));
    }
    if (m_settings.delayMilliseconds > 0)
        QThread::msleep(static_cast<unsigned long>(m_settings.delayMilliseconds));
    qCDebug(lcBeaconServer) << method << request.url().path() << reply.status;
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(reply.body,
                    QByteArrayLiteral("application/json"),
                    QHttpServerResponder::StatusCode(reply.status));
    return true;
}

void BeaconServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const Reply reply = error(404, Tr::tr("No such endpoint."));
    makeResponder(request, socket)
            .write(reply.body,
                   QByteArrayLiteral("application/json"),
                   QHttpServerResponder::StatusCode::NotFound);
}

BeaconServer::Reply BeaconServer::answer(const QByteArray &method,
                                         const QString &requestPath,
                                         const QString &query,
                                         const QByteArray &body,
                                         const QByteArray &authorization) const
{
    if (m_settings.fault == QLatin1String("http-500"))
        return error(500, Tr::tr("Internal error (simulated)."));
    if (m_settings.fault == QLatin1String("broken-json"))
        return {200,
                QByteArrayLiteral("{\"meta\": {\"beaconId\": \"broken\"}, \"response\": {\"resu")};

    if (!m_settings.bearerToken.isEmpty()) {
        const QByteArray expected = QByteArrayLiteral("Bearer ") + m_settings.bearerToken;
        if (!constantTimeEquals(authorization.trimmed(), expected))
            return error(401, Tr::tr("A valid Bearer token is required."));
    }

    QString path = requestPath;
    if (path == kGdiPrefix || path.startsWith(kGdiPrefix + QLatin1Char('/')))
        path = path.mid(kGdiPrefix.size());
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.isEmpty())
        path = QStringLiteral("/");

    auto json = [](const QJsonObject &object) {
        return Reply{200, QJsonDocument(object).toJson(QJsonDocument::Compact)};
    };
    if (path == QLatin1String("/g_variants")) {
        if (method == "GET") {
            auto parsed = parseGet(query);
            if (!parsed)
                return error(400, parsed.error().message());
            return variants(parsed.value());
        }
        if (method == "POST") {
            auto parsed = parsePost(body);
            if (!parsed)
                return error(400, parsed.error().message());
            return variants(parsed.value());
        }
        return error(405, Tr::tr("Only GET and POST are allowed."));
    }
    if (method != "GET")
        return error(405, Tr::tr("Only GET is allowed here."));
    if (path == QLatin1String("/") || path == QLatin1String("/info"))
        return json(infoResponse());
    if (path == QLatin1String("/service-info"))
        return json(serviceInfo());
    if (path == QLatin1String("/map"))
        return json(mapResponse());
    if (path == QLatin1String("/configuration"))
        return json(configurationResponse());
    if (path == QLatin1String("/entry_types"))
        return json(entryTypesResponse());
    if (path == QLatin1String("/filtering_terms"))
        return json(filteringTermsResponse());
    return error(404, Tr::tr("No such endpoint: %1").arg(path));
}

BeaconServer::Reply BeaconServer::error(int status, const QString &message) const
{
    QJsonObject meta{
            {QStringLiteral("beaconId"), m_settings.beaconId},
            {QStringLiteral("apiVersion"), kApiVersion},
            {QStringLiteral("returnedSchemas"), QJsonArray()},
            {QStringLiteral("returnedGranularity"), QStringLiteral("boolean")},
            {QStringLiteral("receivedRequestSummary"),
             QJsonObject{{QStringLiteral("apiVersion"), kApiVersion},
                         {QStringLiteral("requestedSchemas"), QJsonArray()},
                         {QStringLiteral("pagination"),
                          QJsonObject{{QStringLiteral("skip"), 0}, {QStringLiteral("limit"), 0}}},
                         {QStringLiteral("requestedGranularity"), QStringLiteral("boolean")}}},
    };
    const QJsonObject object{
            {QStringLiteral("meta"), meta},
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("errorCode"), status},
                         {QStringLiteral("errorMessage"), message}}},
    };
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

QJsonObject BeaconServer::informationalMeta(const QString &schema) const
{
    QJsonArray schemas;
    if (!schema.isEmpty()) {
        schemas.append(QJsonObject{{QStringLiteral("entityType"), QStringLiteral("info")},
                                   {QStringLiteral("schema"), schema}});
    }
    return QJsonObject{{QStringLiteral("beaconId"), m_settings.beaconId},
                       {QStringLiteral("apiVersion"), kApiVersion},
                       {QStringLiteral("returnedSchemas"), schemas}};
}

QJsonObject BeaconServer::infoResponse() const
{
    QJsonArray sources;
    for (const FrequencySource &source : m_store->sources()) {
        sources.append(QJsonObject{{QStringLiteral("name"), source.name},
                                   {QStringLiteral("version"), source.version},
                                   {QStringLiteral("assembly"), source.assembly},
                                   {QStringLiteral("siteCount"), source.siteCount}});
    }
    const QJsonObject response{
            {QStringLiteral("id"), m_settings.beaconId},
            {QStringLiteral("name"), m_settings.beaconName},
            {QStringLiteral("apiVersion"), kApiVersion},
            {QStringLiteral("environment"), m_settings.environment},
            {QStringLiteral("organization"),
             QJsonObject{{QStringLiteral("id"), m_settings.organization},
                         {QStringLiteral("name"), m_settings.organization}}},
            {QStringLiteral("version"), QStringLiteral(GENOMEDESK_VERSION)},
            {QStringLiteral("description"),
             QStringLiteral("Aggregated allele frequencies served by genomedesk-beacon.")},
            {QStringLiteral("info"), QJsonObject{{QStringLiteral("sources"), sources}}},
    };
    return QJsonObject{
            {QStringLiteral("meta"), informationalMeta(QStringLiteral("beacon-info-v2.0.0"))},
            {QStringLiteral("response"), response}};
}

QJsonObject BeaconServer::serviceInfo() const
{
    return QJsonObject{
            {QStringLiteral("id"), m_settings.beaconId},
            {QStringLiteral("name"), m_settings.beaconName},
            {QStringLiteral("type"),
             QJsonObject{{QStringLiteral("group"), QStringLiteral("org.ga4gh")},
                         {QStringLiteral("artifact"), QStringLiteral("beacon")},
                         {QStringLiteral("version"), kApiVersion}}},
            {QStringLiteral("organization"),
             QJsonObject{{QStringLiteral("name"), m_settings.organization},
                         {QStringLiteral("url"), QStringLiteral("https://genomedesk.invalid")}}},
            {QStringLiteral("version"), QStringLiteral(GENOMEDESK_VERSION)},
            {QStringLiteral("environment"), m_settings.environment},
    };
}

QJsonObject BeaconServer::mapResponse() const
{
    const QJsonObject endpoint{
            {QStringLiteral("entryType"), QStringLiteral("genomicVariation")},
            {QStringLiteral("rootUrl"), m_settings.publicBaseUrl + QStringLiteral("/g_variants")}};
    const QJsonObject response{
            {QStringLiteral("$schema"), QStringLiteral("beacon-map-v2.0.0")},
            {QStringLiteral("endpointSets"),
             QJsonObject{{QStringLiteral("genomicVariant"), endpoint}}},
    };
    return QJsonObject{
            {QStringLiteral("meta"), informationalMeta(QStringLiteral("beacon-map-v2.0.0"))},
            {QStringLiteral("response"), response}};
}

static QJsonObject entryTypes()
{
    const QJsonObject definition{
            {QStringLiteral("id"), QStringLiteral("genomicVariant")},
            {QStringLiteral("name"), QStringLiteral("Genomic Variants")},
            {QStringLiteral("partOfSpecification"), QStringLiteral("Beacon v2.0.0")},
            {QStringLiteral("description"),
             QStringLiteral("Sites with aggregated allele frequencies per population.")},
            {QStringLiteral("ontologyTermForThisType"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("SO:0000735")},
                         {QStringLiteral("label"), QStringLiteral("sequence_location")}}},
            {QStringLiteral("defaultSchema"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("ga4gh-beacon-variant-v2.0.0")},
                         {QStringLiteral("name"),
                          QStringLiteral("Default schema for a genomic variation")},
                         {QStringLiteral("referenceToSchemaDefinition"), kVariantSchema},
                         {QStringLiteral("schemaVersion"), QStringLiteral("v2.0.0")}}},
            {QStringLiteral("nonFilteredQueriesAllowed"), true},
    };
    return QJsonObject{{QStringLiteral("genomicVariant"), definition}};
}

QJsonObject BeaconServer::configurationResponse() const
{
    const QJsonObject response{
            {QStringLiteral("$schema"), QStringLiteral("beacon-configuration-v2.0.0")},
            {QStringLiteral("maturityAttributes"),
             QJsonObject{{QStringLiteral("productionStatus"),
                          m_settings.environment == QLatin1String("prod")
                                  ? QStringLiteral("PROD")
                                  : QStringLiteral("TEST")}}},
            {QStringLiteral("securityAttributes"),
             QJsonObject{{QStringLiteral("defaultGranularity"), QStringLiteral("record")},
                         {QStringLiteral("securityLevels"),
                          QJsonArray{m_settings.bearerToken.isEmpty()
                                             ? QStringLiteral("PUBLIC")
                                             : QStringLiteral("CONTROLLED")}}}},
            {QStringLiteral("entryTypes"), entryTypes()},
    };
    return QJsonObject{{QStringLiteral("meta"),
                        informationalMeta(QStringLiteral("beacon-configuration-v2.0.0"))},
                       {QStringLiteral("response"), response}};
}

QJsonObject BeaconServer::entryTypesResponse() const
{
    return QJsonObject{{QStringLiteral("meta"),
                        informationalMeta(QStringLiteral("beacon-entry-types-v2.0.0"))},
                       {QStringLiteral("response"),
                        QJsonObject{{QStringLiteral("entryTypes"), entryTypes()}}}};
}

QJsonObject BeaconServer::filteringTermsResponse() const
{
    return QJsonObject{{QStringLiteral("meta"),
                        informationalMeta(QStringLiteral("beacon-filtering-terms-v2.0.0"))},
                       {QStringLiteral("response"),
                        QJsonObject{{QStringLiteral("filteringTerms"), QJsonArray()}}}};
}

Result<BeaconServer::Query> BeaconServer::parseGet(const QString &queryText) const
{
    Query query;
    const QUrlQuery items(queryText);
    auto text = [&items](const char *key) {
        return items.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    auto invalid = [](const QString &message) {
        return Error(Error::Code::InvalidArgument, message);
    };
    query.assemblyId = text("assemblyId");
    query.referenceName = text("referenceName").toUtf8();
    if (items.hasQueryItem(QStringLiteral("start"))
        && !readIntegers(QJsonValue(text("start")), &query.start))
        return invalid(Tr::tr("\"start\" must be one or two non-negative integers."));
    if (items.hasQueryItem(QStringLiteral("end"))
        && !readIntegers(QJsonValue(text("end")), &query.end))
        return invalid(Tr::tr("\"end\" must be one or two non-negative integers."));
    if (items.hasQueryItem(QStringLiteral("referenceBases")))
        query.referenceBases = text("referenceBases").toUtf8();
    if (items.hasQueryItem(QStringLiteral("alternateBases")))
        query.alternateBases = text("alternateBases").toUtf8();
    if (items.hasQueryItem(QStringLiteral("requestedGranularity")))
        query.granularity = text("requestedGranularity");
    bool ok = true;
    if (items.hasQueryItem(QStringLiteral("skip"))) {
        query.skip = text("skip").toLongLong(&ok);
        if (!ok || query.skip < 0)
            return invalid(Tr::tr("\"skip\" must be a non-negative integer."));
    }
    if (items.hasQueryItem(QStringLiteral("limit"))) {
        query.limit = text("limit").toLongLong(&ok);
        if (!ok || query.limit < 0)
            return invalid(Tr::tr("\"limit\" must be a non-negative integer."));
    }
    const auto pairs = items.queryItems(QUrl::FullyDecoded);
    for (const auto &pair : pairs)
        query.requestParameters.insert(pair.first, pair.second);
    return query;
}

Result<BeaconServer::Query> BeaconServer::parsePost(const QByteArray &body) const
{
    auto invalid = [](const QString &message) {
        return Error(Error::Code::InvalidArgument, message);
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(Tr::tr("The request body is not a JSON object."));
    const QJsonObject root = document.object();
    if (!root.value(QStringLiteral("meta")).isObject())
        return invalid(Tr::tr("The request has no \"meta\" object."));
    Query query;
    const QJsonValue apiVersion
            = root.value(QStringLiteral("meta")).toObject().value(QStringLiteral("apiVersion"));
    if (apiVersion.isString())
        query.apiVersion = apiVersion.toString();
    const QJsonValue queryValue = root.value(QStringLiteral("query"));
    if (!queryValue.isUndefined() && !queryValue.isObject())
        return invalid(Tr::tr("\"query\" must be an object."));
    const QJsonObject queryObject = queryValue.toObject();
    const QJsonValue parameterValue = queryObject.value(QStringLiteral("requestParameters"));
    if (!parameterValue.isUndefined() && !parameterValue.isObject())
        return invalid(Tr::tr("\"requestParameters\" must be an object."));
    const QJsonObject parameters = parameterValue.toObject();
    query.requestParameters = parameters;

    auto string = [&parameters](const char *key, QString *out) {
        const QJsonValue value = parameters.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        if (!value.isString())
            return false;
        *out = value.toString();
        return true;
    };
    QString text;
    if (!string("assemblyId", &query.assemblyId))
        return invalid(Tr::tr("\"assemblyId\" must be a string."));
    if (!string("referenceName", &text))
        return invalid(Tr::tr("\"referenceName\" must be a string."));
    query.referenceName = text.toUtf8();
    if (parameters.contains(QStringLiteral("start"))
        && !readIntegers(parameters.value(QStringLiteral("start")), &query.start))
        return invalid(Tr::tr("\"start\" must be one or two non-negative integers."));
    if (parameters.contains(QStringLiteral("end"))
        && !readIntegers(parameters.value(QStringLiteral("end")), &query.end))
        return invalid(Tr::tr("\"end\" must be one or two non-negative integers."));
    if (parameters.contains(QStringLiteral("referenceBases"))) {
        text.clear();
        if (!string("referenceBases", &text))
            return invalid(Tr::tr("\"referenceBases\" must be a string."));
        query.referenceBases = text.toUtf8();
    }
    if (parameters.contains(QStringLiteral("alternateBases"))) {
        text.clear();
        if (!string("alternateBases", &text))
            return invalid(Tr::tr("\"alternateBases\" must be a string."));
        query.alternateBases = text.toUtf8();
    }
    const QJsonValue granularity = queryObject.value(QStringLiteral("requestedGranularity"));
    if (!granularity.isUndefined()) {
        if (!granularity.isString())
            return invalid(Tr::tr("\"requestedGranularity\" must be a string."));
        query.granularity = granularity.toString();
    }
    const QJsonValue pagination = queryObject.value(QStringLiteral("pagination"));
    if (!pagination.isUndefined()) {
        if (!pagination.isObject())
            return invalid(Tr::tr("\"pagination\" must be an object."));
        const QJsonObject page = pagination.toObject();
        QList<qint64> number;
        if (page.contains(QStringLiteral("skip"))) {
            if (!page.value(QStringLiteral("skip")).isDouble()
                || !readIntegers(page.value(QStringLiteral("skip")), &number))
                return invalid(Tr::tr("\"skip\" must be a non-negative integer."));
            query.skip = number.constLast();
        }
        if (page.contains(QStringLiteral("limit"))) {
            if (!page.value(QStringLiteral("limit")).isDouble()
                || !readIntegers(page.value(QStringLiteral("limit")), &number))
                return invalid(Tr::tr("\"limit\" must be a non-negative integer."));
            query.limit = number.constLast();
        }
    }
    return query;
}

BeaconServer::Reply BeaconServer::variants(const Query &query) const
{
    if (query.granularity != QLatin1String("boolean") && query.granularity != QLatin1String("count")
        && query.granularity != QLatin1String("record"))
        return error(400, Tr::tr("\"requestedGranularity\" must be boolean, count or record."));
    if (query.referenceName.isEmpty())
        return error(400, Tr::tr("\"referenceName\" is required."));
    if (query.start.isEmpty() || query.start.size() > 2 || query.end.size() > 2)
        return error(
                400,
                Tr::tr("\"start\" (one or two values) is required; \"end\" takes one or two."));
    for (const auto &bases : {query.referenceBases, query.alternateBases}) {
        if (bases && !validBases(QString::fromUtf8(*bases)))
            return error(400, Tr::tr("Bases may only contain IUPAC nucleotide codes."));
    }

    // 0-based inclusive start, exclusive end -> 1-based inclusive positions.
    const qint64 first = query.start.constFirst() + 1;
    qint64 last = first;
    if (!query.end.isEmpty())
        last = query.end.constLast();
    else if (query.start.size() == 2)
        last = query.start.constLast() + 1;
    else if (!query.alternateBases)
        return error(400,
                     Tr::tr("A query with one \"start\" needs \"alternateBases\" or \"end\"."));
    if (last < first)
        return error(400, Tr::tr("\"end\" must be greater than \"start\"."));
    if (last - first + 1 > m_settings.maximumRangeBases)
        return error(
                400,
                Tr::tr("The region is longer than %1 bases.").arg(m_settings.maximumRangeBases));

    // Exact queries compare trimmed alleles, as the cache stores them.
    qint64 exactPosition = first;
    QByteArray exactReference;
    QByteArray exactAlternate;
    const bool exact = query.end.isEmpty() && query.alternateBases && query.start.size() == 1;
    if (exact) {
        exactReference = query.referenceBases.value_or(QByteArray()).toUpper();
        exactAlternate = query.alternateBases->toUpper();
        if (!exactReference.isEmpty() && exactReference != "N")
            SitesVcfImporter::normalizeAlleles(exactPosition, exactReference, exactAlternate);
    }

    bool assemblyMatches = true;
    if (!query.assemblyId.isEmpty() && m_store->build() != GenomeBuild::Unknown) {
        const bool asks38 = query.assemblyId.contains(QLatin1String("38"))
                            || query.assemblyId == QLatin1String("GCF_000001405.39");
        const bool asks37 = query.assemblyId.contains(QLatin1String("37"))
                            || query.assemblyId.contains(QLatin1String("19"));
        assemblyMatches = (m_store->build() == GenomeBuild::GRCh38 && asks38)
                          || (m_store->build() == GenomeBuild::GRCh37 && asks37);
    }

    using Key = std::tuple<qint64, QByteArray, QByteArray>;
    std::map<Key, QJsonArray> sites;
    const QByteArray contig = normalizedContigName(query.referenceName);
    for (const FrequencySource &source : m_store->sources()) {
        if (!assemblyMatches)
            break;
        struct PopulationFields
        {
            QString label;
            int alleleCount, alleleNumber, homozygotes, frequency;
        };
        QList<PopulationFields> populations;
        for (const FrequencyPopulation &population : source.populations) {
            populations.append({population.label,
                                source.fieldIndex(QStringLiteral("AC"), population.label),
                                source.fieldIndex(QStringLiteral("AN"), population.label),
                                source.fieldIndex(QStringLiteral("nhomalt"), population.label),
                                source.fieldIndex(QStringLiteral("AF"), population.label)});
        }
        const qint64 firstWindow = FrequencyChunk::windowOf(exact ? exactPosition : first);
        const qint64 lastWindow = FrequencyChunk::windowOf(exact ? exactPosition : last);
        for (qint64 window = firstWindow; window <= lastWindow; ++window) {
            auto chunk = m_store->chunk(source, contig, window);
            if (!chunk) {
                qCWarning(lcBeaconServer) << chunk.error().toString();
                return error(500, Tr::tr("The frequency cache cannot be read."));
            }
            if (!chunk.value())
                continue;
            const FrequencyChunk &sitesOfWindow = *chunk.value();
            for (qsizetype site = 0; site < sitesOfWindow.size(); ++site) {
                const qint64 position = sitesOfWindow.position(site);
                const QByteArray &reference = sitesOfWindow.reference(site);
                const QByteArray &alternate = sitesOfWindow.alternate(site);
                if (exact) {
                    if (position != exactPosition || alternate != exactAlternate)
                        continue;
                    if (!exactReference.isEmpty() && exactReference != "N"
                        && reference != exactReference)
                        continue;
                } else {
                    if (position < first || position > last)
                        continue;
                    if (query.referenceBases && !query.referenceBases->isEmpty()
                        && *query.referenceBases != "N"
                        && reference != query.referenceBases->toUpper())
                        continue;
                    if (query.alternateBases && !query.alternateBases->isEmpty()
                        && *query.alternateBases != "N"
                        && alternate != query.alternateBases->toUpper())
                        continue;
                }
                QJsonArray frequencies;
                for (const PopulationFields &fields : populations) {
                    auto integer = [&](int column) -> qint64 {
                        return column < 0 ? -1 : sitesOfWindow.integer(site, column);
                    };
                    const qint64 alleleCount = integer(fields.alleleCount);
                    const qint64 alleleNumber = integer(fields.alleleNumber);
                    const qint64 homozygotes = integer(fields.homozygotes);
                    double frequency = std::nan("");
                    if (alleleCount >= 0 && alleleNumber > 0)
                        frequency = double(alleleCount) / double(alleleNumber);
                    else if (fields.frequency >= 0)
                        frequency = sitesOfWindow.floating(site, fields.frequency);
                    else if (alleleCount >= 0 && alleleNumber == 0)
                        frequency = 0.0;
                    if (std::isnan(frequency))
                        continue;
                    QJsonObject item{{QStringLiteral("population"), fields.label},
                                     {QStringLiteral("alleleFrequency"), frequency}};
                    if (alleleCount >= 0)
                        item.insert(QStringLiteral("alleleCount"), alleleCount);
                    if (alleleNumber >= 0)
                        item.insert(QStringLiteral("alleleNumber"), alleleNumber);
                    if (homozygotes >= 0)
                        item.insert(QStringLiteral("alleleCountHomozygous"), homozygotes);
                    frequencies.append(item);
                }
                if (frequencies.isEmpty())
                    continue;
                QJsonObject entry{{QStringLiteral("source"), source.name},
                                  {QStringLiteral("sourceReference"),
                                   source.origin.isEmpty() ? source.name : source.origin},
                                  {QStringLiteral("frequencies"), frequencies}};
                if (!source.version.isEmpty())
                    entry.insert(QStringLiteral("version"), source.version);
                sites[Key{position, reference, alternate}].append(entry);
            }
        }
    }

    const qint64 total = qint64(sites.size());
    const bool exists = total > 0;
    qint64 limit = query.limit;
    if (limit <= 0 || limit > m_settings.maximumLimit)
        limit = m_settings.maximumLimit;
    const QString returned = query.granularity;

    QJsonObject requestSummary{
            {QStringLiteral("apiVersion"), query.apiVersion},
            {QStringLiteral("requestedSchemas"), QJsonArray()},
            {QStringLiteral("pagination"),
             QJsonObject{{QStringLiteral("skip"), query.skip},
                         {QStringLiteral("limit"), query.limit}}},
            {QStringLiteral("requestedGranularity"), query.granularity},
    };
    QJsonObject meta{
            {QStringLiteral("beaconId"), m_settings.beaconId},
            {QStringLiteral("apiVersion"), kApiVersion},
            {QStringLiteral("returnedSchemas"),
             QJsonArray{
                     QJsonObject{{QStringLiteral("entityType"), QStringLiteral("genomicVariation")},
                                 {QStringLiteral("schema"), kVariantSchema}}}},
            {QStringLiteral("returnedGranularity"), returned},
            {QStringLiteral("receivedRequestSummary"), requestSummary},
            {QStringLiteral("testMode"), false},
    };
    QJsonObject summary{{QStringLiteral("exists"), exists}};
    if (returned != QLatin1String("boolean"))
        summary.insert(QStringLiteral("numTotalResults"), total);
    QJsonObject object{{QStringLiteral("meta"), meta},
                       {QStringLiteral("responseSummary"), summary}};

    if (returned == QLatin1String("record")) {
        QJsonArray results;
        const qint64 offset = query.skip * limit;
        qint64 index = 0;
        const QString contigText = QString::fromUtf8(contig);
        for (const auto &[key, frequencies] : sites) {
            if (index++ < offset)
                continue;
            if (results.size() >= limit)
                break;
            const auto &[position, reference, alternate] = key;
            const QString ref = QString::fromUtf8(reference);
            const QString alt = QString::fromUtf8(alternate);
            const QJsonObject interval{
                    {QStringLiteral("type"), QStringLiteral("SequenceInterval")},
                    {QStringLiteral("start"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("Number")},
                                 {QStringLiteral("value"), position - 1}}},
                    {QStringLiteral("end"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("Number")},
                                 {QStringLiteral("value"), position - 1 + reference.size()}}},
            };
            const QJsonObject variation{
                    {QStringLiteral("variantType"), variantType(reference, alternate)},
                    {QStringLiteral("referenceBases"), ref},
                    {QStringLiteral("alternateBases"), alt},
                    {QStringLiteral("location"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("SequenceLocation")},
                                 {QStringLiteral("sequence_id"),
                                  QStringLiteral("HGVSid:%1:g.%2%3>%4")
                                          .arg(contigText, QString::number(position), ref, alt)},
                                 {QStringLiteral("interval"), interval}}},
            };
            results.append(QJsonObject{
                    {QStringLiteral("variantInternalId"),
                     QStringLiteral("%1:%2:%3:%4")
                             .arg(contigText, QString::number(position), ref, alt)},
                    {QStringLiteral("variation"), variation},
                    {QStringLiteral("frequencyInPopulations"), frequencies},
            });
        }
        const QJsonObject resultSet{
                {QStringLiteral("id"), QFileInfo(m_store->path()).completeBaseName()},
                {QStringLiteral("setType"), QStringLiteral("dataset")},
                {QStringLiteral("exists"), exists},
                {QStringLiteral("resultsCount"), total},
                {QStringLiteral("results"), results},
        };
        object.insert(QStringLiteral("response"),
                      QJsonObject{{QStringLiteral("resultSets"), QJsonArray{resultSet}}});
    }
    return {200, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

} // namespace Core
