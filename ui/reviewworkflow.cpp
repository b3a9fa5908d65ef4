// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewworkflow.h"

#include <optional>

#include "auditlogdialog.h"
#include "caselistmodel.h"
#include "casesidebar.h"
#include "casestoreclient.h"
#include "mainwindow.h"
#include "reviewdialog.h"
#include "varianttablemodel.h"

#include <core/policy/policy.h>
#include <core/report/reportbuilder.h>

#include <QAction>
#include <QInputDialog>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

Q_LOGGING_CATEGORY(lcReviewWorkflow, "genomedesk.ui.review", QtWarningMsg)

namespace Gui {

ReviewWorkflow::ReviewWorkflow(MainWindow *window, ClassificationsChanged apply)
    : QObject(window)
    , m_window(window)
    , m_apply(std::move(apply))
{
    m_client = new CaseStoreClient(this);
    m_sidebar = new CaseSidebar(window);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_sidebar);

    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openCaseDatabaseAction"));
    connect(m_openAction, &QAction::triggered, this, &ReviewWorkflow::openDatabase);
    m_classifyAction = new QAction(this);
    m_classifyAction->setObjectName(QStringLiteral("classifyVariantAction"));
    m_classifyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_classifyAction, &QAction::triggered, this, &ReviewWorkflow::classifyCurrentVariant);
    m_markReviewedAction = new QAction(this);
    m_markReviewedAction->setObjectName(QStringLiteral("markReviewedAction"));
    connect(m_markReviewedAction, &QAction::triggered, this, &ReviewWorkflow::markReviewed);
    m_signAction = new QAction(this);
    m_signAction->setObjectName(QStringLiteral("signCaseAction"));
    connect(m_signAction, &QAction::triggered, this, &ReviewWorkflow::signCase);
    m_auditAction = new QAction(this);
    m_auditAction->setObjectName(QStringLiteral("auditLogAction"));
    connect(m_auditAction, &QAction::triggered, this, &ReviewWorkflow::showAuditLog);

    connect(m_client, &CaseStoreClient::stateChanged, this, [this] {
        m_caseId.clear();
        refreshCases();
    });
    connect(m_sidebar, &CaseSidebar::caseActivated, this, &ReviewWorkflow::setCurrentCase);
    updateActions();
}

ReviewWorkflow::~ReviewWorkflow() = default;

void ReviewWorkflow::addCaseActions(QMenu *caseMenu)
{
    m_openAction->setText(tr("&Open Case Database…"));
    m_classifyAction->setText(tr("Classify &Variant…"));
    m_markReviewedAction->setText(tr("Mark &Reviewed"));
    m_signAction->setText(tr("&Sign Case…"));
    m_sidebar->toggleViewAction()->setText(tr("Case &List"));
    caseMenu->addSeparator();
    caseMenu->addAction(m_openAction);
    caseMenu->addAction(m_sidebar->toggleViewAction());
    caseMenu->addAction(m_classifyAction);
    caseMenu->addAction(m_markReviewedAction);
    caseMenu->addAction(m_signAction);
    connect(caseMenu, &QMenu::aboutToShow, this, &ReviewWorkflow::updateActions);
}

void ReviewWorkflow::addToolsActions(QMenu *toolsMenu)
{
    m_auditAction->setText(tr("&Audit Log…"));
    toolsMenu->addAction(m_auditAction);
}

void ReviewWorkflow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(m_window, title, message);
}

void ReviewWorkflow::openDatabase()
{
    m_client->openInteractively(m_window);
    if (m_client->isLoggedIn()) {
        m_window->statusBar()->showMessage(tr("Logged in to %1 as %2 (%3).")
                                                   .arg(m_client->displayName(),
                                                        m_client->user().name,
                                                        Core::userRoleKey(m_client->user().role)),
                                           10000);
    }
}

void ReviewWorkflow::refreshCases()
{
    if (!m_client->isLoggedIn()) {
        m_sidebar->clear();
        updateActions();
        return;
    }
    const auto cases = m_client->store()->cases();
    if (!cases) {
        m_client->showError(m_window, tr("Cases"), cases.error());
        m_sidebar->clear();
    } else {
        m_sidebar->setCases(cases.value(), m_client->displayName());
        m_sidebar->show();
    }
    updateActions();
}

