// SPDX-License-Identifier: GPL-3.0-or-later
// ReviewDialog: criteria -> class by rules and points, PP5/BP6 not offered, suggestions from
// frequency data with accept/reject, the returned VariantReviewInput, the prior classifications.
#include <ui/priorclassificationmodel.h>
#include <ui/reviewdialog.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Gui;
using namespace Qt::StringLiterals;
using Core::AcmgCriterion;
using Core::AcmgStrength;
using Core::Significance;

namespace {

Core::PolicyVariant brca2Nonsense()
{
    Core::PolicyVariant variant;
    variant.contig = QStringLiteral("chr13");
    variant.position = 32340312;
    variant.reference = QStringLiteral("G");
    variant.alternate = QStringLiteral("A");
    variant.geneSymbol = QStringLiteral("BRCA2");
    variant.consequence = QStringLiteral("stop_gained");
    // Absent from the frequency source: no frequency, but the source is named.
    variant.frequencySource = QStringLiteral("gnomAD v4.1");
    return variant;
}

} // namespace

class TestReviewDialog : public QObject
{
    Q_OBJECT

private slots:
    void combinesCriteria_data()
    {
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<Significance>("byRules");
        QTest::addColumn<int>("points");
        QTest::addColumn<Significance>("combined");

        QTest::newRow("PVS1 + PM2_Supporting")
                << QStringList{u"PVS1"_s, u"PM2_Supporting"_s} << Significance::LikelyPathogenic
                << 9 << Significance::LikelyPathogenic;
        QTest::newRow("PVS1 + PS1") << QStringList{u"PVS1"_s, u"PS1"_s} << Significance::Pathogenic
                                    << 12 << Significance::Pathogenic;
        QTest::newRow("BA1 alone")
                << QStringList{u"BA1"_s} << Significance::Benign << 0 << Significance::Benign;
        QTest::newRow("PM1 + PM2 (VUS by rules, VUS by points)")
                << QStringList{u"PM1"_s, u"PM2"_s} << Significance::Uncertain << 4
                << Significance::Uncertain;
        QTest::newRow("BS1 + BP4") << QStringList{u"BS1"_s, u"BP4"_s} << Significance::LikelyBenign
                                   << -5 << Significance::LikelyBenign;
    }

    void combinesCriteria()
    {
        QFETCH(QStringList, codes);
        QFETCH(Significance, byRules);
        QFETCH(int, points);
        QFETCH(Significance, combined);

        ReviewDialog dialog(brca2Nonsense(), nullptr);
        for (const QString &code : codes) {
            const auto evidence = Core::AcmgEvidence::parse(code);
            QVERIFY2(evidence, qPrintable(code));
            QVERIFY(dialog.setCriterion(evidence.value().criterion,
                                        evidence.value().strength,
                                        QStringLiteral("evidence for %1").arg(code)));
        }
        const auto classification = dialog.classification();
        QVERIFY(classification);
        QCOMPARE(classification.value().codes(), codes.join(QLatin1Char(',')));
        QCOMPARE(classification.value().byRules(), byRules);
        QCOMPARE(classification.value().points(), points);
        QCOMPARE(dialog.combinedSignificance(), combined);
        // The class combo follows the criteria until the reviewer picks one.
        QCOMPARE(dialog.selectedSignificance(), combined);
        auto *rules = dialog.findChild<QLabel *>(QStringLiteral("rulesResult"));
        QVERIFY(rules);
        QVERIFY2(rules->text().contains(Core::significanceLabel(byRules)),
                 qPrintable(rules->text()));
        auto *pointsLabel = dialog.findChild<QLabel *>(QStringLiteral("pointsResult"));
        QVERIFY(pointsLabel);
        if (!codes.contains(u"BA1"_s)) {
            QVERIFY2(pointsLabel->text().contains(QStringLiteral("%1 point").arg(points)),
                     qPrintable(pointsLabel->text()));
        }
    }

