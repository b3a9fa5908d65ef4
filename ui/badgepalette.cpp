// SPDX-License-Identifier: GPL-3.0-or-later
#include "badgepalette.h"

#include <cmath>

namespace Gui {

namespace {

// Light and dark tints of the same hue per meaning: red for what is reported first or is
// pathogenic, amber for the secondary or likely pathogenic, yellow for review or VUS, green
// for benign, slate for what consent withholds.
struct Tints
{
    QColor light;
    QColor dark;
};

const Tints kRed{QColor(0xf4, 0xc7, 0xc3), QColor(0x8c, 0x24, 0x1e)};
const Tints kAmber{QColor(0xfc, 0xe2, 0xb8), QColor(0x7a, 0x45, 0x00)};
const Tints kYellow{QColor(0xff, 0xf1, 0x9c), QColor(0x5e, 0x52, 0x00)};
const Tints kGreen{QColor(0xd5, 0xee, 0xd5), QColor(0x1f, 0x5c, 0x2c)};
const Tints kSlate{QColor(0xdc, 0xdc, 0xe6), QColor(0x40, 0x40, 0x5c)};

Badge badge(const Tints &tints, const QPalette &palette)
{
    Badge result;
    result.background = BadgePalette::isDark(palette) ? tints.dark : tints.light;
    // Black or white, whichever reads better on the tint.
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    result.foreground = BadgePalette::contrastRatio(result.background, black)
                                        >= BadgePalette::contrastRatio(result.background, white)
                                ? black
                                : white;
    return result;
}

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

} // namespace

bool BadgePalette::isDark(const QPalette &palette)
{
    return relativeLuminance(palette.color(QPalette::Base)) < 0.18;
}

Badge BadgePalette::forDecision(Core::Decision decision, const QPalette &palette)
{
    switch (decision) {
    case Core::Decision::ReportPrimary:
        return badge(kRed, palette);
    case Core::Decision::ReportSecondary:
        return badge(kAmber, palette);
    case Core::Decision::SuppressedByConsent:
        return badge(kSlate, palette);
    case Core::Decision::NeedsReview:
        return badge(kYellow, palette);
    case Core::Decision::NotReportable:
        break;
    }
    return {};
}

Badge BadgePalette::forSignificance(Core::Significance significance, const QPalette &palette)
{
    switch (significance) {
    case Core::Significance::Pathogenic:
        return badge(kRed, palette);
    case Core::Significance::LikelyPathogenic:
        return badge(kAmber, palette);
    case Core::Significance::Uncertain:
        return badge(kYellow, palette);
    case Core::Significance::LikelyBenign:
    case Core::Significance::Benign:
        return badge(kGreen, palette);
    default:
        break;
    }
    return {};
}

double BadgePalette::relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
           + 0.0722 * channel(rgb.blueF());
}

double BadgePalette::contrastRatio(const QColor &first, const QColor &second)
{
    const double a = relativeLuminance(first);
    const double b = relativeLuminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QString BadgePalette::html(const QString &text, const Badge &badge)
{
    if (!badge.isValid())
        return text.toHtmlEscaped();
    return QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
            .arg(badge.background.name(), badge.foreground.name(), text.toHtmlEscaped());
}

} // namespace Gui
