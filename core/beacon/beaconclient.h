// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beaconnode.h"
#include "beaconregion.h"
#include "beaconresponse.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class QNetworkAccessManager;
class QSslCertificate;
class QNetworkReply;

namespace Core {

/*!
 * One request that left the machine, for the data-protection log: the URL and the exact body
 * (never the Authorization header or the token), when, and how the node answered.
 */
struct BeaconRequestLogEntry
{
    QDateTime sent; //!< UTC
    QString node;
    QString method;
    QString url;
    QByteArray body;
    int attempt = 1;
    int httpStatus = 0; //!< 0 when no HTTP answer (timeout, connection refused)
    QString outcome;    //!< "ok" or the error
    qint64 milliseconds = 0;
    qint64 responseBytes = 0;
};

/*! What a BeaconClient fetched from one node. */
struct BeaconFetchResult
{
    QString node;
    bool ok = false;
    QString errorMessage; //!< translated; empty when ok
    QList<BeaconVariant> variants;
    QStringList datasetIds;
    qint64 requestCount = 0;
    qint64 skippedRecords = 0;
    QDateTime retrieved; //!< UTC, when the fetch started
};

/*!
 * Fetches g_variants from one Beacon v2 node over Qt Network (HTTPS via OpenSSL): POSTs one
 * record-level range query per region (or, without padding, one exact query per variant),
 * follows pagination, with a per-request timeout, bounded retries with exponential back-off
 * for timeouts, connection errors and 5xx/429 answers, at most node.concurrency requests in
 * flight, a response size limit, and validation of every page before use. A 429 or 503 with
 * Retry-After (seconds or an HTTP date) is the node's rate limit: the client sends nothing
 * to that node until the time has passed (at most kMaximumRetryAfterSeconds), then repeats
 * the request without counting it as a failed attempt, up to kMaximumWaits times per request. The
 * first unrecoverable failure (4xx, malformed page, retries exhausted) ends the fetch with ok
 * false.
 *
 * Lives in one thread (its event loop); emits finished() exactly once after start().
 */
class BeaconClient final : public QObject
{
    Q_OBJECT

public:
    explicit BeaconClient(BeaconNode node, QObject *parent = nullptr);
    ~BeaconClient() override;

    const BeaconNode &node() const { return m_node; }

    /*! Range queries for \a regions (the privacy-preserving default). */
    void start(const QList<BeaconRegion> &regions);
    /*! Exact queries, one per variant; only when the node's padding is switched off. */
    void startExact(const QList<BeaconQueryVariant> &variants);
    /*! Aborts every request; finished() reports a cancellation. */
    void cancel();

    const QList<BeaconRequestLogEntry> &requestLog() const { return m_log; }

    /*! The JSON body of a range query (1-based region, converted to the node's convention). */
    QByteArray rangeBody(const BeaconRegion &region, qint64 skip, qint64 limit) const;
    QByteArray exactBody(const BeaconQueryVariant &variant, qint64 skip, qint64 limit) const;

    static constexpr qint64 kPageSize = 500;
    static constexpr int kMaximumRetryAfterSeconds = 60;
    static constexpr int kMaximumWaits = 20;

    /*! Seconds from a Retry-After header value (delta-seconds or HTTP date), none when invalid. */
    static std::optional<int> retryAfterSeconds(const QByteArray &value, const QDateTime &now);

Q_SIGNALS:
    void finished(const Core::BeaconFetchResult &result);
    void progress(qint64 done, qint64 total);

private:
    struct Task
    {
        QByteArray contig;
        BeaconRegion region;
        std::optional<BeaconQueryVariant> variant;
        qint64 skip = 0;
        int attempt = 1;
        int waits = 0; //!< times the node asked this request to wait (429/503 + Retry-After)
    };
    void begin();
    void pump();
    void send(Task task);
    /*! Sends \a task again after \a milliseconds (a retry: it holds a place in flight). */
    void sendLater(const Task &task, qint64 milliseconds);
    void handleReply(QNetworkReply *reply, Task task, qint64 logIndex, const QElapsedTimer &timer);
    void fail(const QString &message);
    void finish();
    /*! Whether \a certificate's SHA-256 or its public key's (SubjectPublicKeyInfo) is the pin. */
    bool matchesPin(const QSslCertificate &certificate) const;
    static QString pinOf(const QSslCertificate &certificate);

    BeaconNode m_node;
    QNetworkAccessManager *m_network = nullptr;
    QList<Task> m_queue;
    QList<QPointer<QNetworkReply>> m_inFlight;
    int m_pendingRetries = 0;
    QDeadlineTimer m_pause; //!< no new request before it expires (the node's Retry-After)
    bool m_pumpScheduled = false;
    QList<BeaconRequestLogEntry> m_log;
    BeaconFetchResult m_result;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_finished = false;
};

/*!
 * "Test connection" for the node settings: one record-level range query for a neutral region
 * (1:1-1000, nothing of a case) through a BeaconClient with the node's URL, TLS (CA bundle or
 * pin), authentication and timeout, without retries. Blocks with its own event loop, so call
 * it from a worker thread (QtConcurrent), never the GUI thread. ok false with the translated
 * reason (HTTP 401, TLS, pin mismatch, timeout, malformed answer) otherwise.
 */
BeaconFetchResult testBeaconConnection(BeaconNode node);

} // namespace Core

Q_DECLARE_METATYPE(Core::BeaconFetchResult)
