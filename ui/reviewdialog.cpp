// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewdialog.h"

#include "priorclassificationmodel.h"

#include <core/policy/policy.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cstdlib>

namespace Gui {

namespace {

const QList<Core::AcmgStrength> kOverrides = {Core::AcmgStrength::VeryStrong,
                                              Core::AcmgStrength::Strong,
                                              Core::AcmgStrength::Moderate,
                                              Core::AcmgStrength::Supporting};

const QList<Core::Significance> kClasses = {Core::Significance::Pathogenic,
                                            Core::Significance::LikelyPathogenic,
                                            Core::Significance::Uncertain,
                                            Core::Significance::LikelyBenign,
                                            Core::Significance::Benign};

QString shortCode(Core::Significance significance)
{
    switch (significance) {
    case Core::Significance::Pathogenic:
        return QStringLiteral("P");
    case Core::Significance::LikelyPathogenic:
        return QStringLiteral("LP");
    case Core::Significance::Uncertain:
        return QStringLiteral("VUS");
    case Core::Significance::LikelyBenign:
        return QStringLiteral("LB");
    case Core::Significance::Benign:
        return QStringLiteral("B");
    default:
        return {};
    }
}

// Distance from VUS on the five-tier scale; used to pick the more cautious of two results.
int distanceFromUncertain(Core::Significance significance)
{
    return std::abs(int(significance) - int(Core::Significance::Uncertain));
}

} // namespace

ReviewDialog::ReviewDialog(const Core::PolicyVariant &variant,
                           const Core::Policy *policy,
                           QWidget *parent)
    : QDialog(parent)
    , m_variant(variant)
{
    setWindowTitle(tr("Classify Variant %1").arg(variant.key()));
    m_suggestions = policy ? Core::AcmgSuggestions::suggest(variant, *policy)
                           : Core::AcmgSuggestions::suggest(
                                   variant, Core::AcmgSuggestions::defaultThresholds());

    auto *layout = new QVBoxLayout(this);
    QStringList description{variant.key()};
    if (!variant.geneSymbol.isEmpty())
        description << variant.geneSymbol;
    if (!variant.hgvsCoding.isEmpty())
        description << variant.hgvsCoding;
    if (!variant.hgvsProtein.isEmpty())
        description << variant.hgvsProtein;
    if (!variant.consequence.isEmpty())
        description << variant.consequence;
    auto *heading = new QLabel(description.join(QStringLiteral(" · ")), this);
    heading->setObjectName(QStringLiteral("variantHeading"));
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createCriteriaEditor());

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);

    auto *resultBox = new QGroupBox(tr("Result"), side);
    auto *resultLayout = new QFormLayout(resultBox);
    m_rulesLabel = new QLabel(resultBox);
    m_rulesLabel->setObjectName(QStringLiteral("rulesResult"));
    m_rulesLabel->setWordWrap(true);
    m_pointsLabel = new QLabel(resultBox);
    m_pointsLabel->setObjectName(QStringLiteral("pointsResult"));
    m_pointsLabel->setWordWrap(true);
    m_summaryLabel = new QLabel(resultBox);
    m_summaryLabel->setObjectName(QStringLiteral("resultSummary"));
    m_summaryLabel->setWordWrap(true);
    resultLayout->addRow(tr("By rules (Richards 2015):"), m_rulesLabel);
    resultLayout->addRow(tr("By points (Tavtigian):"), m_pointsLabel);
    resultLayout->addRow(tr("Summary:"), m_summaryLabel);
    sideLayout->addWidget(resultBox);

    sideLayout->addWidget(createSuggestions());

    auto *decisionBox = new QGroupBox(tr("Classification"), side);
    auto *decisionLayout = new QFormLayout(decisionBox);
    m_classification = new QComboBox(decisionBox);
    m_classification->setObjectName(QStringLiteral("classification"));
    for (Core::Significance significance : kClasses) {
        m_classification->addItem(
                tr("%1 — %2").arg(shortCode(significance), Core::significanceLabel(significance)),
                int(significance));
    }
    connect(m_classification, &QComboBox::activated, this, [this] {
        m_classificationChosen = true;
    });
    decisionLayout->addRow(tr("C&lass:"), m_classification);
    m_comment = new QPlainTextEdit(decisionBox);
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setPlaceholderText(tr("Why this class; what else was considered"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(80);
    decisionLayout->addRow(tr("Co&mment:"), m_comment);
    sideLayout->addWidget(decisionBox);

    auto *priorBox
            = new QGroupBox(tr("Prior classifications of this variant in other cases"), side);
    auto *priorLayout = new QVBoxLayout(priorBox);
    m_priorModel = new PriorClassificationModel(this);
    m_priorView = new QTableView(priorBox);
    m_priorView->setObjectName(QStringLiteral("priorClassifications"));
    m_priorView->setModel(m_priorModel);
    m_priorView->verticalHeader()->hide();
    m_priorView->horizontalHeader()->setStretchLastSection(true);
    m_priorView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_priorView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_priorView->setMinimumHeight(90);
    priorLayout->addWidget(m_priorView);
    sideLayout->addWidget(priorBox, 1);

    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewDialog::reject);
    layout->addWidget(buttons);

    updateResult();
    resize(1180, 720);
}