    void pvs1WithSupportingThroughTheWidgets()
    {
        ReviewDialog dialog(brca2Nonsense(), nullptr);
        auto *pvs1 = dialog.findChild<QCheckBox *>(QStringLiteral("criterion_PVS1"));
        auto *pm2 = dialog.findChild<QCheckBox *>(QStringLiteral("criterion_PM2"));
        auto *pm2Strength = dialog.findChild<QComboBox *>(QStringLiteral("strength_PM2"));
        auto *pm2Evidence = dialog.findChild<QLineEdit *>(QStringLiteral("evidence_PM2"));
        QVERIFY(pvs1 && pm2 && pm2Strength && pm2Evidence);
        QVERIFY(!pm2Strength->isEnabled());
        pvs1->setChecked(true);
        pm2->setChecked(true);
        QVERIFY(pm2Strength->isEnabled());
        pm2Strength->setCurrentIndex(pm2Strength->findData(int(AcmgStrength::Supporting)));
        pm2Evidence->setText(QStringLiteral("absent from gnomAD v4.1"));

        auto *pointsLabel = dialog.findChild<QLabel *>(QStringLiteral("pointsResult"));
        QVERIFY(pointsLabel->text().contains(QStringLiteral("9 point")));
        QVERIFY(pointsLabel->text().contains(
                Core::significanceLabel(Significance::LikelyPathogenic)));
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("resultSummary"));
        QVERIFY(summary->text().contains(QStringLiteral("likely-pathogenic-svi-pvs1-supporting")));

        // The reviewer picks a class and writes a comment; the review carries them.
        auto *comment = dialog.findChild<QPlainTextEdit *>(QStringLiteral("comment"));
        QVERIFY(comment);
        comment->setPlainText(QStringLiteral("  Truncating, absent from controls.  "));
        const Core::VariantReviewInput review = dialog.review();
        QCOMPARE(review.variantKey, QStringLiteral("13-32340312-G-A"));
        QCOMPARE(review.classification, Significance::LikelyPathogenic);
        QCOMPARE(review.criteria.codes(), QStringLiteral("PVS1,PM2_Supporting"));
        QCOMPARE(review.criteria.criteria().at(1).evidence,
                 QStringLiteral("absent from gnomAD v4.1"));
        QCOMPARE(review.comment, QStringLiteral("Truncating, absent from controls."));
        QCOMPARE(review.status, Core::ReviewStatus::Draft);

