// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/variant/filtercascade.h>

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVariantMap>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QHBoxLayout;
class QLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QToolButton;
class QTreeView;

namespace Core {
class CaseEvaluation;
}

namespace Gui {

/*!
 * The filter panel: a preset, then refinements — genes, population frequency ceiling,
 * quality, consequence, ClinVar, the policy's genes and findings — and the cascade of steps
 * with how many variants each removed. It builds the cascade; the window runs it in core and
 * hands the step results back through showResult(). The choices are kept per user, and named
 * sets of them can be saved and picked again. GUI thread.
 */
class FilterPanel final : public QWidget
{
    Q_OBJECT

public:
    /*! Everything the user chose, as saved in the user's settings. */
    struct Choices
    {
        int preset = int(Core::FilterCascade::Preset::AllVariants);
        QStringList genes;
        bool policyGenesOnly = false;
        bool policyFindingsOnly = false;
        bool frequencyCeiling = false;
        double maximumFrequencyPercent = 1.0;
        QStringList populations; //!< empty: the highest population
        bool useFilteringAlleleFrequency = false;
        int minimumDepth = 0;
        int minimumGenotypeQuality = 0;
        int minimumAlleleBalancePercent = 0;
        QString consequence; //!< the least severe SO term kept; empty: any
        bool clinvarPathogenicOnly = false;

        QVariantMap toMap() const;
        static Choices fromMap(const QVariantMap &map);
    };

    explicit FilterPanel(QWidget *parent = nullptr);

    /*!
     * The cascade for the current choices; genotype conditions use \a sample; frequency,
     * ClinVar and policy steps use \a evaluation and are left out without one. The steps
     * share \a evaluation, so the cascade may run in a worker thread.
     */
    Core::FilterCascade
    cascade(int sample, std::shared_ptr<const Core::CaseEvaluation> evaluation = nullptr) const;
    void showResult(const Core::FilterCascade::Result &result, qint64 total);
    /*! The steps of a cascade run and how many of \a total rows it kept (\a shown). */
    void
    showResult(const QList<Core::FilterCascade::StepResult> &steps, qint64 shown, qint64 total);
    void setPreset(Core::FilterCascade::Preset preset);

    Choices choices() const;
    /*! Sets the controls to \a choices and emits changed() (the window filters again). */
    void setChoices(const Choices &choices);
    /*!
     * Sets the controls to \a choices without emitting changed(), and keeps them as the user's
     * current choices: after a filter was cancelled, the panel shows again the filter whose
     * result the table still shows.
     */
    void restoreChoices(const Choices &choices);

    /*! The genes of the active policy, for "only policy genes"; empty disables the choice. */
    void setPolicyGenes(const QSet<QString> &genes);
    /*! The populations of the case's frequency sources, offered for the ceiling. */
    void setPopulations(const QStringList &populations);
    /*! True when only the variants the policy reports, withholds or flags are wanted. */
    bool policyFindingsOnly() const;

    /*! Names of the filter sets this user saved, sorted. */
    QStringList savedSets() const;
    /*! Saves the current choices as \a name (replacing a set of that name). */
    void saveSet(const QString &name);
    /*! Applies the saved set \a name; false when there is none. */
    bool applySet(const QString &name);
    void removeSet(const QString &name);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    /*! Sets the text of \a check (shown wrapped beside it when it has a wrapping text). */
    void setCheckText(QCheckBox *check, const QString &text);
    void retranslate();
    void choicesChanged();
    /*! Sets the controls to \a choices; emits nothing. */
    void setControls(const Choices &choices);
    void updatePopulationButton();
    void updateSavedSets();
    void askAndSaveSet();

    QComboBox *m_preset = nullptr;
    QComboBox *m_savedSets = nullptr;
    QPushButton *m_saveSet = nullptr;
    QPushButton *m_removeSet = nullptr;
    QLineEdit *m_genes = nullptr;
    QCheckBox *m_policyGenesOnly = nullptr;
    QCheckBox *m_policyFindingsOnly = nullptr;
    QGroupBox *m_frequencyGroup = nullptr;
    QDoubleSpinBox *m_maximumFrequency = nullptr;
    QToolButton *m_populations = nullptr;
    QCheckBox *m_filteringAlleleFrequency = nullptr;
    QGroupBox *m_qualityGroup = nullptr;
    QSpinBox *m_minimumDepth = nullptr;
    QSpinBox *m_minimumGenotypeQuality = nullptr;
    QSpinBox *m_minimumAlleleBalance = nullptr;
    QComboBox *m_consequence = nullptr;
    QCheckBox *m_clinvarPathogenic = nullptr;
    QTreeView *m_steps = nullptr;
    QStandardItemModel *m_stepModel = nullptr;
    QLabel *m_total = nullptr;
    QHash<QCheckBox *, QLabel *> m_checkTexts; //!< the wrapping text of a long check box
    QLabel *m_cascadeLabel = nullptr;
    QFormLayout *m_form = nullptr;
    QLayout *m_setRow = nullptr; //!< the saved-set combo above its Save and Delete buttons
    QFormLayout *m_frequencyForm = nullptr;
    QFormLayout *m_qualityForm = nullptr;
    QSet<QString> m_policyGenes;
    QStringList m_availablePopulations;
    QStringList m_chosenPopulations;
    bool m_updating = false;
};

} // namespace Gui