ReviewDialog::~ReviewDialog() = default;

QWidget *ReviewDialog::createCriteriaEditor()
{
    auto *box = new QGroupBox(tr("ACMG/AMP criteria"), this);
    auto *boxLayout = new QVBoxLayout(box);
    auto *note = new QLabel(tr("PP5 and BP6 (reputable source) are not used, following ClinGen "
                               "SVI."),
                            box);
    note->setWordWrap(true);
    boxLayout->addWidget(note);

    auto *scroll = new QScrollArea(box);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    auto *grid = new QGridLayout(content);
    grid->addWidget(new QLabel(tr("Criterion"), content), 0, 0);
    grid->addWidget(new QLabel(tr("Strength"), content), 0, 1);
    grid->addWidget(new QLabel(tr("Evidence"), content), 0, 2);
    int gridRow = 1;
    for (Core::AcmgCriterion criterion : Core::acmgAllCriteria()) {
        if (!Core::acmgIsSupported(criterion))
            continue;
        if (criterion == Core::AcmgCriterion::PVS1 || criterion == Core::AcmgCriterion::BA1) {
            auto *section
                    = new QLabel(criterion == Core::AcmgCriterion::PVS1 ? tr("Pathogenic evidence")
                                                                        : tr("Benign evidence"),
                                 content);
            QFont font = section->font();
            font.setBold(true);
            section->setFont(font);
            grid->addWidget(section, gridRow++, 0, 1, 3);
        }
        CriterionRow row;
        row.criterion = criterion;
        const QString code = Core::acmgCriterionCode(criterion);
        row.check = new QCheckBox(code, content);
        row.check->setObjectName(QStringLiteral("criterion_%1").arg(code));
        row.check->setToolTip(Core::acmgDirection(criterion) == Core::AcmgDirection::Pathogenic
                                      ? tr("Evidence for pathogenicity")
                                      : tr("Evidence for benignity"));
        row.strength = new QComboBox(content);
        row.strength->setObjectName(QStringLiteral("strength_%1").arg(code));
        row.strength->setAccessibleName(tr("Strength of %1").arg(code));
        const Core::AcmgStrength defaultStrength = Core::acmgDefaultStrength(criterion);
        row.strength->addItem(tr("default (%1)").arg(Core::acmgStrengthLabel(defaultStrength)),
                              int(defaultStrength));
        // BA1 is stand-alone and takes no modifier; benign criteria are never very strong.
        if (criterion != Core::AcmgCriterion::BA1) {
            for (Core::AcmgStrength strength : kOverrides) {
                if (strength == defaultStrength)
                    continue;
                if (strength == Core::AcmgStrength::VeryStrong
                    && Core::acmgDirection(criterion) == Core::AcmgDirection::Benign)
                    continue;
                row.strength->addItem(Core::acmgStrengthLabel(strength), int(strength));
            }
        }
        row.strength->setEnabled(false);
        row.evidence = new QLineEdit(content);
        row.evidence->setObjectName(QStringLiteral("evidence_%1").arg(code));
        row.evidence->setAccessibleName(tr("Evidence for %1").arg(code));
        row.evidence->setPlaceholderText(tr("Evidence"));
        row.evidence->setEnabled(false);
        grid->addWidget(row.check, gridRow, 0);
        grid->addWidget(row.strength, gridRow, 1);
        grid->addWidget(row.evidence, gridRow, 2);
        ++gridRow;

        QComboBox *strength = row.strength;
        QLineEdit *evidence = row.evidence;
        connect(row.check, &QCheckBox::toggled, this, [this, strength, evidence](bool on) {
            strength->setEnabled(on);
            evidence->setEnabled(on);
            updateResult();
        });
        connect(row.strength, &QComboBox::currentIndexChanged, this, [this] { updateResult(); });
        connect(row.evidence, &QLineEdit::textChanged, this, [this, evidence](const QString &text) {
            evidence->setToolTip(text);
            updateResult();
        });
        m_rows.append(row);
    }
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(gridRow, 1);
    scroll->setWidget(content);
    boxLayout->addWidget(scroll);
    return box;
}

