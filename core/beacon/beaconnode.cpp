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
#include <QSet>

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
        node.padding = object.value(QStringLiteral("padding")).toBool(true);
        nodes.append(node);
    }
    return nodes;
}

} // namespace Core
