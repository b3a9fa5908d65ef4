// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Gui {

/*!
 * The language of the window: the system's by default, or the one chosen in View → Language
 * (kept in the settings). Changing it at runtime replaces the installed translators, and Qt
 * sends every widget a LanguageChange event so the window retranslates itself. Reports have
 * their own language (Core::ReportLanguage). GUI thread only.
 */
class UiLanguage final
{
public:
    /*! Languages with a translation, "en" first. */
    static QStringList available();
    /*! The saved choice; empty means the system's language. */
    static QString saved();
    /*! Installs the translators for \a language (empty: the system's) and saves the choice. */
    static void apply(const QString &language);
    /*! Installs the translators of the saved choice; call once at start-up. */
    static void applySaved();
    /*! The language in effect ("de"), after the system default is resolved. */
    static QString current();
    /*!
     * Installs the translators of the saved choice (else the system's language) without
     * writing the settings: for the command-line subcommands, which only read them. The
     * choice is read from the settings of \a application (of this organisation) when given,
     * else of this application: a companion program (genomedesk-beacon) follows the language
     * chosen in genomedesk.
     */
    static void applySavedWithoutSaving(const QString &application = QString());

private:
    static void install(const QString &language);
};

} // namespace Gui
