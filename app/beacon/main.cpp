// SPDX-License-Identifier: GPL-3.0-or-later
// genomedesk-beacon: serves a frequency cache as a GA4GH Beacon v2 aggregated node.

#include "core/beacon/beaconserver.h"
#include "core/common/tr.h"
#include "core/frequency/frequencystore.h"

#include <ui/uilanguage.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "genomedesk-beacon: " << message << '\n';
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("genomedesk-beacon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GENOMEDESK_VERSION));
    // Help and messages in the UI language saved by genomedesk (its settings, only read),
    // else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as the genomedesk subcommands
    // do; the HTTP API's JSON and the "listening on port" line do not change.
    QCoreApplication::setOrganizationName(QStringLiteral("GenomeDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("genomedesk.invalid"));
    Gui::UiLanguage::applySavedWithoutSaving(QStringLiteral("genomedesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Serves a frequency cache as a Beacon v2 aggregated node."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption cache(
            QStringLiteral("cache"),
            QCoreApplication::translate("main", "Frequency cache (.gdfreq)."),
            QStringLiteral("file"));
    const QCommandLineOption port(
            QStringLiteral("port"),
            QCoreApplication::translate("main", "TCP port (0: any free port)."),
            QStringLiteral("number"));
    const QCommandLineOption address(
            QStringLiteral("address"),
            QCoreApplication::translate("main", "Address to listen on (default: all)."),
            QStringLiteral("address"));
    const QCommandLineOption certificate(
            QStringLiteral("tls-cert"),
            QCoreApplication::translate("main", "PEM certificate for HTTPS."),
            QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("tls-key"),
                                 QCoreApplication::translate("main", "PEM private key for HTTPS."),
                                 QStringLiteral("file"));
    const QCommandLineOption tokenFile(
            QStringLiteral("token-file"),
            QCoreApplication::translate("main",
                                        "File holding the Bearer token that clients must send."),
            QStringLiteral("file"));
    const QCommandLineOption beaconId(
            QStringLiteral("beacon-id"),
            QCoreApplication::translate("main", "Beacon id (reverse domain name)."),
            QStringLiteral("id"));
    const QCommandLineOption maximumRequest(
            QStringLiteral("max-request-bytes"),
            QCoreApplication::translate("main", "Largest accepted request body."),
            QStringLiteral("bytes"));
    const QCommandLineOption publicUrl(
            QStringLiteral("public-url"),
            QCoreApplication::translate("main", "Public root URL of the node, as shown in /map."),
            QStringLiteral("url"));
    const QCommandLineOption headerTimeout(
            QStringLiteral("header-timeout"),
            QCoreApplication::translate("main",
                                        "Seconds a client has to send a request's headers "
                                        "(default: 10)."),
            QStringLiteral("seconds"));
    const QCommandLineOption bodyTimeout(
            QStringLiteral("body-timeout"),
            QCoreApplication::translate("main",
                                        "Seconds a client has to send a request's body after "
                                        "its headers (default: 30)."),
            QStringLiteral("seconds"));
    const QCommandLineOption idleTimeout(
            QStringLiteral("idle-timeout"),
            QCoreApplication::translate("main",
                                        "Seconds an idle kept-alive connection stays open "
                                        "(default: 15)."),
            QStringLiteral("seconds"));
    const QCommandLineOption connectionsPerClient(
            QStringLiteral("max-connections-per-client"),
            QCoreApplication::translate("main",
                                        "Open connections allowed from one address "
                                        "(default: 32)."),
            QStringLiteral("number"));
    const QCommandLineOption connections(
            QStringLiteral("max-connections"),
            QCoreApplication::translate("main",
                                        "Open connections allowed in total (default: 512)."),
            QStringLiteral("number"));
    const QCommandLineOption rateLimit(
            QStringLiteral("rate-limit"),
            QCoreApplication::translate("main",
                                        "Requests per second allowed from one address, sustained "
                                        "(default: 20; 0: no limit)."),
            QStringLiteral("requests"));
    const QCommandLineOption rateBurst(
            QStringLiteral("rate-burst"),
            QCoreApplication::translate("main",
                                        "Requests one address may send at once (default: 40)."),
            QStringLiteral("requests"));
    QCommandLineOption delay(QStringLiteral("simulate-delay-ms"),
                             QCoreApplication::translate("main", "Testing: delay every answer."),
                             QStringLiteral("milliseconds"));
    delay.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption fault(
            QStringLiteral("simulate-fault"),
            QCoreApplication::translate("main", "Testing: http-500 or broken-json."),
            QStringLiteral("fault"));
    fault.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({publicUrl,
                       cache,
                       port,
                       address,
                       certificate,
                       key,
                       tokenFile,
                       beaconId,
                       maximumRequest,
                       headerTimeout,
                       bodyTimeout,
                       idleTimeout,
                       connectionsPerClient,
                       connections,
                       rateLimit,
                       rateBurst,
                       delay,
                       fault});
    // Not process(): its help shows the path the program was started with, and its errors
    // exit with 1, where a usage error exits with 2 as genomedesk's do.
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QCoreApplication::arguments().constFirst(),
                     QStringLiteral("genomedesk-beacon"));
        QTextStream(stdout) << text;
        return 0;
    }
    if (parser.isSet(version)) {
        QTextStream(stdout) << QStringLiteral("genomedesk-beacon %1\n")
                                       .arg(QCoreApplication::applicationVersion());
        return 0;
    }

    if (!parser.isSet(cache) || !parser.isSet(port))
        return fail(QCoreApplication::translate("main", "--cache and --port are required."));
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return fail(
                QCoreApplication::translate("main", "invalid port: %1").arg(parser.value(port)));
    if (parser.isSet(certificate) != parser.isSet(key))
        return fail(QCoreApplication::translate("main", "--tls-cert and --tls-key go together."));

    Core::BeaconServerSettings settings;
    if (parser.isSet(beaconId))
        settings.beaconId = parser.value(beaconId);
    if (parser.isSet(maximumRequest)) {
        settings.maximumRequestBytes = parser.value(maximumRequest).toLongLong(&ok);
        if (!ok || settings.maximumRequestBytes <= 0)
            return fail(QCoreApplication::translate("main", "invalid --max-request-bytes"));
    }
    // Timeouts in seconds, fractions allowed (tests use short ones), at most a day.
    const auto milliseconds = [&parser](const QCommandLineOption &option, int *out) {
        if (!parser.isSet(option))
            return true;
        bool valid = false;
        const double seconds = parser.value(option).toDouble(&valid);
        if (!valid || !(seconds > 0) || seconds > 86400)
            return false;
        *out = std::max(1, int(seconds * 1000));
        return true;
    };
    const auto count = [&parser](const QCommandLineOption &option, int minimum, int *out) {
        if (!parser.isSet(option))
            return true;
        bool valid = false;
        const int number = parser.value(option).toInt(&valid);
        if (!valid || number < minimum)
            return false;
        *out = number;
        return true;
    };
    if (!milliseconds(headerTimeout, &settings.headerTimeoutMilliseconds))
        return fail(QCoreApplication::translate("main", "invalid --header-timeout"));
    if (!milliseconds(bodyTimeout, &settings.bodyTimeoutMilliseconds))
        return fail(QCoreApplication::translate("main", "invalid --body-timeout"));
    if (!milliseconds(idleTimeout, &settings.idleTimeoutMilliseconds))
        return fail(QCoreApplication::translate("main", "invalid --idle-timeout"));
    if (!count(connectionsPerClient, 1, &settings.maximumConnectionsPerClient))
        return fail(QCoreApplication::translate("main", "invalid --max-connections-per-client"));
    if (!count(connections, 1, &settings.maximumConnections))
        return fail(QCoreApplication::translate("main", "invalid --max-connections"));
    if (!count(rateBurst, 1, &settings.rateLimitBurst))
        return fail(QCoreApplication::translate("main", "invalid --rate-burst"));
    if (parser.isSet(rateLimit)) {
        settings.rateLimitPerSecond = parser.value(rateLimit).toDouble(&ok);
        if (!ok || !(settings.rateLimitPerSecond >= 0) || settings.rateLimitPerSecond > 1e6)
            return fail(QCoreApplication::translate("main", "invalid --rate-limit"));
    }
    if (parser.isSet(tokenFile)) {
        QFile file(parser.value(tokenFile));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("main", "%1: cannot read the token file")
                                .arg(file.fileName()));
        settings.bearerToken = file.readAll().trimmed();
        if (settings.bearerToken.isEmpty())
            return fail(QCoreApplication::translate("main", "%1: the token file is empty")
                                .arg(file.fileName()));
    }
    if (parser.isSet(publicUrl)) {
        settings.publicBaseUrl = parser.value(publicUrl);
    } else if (portNumber != 0) {
        settings.publicBaseUrl = QStringLiteral("%1://%2:%3")
                                         .arg(parser.isSet(certificate) ? QStringLiteral("https")
                                                                        : QStringLiteral("http"),
                                              parser.isSet(address) ? parser.value(address)
                                                                    : QStringLiteral("localhost"))
                                         .arg(portNumber);
    }
    settings.delayMilliseconds = parser.value(delay).toInt();
    settings.fault = parser.value(fault);
    if (!settings.fault.isEmpty() && settings.fault != QLatin1String("http-500")
        && settings.fault != QLatin1String("broken-json"))
        return fail(QCoreApplication::translate("main", "unknown fault: %1").arg(settings.fault));

    auto store = Core::FrequencyStore::open(parser.value(cache),
                                            Core::FrequencyStore::OpenMode::ReadOnly);
    if (!store)
        return fail(store.error().toString());

    Core::BeaconServer server(std::move(store.value()), settings);
    if (parser.isSet(certificate)) {
        QFile certificateFile(parser.value(certificate));
        QFile keyFile(parser.value(key));
        if (!certificateFile.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("main", "%1: cannot read the certificate")
                                .arg(certificateFile.fileName()));
        if (!keyFile.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("main", "%1: cannot read the key")
                                .arg(keyFile.fileName()));
        const QSslCertificate sslCertificate(&certificateFile, QSsl::Pem);
        QSslKey sslKey(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (sslKey.isNull()) {
            keyFile.seek(0);
            sslKey = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
        }
        if (sslCertificate.isNull())
            return fail(QCoreApplication::translate("main", "%1: not a PEM certificate")
                                .arg(certificateFile.fileName()));
        if (sslKey.isNull())
            return fail(QCoreApplication::translate("main", "%1: not a PEM RSA or EC private key")
                                .arg(keyFile.fileName()));
        server.sslSetup(sslCertificate, sslKey);
    }
    const QHostAddress host = parser.isSet(address) ? QHostAddress(parser.value(address))
                                                    : QHostAddress(QHostAddress::Any);
    const quint16 actualPort = server.listen(host, quint16(portNumber));
    if (actualPort == 0)
        return fail(
                QCoreApplication::translate("main", "cannot listen on port %1").arg(portNumber));
    // The first stdout line tells scripts and tests which port was taken (with --port 0).
    std::printf("listening on port %u\n", unsigned(actualPort));
    std::fflush(stdout);
    // The HTTP API answers in English whatever the operator's language: its error messages are
    // read by Beacon clients anywhere (requests are handled on this thread).
    const Core::ScopedTranslation apiLanguage(nullptr);
    return application.exec();
}
