// SPDX-License-Identifier: GPL-3.0-or-later
#include "beaconclient.h"

#include "../common/tr.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>

Q_LOGGING_CATEGORY(lcBeaconClient, "genomedesk.core.beacon.client", QtWarningMsg)

namespace Core {

BeaconClient::BeaconClient(BeaconNode node, QObject *parent)
    : QObject(parent)
    , m_node(std::move(node))
    , m_network(new QNetworkAccessManager(this))
{
    m_result.node = m_node.name;
}

BeaconClient::~BeaconClient()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_inFlight)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

QByteArray BeaconClient::rangeBody(const BeaconRegion &region, qint64 skip, qint64 limit) const
{
    // 0-based: start = first - 1, end = last (exclusive); 1-based: start = first, end = last.
    const qint64 start = m_node.zeroBased ? region.first - 1 : region.first;
    const QJsonObject parameters{
            {QStringLiteral("assemblyId"), m_node.assembly},
            {QStringLiteral("referenceName"), QString::fromUtf8(region.contig)},
            {QStringLiteral("start"), QJsonArray{start}},
            {QStringLiteral("end"), QJsonArray{region.last}},
    };
    const QJsonObject body{
            {QStringLiteral("meta"),
             QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("2.0")}}},
            {QStringLiteral("query"),
             QJsonObject{{QStringLiteral("requestParameters"), parameters},
                         {QStringLiteral("includeResultsetResponses"), QStringLiteral("HIT")},
                         {QStringLiteral("pagination"),
                          QJsonObject{{QStringLiteral("skip"), skip},
                                      {QStringLiteral("limit"), limit}}},
                         {QStringLiteral("requestedGranularity"), QStringLiteral("record")}}},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray
BeaconClient::exactBody(const BeaconQueryVariant &variant, qint64 skip, qint64 limit) const
{
    const qint64 start = m_node.zeroBased ? variant.position - 1 : variant.position;
    const QJsonObject parameters{
            {QStringLiteral("assemblyId"), m_node.assembly},
            {QStringLiteral("referenceName"), QString::fromUtf8(variant.contig)},
            {QStringLiteral("start"), QJsonArray{start}},
            {QStringLiteral("referenceBases"), QString::fromLatin1(variant.reference)},
            {QStringLiteral("alternateBases"), QString::fromLatin1(variant.alternate)},
    };
    const QJsonObject body{
            {QStringLiteral("meta"),
             QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("2.0")}}},
            {QStringLiteral("query"),
             QJsonObject{{QStringLiteral("requestParameters"), parameters},
                         {QStringLiteral("includeResultsetResponses"), QStringLiteral("HIT")},
                         {QStringLiteral("pagination"),
                          QJsonObject{{QStringLiteral("skip"), skip},
                                      {QStringLiteral("limit"), limit}}},
                         {QStringLiteral("requestedGranularity"), QStringLiteral("record")}}},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void BeaconClient::start(const QList<BeaconRegion> &regions)
{
    for (const BeaconRegion &region : regions)
        m_queue.append(Task{region.contig, region, std::nullopt, 0, 1});
    begin();
}

void BeaconClient::startExact(const QList<BeaconQueryVariant> &variants)
{
    for (const BeaconQueryVariant &variant : variants) {
        BeaconRegion region{variant.contig, variant.position, variant.position};
        m_queue.append(Task{variant.contig, region, variant, 0, 1});
    }
    begin();
}

void BeaconClient::begin()
{
    m_result.retrieved = QDateTime::currentDateTimeUtc();
    m_total = m_queue.size();
    if (m_queue.isEmpty()) {
        m_result.ok = true;
        // Report asynchronously so that callers can connect after start().
        QTimer::singleShot(0, this, &BeaconClient::finish);
        return;
    }
    pump();
}

void BeaconClient::cancel()
{
    fail(Tr::tr("Cancelled."));
}

std::optional<int> BeaconClient::retryAfterSeconds(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool number = false;
    const qint64 seconds = text.toLongLong(&number);
    if (number)
        return seconds < 0 ? std::nullopt : std::optional<int>(int(qMin<qint64>(seconds, 1 << 30)));
    // An HTTP date, "Wed, 21 Oct 2026 07:28:00 GMT" (RFC 9110 IMF-fixdate).
    // Qt reads the numeric zone only: GMT is +0000.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(4) + QLatin1String(" +0000");
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return int(qBound(qint64(0), now.secsTo(at), qint64(1) << 30));
}

void BeaconClient::pump()
{
    if (m_finished)
        return;
    if (!m_queue.isEmpty() && !m_pause.hasExpired()) {
        // The node asked for a pause: new requests wait for it.
        if (!m_pumpScheduled) {
            m_pumpScheduled = true;
            QTimer::singleShot(m_pause.remainingTime(), this, [this] {
                m_pumpScheduled = false;
                pump();
            });
        }
        return;
    }
    while (!m_queue.isEmpty() && m_inFlight.size() + m_pendingRetries < m_node.concurrency)
        send(m_queue.takeFirst());
    if (m_queue.isEmpty() && m_inFlight.isEmpty() && m_pendingRetries == 0) {
        m_result.ok = true;
        finish();
    }
}

