// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"

#include <QStringList>
#include <QTranslator>

#include <memory>

namespace Core {

/*!
 * The languages a report can be written in, and their translations (the .qm files embedded
 * under :/i18n/). A report's language is chosen per report, independent of the window's.
 */
class ReportLanguage final
{
public:
    /*! "en" (the source texts) and every language with an embedded translation. */
    static QStringList available();

    /*!
     * The translator for \a language ("de", "fr", ...); null for English. Refuses a language
     * without a translation, naming the ones that exist. Use it with ScopedTranslation.
     */
    static Result<std::shared_ptr<const QTranslator>> translator(const QString &language);
};

} // namespace Core
