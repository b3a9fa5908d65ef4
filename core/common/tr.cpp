// SPDX-License-Identifier: GPL-3.0-or-later
#include "tr.h"

#include <QTranslator>

#include <algorithm>
#include <cmath>

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

QLocale Tr::locale()
{
    if (!threadTranslation.active)
        return QLocale();
    if (!threadTranslation.translator || threadTranslation.translator->language().isEmpty())
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(threadTranslation.translator->language());
}

QString Tr::frequency(double value, int significantDigits)
{
    return frequency(value, significantDigits, locale());
}

QString Tr::frequency(double value, int significantDigits, const QLocale &numbers)
{
    if (!std::isfinite(value) || value == 0)
        return numbers.toString(value);
    const int magnitude = int(std::floor(std::log10(std::fabs(value))));
    const int decimals = std::clamp(significantDigits - 1 - magnitude, 0, 15);
    QString text = numbers.toString(value, 'f', decimals);
    if (decimals > 0) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(numbers.decimalPoint()))
            text.chop(numbers.decimalPoint().size());
    }
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
