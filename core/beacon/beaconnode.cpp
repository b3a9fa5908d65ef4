// SPDX-License-Identifier: GPL-3.0-or-later
#include "beaconnode.h"

#include "../common/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

namespace Core {

QUrl BeaconNode::variantsUrl() const
{
    QUrl url = baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (style == Style::Gdi)
        path += QStringLiteral("/beacon/aggregated/v2");
    url.setPath(path + QStringLiteral("/g_variants"));
    return url;
}

Result<QList<BeaconNode>> loadBeaconNodes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::FileNotFound, Tr::tr("Cannot read the node list."), path);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || !document.object().value(QStringLiteral("nodes")).isArray())
        return Error(Error::Code::MalformedHeader,
                     Tr::tr("Not a node list: expected a JSON object with a \"nodes\" array."),
                     path);
    const QDir directory = QFileInfo(path).absoluteDir();
    auto resolve = [&directory](const QString &name) {
        return name.isEmpty() ? name : directory.absoluteFilePath(name);
    };

    QList<BeaconNode> nodes;
    QSet<QString> names;
    const QJsonArray array = document.object().value(QStringLiteral("nodes")).toArray();
    qint64 record = 0;
    for (const QJsonValue &value : array) {
        ++record;
        auto refuse = [&](const QString &message) {
            return Error(Error::Code::MalformedRecord, message, path, record);
        };
        if (!value.isObject())
            return refuse(Tr::tr("A node must be a JSON object."));
        const QJsonObject object = value.toObject();
        BeaconNode node;
        node.name = object.value(QStringLiteral("name")).toString();
        static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
        if (!namePattern.match(node.name).hasMatch())
            return refuse(Tr::tr("\"name\" must be 1-64 letters, digits, '.', '_' or '-'."));
        if (names.contains(node.name))
            return refuse(Tr::tr("The node name \"%1\" is used twice.").arg(node.name));
        names.insert(node.name);
        node.baseUrl = QUrl(object.value(QStringLiteral("baseUrl")).toString(), QUrl::StrictMode);
        if (!node.baseUrl.isValid()
            || (node.baseUrl.scheme() != QLatin1String("https")
                && node.baseUrl.scheme() != QLatin1String("http"))
            || node.baseUrl.host().isEmpty())
            return refuse(Tr::tr("\"baseUrl\" must be an http or https URL."));
        const QString style
                = object.value(QStringLiteral("style")).toString(QStringLiteral("spec"));
        if (style == QLatin1String("spec"))
            node.style = BeaconNode::Style::Spec;
        else if (style == QLatin1String("gdi"))
            node.style = BeaconNode::Style::Gdi;
        else
            return refuse(Tr::tr("\"style\" must be \"spec\" or \"gdi\"."));
        node.assembly = object.value(QStringLiteral("assembly")).toString(node.assembly);
        const QString coordinates
                = object.value(QStringLiteral("coordinates")).toString(QStringLiteral("0-based"));
        if (coordinates != QLatin1String("0-based") && coordinates != QLatin1String("1-based"))
            return refuse(Tr::tr("\"coordinates\" must be \"0-based\" or \"1-based\"."));
        node.zeroBased = coordinates == QLatin1String("0-based");

        const QJsonObject auth = object.value(QStringLiteral("auth")).toObject();
        const QString authType
                = auth.value(QStringLiteral("type")).toString(QStringLiteral("none"));
        if (authType == QLatin1String("bearer"))
            node.auth = BeaconNode::Auth::Bearer;
        else if (authType == QLatin1String("basic"))
            node.auth = BeaconNode::Auth::Basic;
        else if (authType != QLatin1String("none"))
            return refuse(Tr::tr("\"auth.type\" must be \"none\", \"bearer\" or \"basic\"."));
        if (node.auth != BeaconNode::Auth::None) {
            QFile tokenFile(resolve(auth.value(QStringLiteral("tokenFile")).toString()));
            if (tokenFile.fileName().isEmpty() || !tokenFile.open(QIODevice::ReadOnly))
                return refuse(Tr::tr("Cannot read the token file of node \"%1\".").arg(node.name));
            node.secret = tokenFile.readAll().trimmed();
            if (node.secret.isEmpty() || node.secret.contains('\n'))
                return refuse(
                        Tr::tr("The token file of node \"%1\" must hold one line.").arg(node.name));
            node.user = auth.value(QStringLiteral("user")).toString();
        }
        node.caBundle = resolve(object.value(QStringLiteral("caBundle")).toString());
        node.pinnedSha256
                = object.value(QStringLiteral("pinnedSha256")).toString().toLower().toLatin1();
        node.pinnedSha256.replace(':', "");

        auto number = [&object](const char *key,
                                qint64 fallback,
                                qint64 minimum,
                                qint64 maximum,
                                qint64 *out) {
            const QJsonValue value = object.value(QLatin1String(key));
            if (value.isUndefined()) {
                *out = fallback;
                return true;
            }
            const double number = value.toDouble(-1);
            if (!value.isDouble() || number < minimum || number > maximum)
                return false;
            *out = qint64(number);
            return true;
        };
        qint64 out = 0;
        if (!number("timeoutMs", node.timeoutMilliseconds, 100, 600000, &out))
            return refuse(Tr::tr("\"timeoutMs\" must be 100 ... 600000."));
        node.timeoutMilliseconds = int(out);
        if (!number("retries", node.retries, 0, 10, &out))
            return refuse(Tr::tr("\"retries\" must be 0 ... 10."));
        node.retries = int(out);
        if (!number("concurrency", node.concurrency, 1, 16, &out))
            return refuse(Tr::tr("\"concurrency\" must be 1 ... 16."));
        node.concurrency = int(out);
        if (!number("windowBases", node.windowBases, 0, 1000000, &out))
            return refuse(Tr::tr("\"windowBases\" must be 0 ... 1000000."));
        node.windowBases = out;
        if (!number("maximumResponseBytes", node.maximumResponseBytes, 1024, qint64(1) << 30, &out))
            return refuse(Tr::tr("\"maximumResponseBytes\" must be 1024 ... 2^30."));
        node.maximumResponseBytes = out;
        if (!number("maxAgeDays", node.maxAgeDays, 0, 3650, &out))
            return refuse(Tr::tr("\"maxAgeDays\" must be 0 ... 3650."));
        node.maxAgeDays = int(out);
        node.padding = object.value(QStringLiteral("padding")).toBool(true);
        nodes.append(node);
    }
    return nodes;
}

