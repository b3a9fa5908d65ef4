// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploymentsettings.h"

#include "../common/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDeploymentSettings, "genomedesk.core.settings", QtWarningMsg)

namespace Core {

namespace {
const QString kLockedGroup = QStringLiteral("locked");
const QString kLockedKeys = QStringLiteral("locked/keys");
} // namespace

const QString DeploymentSettings::LabName = QStringLiteral("lab/name");
const QString DeploymentSettings::LabLogo = QStringLiteral("lab/logo");
const QString DeploymentSettings::FrequencyNodes = QStringLiteral("frequency/nodes");
const QString DeploymentSettings::FrequencyQueryPadding = QStringLiteral("frequency/queryPadding");
const QString DeploymentSettings::PolicyFile = QStringLiteral("policy/file");
const QString DeploymentSettings::FrequencyCaches = QStringLiteral("frequency/caches");
const QString DeploymentSettings::KnowledgeBase = QStringLiteral("knowledge/base");
const QString DeploymentSettings::ReportTemplateDirectory
        = QStringLiteral("report/templateDirectory");

QStringList DeploymentSettings::knownKeys()
{
    return {LabName,
            LabLogo,
            FrequencyNodes,
            FrequencyQueryPadding,
            PolicyFile,
            ReportTemplateDirectory,
            FrequencyCaches,
            KnowledgeBase};
}

QString DeploymentSettings::defaultDirectory()
{
    if (const QString directory = qEnvironmentVariable("GENOMEDESK_CONFIG_DIRECTORY");
        !directory.isEmpty())
        return directory;
#ifdef Q_OS_WIN
    const QString programData
            = qEnvironmentVariable("PROGRAMDATA", QStringLiteral("C:/ProgramData"));
    return QDir::fromNativeSeparators(programData) + QStringLiteral("/GenomeDesk");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("/Library/Application Support/GenomeDesk");
#else
    return QStringLiteral("/etc/genomedesk");
#endif
}

QString DeploymentSettings::fileName(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("genomedesk.conf"));
}

Result<DeploymentSettings> DeploymentSettings::load(const QString &directory)
{
    DeploymentSettings settings;
    const QString path = fileName(directory);
    const QFileInfo info(path);
    if (!info.exists())
        return settings;
    if (!info.isFile() || !info.isReadable())
        return Error(Error::Code::FileUnreadable,
                     Tr::tr("the system settings file is not readable; ask IT to fix its "
                            "permissions"),
                     path);

    QSettings file(path, QSettings::IniFormat);
    if (file.status() != QSettings::NoError)
        return Error(Error::Code::MalformedHeader,
                     Tr::tr("the system settings file is not a valid INI file"),
                     path);

    settings.m_sourceFile = info.absoluteFilePath();
    const QStringList allKeys = file.allKeys();
    for (const QString &key : allKeys) {
        if (key.startsWith(kLockedGroup + QLatin1Char('/')))
            continue;
        QVariant value = file.value(key);
        // QSettings reads an unquoted value with commas as a list; only the node list is one.
        if (value.typeId() == QMetaType::QStringList && key != FrequencyNodes)
            value = value.toStringList().join(QStringLiteral(", "));
        settings.m_values.insert(key, value);
    }
    // "keys=a, b" reads as a QStringList, "keys=a" as a QString: accept both.
    const QVariant locked = file.value(kLockedKeys);
    const QStringList lockedList = locked.typeId() == QMetaType::QStringList
                                           ? locked.toStringList()
                                           : locked.toString().split(QLatin1Char(','));
    for (const QString &key : lockedList) {
        const QString trimmed = key.trimmed();
        if (!trimmed.isEmpty())
            settings.m_locked.insert(trimmed);
    }
    const QStringList unknown = settings.unknownKeys();
    if (!unknown.isEmpty())
        qCWarning(lcDeploymentSettings) << "unknown keys in" << path << unknown;
    return settings;
}

QStringList DeploymentSettings::unknownKeys() const
{
    const QStringList known = knownKeys();
    QStringList unknown;
    for (const QString &key : keys()) {
        if (!known.contains(key))
            unknown.append(key);
    }
    for (const QString &key : std::as_const(m_locked)) {
        if (!known.contains(key) && !unknown.contains(key))
            unknown.append(key);
    }
    std::sort(unknown.begin(), unknown.end());
    return unknown;
}

QStringList DeploymentSettings::lockedKeys() const
{
    QStringList keys(m_locked.cbegin(), m_locked.cend());
    std::sort(keys.begin(), keys.end());
    return keys;
}

QVariant
DeploymentSettings::value(const QString &key, const QSettings &user, const QVariant &fallback) const
{
    if (isLocked(key))
        return m_values.value(key, fallback);
    if (user.contains(key))
        return user.value(key);
    return m_values.value(key, fallback);
}

Result<void>
DeploymentSettings::setUserValue(QSettings &user, const QString &key, const QVariant &value) const
{
    if (isLocked(key))
        return Error(Error::Code::InvalidArgument,
                     Tr::tr("this setting is locked by your IT department (%1)").arg(key),
                     m_sourceFile);
    user.setValue(key, value);
    return {};
}

} // namespace Core
