// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/family/pedigree.h>
#include <core/variant/variantstatistics.h>

#include <QDialog>

class QLabel;

namespace Gui {

/*!
 * Quality control of one sample: variant types, depth and GQ distributions and counts per
 * chromosome as Qt Charts, with Ti/Tv, het/hom ratio and the X-chromosome sex check against
 * the PED file. The statistics are computed in core beforehand. GUI thread.
 */
class QcDashboard final : public QDialog
{
    Q_OBJECT

public:
    QcDashboard(const Core::VariantStatistics &statistics,
                const QString &sample,
                Core::Sex pedigreeSex,
                QWidget *parent = nullptr);

    QString summaryText() const;

    /*! "consistent", "inconsistent" or "unknown" for the X heterozygosity vs. the PED sex. */
    static QString sexCheck(const Core::VariantStatistics &statistics, Core::Sex pedigreeSex);

private:
    QLabel *m_summary = nullptr;
};

} // namespace Gui
