// SPDX-License-Identifier: GPL-3.0-or-later
// ReviewWorkflow in the main window, over a real SQLite case database: log in, pick a case,
// classify the BRCA2 nonsense variant of the demo case with the dialog (saved with
// CaseStore::setReview and fed back into the evaluation as the lab's class), mark the case
// reviewed, sign it (the password is asked again; a counsellor cannot), and read the audit log.
#include "../core/review/reviewfixture.h"

#include <ui/auditlogdialog.h>
#include <ui/caselistmodel.h>
#include <ui/casesidebar.h>
#include <ui/casestoreclient.h>
#include <ui/mainwindow.h>
#include <ui/reportpreviewdialog.h>
#include <ui/reviewdialog.h>
#include <ui/reviewworkflow.h>
#include <ui/varianttablemodel.h>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Gui;

namespace {

const QString kBrca2 = QStringLiteral("13-32340312-G-A");

QAction *action(QObject &window, const QString &name)
{
    return window.findChild<QAction *>(name);
}

QString statusOf(CaseSidebar *sidebar, const QString &caseId)
{
    const CaseListModel *model = sidebar->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(CaseListModel::CaseIdRole).toString() == caseId)
            return model->index(row, CaseListModel::StatusColumn).data().toString();
    }
    return {};
}

QString pdfText(QPdfDocument *document)
{
    QString text;
    for (int page = 0; page < document->pageCount(); ++page)
        text += document->getAllText(page).text() + QLatin1Char('\n');
    return text;
}

bool waitForRender(ReportPreviewDialog *preview)
{
    if (!preview->isRendering())
        return !preview->pdf().isEmpty();
    QSignalSpy rendered(preview, &ReportPreviewDialog::rendered);
    return rendered.wait(60000) && rendered.last().first().toBool();
}

} // namespace

class TestReviewWorkflow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_database;
    QString m_caseId;
    QString m_otherCaseId;
    QString m_emptyCaseId;