void BeaconClient::send(Task task)
{
    QNetworkRequest request(m_node.variantsUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_node.timeoutMilliseconds);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    if (m_node.auth == BeaconNode::Auth::Bearer)
        request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + m_node.secret);
    else if (m_node.auth == BeaconNode::Auth::Basic)
        request.setRawHeader("Authorization",
                             QByteArrayLiteral("Basic ")
                                     + (m_node.user.toUtf8() + ':' + m_node.secret).toBase64());
    if (!m_node.caBundle.isEmpty() && m_node.baseUrl.scheme() == QLatin1String("https")) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificates(QSslCertificate::fromPath(m_node.caBundle));
        request.setSslConfiguration(configuration);
    }

    const QByteArray body = task.variant ? exactBody(*task.variant, task.skip, kPageSize)
                                         : rangeBody(task.region, task.skip, kPageSize);
    BeaconRequestLogEntry entry;
    entry.sent = QDateTime::currentDateTimeUtc();
    entry.node = m_node.name;
    entry.method = QStringLiteral("POST");
    entry.url = m_node.variantsUrl().toString(QUrl::RemoveUserInfo);
    entry.body = body;
    entry.attempt = task.attempt;
    m_log.append(entry);
    const qint64 logIndex = m_log.size() - 1;
    ++m_result.requestCount;

    QNetworkReply *reply = m_network->post(request, body);
    m_inFlight.append(reply);
    QElapsedTimer timer;
    timer.start();
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        if (received > m_node.maximumResponseBytes) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    });
    if (!m_node.pinnedSha256.isEmpty()) {
        // The pin is checked on every connection: an untrusted certificate that matches is
        // accepted, and a trusted one that does not match is refused.
        connect(reply,
                &QNetworkReply::sslErrors,
                this,
                [this, reply](const QList<QSslError> &errors) {
                    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
                    if (matchesPin(peer))
                        reply->ignoreSslErrors(errors);
                    else
                        reply->setProperty("pinMismatch", pinOf(peer));
                });
        connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
            const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
            if (!matchesPin(peer)) {
                reply->setProperty("pinMismatch", pinOf(peer));
                reply->abort();
            }
        });
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, task, logIndex, timer] {
        handleReply(reply, task, logIndex, timer);
    });
}

bool BeaconClient::matchesPin(const QSslCertificate &certificate) const
{
    if (certificate.isNull())
        return false;
    const QByteArray pin = m_node.pinnedSha256;
    return certificate.digest(QCryptographicHash::Sha256).toHex() == pin
           || QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256)
                              .toHex()
                      == pin;
}

QString BeaconClient::pinOf(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return Tr::tr("none");
    return Tr::tr("SHA-256 %1, public key SHA-256 %2")
            .arg(QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex()),
                 QString::fromLatin1(QCryptographicHash::hash(certificate.publicKey().toDer(),
                                                              QCryptographicHash::Sha256)
                                             .toHex()));
}

void BeaconClient::sendLater(const Task &task, qint64 milliseconds)
{
    ++m_pendingRetries;
    QTimer::singleShot(milliseconds, this, [this, task] {
        --m_pendingRetries;
        if (m_finished)
            return;
        send(task);
    });
}

