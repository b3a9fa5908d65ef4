// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/policy/policyvariant.h>
#include <core/review/casestore.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QAction;
class QMenu;
class QMainWindow;

namespace Core {
struct ReportContext;
}

namespace Gui {

class CaseSidebar;
class CaseStoreClient;
class MainWindow;

/*!
 * The review workflow of the main window: Case → Open Case Database, Classify Variant (Ctrl+K),
 * Mark Reviewed and Sign Case, Tools → Audit Log, and the case sidebar dock.
 *
 * The case picked in the sidebar is the current case; its reviews become the lab
 * classifications of the evaluation (handed to the window through the callback given at
 * construction, which re-evaluates the case); keys classified only in the previously picked
 * case are handed over as Core::Significance::Unknown (no lab class). Actions are enabled by role:
 * reviews and "Mark Reviewed" for counsellors and geneticists, "Sign Case" for geneticists only.
 *
 * Thread: GUI thread only (see CaseStoreClient for why the case store is used there).
 */
class ReviewWorkflow final : public QObject
{
    Q_OBJECT

public:
    using ClassificationsChanged = std::function<void(const QHash<QString, Core::Significance> &)>;
    /*!
     * Opens the variant file of a case picked in the list, with its lab classifications;
     * returns false when it does not (no file, or the file is already open): the
     * classifications then go to the ClassificationsChanged callback.
     */
    using OpenCase = std::function<bool(const Core::CaseRecord &,
                                        const QHash<QString, Core::Significance> &)>;

    /*! Adds the case sidebar dock to \a window; \a apply receives lab classifications. */
    ReviewWorkflow(MainWindow *window, ClassificationsChanged apply);
    ~ReviewWorkflow() override;

    /*! Adds the Case menu entries (texts are set again: call again after a language change). */
    void addCaseActions(QMenu *caseMenu);
    /*! Adds Tools → Audit Log. */
    void addToolsActions(QMenu *toolsMenu);

    CaseStoreClient *client() const { return m_client; }
    CaseSidebar *sidebar() const { return m_sidebar; }
    QString currentCaseId() const { return m_caseId; }
    /*! Makes \a caseId current and hands its reviews over as lab classifications. */
    void setCurrentCase(const QString &caseId);
    void setOpenCase(OpenCase open) { m_open = std::move(open); }

    void openDatabase();
    void classifyCurrentVariant();
    void markReviewed();
    /*! Signs the current case after asking for the password again; true when it is signed. */
    bool signCase();
    void showAuditLog();

    /*! Whether signCase() can sign now: a geneticist is logged in and the case is reviewed. */
    bool canSignCurrentCase() const;
    /*!
     * Adds the current case's reviews (class, criteria, comment) and, when it is signed, the
     * sign-off of its current report version to \a context; nothing without a current case.
     */
    void fillReportContext(Core::ReportContext &context) const;

signals:
    /*! The login, the case list or the current case changed (actions were updated). */
    void stateChanged();

private:
    void refreshCases();
    void updateActions();
    void showError(const QString &title, const QString &message);

    MainWindow *m_window = nullptr;
    ClassificationsChanged m_apply;
    OpenCase m_open;
    CaseStoreClient *m_client = nullptr;
    CaseSidebar *m_sidebar = nullptr;
    QString m_caseId;
    QSet<QString> m_appliedKeys; //!< variant keys whose lab class came from the current case
    QAction *m_openAction = nullptr;
    QAction *m_classifyAction = nullptr;
    QAction *m_markReviewedAction = nullptr;
    QAction *m_signAction = nullptr;
    QAction *m_auditAction = nullptr;
};

} // namespace Gui
