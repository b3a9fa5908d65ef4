// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace Core {

/*!
 * One configured Beacon v2 node (an entry of nodes.json):
 *
 *   {"nodes": [{"name": "goe-nl", "baseUrl": "https://beacon.example.org/api",
 *               "style": "spec" | "gdi", "assembly": "GRCh38",
 *               "coordinates": "0-based" | "1-based",
 *               "auth": {"type": "bearer", "tokenFile": "goe.token"}
 *                    | {"type": "basic", "user": "u", "tokenFile": "password.txt"},
 *               "caBundle": "ca.pem", "pinnedSha256": "<hex of the certificate's SHA-256>",
 *               "timeoutMs": 10000, "retries": 2, "concurrency": 2,
 *               "padding": true, "windowBases": 5000, "maximumResponseBytes": 16777216}]}
 *
 * Relative file names are resolved against the directory of nodes.json. The token is read
 * when the registry is loaded and is never written to a log.
 */
struct BeaconNode
{
    enum class Style {
        Spec, //!< POST {baseUrl}/g_variants
        Gdi,  //!< POST {baseUrl}/beacon/aggregated/v2/g_variants
    };
    enum class Auth { None, Bearer, Basic };

    QString name;
    QUrl baseUrl;
    Style style = Style::Spec;
    QString assembly = QStringLiteral("GRCh38");
    bool zeroBased = true; //!< spec: start = POS - 1; false: start = POS
    Auth auth = Auth::None;
    QString user;            //!< Basic only
    QByteArray secret;       //!< Bearer token or Basic password; never logged
    QString caBundle;        //!< PEM file of extra trusted CAs; empty: system CAs only
    QByteArray pinnedSha256; //!< lower-case hex; accepts this certificate even if untrusted
    int timeoutMilliseconds = 10000;
    int retries = 2;
    int concurrency = 2;
    bool padding = true;
    qint64 windowBases = 5000;
    qint64 maximumResponseBytes = 16 * 1024 * 1024;

    /*! The URL of the g_variants endpoint for the node's style. */
    QUrl variantsUrl() const;
    /*! The cache source name, "beacon:<name>". */
    QString sourceName() const { return QStringLiteral("beacon:") + name; }
};

/*!
 * Reads nodes.json. Refuses (with the file and the node's position) a missing name, a
 * duplicate name, a base URL that is not http(s), an unknown style, auth type or coordinate
 * convention, an unreadable token file and out-of-range numbers.
 */
Result<QList<BeaconNode>> loadBeaconNodes(const QString &path);

} // namespace Core