void BeaconClient::handleReply(QNetworkReply *reply,
                               Task task,
                               qint64 logIndex,
                               const QElapsedTimer &timer)
{
    reply->deleteLater();
    m_inFlight.removeAll(QPointer<QNetworkReply>(reply));
    if (m_finished)
        return;
    BeaconRequestLogEntry &entry = m_log[logIndex];
    entry.milliseconds = timer.elapsed();
    entry.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    entry.responseBytes = body.size();

    if (const QVariant presented = reply->property("pinMismatch"); presented.isValid()) {
        entry.outcome = QStringLiteral("certificate pin mismatch");
        fail(Tr::tr("TLS: the certificate of node %1 does not match its pinned SHA-256 "
                    "(pinned %2; the node presented certificate %3). The connection was "
                    "refused.")
                     .arg(m_node.name,
                          QString::fromLatin1(m_node.pinnedSha256),
                          presented.toString()));
        return;
    }
    if (reply->property("tooLarge").toBool() || body.size() > m_node.maximumResponseBytes) {
        entry.outcome = QStringLiteral("response too large");
        fail(Tr::tr("The response is larger than %1 bytes.").arg(m_node.maximumResponseBytes));
        return;
    }
    const bool tlsFailure = reply->error() == QNetworkReply::SslHandshakeFailedError;
    // The headers came, then the connection broke: the body is incomplete. A network failure
    // (retried like one), not a malformed answer, and never a page to parse.
    const bool cutShort = reply->error() != QNetworkReply::NoError && entry.httpStatus >= 200
                          && entry.httpStatus < 300;
    const bool transient
            = cutShort
              || (reply->error() != QNetworkReply::NoError && entry.httpStatus == 0 && !tlsFailure)
              || entry.httpStatus >= 500 || entry.httpStatus == 429;
    if (transient) {
        // The transfer timeout aborts the reply (OperationCanceledError), also mid-body.
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
        QString reason;
        if (timedOut)
            reason = Tr::tr("no answer within %1 ms").arg(m_node.timeoutMilliseconds);
        else if (cutShort)
            reason = Tr::tr("the connection closed before the answer was complete (%1)")
                             .arg(reply->errorString());
        else if (entry.httpStatus)
            reason = Tr::tr("HTTP %1").arg(entry.httpStatus);
        else
            reason = reply->errorString();
        entry.outcome = reason;
        const std::optional<int> retryAfter
                = entry.httpStatus == 429 || entry.httpStatus == 503 ? retryAfterSeconds(
                          reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc())
                                                                     : std::nullopt;
        if (retryAfter && task.waits < kMaximumWaits) {
            // The node's rate limit: wait as asked, for every request to this node, and do
            // not count it as a failed attempt.
            const int seconds = qBound(1, *retryAfter, kMaximumRetryAfterSeconds);
            const qint64 delay = qint64(seconds) * 1000;
            if (m_pause.hasExpired() || m_pause.remainingTime() < delay)
                m_pause.setRemainingTime(delay);
            entry.outcome = Tr::tr("HTTP %1: the node asked to wait %n second(s)", nullptr, seconds)
                                    .arg(entry.httpStatus);
            ++task.waits;
            qCDebug(lcBeaconClient) << m_node.name << "rate limited, waiting" << seconds << "s";
            sendLater(task, delay);
            return;
        }
        if (task.attempt <= m_node.retries) {
            const int delay = 200 * (1 << (task.attempt - 1));
            ++task.attempt;
            qCDebug(lcBeaconClient) << m_node.name << "retry in" << delay << "ms:" << reason;
            sendLater(task, delay);
            return;
        }
        fail(Tr::tr("%1 after %n attempt(s).", nullptr, task.attempt).arg(reason));
        return;
    }
    if (tlsFailure) {
        entry.outcome = reply->errorString();
        fail(Tr::tr("TLS: %1").arg(reply->errorString()));
        return;
    }
    if (entry.httpStatus != 200) {
        QString message;
        const QJsonObject error
                = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
        if (!error.isEmpty())
            message = error.value(QStringLiteral("errorMessage")).toString().left(200);
        entry.outcome = QStringLiteral("HTTP %1").arg(entry.httpStatus);
        fail(message.isEmpty()
                     ? Tr::tr("HTTP %1: %2").arg(entry.httpStatus).arg(reply->errorString())
                     : Tr::tr("HTTP %1: %2").arg(entry.httpStatus).arg(message));
        return;
    }
    auto page = parseBeaconVariantsResponse(body, task.contig, m_node.zeroBased);
    if (!page) {
        entry.outcome = page.error().message();
        fail(Tr::tr("Malformed response: %1").arg(page.error().message()));
        return;
    }
    entry.outcome = QStringLiteral("ok");
    for (BeaconVariant &variant : page->variants) {
        // A range answer may only hold sites inside the region that was asked for.
        if (variant.position < task.region.first || variant.position > task.region.last) {
            ++m_result.skippedRecords;
            continue;
        }
        if (task.variant
            && (variant.position != task.variant->position
                || variant.alternate != task.variant->alternate))
            continue;
        m_result.variants.append(std::move(variant));
    }
    m_result.skippedRecords += page->skippedRecords;
    for (const QString &id : std::as_const(page->datasetIds)) {
        if (!m_result.datasetIds.contains(id))
            m_result.datasetIds.append(id);
    }
    const qint64 seen = (task.skip + 1) * kPageSize;
    if (page->variants.size() >= kPageSize && seen < page->totalResults && task.skip < 10000) {
        Task next = task;
        ++next.skip;
        next.attempt = 1;
        m_queue.prepend(next);
        ++m_total;
    }
    ++m_done;
    Q_EMIT progress(m_done, m_total);
    pump();
}

void BeaconClient::fail(const QString &message)
{
    if (m_finished)
        return;
    m_result.ok = false;
    m_result.errorMessage = message;
    m_result.variants.clear();
    m_queue.clear();
    const QList<QPointer<QNetworkReply>> replies = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    finish();
}

void BeaconClient::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    qCDebug(lcBeaconClient) << m_node.name << (m_result.ok ? "ok" : "failed")
                            << m_result.variants.size() << "variants";
    Q_EMIT finished(m_result);
}

BeaconFetchResult testBeaconConnection(BeaconNode node)
{
    node.retries = 0;
    BeaconFetchResult result;
    QEventLoop loop;
    BeaconClient client(node);
    QObject::connect(&client,
                     &BeaconClient::finished,
                     &loop,
                     [&result, &loop](const BeaconFetchResult &fetched) {
                         result = fetched;
                         loop.quit();
                     });
    client.start({{"1", 1, 1000}});
    loop.exec();
    return result;
}

} // namespace Core
