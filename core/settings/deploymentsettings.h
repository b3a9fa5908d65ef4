// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class QSettings;

namespace Core {

/*!
 * System-wide defaults that hospital IT deploys in genomedesk.conf (INI, read with QSettings)
 * in the system configuration directory, /etc/genomedesk on Linux.
 *
 * Keys are "group/name", for example "frequency/nodes". The group [locked] lists, in its key
 * "keys", the keys users cannot override; a locked key always resolves to the system value
 * (or to nothing when IT locked it without a value). The file is read once by load(); the
 * object is then an immutable value and may be shared between threads.
 *
 * A missing file is normal (no defaults, nothing locked); an unreadable or malformed file is
 * an error, because silently ignoring it would drop IT's locks.
 */
class DeploymentSettings
{
public:
    // Keys known to GenomeDesk. Lists are comma separated in the file.
    static const QString LabName;                 //!< "lab/name", text on reports
    static const QString LabLogo;                 //!< "lab/logo", path of a PNG or SVG
    static const QString FrequencyNodes;          //!< "frequency/nodes", list of Beacon v2 URLs
    static const QString FrequencyQueryPadding;   //!< "frequency/queryPadding", bases (integer)
    static const QString PolicyFile;              //!< "policy/file", path of the policy
    static const QString ReportTemplateDirectory; //!< "report/templateDirectory", path
    static const QString FrequencyCaches;         //!< "frequency/caches", list of .gdfreq paths
    static const QString KnowledgeBase;           //!< "knowledge/base", path of a .gdkb
    static QStringList knownKeys();

    /*!
     * /etc/genomedesk on Unix; %PROGRAMDATA%/GenomeDesk on Windows. The environment variable
     * GENOMEDESK_CONFIG_DIRECTORY replaces it (tests, a second installation).
     */
    static QString defaultDirectory();
    /*! The file read by load(): \a directory/genomedesk.conf. */
    static QString fileName(const QString &directory);

    /*! Reads \a directory/genomedesk.conf. See the class comment for what is an error. */
    static Result<DeploymentSettings> load(const QString &directory = defaultDirectory());

    /*! An empty configuration: no defaults, nothing locked. */
    DeploymentSettings() = default;

    /*! The file that was read (empty when there was none). */
    QString sourceFile() const { return m_sourceFile; }
    /*! Keys the file sets (without the [locked] group), sorted. */
    QStringList keys() const { return m_values.keys(); }
    /*! Keys in the file that GenomeDesk does not know (typos); callers may warn about them. */
    QStringList unknownKeys() const;

    bool isLocked(const QString &key) const { return m_locked.contains(key); }
    QStringList lockedKeys() const;

    /*! The system default for \a key, or an invalid QVariant. */
    QVariant systemValue(const QString &key) const { return m_values.value(key); }

    /*!
     * The value in effect: the system value when \a key is locked; else the user's value when
     * \a user has one; else the system default; else \a fallback.
     */
    QVariant
    value(const QString &key, const QSettings &user, const QVariant &fallback = QVariant()) const;

    /*!
     * Stores \a value in the user's settings unless \a key is locked; a locked key gives an
     * error (code InvalidArgument) with a message for the settings dialog.
     */
    Result<void> setUserValue(QSettings &user, const QString &key, const QVariant &value) const;

private:
    QString m_sourceFile;
    QVariantMap m_values;
    QSet<QString> m_locked;
};

} // namespace Core