void ReviewWorkflow::setCurrentCase(const QString &caseId)
{
    if (!m_client->isLoggedIn())
        return;
    const auto reviews = m_client->store()->reviews(caseId);
    if (!reviews) {
        m_client->showError(m_window, tr("Cases"), reviews.error());
        return;
    }
    m_caseId = caseId;
    qCDebug(lcReviewWorkflow) << "current case" << caseId;
    // Several reviewers may have classified a variant; the latest review is the lab's class.
    QHash<QString, Core::Significance> classifications;
    QHash<QString, QDateTime> times;
    for (const Core::VariantReview &review : reviews.value()) {
        if (times.contains(review.variantKey) && times.value(review.variantKey) > review.time)
            continue;
        times.insert(review.variantKey, review.time);
        classifications.insert(review.variantKey, review.classification);
    }
    // Variants classified in the previous case but not in this one lose that class.
    for (const QString &key : std::as_const(m_appliedKeys)) {
        if (!classifications.contains(key))
            classifications.insert(key, Core::Significance::Unknown);
    }
    m_appliedKeys.clear();
    for (auto it = classifications.cbegin(); it != classifications.cend(); ++it) {
        if (it.value() != Core::Significance::Unknown)
            m_appliedKeys.insert(it.key());
    }
    std::optional<Core::CaseRecord> record;
    for (const Core::CaseRecord &candidate : m_sidebar->model()->cases()) {
        if (candidate.caseId == caseId)
            record = candidate;
    }
    const bool opened = record && m_open && m_open(*record, classifications);
    if (!opened && m_apply)
        m_apply(classifications);
    m_window->statusBar()->showMessage(
            tr("Case %1: %n review(s).", nullptr, int(reviews.value().size())).arg(caseId), 10000);
    updateActions();
}

void ReviewWorkflow::updateActions()
{
    const bool loggedIn = m_client->isLoggedIn();
    const std::optional<Core::UserRole> role
            = loggedIn ? std::optional(m_client->user().role) : std::nullopt;
    const bool reviewer = role == Core::UserRole::Counsellor || role == Core::UserRole::Geneticist;
    std::optional<Core::CaseStatus> status;
    for (const Core::CaseRecord &record : m_sidebar->model()->cases()) {
        if (record.caseId == m_caseId)
            status = record.status;
    }
    m_classifyAction->setEnabled(reviewer && status.has_value());
    m_markReviewedAction->setEnabled(reviewer && status == Core::CaseStatus::Draft);
    m_signAction->setEnabled(role == Core::UserRole::Geneticist
                             && status == Core::CaseStatus::Reviewed);
    m_auditAction->setEnabled(loggedIn);
    emit stateChanged();
    const QString caseHint
            = status ? tr("Case %1 (%2)").arg(m_caseId, CaseListModel::statusBadge(*status))
                     : tr("Pick a case in the case list first.");
    m_classifyAction->setStatusTip(caseHint);
    m_markReviewedAction->setStatusTip(caseHint);
    m_signAction->setStatusTip(role == Core::UserRole::Geneticist
                                       ? caseHint
                                       : tr("Only a clinical geneticist can sign a case."));
}

void ReviewWorkflow::classifyCurrentVariant()
{
    const QString title = tr("Classify Variant");
    if (!m_client->isLoggedIn() || m_caseId.isEmpty()) {
        showError(title, tr("Open a case database and pick a case in the case list first."));
        return;
    }
    const auto evaluation = m_window->evaluation();
    const QModelIndex current = m_window->variantView()->currentIndex();
    if (!evaluation || !current.isValid()) {
        showError(title, tr("Select a variant of the evaluated case in the variant table first."));
        return;
    }
    const Core::PolicyVariant *variant
            = evaluation->variantForRow(m_window->variantModel()->storeRow(current.row()));
    if (!variant) {
        showError(title, tr("The proband does not carry the selected variant."));
        return;
    }
    Core::CaseStore *store = m_client->store();
    const QString key = variant->key();

    // The suggestions use the thresholds of the policy the case was evaluated with.
    Core::PolicyRegistry registry;
    const bool havePolicy = !evaluation->run().policyId.isEmpty()
                            && registry.load(evaluation->run().policyId).has_value();

    auto *dialog = new ReviewDialog(*variant, havePolicy ? &registry.active() : nullptr, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("reviewDialog"));
    if (const auto reviews = store->reviews(m_caseId)) {
        // Start from this reviewer's own review, else from the latest one of another reviewer.
        const Core::VariantReview *preset = nullptr;
        for (const Core::VariantReview &review : reviews.value()) {
            if (review.variantKey != key)
                continue;
            if (!preset || review.reviewer == m_client->user().name
                || (preset->reviewer != m_client->user().name && review.time > preset->time))
                preset = &review;
        }
        if (preset) {
            Core::VariantReviewInput input;
            input.variantKey = key;
            input.classification = preset->classification;
            input.criteria = preset->criteria;
            input.comment = preset->comment;
            dialog->setReview(input);
            // Earlier decisions on the suggestions, with the reasons given for rejections.
            for (const Core::SuggestionDecision &decision : preset->suggestionDecisions) {
                for (int index = 0; index < dialog->suggestions().size(); ++index) {
                    if (dialog->suggestions().at(index).evidence.code() != decision.criterion)
                        continue;
                    if (decision.decision == Core::AcmgSuggestion::Decision::Rejected)
                        dialog->rejectSuggestion(index, decision.reason);
                    else if (decision.decision == Core::AcmgSuggestion::Decision::Accepted)
                        dialog->acceptSuggestion(index);
                }
            }
        }
    }
    if (const auto priors = store->priorClassifications(key, m_caseId))
        dialog->setPriorClassifications(priors.value());

    const QString caseId = m_caseId;
    connect(dialog, &QDialog::accepted, this, [this, dialog, caseId] {
        if (!m_client->isLoggedIn() || caseId != m_caseId)
            return; // the database or the case changed while the dialog was open
        Core::VariantReviewInput input = dialog->review();
        const auto record = m_client->store()->caseRecord(caseId);
        if (record && record.value().status == Core::CaseStatus::Signed) {
            bool ok = false;
            input.changeReason = QInputDialog::getText(
                    m_window,
                    tr("Change a Signed Case"),
                    tr("Case %1 is signed. Why does its report change?").arg(caseId),
                    QLineEdit::Normal,
                    {},
                    &ok);
            if (!ok || input.changeReason.trimmed().isEmpty())
                return;
        }
        const auto saved = m_client->store()->setReview(m_client->user(), caseId, input);
        if (!saved) {
            m_client->showError(m_window, tr("Classify Variant"), saved.error());
            return;
        }
        m_window->statusBar()->showMessage(
                tr("%1 classified as %2 in case %3.")
                        .arg(input.variantKey,
                             Core::significanceLabel(input.classification),
                             caseId),
                10000);
        refreshCases();
        setCurrentCase(caseId);
    });
    dialog->open();
}