        // A class chosen by the reviewer is kept when the criteria change.
        dialog.setSelectedSignificance(Significance::Uncertain);
        pvs1->setChecked(false);
        QCOMPARE(dialog.review().classification, Significance::Uncertain);
        QCOMPARE(dialog.review().criteria.codes(), QStringLiteral("PM2_Supporting"));
    }

    void doesNotOfferPp5OrBp6()
    {
        ReviewDialog dialog(brca2Nonsense(), nullptr);
        QVERIFY(!dialog.offersCriterion(AcmgCriterion::PP5));
        QVERIFY(!dialog.offersCriterion(AcmgCriterion::BP6));
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("criterion_PP5")));
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("criterion_BP6")));
        QVERIFY(!dialog.setCriterion(AcmgCriterion::PP5, AcmgStrength::Supporting));
        int offered = 0;
        for (AcmgCriterion criterion : Core::acmgAllCriteria())
            offered += dialog.offersCriterion(criterion) ? 1 : 0;
        QCOMPARE(offered, 26);
        // BA1 takes no strength modifier; benign criteria are never very strong.
        auto *ba1 = dialog.findChild<QComboBox *>(QStringLiteral("strength_BA1"));
        QCOMPARE(ba1->count(), 1);
        auto *bs1 = dialog.findChild<QComboBox *>(QStringLiteral("strength_BS1"));
        QCOMPARE(bs1->findData(int(AcmgStrength::VeryStrong)), -1);
        QVERIFY(bs1->findData(int(AcmgStrength::Supporting)) >= 0);
    }

    void suggestsFromTheData()
    {
        ReviewDialog dialog(brca2Nonsense(), nullptr);
        QStringList codes;
        for (const Core::AcmgSuggestion &suggestion : dialog.suggestions())
            codes << suggestion.evidence.code();
        QVERIFY2(codes.contains(u"PM2_Supporting"_s), qPrintable(codes.join(u',')));
        QVERIFY2(codes.contains(u"PVS1"_s), qPrintable(codes.join(u',')));
        const int pm2 = int(codes.indexOf(u"PM2_Supporting"_s));
        const int pvs1 = int(codes.indexOf(u"PVS1"_s));
        QVERIFY(!dialog.suggestions().at(pm2).evidence.evidence.isEmpty());

        // Nothing is applied until the reviewer accepts.
        QVERIFY(dialog.classification().value().isEmpty());
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("suggestionStatus_%1").arg(pm2));
        QVERIFY(status);
        QCOMPARE(status->text(), QStringLiteral("pending"));

        auto *acceptPm2
                = dialog.findChild<QPushButton *>(QStringLiteral("acceptSuggestion_%1").arg(pm2));
        auto *acceptPvs1
                = dialog.findChild<QPushButton *>(QStringLiteral("acceptSuggestion_%1").arg(pvs1));
        QVERIFY(acceptPm2 && acceptPvs1);
        QTest::mouseClick(acceptPm2, Qt::LeftButton);
        QTest::mouseClick(acceptPvs1, Qt::LeftButton);
        QCOMPARE(status->text(), QStringLiteral("accepted"));
        auto review = dialog.review();
        QVERIFY(review.criteria.contains(AcmgCriterion::PM2));
        QVERIFY(review.criteria.contains(AcmgCriterion::PVS1));
        QCOMPARE(review.criteria.points(), 9);
        QCOMPARE(review.classification, Significance::LikelyPathogenic);
        // The suggestion's evidence text is kept with the criterion.
        for (const Core::AcmgEvidence &evidence : review.criteria.criteria())
            QVERIFY(!evidence.evidence.isEmpty());

        // Rejecting an accepted suggestion takes it back out.
        auto *rejectPvs1
                = dialog.findChild<QPushButton *>(QStringLiteral("rejectSuggestion_%1").arg(pvs1));
        QTest::mouseClick(rejectPvs1, Qt::LeftButton);
        QCOMPARE(dialog.suggestions().at(pvs1).decision, Core::AcmgSuggestion::Decision::Rejected);
        review = dialog.review();
        QVERIFY(!review.criteria.contains(AcmgCriterion::PVS1));
        QCOMPARE(review.criteria.codes(), QStringLiteral("PM2_Supporting"));
        // Both decisions go with the review, to be stored (pending suggestions do not).
        QStringList decided;
        for (const Core::AcmgSuggestion &suggestion : review.suggestions) {
            decided << QStringLiteral("%1:%2").arg(suggestion.evidence.code(),
                                                   Core::acmgDecisionKey(suggestion.decision));
        }
        decided.sort();
        QCOMPARE(decided, (QStringList{u"PM2_Supporting:accepted"_s, u"PVS1:rejected"_s}));
    }

    void rejectingASuggestionNeedsAReason()
    {
        ReviewDialog dialog(brca2Nonsense(), nullptr);
        QVERIFY(!dialog.suggestions().isEmpty());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("rejectionReason_0"));
        auto *missing = dialog.findChild<QLabel *>(QStringLiteral("rejectionReasonMissing"));
        QVERIFY(reason && missing);
        // The reason field appears with the rejection, not before.
        QVERIFY(!reason->isVisible());
        auto *reject = dialog.findChild<QPushButton *>(QStringLiteral("rejectSuggestion_0"));
        QTest::mouseClick(reject, Qt::LeftButton);
        QCOMPARE(dialog.suggestions().at(0).decision, Core::AcmgSuggestion::Decision::Rejected);
        QVERIFY(reason->isVisible());
        QCOMPARE(dialog.rejectionWithoutReason(), 0);

        // Saving without a reason is refused, and the dialog says why.
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(missing->isVisible());
        QVERIFY(!missing->text().isEmpty());
        // Blanks are no reason either.
        QTest::keyClicks(reason, QStringLiteral("   "));
        dialog.accept();
        QCOMPARE(accepted.count(), 0);

        // With a reason it is saved, and the reason goes with the decision.
        reason->clear();
        QTest::keyClicks(reason, QStringLiteral("last exon: escapes NMD"));
        QVERIFY(!missing->isVisible());
        QCOMPARE(dialog.rejectionWithoutReason(), -1);
        const auto review = dialog.review();
        QCOMPARE(review.suggestions.size(), 1);
        QCOMPARE(review.suggestions.first().decision, Core::AcmgSuggestion::Decision::Rejected);
        QCOMPARE(review.suggestions.first().decisionComment,
                 QStringLiteral("last exon: escapes NMD"));
        dialog.accept();
        QCOMPARE(accepted.count(), 1);

        // Accepting it instead needs no reason (and hides the field).
        ReviewDialog other(brca2Nonsense(), nullptr);
        other.show();
        other.rejectSuggestion(0, QStringLiteral("first thought"));
        QCOMPARE(other.rejectionWithoutReason(), -1);
        other.acceptSuggestion(0);
        QVERIFY(!other.findChild<QLineEdit *>(QStringLiteral("rejectionReason_0"))->isVisible());
        QVERIFY(other.review().suggestions.first().decisionComment.isEmpty());
    }

    void noFrequencyCriterionWhenNothingIsKnown()
    {
        Core::PolicyVariant variant = brca2Nonsense();
        variant.frequencySource.clear();
        ReviewDialog dialog(variant, nullptr);
        for (const Core::AcmgSuggestion &suggestion : dialog.suggestions())
            QVERIFY(suggestion.evidence.criterion != AcmgCriterion::PM2);
    }

    void presetsFromAnExistingReview()
    {
        Core::VariantReviewInput existing;
        existing.variantKey = QStringLiteral("13-32340312-G-A");
        existing.classification = Significance::Pathogenic;
        QVERIFY(existing.criteria.add(QStringLiteral("PVS1"), QStringLiteral("nonsense")));
        QVERIFY(existing.criteria.add(QStringLiteral("PS4_Moderate"), QStringLiteral("cases")));
        existing.comment = QStringLiteral("seen before");
        ReviewDialog dialog(brca2Nonsense(), nullptr);
        dialog.setReview(existing);
        const auto review = dialog.review();
        QCOMPARE(review.classification, Significance::Pathogenic);
        QCOMPARE(review.criteria.criteria(), existing.criteria.criteria());
        QCOMPARE(review.comment, existing.comment);
    }

    void showsPriorClassifications()
    {
        ReviewDialog dialog(brca2Nonsense(), nullptr);
        Core::PriorClassification prior;
        prior.caseId = QStringLiteral("P0002-C1");
        prior.patientPseudonym = QStringLiteral("P0002");
        prior.classification = Significance::LikelyPathogenic;
        prior.criteria = QStringLiteral("PVS1,PM2_Supporting");
        prior.reviewer = QStringLiteral("gina");
        prior.time = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
        prior.caseStatus = Core::CaseStatus::Signed;
        dialog.setPriorClassifications({prior});
        auto *view = dialog.findChild<QTableView *>(QStringLiteral("priorClassifications"));
        QVERIFY(view);
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->model()->rowCount(), 1);
        const auto cell = [view](int column) {
            return view->model()->index(0, column).data().toString();
        };
        QCOMPARE(cell(PriorClassificationModel::CaseColumn), QStringLiteral("P0002-C1"));
        QCOMPARE(cell(PriorClassificationModel::ClassColumn), QStringLiteral("likely pathogenic"));
        QCOMPARE(cell(PriorClassificationModel::CriteriaColumn),
                 QStringLiteral("PVS1,PM2_Supporting"));
        QCOMPARE(cell(PriorClassificationModel::StatusColumn), QStringLiteral("signed"));
    }

    // Saves a picture of the dialog for people to look at (GENOMEDESK_SCREENSHOT_DIR, e.g.
    // under xvfb-run); skipped otherwise.
    void screenshot()
    {
        const QString directory = qEnvironmentVariable("GENOMEDESK_SCREENSHOT_DIR");
        if (directory.isEmpty())
            QSKIP("GENOMEDESK_SCREENSHOT_DIR is not set");
        ReviewDialog dialog(brca2Nonsense(), nullptr);
        Core::PriorClassification prior;
        prior.caseId = QStringLiteral("P0002-C1");
        prior.patientPseudonym = QStringLiteral("P0002");
        prior.classification = Significance::LikelyPathogenic;
        prior.criteria = QStringLiteral("PVS1,PM2_Supporting");
        prior.reviewer = QStringLiteral("gina");
        prior.time = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
        prior.caseStatus = Core::CaseStatus::Signed;
        dialog.setPriorClassifications({prior});
        dialog.acceptSuggestion(0);
        dialog.setCriterion(
                AcmgCriterion::PS4, AcmgStrength::Moderate, QStringLiteral("3 families"));
        dialog.resize(1366, 760);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(200);
        QVERIFY(dialog.grab().save(directory + QStringLiteral("/reviewdialog.png")));
    }
};

QTEST_MAIN(TestReviewDialog)
#include "tst_reviewdialog.moc"
