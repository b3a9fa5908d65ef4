// SPDX-License-Identifier: GPL-3.0-or-later
// CaseSidebar over a real SQLite case database: lists the cases with their status as text,
// filters, and emits caseActivated() on double-click.
#include "../core/review/reviewfixture.h"

#include <ui/caselistmodel.h>
#include <ui/casesidebar.h>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Gui;
using namespace Qt::StringLiterals;

class TestCaseSidebar : public QObject
{
    Q_OBJECT

private slots:
    void listsTheCasesOfARealDatabase()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
        auto opened = Core::CaseStore::open(
                path, ReviewFixture::passphrase(), ReviewFixture::fastOptions());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        Core::CaseStore &store = *opened.value();
        ReviewFixture::Users users;
        QVERIFY(ReviewFixture::addUsers(store, users));
        Core::PatientIdentity identity;
        identity.name = QStringLiteral("Erika Mustermann");
        QVERIFY(store.addPatient(users.counsellor, QStringLiteral("P0001"), identity));
        QVERIFY(store.addPatient(users.counsellor, QStringLiteral("P0002"), identity));

        // P0001-C1 stays a draft, P0002-C1 is reviewed, P0001-C2 is signed.
        auto draft = store.createCase(users.counsellor, ReviewFixture::caseInput(u"P0001"_s));
        auto reviewed = store.createCase(users.counsellor, ReviewFixture::caseInput(u"P0002"_s));
        auto signedCase = store.createCase(users.counsellor, ReviewFixture::caseInput(u"P0001"_s));
        QVERIFY(draft && reviewed && signedCase);
        const auto review = ReviewFixture::review(QStringLiteral("13-32340312-G-A"),
                                                  Core::Significance::LikelyPathogenic,
                                                  QStringLiteral("PVS1,PM2_Supporting"));
        QVERIFY(store.setReview(users.counsellor, reviewed.value().caseId, review));
        QVERIFY(store.markReviewed(users.counsellor, reviewed.value().caseId));
        QVERIFY(store.setReview(users.geneticist, signedCase.value().caseId, review));
        QVERIFY(store.markReviewed(users.geneticist, signedCase.value().caseId));
        QVERIFY(store.sign(users.geneticist, signedCase.value().caseId));

        const auto cases = store.cases();
        QVERIFY(cases);
        QCOMPARE(cases.value().size(), 3);

        CaseSidebar sidebar;
        QAbstractItemModelTester tester(sidebar.proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        sidebar.setCases(cases.value(), QStringLiteral("cases.sqlite"));
        QCOMPARE(sidebar.proxy()->rowCount(), 3);
        auto *label = sidebar.findChild<QLabel *>(QStringLiteral("caseDatabaseLabel"));
        QVERIFY(label);
        QVERIFY2(label->text().contains(QStringLiteral("3 case(s)")), qPrintable(label->text()));

        QHash<QString, QString> status;
        QHash<QString, QString> patient;
        for (int row = 0; row < sidebar.proxy()->rowCount(); ++row) {
            const QString caseId
                    = sidebar.proxy()->index(row, CaseListModel::CaseColumn).data().toString();
            status.insert(
                    caseId,
                    sidebar.proxy()->index(row, CaseListModel::StatusColumn).data().toString());
            patient.insert(
                    caseId,
                    sidebar.proxy()->index(row, CaseListModel::PatientColumn).data().toString());
            // The update date is shown; no patient name anywhere.
            QVERIFY(!sidebar.proxy()
                             ->index(row, CaseListModel::UpdatedColumn)
                             .data()
                             .toString()
                             .isEmpty());
            for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
                QVERIFY(!sidebar.proxy()
                                 ->index(row, column)
                                 .data()
                                 .toString()
                                 .contains(QStringLiteral("Mustermann")));
            }
        }
        QCOMPARE(status.value(draft.value().caseId), QStringLiteral("Draft"));
        QCOMPARE(status.value(reviewed.value().caseId), QStringLiteral("Reviewed"));
        QCOMPARE(status.value(signedCase.value().caseId), QStringLiteral("Signed"));
        QCOMPARE(patient.value(reviewed.value().caseId), QStringLiteral("P0002"));

        // The filter matches the status text and the pseudonym.
        sidebar.filterEdit()->setText(QStringLiteral("signed"));
        QCOMPARE(sidebar.proxy()->rowCount(), 1);
        QCOMPARE(sidebar.proxy()->index(0, 0).data(CaseListModel::CaseIdRole).toString(),
                 signedCase.value().caseId);
        sidebar.filterEdit()->setText(QStringLiteral("p0001"));
        QCOMPARE(sidebar.proxy()->rowCount(), 2);
        sidebar.filterEdit()->clear();
        QCOMPARE(sidebar.proxy()->rowCount(), 3);

        // Double-click emits the case id.
        sidebar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sidebar));
        QSignalSpy activated(&sidebar, &CaseSidebar::caseActivated);
        int reviewedRow = -1;
        for (int row = 0; row < sidebar.proxy()->rowCount(); ++row) {
            if (sidebar.proxy()->index(row, 0).data(CaseListModel::CaseIdRole).toString()
                == reviewed.value().caseId)
                reviewedRow = row;
        }
        QVERIFY(reviewedRow >= 0);
        QTableView *view = sidebar.view();
        const QRect rect = view->visualRect(sidebar.proxy()->index(reviewedRow, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), reviewed.value().caseId);
        QCOMPARE(sidebar.currentCaseId(), reviewed.value().caseId);

        sidebar.clear();
        QCOMPARE(sidebar.proxy()->rowCount(), 0);
        QVERIFY(label->text().contains(QStringLiteral("No case database")));
    }
};

QTEST_MAIN(TestCaseSidebar)
#include "tst_casesidebar.moc"