void ReviewWorkflow::markReviewed()
{
    if (!m_client->isLoggedIn() || m_caseId.isEmpty())
        return;
    const auto marked = m_client->store()->markReviewed(m_client->user(), m_caseId);
    if (!marked) {
        m_client->showError(m_window, tr("Mark Reviewed"), marked.error());
        return;
    }
    m_window->statusBar()->showMessage(tr("Case %1 marked reviewed.").arg(m_caseId), 10000);
    const QString caseId = m_caseId;
    refreshCases();
    m_caseId = caseId;
    updateActions();
}

bool ReviewWorkflow::canSignCurrentCase() const
{
    return m_signAction->isEnabled();
}

void ReviewWorkflow::fillReportContext(Core::ReportContext &context) const
{
    if (!m_client->isLoggedIn() || m_caseId.isEmpty())
        return;
    Core::CaseStore *store = m_client->store();
    if (const auto reviews = store->reviews(m_caseId)) {
        QHash<QString, QDateTime> times;
        for (const Core::VariantReview &review : reviews.value()) {
            // The latest review of a variant is the lab's word on it.
            if (times.contains(review.variantKey) && times.value(review.variantKey) > review.time)
                continue;
            times.insert(review.variantKey, review.time);
            Core::ReviewedVariant reviewed;
            reviewed.classificationKey = Core::significanceKey(review.classification);
            reviewed.criteria = review.criteria.codes().split(QLatin1Char(','), Qt::SkipEmptyParts);
            reviewed.comment = review.comment;
            context.reviews.insert(review.variantKey, reviewed);
        }
    }
    const auto record = store->caseRecord(m_caseId);
    if (!record || record.value().status != Core::CaseStatus::Signed)
        return;
    context.version = record.value().reportVersion;
    if (const auto versions = store->reportVersions(m_caseId)) {
        for (const Core::ReportVersion &version : versions.value()) {
            if (version.version == record.value().reportVersion && version.isSigned) {
                context.signOff.name = version.signedBy;
                context.signOff.signedAt = version.signedTime;
            }
        }
    }
}

bool ReviewWorkflow::signCase()
{
    if (!m_client->isLoggedIn() || m_caseId.isEmpty())
        return false;
    const QString caseId = m_caseId;
    if (!m_client->confirmPassword(m_window, tr("Sign case %1").arg(caseId)))
        return false;
    const auto signedVersion = m_client->store()->sign(m_client->user(), caseId);
    if (!signedVersion) {
        m_client->showError(m_window, tr("Sign Case"), signedVersion.error());
        return false;
    }
    m_window->statusBar()->showMessage(
            tr("Case %1 signed: report version %2.").arg(caseId).arg(signedVersion.value().version),
            10000);
    refreshCases();
    m_caseId = caseId;
    updateActions();
    return true;
}

void ReviewWorkflow::showAuditLog()
{
    if (!m_client->isLoggedIn())
        return;
    const auto entries = m_client->store()->readableAuditEntries();
    if (!entries) {
        m_client->showError(m_window, tr("Audit Log"), entries.error());
        return;
    }
    const auto verification = m_client->store()->verifyAudit();
    if (!verification) {
        m_client->showError(m_window, tr("Audit Log"), verification.error());
        return;
    }
    auto *dialog = new AuditLogDialog(
            entries.value(), verification.value(), m_client->displayName(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("auditLogDialog"));
    dialog->open();
}

} // namespace Gui
