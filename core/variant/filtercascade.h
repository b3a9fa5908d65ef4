// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "variantquery.h"

#include <QList>
#include <QString>

#include <functional>

namespace Core {

/*!
 * A chain of named filter steps applied one after the other, as clinicians read a filter
 * cascade: each step says how many variants it removed. Steps run in core over row vectors.
 */
class FilterCascade final
{
public:
    /*!
     * Keeps a row (a VariantStore row number) or not; must be safe to call from any thread,
     * and from several threads at once (run() splits the rows over threads), and must own (or
     * share) what it reads: a cascade may run in a worker thread after the window that built
     * it has moved on to other data.
     */
    using RowPredicate = std::function<bool(quint32 row)>;

    struct Step
    {
        QString name; //!< translated, shown to the user
        VariantFilter filter;
        /*!
         * Set for steps on data outside the store (population frequencies, ClinVar, policy
         * decisions): applied to the rows the previous steps kept, instead of \a filter.
         */
        RowPredicate predicate;
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
    void addStep(const QString &name, RowPredicate predicate);
    const QList<Step> &steps() const { return m_steps; }

    /*!
     * Runs the steps over \a store; each step looks only at the rows the steps before it kept.
     * The rows are split in chunks over VariantQuery::threadCount() threads (the calling thread
     * and helpers it starts and joins); the result is the same as in one thread: rows in store
     * order, exact counts per step. Reentrant (for a worker thread); when \a job is cancelled
     * it returns early with an incomplete result, to be dropped (check job.isCancelled()).
     */
    Result run(const VariantStore &store,
               const InheritanceAnalysis *inheritance = nullptr,
               const JobContext &job = {}) const;

    /*! The steps of a preset for \a sample (0-based); translated step names. */
    static FilterCascade preset(Preset preset, int sample = 0);
    static QString presetName(Preset preset);
    static QList<Preset> presets();

private:
    QList<Step> m_steps;
};

} // namespace Core
