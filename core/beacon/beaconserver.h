// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "beaconratelimiter.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QString>

#include <memory>

namespace Core {

class FrequencyStore;

/*!
 * How a BeaconServer is set up: identity, limits, optional Bearer token, TLS and the fault
 * injection used by the integration tests.
 */
struct BeaconServerSettings
{
    QString beaconId = QStringLiteral("org.genomedesk.beacon");
    QString beaconName = QStringLiteral("GenomeDesk aggregated frequency Beacon");
    QString organization = QStringLiteral("GenomeDesk");
    QString environment = QStringLiteral("prod"); //!< prod, test, dev or staging
    /*! The node's public root URL, used in /map (absolute URIs there). */
    QString publicBaseUrl = QStringLiteral("http://localhost");
    qint64 maximumRequestBytes = 64 * 1024; //!< larger requests are answered with 413
    int maximumLimit = 1000;                //!< page size for limit 0 and the cap for larger limits
    qint64 maximumRangeBases = 10'000'000;  //!< longest region a range query may ask for
    QByteArray bearerToken;                 //!< empty: no authentication
    /*!
     * Slow clients: a request's headers must arrive within headerTimeoutMilliseconds of its
     * first byte (of the connection's opening for the first request), its body within
     * bodyTimeoutMilliseconds of the end of the headers; neither is extended by bytes that
     * trickle in. A kept-alive connection with no request for idleTimeoutMilliseconds after
     * the last answer is closed.
     */
    int headerTimeoutMilliseconds = 10'000;
    int bodyTimeoutMilliseconds = 30'000;
    int idleTimeoutMilliseconds = 15'000;
    int maximumConnectionsPerClient = 32; //!< open connections from one address (more: 503)
    int maximumConnections = 512;         //!< open connections in total (more: 503)
    double rateLimitPerSecond = 20;       //!< sustained requests per second per client; 0: no limit
    int rateLimitBurst = 40;              //!< requests a client may send at once
    /*! Test hooks: a delay before every answer, and a fault ("", "http-500", "broken-json"). */
    int delayMilliseconds = 0;
    QString fault;
};

/*!
 * A GA4GH Beacon v2 aggregated node serving the sites of a FrequencyStore (every source in it)
 * on Qt HttpServer: GET / /info /service-info /map /configuration /entry_types
 * /filtering_terms, GET and POST /g_variants (sequence and range queries, granularity boolean,
 * count or record, pagination), under "/" and the GDI prefix "/beacon/aggregated/v2/".
 *
 * Records carry frequencyInPopulations[] in the spec shape (frequencies[] with population,
 * alleleFrequency) extended with alleleCount, alleleNumber and alleleCountHomozygous. Start
 * coordinates in requests and records are 0-based (start = POS - 1), ends exclusive.
 *
 * Malformed requests get a beaconErrorResponse (400, 401, 404, 405, 408, 413, 429, 503),
 * never a crash.
 * Lives in the thread that created it; the store is read in that thread.
 *
 * Request size: listen() accepts connections through its own TCP/TLS server that watches
 * every request's framing before Qt HttpServer buffers it. A Content-Length above
 * maximumRequestBytes is answered with 413 as soon as the headers are complete, without
 * reading the body; a chunked body is counted chunk by chunk as it arrives and refused as
 * soon as the declared chunks exceed the limit; headers larger than 16 KiB are refused the
 * same way. The refused connection is closed after a short drain (discarded, never stored).
 *
 * Slow clients and floods: the same guard closes a connection whose request headers or body
 * do not arrive within the timeouts of BeaconServerSettings, counted from the start of the
 * request (a byte now and then does not extend them), answering 408 when the connection is
 * still usable; an idle kept-alive connection is closed. Connections beyond the per-address
 * or total cap are answered 503 and closed at once. Each client address has a token bucket
 * (BeaconRateLimiter): requests over it get 429 with Retry-After. Timeouts, refusals and
 * rate-limit hits are logged with the client address only.
 */
class BeaconServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    BeaconServer(std::unique_ptr<FrequencyStore> store,
                 BeaconServerSettings settings,
                 QObject *parent = nullptr);
    ~BeaconServer() override;

    /*!
     * Listens on \a address:\a port (0: any free port) with the request size guard described
     * above, over TLS when sslSetup() was called. Returns the port, or 0 on failure. Hides
     * QAbstractHttpServer::listen(), which would bypass the guard.
     */
    quint16 listen(const QHostAddress &address = QHostAddress::Any, quint16 port = 0);
    /*! Serves HTTPS with \a certificate and \a key from the next listen() on. */
    void sslSetup(const QSslCertificate &certificate, const QSslKey &privateKey);

    /*! Handles one request without a socket (also used by tests): status and JSON body. */
    struct Reply
    {
        int status = 200;
        QByteArray body;
    };
    Reply answer(const QByteArray &method,
                 const QString &path,
                 const QString &query,
                 const QByteArray &body,
                 const QByteArray &authorization) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Query;
    Reply error(int status, const QString &message) const;
    QJsonObject informationalMeta(const QString &schema) const;
    QJsonObject infoResponse() const;
    QJsonObject mapResponse() const;
    QJsonObject configurationResponse() const;
    QJsonObject entryTypesResponse() const;
    QJsonObject filteringTermsResponse() const;
    QJsonObject serviceInfo() const;
    Reply variants(const Query &query) const;
    Result<Query> parseGet(const QString &query) const;
    Result<Query> parsePost(const QByteArray &body) const;

    std::unique_ptr<FrequencyStore> m_store;
    BeaconServerSettings m_settings;
    QSslConfiguration m_tls;
    bool m_tlsEnabled = false;
    BeaconRateLimiter m_rateLimiter;
};

} // namespace Core
