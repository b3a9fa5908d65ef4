// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilanguage.h"

#include <core/report/reportlanguage.h>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace Gui {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

QString resolved(const QString &language)
{
    if (!language.isEmpty())
        return language;
    // The message language as Qt sees it: LANGUAGE (a list), else LC_ALL, LC_MESSAGES, LANG.
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString code = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
        if (UiLanguage::available().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString &currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

} // namespace

QStringList UiLanguage::available()
{
    return Core::ReportLanguage::available();
}

QString UiLanguage::saved()
{
    return QSettings().value(kLanguageKey).toString();
}

void UiLanguage::apply(const QString &language)
{
    QSettings().setValue(kLanguageKey, language);
    install(language);
}

void UiLanguage::applySavedWithoutSaving(const QString &application)
{
    if (application.isEmpty()) {
        install(saved());
        return;
    }
    install(QSettings(QCoreApplication::organizationName(), application)
                    .value(kLanguageKey)
                    .toString());
}

void UiLanguage::install(const QString &language)
{
    const QString effective = resolved(language);
    for (const auto &translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();
    const auto install = [](const QString &file, const QString &directory) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(file, directory)
            && QCoreApplication::installTranslator(translator.get()))
            installed().push_back(std::move(translator));
    };
    // Qt's own texts (standard buttons, file dialogs), then GenomeDesk's.
    install(QStringLiteral("qtbase_%1").arg(effective),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(QStringLiteral("genomedesk_%1").arg(effective), QStringLiteral(":/i18n"));
    currentLanguage() = effective;
    // Numbers and dates follow the chosen language, or the system's regional settings.
    QLocale::setDefault(language.isEmpty() ? QLocale::system() : QLocale(effective));
}

void UiLanguage::applySaved()
{
    apply(saved());
}

QString UiLanguage::current()
{
    return currentLanguage();
}

} // namespace Gui