QString userBeaconNodesPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
            .filePath(QStringLiteral("nodes.json"));
}

Result<void> saveBeaconNodes(const QString &path, const QList<BeaconNode> &nodes)
{
    const QDir directory = QFileInfo(path).absoluteDir();
    if (!directory.exists() && !QDir().mkpath(directory.absolutePath()))
        return Error(Error::Code::FileUnwritable,
                     Tr::tr("Cannot create the folder."),
                     directory.absolutePath());
    const QString tokenDirectory = directory.filePath(QStringLiteral("tokens"));
    QSet<QString> keptTokens;
    QJsonArray array;
    for (const BeaconNode &node : nodes) {
        QJsonObject object{
                {QStringLiteral("name"), node.name},
                {QStringLiteral("baseUrl"), node.baseUrl.toString()},
                {QStringLiteral("style"),
                 node.style == BeaconNode::Style::Gdi ? QStringLiteral("gdi")
                                                      : QStringLiteral("spec")},
                {QStringLiteral("assembly"), node.assembly},
                {QStringLiteral("coordinates"),
                 node.zeroBased ? QStringLiteral("0-based") : QStringLiteral("1-based")},
                {QStringLiteral("timeoutMs"), node.timeoutMilliseconds},
                {QStringLiteral("retries"), node.retries},
                {QStringLiteral("concurrency"), node.concurrency},
                {QStringLiteral("padding"), node.padding},
                {QStringLiteral("windowBases"), node.windowBases},
                {QStringLiteral("maximumResponseBytes"), node.maximumResponseBytes},
                {QStringLiteral("maxAgeDays"), node.maxAgeDays},
        };
        if (!node.caBundle.isEmpty())
            object.insert(QStringLiteral("caBundle"), node.caBundle);
        if (!node.pinnedSha256.isEmpty())
            object.insert(QStringLiteral("pinnedSha256"), QString::fromLatin1(node.pinnedSha256));
        if (node.auth != BeaconNode::Auth::None) {
            if (node.secret.isEmpty() || node.secret.contains('\n'))
                return Error(
                        Error::Code::InvalidArgument,
                        Tr::tr("Node \"%1\" needs a token or password of one line.").arg(node.name),
                        path);
            if (!QDir().mkpath(tokenDirectory))
                return Error(Error::Code::FileUnwritable,
                             Tr::tr("Cannot create the folder."),
                             tokenDirectory);
            QFile::setPermissions(tokenDirectory,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ExeOwner);
            const QString tokenName = node.name + QStringLiteral(".token");
            QSaveFile token(QDir(tokenDirectory).filePath(tokenName));
            if (!token.open(QIODevice::WriteOnly) || token.write(node.secret + '\n') < 0
                || !token.commit())
                return Error(Error::Code::FileUnwritable,
                             Tr::tr("Cannot write the token file."),
                             token.fileName());
            QFile::setPermissions(token.fileName(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            keptTokens.insert(tokenName);
            QJsonObject auth{
                    {QStringLiteral("type"),
                     node.auth == BeaconNode::Auth::Bearer ? QStringLiteral("bearer")
                                                           : QStringLiteral("basic")},
                    {QStringLiteral("tokenFile"), QStringLiteral("tokens/") + tokenName},
            };
            if (node.auth == BeaconNode::Auth::Basic)
                auth.insert(QStringLiteral("user"), node.user);
            object.insert(QStringLiteral("auth"), auth);
        }
        array.append(object);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(QJsonObject{{QStringLiteral("nodes"), array}}).toJson()) < 0
        || !file.commit())
        return Error(Error::Code::FileUnwritable, Tr::tr("Cannot write the node list."), path);
    // Secrets of removed or renamed nodes do not stay behind.
    const QStringList tokens
            = QDir(tokenDirectory).entryList({QStringLiteral("*.token")}, QDir::Files);
    for (const QString &token : tokens) {
        if (!keptTokens.contains(token))
            QFile::remove(QDir(tokenDirectory).filePath(token));
    }
    return {};
}

QList<BeaconNode> deploymentBeaconNodes(const QStringList &urls, qint64 windowBases)
{
    QList<BeaconNode> nodes;
    QSet<QString> names;
    static const QString gdiPath = QStringLiteral("/beacon/aggregated/v2");
    for (const QString &text : urls) {
        BeaconNode node;
        QUrl url(text.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            continue;
        QString path = url.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        if (path.endsWith(gdiPath)) {
            node.style = BeaconNode::Style::Gdi;
            path.chop(gdiPath.size());
        }
        url.setPath(path);
        node.baseUrl = url;
        QString name = QStringLiteral("site-") + url.host();
        static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
        name.replace(unsafe, QStringLiteral("-"));
        name = name.left(60);
        QString unique = name;
        for (int number = 2; names.contains(unique); ++number)
            unique = name + QLatin1Char('-') + QString::number(number);
        node.name = unique;
        names.insert(unique);
        if (windowBases > 0)
            node.windowBases = windowBases;
        nodes.append(node);
    }
    return nodes;
}

} // namespace Core
