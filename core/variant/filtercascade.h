// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "variantquery.h"

#include <QList>
#include <QString>

namespace Core {

/*!
 * A chain of named filter steps applied one after the other, as clinicians read a filter
 * cascade: each step says how many variants it removed. Steps run in core over row vectors.
 */
class FilterCascade final
{
public:
    struct Step
    {
        QString name; //!< translated, shown to the user
        VariantFilter filter;
    };

    struct StepResult
    {
        QString name;
        qint64 before = 0;
        qint64 after = 0;
        qint64 removed() const { return before - after; }
    };

    struct Result
    {
        std::vector<quint32> rows;
        QList<StepResult> steps;
    };

    enum class Preset { AllVariants, QualityPass, RareCoding, DeNovo, Recessive, XLinked };

    void addStep(const QString &name, const VariantFilter &filter);
    const QList<Step> &steps() const { return m_steps; }

    Result run(const VariantStore &store, const InheritanceAnalysis *inheritance = nullptr) const;

    /*! The steps of a preset for \a sample (0-based); translated step names. */
    static FilterCascade preset(Preset preset, int sample = 0);
    static QString presetName(Preset preset);
    static QList<Preset> presets();

private:
    QList<Step> m_steps;
};

} // namespace Core