QWidget *ReviewDialog::createSuggestions()
{
    auto *box = new QGroupBox(tr("Suggestions from the data"), this);
    box->setObjectName(QStringLiteral("suggestions"));
    auto *grid = new QGridLayout(box);
    if (m_suggestions.isEmpty()) {
        grid->addWidget(new QLabel(tr("No criterion can be suggested from the data."), box), 0, 0);
        return box;
    }
    for (int index = 0; index < m_suggestions.size(); ++index) {
        const Core::AcmgSuggestion &suggestion = m_suggestions.at(index);
        auto *code = new QLabel(suggestion.evidence.code(), box);
        QFont bold = code->font();
        bold.setBold(true);
        code->setFont(bold);
        auto *evidence = new QLabel(suggestion.evidence.evidence, box);
        evidence->setWordWrap(true);
        evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
        SuggestionRow row;
        row.status = new QLabel(box);
        row.status->setObjectName(QStringLiteral("suggestionStatus_%1").arg(index));
        auto *acceptButton = new QPushButton(tr("Accept"), box);
        acceptButton->setObjectName(QStringLiteral("acceptSuggestion_%1").arg(index));
        acceptButton->setAccessibleName(tr("Accept %1").arg(suggestion.evidence.code()));
        auto *rejectButton = new QPushButton(tr("Reject"), box);
        rejectButton->setObjectName(QStringLiteral("rejectSuggestion_%1").arg(index));
        rejectButton->setAccessibleName(tr("Reject %1").arg(suggestion.evidence.code()));
        connect(acceptButton, &QPushButton::clicked, this, [this, index] {
            acceptSuggestion(index);
        });
        connect(rejectButton, &QPushButton::clicked, this, [this, index] {
            rejectSuggestion(index);
        });
        row.reason = new QLineEdit(box);
        row.reason->setObjectName(QStringLiteral("rejectionReason_%1").arg(index));
        row.reason->setPlaceholderText(tr("Why the suggestion does not apply (required)"));
        row.reason->setAccessibleName(
                tr("Reason for rejecting %1").arg(suggestion.evidence.code()));
        row.reasonLabel = new QLabel(tr("Reason:"), box);
        row.reasonLabel->setBuddy(row.reason);
        connect(row.reason, &QLineEdit::textChanged, this, [this] {
            if (m_reasonMissing->isVisible() && rejectionWithoutReason() < 0)
                m_reasonMissing->hide();
        });
        const int gridRow = index * 3;
        grid->addWidget(code, gridRow, 0);
        grid->addWidget(row.status, gridRow, 1);
        grid->addWidget(acceptButton, gridRow, 2);
        grid->addWidget(rejectButton, gridRow, 3);
        grid->addWidget(evidence, gridRow + 1, 0, 1, 4);
        grid->addWidget(row.reasonLabel, gridRow + 2, 0);
        grid->addWidget(row.reason, gridRow + 2, 1, 1, 3);
        row.accept = acceptButton;
        row.reject = rejectButton;
        m_suggestionRows.append(row);
        updateSuggestion(index);
    }
    m_reasonMissing = new QLabel(tr("A rejected suggestion needs a reason: say why it does not "
                                    "apply to this variant."),
                                 box);
    m_reasonMissing->setObjectName(QStringLiteral("rejectionReasonMissing"));
    m_reasonMissing->setWordWrap(true);
    m_reasonMissing->hide();
    grid->addWidget(m_reasonMissing, int(m_suggestions.size()) * 3, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    return box;
}

const ReviewDialog::CriterionRow *ReviewDialog::row(Core::AcmgCriterion criterion) const
{
    for (const CriterionRow &row : m_rows) {
        if (row.criterion == criterion)
            return &row;
    }
    return nullptr;
}

bool ReviewDialog::offersCriterion(Core::AcmgCriterion criterion) const
{
    return row(criterion) != nullptr;
}

bool ReviewDialog::setCriterion(Core::AcmgCriterion criterion,
                                Core::AcmgStrength strength,
                                const QString &evidence)
{
    const CriterionRow *target = row(criterion);
    if (!target)
        return false;
    const int index = target->strength->findData(int(strength));
    if (index < 0)
        return false;
    m_updating = true;
    target->check->setChecked(true);
    target->strength->setCurrentIndex(index);
    target->evidence->setText(evidence);
    target->evidence->setCursorPosition(0); // show the start of a long evidence text
    m_updating = false;
    updateResult();
    return true;
}

void ReviewDialog::clearCriterion(Core::AcmgCriterion criterion)
{
    if (const CriterionRow *target = row(criterion))
        target->check->setChecked(false);
}

Core::Result<Core::AcmgClassification> ReviewDialog::classification() const
{
    Core::AcmgClassification result;
    for (const CriterionRow &row : m_rows) {
        if (!row.check->isChecked())
            continue;
        Core::AcmgEvidence evidence;
        evidence.criterion = row.criterion;
        evidence.strength = Core::AcmgStrength(row.strength->currentData().toInt());
        evidence.evidence = row.evidence->text().trimmed();
        // Round-trip through the code so that the editor accepts exactly what the store does.
        auto parsed = Core::AcmgEvidence::parse(evidence.code(), evidence.evidence);
        if (!parsed)
            return parsed.error();
        if (auto added = result.add(parsed.value()); !added)
            return added.error();
    }
    return result;
}

Core::Significance ReviewDialog::combinedSignificance() const
{
    const auto criteria = classification();
    if (!criteria || criteria.value().isEmpty())
        return Core::Significance::Uncertain;
    const Core::Significance rules = criteria.value().byRules();
    const Core::Significance points = criteria.value().byPoints();
    if (rules == points)
        return rules;
    return distanceFromUncertain(rules) <= distanceFromUncertain(points) ? rules : points;
}

void ReviewDialog::updateResult()
{
    if (m_updating)
        return;
    const auto criteria = classification();
    if (!criteria) {
        m_rulesLabel->setText(tr("Not valid: %1").arg(criteria.error().message()));
        m_pointsLabel->clear();
        m_summaryLabel->clear();
        return;
    }
    const Core::AcmgClassification &value = criteria.value();
    if (value.isEmpty()) {
        m_rulesLabel->setText(tr("No criterion applied"));
        m_pointsLabel->setText(tr("0 points"));
        m_summaryLabel->clear();
    } else {
        m_rulesLabel->setText(
                tr("%1 (%2)").arg(Core::significanceLabel(value.byRules()), value.rulesReason()));
        m_pointsLabel->setText(
                value.hasStandAloneBenign()
                        ? tr("%1 (BA1 stand-alone)").arg(Core::significanceLabel(value.byPoints()))
                        // tr() leaves %n alone when n < 0 (benign points), so the signed
                        // total is %2 and n only picks the plural form.
                        : tr("%1 (%2 point(s))", nullptr, std::abs(value.points()))
                                  .arg(Core::significanceLabel(value.byPoints()))
                                  .arg(value.points()));
        m_summaryLabel->setText(value.summary());
    }
    if (!m_classificationChosen) {
        const int index = m_classification->findData(int(combinedSignificance()));
        if (index >= 0)
            m_classification->setCurrentIndex(index);
    }
    for (int index = 0; index < m_suggestionRows.size(); ++index)
        updateSuggestion(index);
}

void ReviewDialog::updateSuggestion(int index)
{
    const Core::AcmgSuggestion &suggestion = m_suggestions.at(index);
    QString text;
    switch (suggestion.decision) {
    case Core::AcmgSuggestion::Decision::Pending:
        text = tr("pending");
        break;
    case Core::AcmgSuggestion::Decision::Accepted:
        text = tr("accepted");
        break;
    case Core::AcmgSuggestion::Decision::Rejected:
        text = tr("rejected");
        break;
    }
    const SuggestionRow &row = m_suggestionRows.at(index);
    row.status->setText(text);
    const bool rejected = suggestion.decision == Core::AcmgSuggestion::Decision::Rejected;
    row.reason->setVisible(rejected);
    row.reasonLabel->setVisible(rejected);
    row.accept->setEnabled(suggestion.decision != Core::AcmgSuggestion::Decision::Accepted);
    row.reject->setEnabled(suggestion.decision != Core::AcmgSuggestion::Decision::Rejected);
}

void ReviewDialog::acceptSuggestion(int index)
{
    if (index < 0 || index >= m_suggestions.size())
        return;
    Core::AcmgSuggestion &suggestion = m_suggestions[index];
    if (!setCriterion(suggestion.evidence.criterion,
                      suggestion.evidence.strength,
                      suggestion.evidence.evidence))
        return;
    suggestion.accept();
    updateSuggestion(index);
}

void ReviewDialog::rejectSuggestion(int index, const QString &reason)
{
    if (index < 0 || index >= m_suggestions.size())
        return;
    Core::AcmgSuggestion &suggestion = m_suggestions[index];
    // A rejected suggestion that had been accepted is taken back out of the criteria.
    if (suggestion.decision == Core::AcmgSuggestion::Decision::Accepted)
        clearCriterion(suggestion.evidence.criterion);
    suggestion.reject();
    updateSuggestion(index);
    QLineEdit *field = m_suggestionRows.at(index).reason;
    if (!reason.isEmpty())
        field->setText(reason);
    else if (field->text().trimmed().isEmpty())
        field->setFocus(Qt::OtherFocusReason);
}

void ReviewDialog::setRejectionReason(int index, const QString &reason)
{
    if (index >= 0 && index < m_suggestionRows.size())
        m_suggestionRows.at(index).reason->setText(reason);
}

int ReviewDialog::rejectionWithoutReason() const
{
    for (int index = 0; index < m_suggestions.size(); ++index) {
        if (m_suggestions.at(index).decision == Core::AcmgSuggestion::Decision::Rejected
            && m_suggestionRows.at(index).reason->text().trimmed().isEmpty())
            return index;
    }
    return -1;
}

Core::Significance ReviewDialog::selectedSignificance() const
{
    return Core::Significance(m_classification->currentData().toInt());
}

void ReviewDialog::setSelectedSignificance(Core::Significance significance)
{
    const int index = m_classification->findData(int(significance));
    if (index < 0)
        return;
    m_classification->setCurrentIndex(index);
    m_classificationChosen = true;
}

void ReviewDialog::setComment(const QString &comment)
{
    m_comment->setPlainText(comment);
}

void ReviewDialog::setReview(const Core::VariantReviewInput &review)
{
    for (const CriterionRow &row : m_rows)
        row.check->setChecked(false);
    for (const Core::AcmgEvidence &evidence : review.criteria.criteria())
        setCriterion(evidence.criterion, evidence.strength, evidence.evidence);
    setSelectedSignificance(review.classification);
    setComment(review.comment);
}

void ReviewDialog::setPriorClassifications(const QList<Core::PriorClassification> &priors)
{
    m_priorModel->setPriors(priors);
    m_priorView->resizeColumnsToContents();
}

Core::VariantReviewInput ReviewDialog::review() const
{
    Core::VariantReviewInput input;
    input.variantKey = m_variant.key();
    input.classification = selectedSignificance();
    if (auto criteria = classification())
        input.criteria = criteria.value();
    input.comment = m_comment->toPlainText().trimmed();
    // The accepted and rejected suggestions are stored with the review (pending ones are not).
    for (int index = 0; index < m_suggestions.size(); ++index) {
        Core::AcmgSuggestion suggestion = m_suggestions.at(index);
        if (suggestion.decision == Core::AcmgSuggestion::Decision::Pending)
            continue;
        if (suggestion.decision == Core::AcmgSuggestion::Decision::Rejected)
            suggestion.decisionComment = m_suggestionRows.at(index).reason->text().trimmed();
        input.suggestions << suggestion;
    }
    return input;
}

void ReviewDialog::accept()
{
    if (const auto criteria = classification(); !criteria) {
        QMessageBox::warning(this, windowTitle(), criteria.error().message());
        return;
    }
    // The reviewer says why an automatic suggestion does not apply: stored with the decision
    // and shown in the audit log.
    if (const int missing = rejectionWithoutReason(); missing >= 0) {
        m_reasonMissing->show();
        m_suggestionRows.at(missing).reason->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

} // namespace Gui
