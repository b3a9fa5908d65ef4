// SPDX-License-Identifier: GPL-3.0-or-later
#include "tr.h"

#include <QTranslator>

namespace Core {

namespace {

struct ThreadTranslation
{
    const QTranslator *translator = nullptr;
    bool active = false;
};

thread_local ThreadTranslation threadTranslation;

} // namespace

QString Tr::tr(const char *sourceText, const char *disambiguation, int n)
{
    if (!threadTranslation.active)
        return QCoreApplication::translate("Core", sourceText, disambiguation, n);
    QString text;
    if (threadTranslation.translator)
        text = threadTranslation.translator->translate("Core", sourceText, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

ScopedTranslation::ScopedTranslation(const QTranslator *translator)
    : m_previous(threadTranslation.translator)
    , m_previousActive(threadTranslation.active)
{
    threadTranslation.translator = translator;
    threadTranslation.active = true;
}

ScopedTranslation::~ScopedTranslation()
{
    threadTranslation.translator = m_previous;
    threadTranslation.active = m_previousActive;
}

} // namespace Core
