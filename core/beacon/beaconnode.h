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
 *               "padding": true, "windowBases": 5000, "maximumResponseBytes": 16777216,
 *               "maxAgeDays": 30}]}
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
    QString user;      //!< Basic only
    QByteArray secret; //!< Bearer token or Basic password; never logged
    QString caBundle;  //!< PEM file of extra trusted CAs; empty: system CAs only
    /*!
     * Lower-case hex SHA-256 of the node's certificate (DER) or of its public key
     * (SubjectPublicKeyInfo DER); when set, only a certificate matching it is accepted, even
     * an untrusted one.
     */
    QByteArray pinnedSha256;
    int timeoutMilliseconds = 10000;
    int retries = 2;
    int concurrency = 2;
    bool padding = true;
    qint64 windowBases = 5000;
    qint64 maximumResponseBytes = 16 * 1024 * 1024;
    /*! A sync fetches again only regions fetched longer ago than this (0: always). */
    int maxAgeDays = 30;

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

/*!
 * Writes \a nodes to \a path in the format loadBeaconNodes() reads (QSaveFile). Secrets are
 * stored the same way as in a hand-written node list: never in nodes.json itself, but each in
 * its own token file "tokens/<name>.token" next to it, in a directory only the user can read
 * (0700) and with file mode 0600. Token files of nodes no longer in the list are removed.
 */
Result<void> saveBeaconNodes(const QString &path, const QList<BeaconNode> &nodes);

/*! The user's own node list: nodes.json in the application's configuration directory. */
QString userBeaconNodesPath();

/*!
 * Nodes from the deployment settings' list of Beacon URLs (DeploymentSettings::FrequencyNodes):
 * a URL ending in the GDI path "/beacon/aggregated/v2" is a GDI-style node on the URL before
 * it; names are "site-<host>" (made unique); \a windowBases (the deployment's query padding,
 * > 0) replaces the default window. Invalid URLs are skipped.
 */
QList<BeaconNode> deploymentBeaconNodes(const QStringList &urls, qint64 windowBases = 0);

} // namespace Core
