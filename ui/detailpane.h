// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/policy/caseevaluation.h>
#include <core/vcf/vcfreader.h>

#include <QWidget>

class QTextBrowser;

namespace Gui {

/*!
 * Everything known about one variant row: position and stable key, alleles, how the load
 * changed it (split, trimmed, left-aligned), the transcript consequence and its source, each
 * sample's genotype with depths, and the trio segregation. GUI thread.
 */
class DetailPane final : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(QWidget *parent = nullptr);

    /*! Shows \a row; with \a evaluation also the policy decision with its reasons, the
     * classification and the population frequencies with their sources. */
    void showVariant(const Core::LoadedVariants &loaded,
                     qsizetype row,
                     const Core::CaseEvaluation *evaluation = nullptr);
    void clear();
    QString text() const;

    /*! Zygosity with the phase: "heterozygous, phased (PS 1234)". */
    static QString genotypeText(const Core::GenotypeCall &call);

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace Gui
