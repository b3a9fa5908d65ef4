// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/policy/policydecision.h>
#include <core/policy/policyvariant.h>

#include <QColor>
#include <QPalette>
#include <QString>

namespace Gui {

/*! The colours of one badge: its text is always shown on it, so colour is never the only cue. */
struct Badge
{
    QColor background; //!< invalid: no badge (plain text in the palette's colours)
    QColor foreground;
    bool isValid() const { return background.isValid(); }
};

/*!
 * Badge colours for the policy decision and the classification, in the variant table and the
 * detail pane. Light tints with black text under a light palette; deep tints with white text
 * under a dark one (the palette's Base decides), so that the text on a badge has a WCAG
 * contrast ratio of at least 4.5 either way. Thread: GUI thread (palettes).
 */
class BadgePalette final
{
public:
    /*! Whether \a palette is dark: its Base (the colour of table cells) is dark. */
    static bool isDark(const QPalette &palette);
    static Badge forDecision(Core::Decision decision, const QPalette &palette);
    static Badge forSignificance(Core::Significance significance, const QPalette &palette);

    /*! WCAG 2.x relative luminance of \a color, in [0,1]. */
    static double relativeLuminance(const QColor &color);
    /*! WCAG 2.x contrast ratio of two colours, in [1,21]. */
    static double contrastRatio(const QColor &first, const QColor &second);

    /*! \a text (escaped here) as an HTML badge for QTextDocument; plain text without a badge. */
    static QString html(const QString &text, const Badge &badge);
};

} // namespace Gui
