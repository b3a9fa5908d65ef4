// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// For end-to-end tests of the command lines' language: the child's locale environment and the
// expected translation of a message, read from the project's .ts files. Header-only; tests
// define GENOMEDESK_SOURCE_DIR.

#include <QFile>
#include <QProcessEnvironment>
#include <QString>
#include <QXmlStreamReader>

namespace TestSupport {

/*!
 * The environment of a child that should speak \a locale (LC_ALL) and, when given, \a language
 * (LANGUAGE); LC_MESSAGES and LANG removed. \a configDirectory is its XDG_CONFIG_HOME, where a
 * saved UI language would be. Offscreen, for executables that link Qt Gui.
 */
inline QProcessEnvironment localeEnvironment(const QString &configDirectory,
                                             const QString &locale,
                                             const QString &language = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configDirectory);
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.remove(QStringLiteral("LC_MESSAGES"));
    environment.remove(QStringLiteral("LANG"));
    if (language.isEmpty())
        environment.remove(QStringLiteral("LANGUAGE"));
    else
        environment.insert(QStringLiteral("LANGUAGE"), language);
    return environment;
}

/*! The translation of \a source in \a context of translations/genomedesk_<language>.ts. */
inline QString
translationInTs(const QString &language, const QString &context, const QString &source)
{
    QFile file(
            QStringLiteral(GENOMEDESK_SOURCE_DIR "/translations/genomedesk_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QString currentContext;
    QString messageSource;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            currentContext = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            messageSource = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") && currentContext == context
                 && messageSource == source)
            return xml.readElementText();
    }
    return {};
}

} // namespace TestSupport
