// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

class QTranslator;

namespace Core {

/*!
 * Translation context for code in core that is not a QObject: Tr::tr("...").
 *
 * Texts follow the application's installed translators (the UI language), except inside a
 * ScopedTranslation on the same thread: a report is written in its reader's language while
 * the window stays in the user's.
 */
struct Tr
{
#ifdef GENOMEDESK_LUPDATE_ONLY
    Q_DECLARE_TR_FUNCTIONS(Core) // tells lupdate the context; tr() is defined below
#endif
    static QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1);

    /*!
     * The locale of numbers in tr() texts on this thread: the ScopedTranslation's language
     * (English without a translator), else the default locale (the UI language).
     */
    static QLocale locale();
    /*!
     * A frequency for a tr() text: fixed-point with \a significantDigits significant digits,
     * trailing zeros dropped, in locale(): 0.0000556 (German 0,0000556), 0.05; never in
     * exponent notation, which clinical readers misread.
     */
    static QString frequency(double value, int significantDigits = 3);
    /*! frequency() in \a locale (the window's numbers: QLocale()). */
    static QString frequency(double value, int significantDigits, const QLocale &locale);
};

/*!
 * Makes Tr::tr() on the current thread use \a translator (null: the source texts, English)
 * until the object is destroyed. Nests. The translator must outlive the scope.
 */
class ScopedTranslation
{
public:
    explicit ScopedTranslation(const QTranslator *translator);
    ~ScopedTranslation();
    ScopedTranslation(const ScopedTranslation &) = delete;
    ScopedTranslation &operator=(const ScopedTranslation &) = delete;

private:
    const QTranslator *m_previous;
    bool m_previousActive;
};

} // namespace Core
