// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlanguage.h"

#include "../common/tr.h"

#include <QDir>

namespace Core {

namespace {

QString qmPath(const QString &language)
{
    return QStringLiteral(":/i18n/genomedesk_%1.qm").arg(language);
}

} // namespace

QStringList ReportLanguage::available()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files
            = QDir(QStringLiteral(":/i18n"))
                      .entryList({QStringLiteral("genomedesk_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.mid(11, file.size() - 11 - 3);
        if (language != QLatin1String("en"))
            languages << language;
    }
    return languages;
}

Result<std::shared_ptr<const QTranslator>> ReportLanguage::translator(const QString &language)
{
    if (language.isEmpty() || language == QLatin1String("en")) {
        // English is the source language; its .qm holds only the plural forms.
        auto english = std::make_shared<QTranslator>();
        if (!english->load(qmPath(QStringLiteral("en"))))
            return std::shared_ptr<const QTranslator>();
        return std::shared_ptr<const QTranslator>(std::move(english));
    }
    auto translator = std::make_shared<QTranslator>();
    if (!translator->load(qmPath(language))) {
        return Error(Error::Code::InvalidArgument,
                     Tr::tr("no report translation for language \"%1\"; available: %2")
                             .arg(language, available().join(QStringLiteral(", "))));
    }
    return std::shared_ptr<const QTranslator>(std::move(translator));
}

} // namespace Core
