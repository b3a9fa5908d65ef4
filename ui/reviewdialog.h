// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/review/acmgsuggestions.h>
#include <core/review/casestore.h>

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace Core {
class Policy;
}

namespace Gui {

class PriorClassificationModel;

/*!
 * "Classify variant": the ACMG/AMP criteria editor for one variant of a case.
 *
 * Shows the 26 criteria GenomeDesk uses (PP5 and BP6 are not offered), each with a strength
 * override and an evidence text; the live result by the Richards 2015 rules and by the points
 * scale; the automatic suggestions (frequency, null variant) that the reviewer accepts or
 * rejects; the classification (preset from the criteria until the reviewer picks one); a comment;
 * and how the variant was classified in other cases. review() is what CaseStore::setReview()
 * takes. Does no I/O. GUI thread only.
 */
class ReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    /*!
     * A dialog for \a variant; suggestions use \a policy's thresholds, or the GenomeDesk
     * defaults when \a policy is null (not kept).
     */
    explicit ReviewDialog(const Core::PolicyVariant &variant,
                          const Core::Policy *policy,
                          QWidget *parent = nullptr);
    ~ReviewDialog() override;

    /*! Presets the editor from an existing review (criteria, class, comment). */
    void setReview(const Core::VariantReviewInput &review);
    /*! Fills the "other cases" table. */
    void setPriorClassifications(const QList<Core::PriorClassification> &priors);

    /*! Ticks \a criterion at \a strength with \a evidence; false if the combination is refused. */
    bool setCriterion(Core::AcmgCriterion criterion,
                      Core::AcmgStrength strength,
                      const QString &evidence = {});
    void clearCriterion(Core::AcmgCriterion criterion);
    /*! Whether the editor offers \a criterion (false for PP5 and BP6). */
    bool offersCriterion(Core::AcmgCriterion criterion) const;

    /*! The ticked criteria; an error names the first refused combination. */
    Core::Result<Core::AcmgClassification> classification() const;
    /*! The class the criteria give: rules and points when they agree, else the one nearer VUS. */
    Core::Significance combinedSignificance() const;
    const QList<Core::AcmgSuggestion> &suggestions() const { return m_suggestions; }
    /*! Accepts (ticks) or rejects suggestion \a index. */
    void acceptSuggestion(int index);
    /*!
     * Rejects suggestion \a index (unticking it if it was accepted) and shows its reason field
     * with \a reason; a rejection needs a reason before the dialog can be saved.
     */
    void rejectSuggestion(int index, const QString &reason = {});
    /*! Sets the reason given for rejecting suggestion \a index. */
    void setRejectionReason(int index, const QString &reason);
    /*! The first rejected suggestion without a reason, or -1. */
    int rejectionWithoutReason() const;

    Core::Significance selectedSignificance() const;
    void setSelectedSignificance(Core::Significance significance);
    void setComment(const QString &comment);

    /*!
     * The review as entered, with each decided suggestion's reason as its decisionComment;
     * changeReason is left empty (the caller asks when needed).
     */
    Core::VariantReviewInput review() const;

    void accept() override;

private:
    struct CriterionRow
    {
        Core::AcmgCriterion criterion;
        QCheckBox *check = nullptr;
        QComboBox *strength = nullptr;
        QLineEdit *evidence = nullptr;
    };
    struct SuggestionRow
    {
        QLabel *status = nullptr;
        QPushButton *accept = nullptr;
        QPushButton *reject = nullptr;
        QLabel *reasonLabel = nullptr;
        QLineEdit *reason = nullptr; //!< why the reviewer rejects it; shown when rejected
    };

    QWidget *createCriteriaEditor();
    QWidget *createSuggestions();
    const CriterionRow *row(Core::AcmgCriterion criterion) const;
    void updateResult();
    void updateSuggestion(int index);

    Core::PolicyVariant m_variant;
    QList<CriterionRow> m_rows;
    QList<Core::AcmgSuggestion> m_suggestions;
    QList<SuggestionRow> m_suggestionRows;
    QLabel *m_rulesLabel = nullptr;
    QLabel *m_pointsLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QComboBox *m_classification = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QTableView *m_priorView = nullptr;
    QLabel *m_reasonMissing = nullptr; //!< says that a rejection lacks its reason
    PriorClassificationModel *m_priorModel = nullptr;
    bool m_classificationChosen = false;
    bool m_updating = false;
};

} // namespace Gui