private slots:
    void initTestCase()
    {
        QSettings().clear();
        m_demo = m_dir.filePath(QStringLiteral("demo.vcf"));
        QVERIFY(QFile::copy(QStringLiteral(":/demo/demo.vcf"), m_demo));
        m_database = m_dir.filePath(QStringLiteral("cases.sqlite"));
        auto opened = Core::CaseStore::open(
                m_database, ReviewFixture::passphrase(), ReviewFixture::fastOptions());
        QVERIFY(opened);
        Core::CaseStore &store = *opened.value();
        ReviewFixture::Users users;
        QVERIFY(ReviewFixture::addUsers(store, users));
        QVERIFY(store.addPatient(users.counsellor, QStringLiteral("P0001"), {}));
        QVERIFY(store.addPatient(users.counsellor, QStringLiteral("P0002"), {}));
        auto other = store.createCase(users.counsellor,
                                      ReviewFixture::caseInput(QStringLiteral("P0002")));
        auto current = store.createCase(users.counsellor,
                                        ReviewFixture::caseInput(QStringLiteral("P0001")));
        auto empty = store.createCase(users.counsellor,
                                      ReviewFixture::caseInput(QStringLiteral("P0002")));
        QVERIFY(other && current && empty);
        m_emptyCaseId = empty.value().caseId;
        m_otherCaseId = other.value().caseId;
        m_caseId = current.value().caseId;
        // An earlier case classified the same variant.
        QVERIFY(store.setReview(users.counsellor,
                                m_otherCaseId,
                                ReviewFixture::review(kBrca2,
                                                      Core::Significance::Pathogenic,
                                                      QStringLiteral("PVS1,PS4"))));
    }

    void classifiesMarksReviewedAndSigns()
    {
        MainWindow window;
        window.show();
        QSignalSpy evaluated(&window, &MainWindow::evaluationFinished);
        MainWindow::CaseSetup setup;
        setup.indication = Core::Indication::fromGenes({QStringLiteral("MYBPC3")});
        window.openCase(m_demo, setup);
        QVERIFY(evaluated.wait(30000));
        QVERIFY(window.evaluation());

        auto *workflow = window.findChild<ReviewWorkflow *>();
        QVERIFY(workflow);
        QAction *classify = action(window, QStringLiteral("classifyVariantAction"));
        QAction *markReviewed = action(window, QStringLiteral("markReviewedAction"));
        QAction *sign = action(window, QStringLiteral("signCaseAction"));
        QAction *audit = action(window, QStringLiteral("auditLogAction"));
        QVERIFY(classify && markReviewed && sign && audit);
        QCOMPARE(classify->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
        QVERIFY(!classify->isEnabled());
        QVERIFY(!audit->isEnabled());

        // A wrong passphrase is refused; the right one opens, then the login.
        CaseStoreClient *client = workflow->client();
        QVERIFY(!client->open(m_database,
                              ReviewFixture::passphrase(QStringLiteral("wrong")),
                              ReviewFixture::fastOptions()));
        QVERIFY(client->open(
                m_database, ReviewFixture::passphrase(), ReviewFixture::fastOptions()));
        QVERIFY(!client->login(QStringLiteral("gina"), QStringLiteral("wrong")));
        QVERIFY(client->login(QStringLiteral("gina"), ReviewFixture::kPassword));
        QCOMPARE(workflow->sidebar()->model()->rowCount(), 3);
        QVERIFY(audit->isEnabled());
        QVERIFY(!classify->isEnabled()); // no case picked yet

        evaluated.clear();
        workflow->setCurrentCase(m_caseId);
        QVERIFY(evaluated.wait(30000));
        QVERIFY(classify->isEnabled());
        QVERIFY(!markReviewed->isEnabled() || statusOf(workflow->sidebar(), m_caseId) == u"Draft");
        QVERIFY(!sign->isEnabled());

        // Select the BRCA2 nonsense variant and classify it.
        VariantTableModel *model = window.variantModel();
        int row = -1;
        for (int candidate = 0; candidate < model->rowCount(); ++candidate) {
            const auto *variant = window.evaluation()->variantForRow(model->storeRow(candidate));
            if (variant && variant->key() == kBrca2)
                row = candidate;
        }
        QVERIFY(row >= 0);
        window.variantView()->setCurrentIndex(model->index(row, 0));
        classify->trigger();
        auto *dialog = window.findChild<ReviewDialog *>(QStringLiteral("reviewDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *priors = dialog->findChild<QTableView *>(QStringLiteral("priorClassifications"));
        QCOMPARE(priors->model()->rowCount(), 1);
        QCOMPARE(priors->model()->index(0, 0).data().toString(), m_otherCaseId);
        QVERIFY(dialog->setCriterion(Core::AcmgCriterion::PVS1,
                                     Core::AcmgStrength::VeryStrong,
                                     QStringLiteral("nonsense, NMD predicted")));
        QVERIFY(dialog->setCriterion(Core::AcmgCriterion::PM2,
                                     Core::AcmgStrength::Supporting,
                                     QStringLiteral("absent from gnomAD")));
        QCOMPARE(dialog->selectedSignificance(), Core::Significance::LikelyPathogenic);
        // One automatic suggestion is rejected: not without a reason.
        QVERIFY(!dialog->suggestions().isEmpty());
        const QString rejectedCode = dialog->suggestions().first().evidence.code();
        const QString rejectionReason = QStringLiteral("reviewed by hand: reason 4711");
        dialog->rejectSuggestion(0);
        dialog->accept();
        QVERIFY(dialog->isVisible()); // refused: nothing saved yet
        QVERIFY(client->store()->reviews(m_caseId).value().isEmpty());
        dialog->setRejectionReason(0, rejectionReason);
        evaluated.clear();
        dialog->accept();
        QVERIFY(evaluated.wait(30000));

        const auto reviews = client->store()->reviews(m_caseId);
        QVERIFY(reviews);
        QCOMPARE(reviews.value().size(), 1);
        QCOMPARE(reviews.value().first().variantKey, kBrca2);
        QCOMPARE(reviews.value().first().classification, Core::Significance::LikelyPathogenic);
        QCOMPARE(reviews.value().first().criteria.codes(), QStringLiteral("PVS1,PM2_Supporting"));
        QCOMPARE(reviews.value().first().reviewer, QStringLiteral("gina"));
        // The rejection is stored with its reason.
        bool rejectionStored = false;
        for (const Core::SuggestionDecision &decision :
             reviews.value().first().suggestionDecisions) {
            if (decision.criterion == rejectedCode
                && decision.decision == Core::AcmgSuggestion::Decision::Rejected
                && decision.reason == rejectionReason)
                rejectionStored = true;
        }
        QVERIFY(rejectionStored);
        // Classifying again starts from it: rejected, with the reason given.
        window.variantView()->setCurrentIndex(model->index(row, 0));
        classify->trigger();
        ReviewDialog *again = nullptr;
        for (ReviewDialog *candidate :
             window.findChildren<ReviewDialog *>(QStringLiteral("reviewDialog"))) {
            if (candidate->isVisible())
                again = candidate;
        }
        QVERIFY(again);
        QCOMPARE(again->suggestions().first().decision, Core::AcmgSuggestion::Decision::Rejected);
        QCOMPARE(again->rejectionWithoutReason(), -1);
        QCOMPARE(again->review().suggestions.first().decisionComment, rejectionReason);
        again->reject();
        // The evaluation now carries the lab's class for that variant.
        const auto *variant = window.evaluation()->variantForRow(model->storeRow(row));
        QVERIFY(variant);
        QCOMPARE(variant->labSignificance, Core::Significance::LikelyPathogenic);

        // Mark reviewed; a counsellor cannot sign, a geneticist can (password asked again).
        QVERIFY(markReviewed->isEnabled());
        markReviewed->trigger();
        QCOMPARE(statusOf(workflow->sidebar(), m_caseId), QStringLiteral("Reviewed"));
        QVERIFY(client->login(QStringLiteral("carl"), ReviewFixture::kPassword));
        workflow->setCurrentCase(m_caseId);
        QVERIFY(!sign->isEnabled());
        QVERIFY(client->login(QStringLiteral("gina"), ReviewFixture::kPassword));
        workflow->setCurrentCase(m_caseId);
        QVERIFY(sign->isEnabled());

        // A wrong password does not sign.
        const auto answer = [](const QString &password) {
            QTimer::singleShot(0, qApp, [password] {
                auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
                QVERIFY(input);
                input->setTextValue(password);
                input->accept();
            });
        };
        answer(QStringLiteral("wrong"));
        // The error message box that follows the wrong password: waited for rather than
        // expected after a fixed time (checking a password is slow under the sanitizers).
        auto *closer = new QTimer(qApp);
        connect(closer, &QTimer::timeout, qApp, [closer] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                box->close();
                closer->deleteLater();
            }
        });
        closer->start(20);
        sign->trigger();
        QCOMPARE(statusOf(workflow->sidebar(), m_caseId), QStringLiteral("Reviewed"));
        // Signed from the report preview: the PDF shows the draft, then the signature.
        ReportPreviewDialog *preview = window.previewReport(QStringLiteral("en"));
        QVERIFY(preview);
        QVERIFY2(waitForRender(preview), qPrintable(preview->errorText()));
        QVERIFY(pdfText(preview->document()).contains(QStringLiteral("not signed")));
        QVERIFY(preview->signButton()->isEnabled());
        answer(ReviewFixture::kPassword);
        QSignalSpy rendered(preview, &ReportPreviewDialog::rendered);
        preview->signButton()->click();
        QCOMPARE(statusOf(workflow->sidebar(), m_caseId), QStringLiteral("Signed"));
        QVERIFY(!sign->isEnabled());
        QVERIFY(!preview->signButton()->isEnabled());
        QVERIFY(rendered.wait(60000));
        QVERIFY2(rendered.last().first().toBool(), qPrintable(preview->errorText()));
        const QString signedText = pdfText(preview->document());
        QVERIFY2(signedText.contains(QStringLiteral("Signed by gina")),
                 qPrintable(signedText.right(1500)));
        QVERIFY(!signedText.contains(QStringLiteral("not signed")));
        preview->close();

        // The audit log shows the chain intact and the signing.
        audit->trigger();
        auto *auditDialog = window.findChild<AuditLogDialog *>(QStringLiteral("auditLogDialog"));
        QVERIFY(auditDialog);
        QVERIFY2(auditDialog->verificationText().contains(QStringLiteral("intact")),
                 qPrintable(auditDialog->verificationText()));
        bool signedEntry = false;
        for (int entry = 0; entry < auditDialog->model()->rowCount(); ++entry) {
            if (auditDialog->model()->index(entry, 3).data().toString() == u"case.sign")
                signedEntry = true;
        }
        QVERIFY(signedEntry);
        // The reason for rejecting the suggestion is in the audit log, in clear text (the
        // entry's full text, which its cell shows as a tool tip).
        bool reasonShown = false;
        for (int entry = 0; entry < auditDialog->model()->rowCount(); ++entry) {
            for (int column = 0; column < auditDialog->model()->columnCount(); ++column) {
                if (auditDialog->model()
                            ->index(entry, column)
                            .data(Qt::ToolTipRole)
                            .toString()
                            .contains(rejectionReason))
                    reasonShown = true;
            }
        }
        QVERIFY(reasonShown);
        auditDialog->close();

        // Picking another case replaces the lab classes: its own review of the variant, or none.
        const auto labClassOfBrca2 = [&] {
            const auto *variant = window.evaluation()->variantForRow(model->storeRow(row));
            return variant ? variant->labSignificance : Core::Significance::Other;
        };
        evaluated.clear();
        workflow->setCurrentCase(m_otherCaseId);
        QVERIFY(evaluated.wait(30000));
        QCOMPARE(labClassOfBrca2(), Core::Significance::Pathogenic);
        evaluated.clear();
        workflow->setCurrentCase(m_emptyCaseId);
        QVERIFY(evaluated.wait(30000));
        QCOMPARE(labClassOfBrca2(), Core::Significance::Unknown);
    }
};

QTEST_MAIN(TestReviewWorkflow)
#include "tst_reviewworkflow.moc"
