// SPDX-License-Identifier: GPL-3.0-or-later
#include "consentprofile.h"

#include "../common/tr.h"
#include "jsonlines_p.h"
#include "policy.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Core {

Result<ConsentProfile> ConsentProfile::loadFile(const QString &path, const Policy *policy)
{
    QFile file(path);
    if (!file.exists())
        return Error(Error::Code::FileNotFound, Tr::tr("consent file not found"), path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::FileUnreadable,
                     Tr::tr("cannot read the consent file: %1").arg(file.errorString()),
                     path);
    return loadData(file.readAll(), path, policy);
}

Result<ConsentProfile>
ConsentProfile::fromCaseJson(const QJsonObject &object, const QString &name, const Policy *policy)
{
    if (object.contains(QLatin1String("format")))
        return loadData(QJsonDocument(object).toJson(), name, policy);
    ConsentProfile consent;
    consent.fileName = name;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (policy && !policy->hasConsentCategory(it.key())) {
            return Error(Error::Code::InvalidArgument,
                         Tr::tr("unknown consent category %1").arg(it.key()),
                         name);
        }
        consent.choices.insert(it.key(), it.value().toBool() ? Choice::OptIn : Choice::OptOut);
    }
    return consent;
}

Result<ConsentProfile>
ConsentProfile::loadData(const QByteArray &data, const QString &fileName, const Policy *policy)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(Error::Code::MalformedRecord,
                     Tr::tr("not valid JSON: %1").arg(parseError.errorString()),
                     fileName,
                     0,
                     JsonLines::lineOfOffset(data, parseError.offset));
    const QJsonObject root = document.object();
    const auto fail = [&](const QString &message, const QString &key, const QString &value = {}) {
        const int line = JsonLines::lineOf(data, key, value);
        return Error(Error::Code::MalformedRecord, message, fileName, 0, qMax(1, line));
    };
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("genomedesk-consent"))
        return fail(Tr::tr("not a GenomeDesk consent profile: \"format\" must be "
                           "\"genomedesk-consent\""),
                    QStringLiteral("format"));
    if (root.value(QStringLiteral("formatVersion")).toInt(-1) != 1)
        return fail(Tr::tr("unsupported consent formatVersion (this GenomeDesk reads 1)"),
                    QStringLiteral("formatVersion"));

    ConsentProfile profile;
    profile.fileName = fileName;
    profile.caseId = root.value(QStringLiteral("caseId")).toString();
    const QString ageGroup = root.value(QStringLiteral("ageGroup")).toString();
    if (ageGroup != QLatin1String("adult") && ageGroup != QLatin1String("minor"))
        return fail(Tr::tr("\"ageGroup\" must be \"adult\" or \"minor\""),
                    QStringLiteral("ageGroup"));
    profile.minor = ageGroup == QLatin1String("minor");
    const QString recordedOn = root.value(QStringLiteral("recordedOn")).toString();
    profile.recordedOn = QDate::fromString(recordedOn, Qt::ISODate);
    if (!profile.recordedOn.isValid())
        return fail(Tr::tr("\"recordedOn\" must be a date such as 2026-11-20"),
                    QStringLiteral("recordedOn"));
    profile.recordedBy = root.value(QStringLiteral("recordedBy")).toString().trimmed();
    if (profile.recordedBy.isEmpty())
        return fail(Tr::tr("\"recordedBy\" must name who recorded the consent"),
                    QStringLiteral("recordedBy"));

    const QJsonObject categories = root.value(QStringLiteral("categories")).toObject();
    for (auto it = categories.constBegin(); it != categories.constEnd(); ++it) {
        const QString choice = it.value().toString();
        if (choice != QLatin1String("opt-in") && choice != QLatin1String("opt-out"))
            return fail(
                    Tr::tr("consent for \"%1\" must be \"opt-in\" or \"opt-out\"").arg(it.key()),
                    it.key());
        if (policy && !policy->hasConsentCategory(it.key()))
            return fail(Tr::tr("consent category \"%1\" is not defined by policy %2")
                                .arg(it.key(), policy->id),
                        it.key());
        profile.choices.insert(it.key(),
                               choice == QLatin1String("opt-in") ? Choice::OptIn : Choice::OptOut);
    }
    return profile;
}

} // namespace Core
