// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/review/casestore.h>

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Gui {

class CaseListModel;

/*!
 * A dock listing the cases of the open case database (case id, patient pseudonym, status as a
 * text badge, last update), newest first, with a filter line that matches case id, pseudonym
 * and status. Double-clicking a case (or Return on it) emits caseActivated(). The dock does no
 * I/O: the owner passes the cases in. GUI thread only.
 */
class CaseSidebar final : public QDockWidget
{
    Q_OBJECT

public:
    explicit CaseSidebar(QWidget *parent = nullptr);

    /*! Replaces the list; \a databaseName is shown above it (a file name, never a path). */
    void setCases(const QList<Core::CaseRecord> &cases, const QString &databaseName = {});
    void clear();

    CaseListModel *model() const { return m_model; }
    /*! What the view shows: the model sorted and filtered. */
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    /*! The selected case id, or empty. */
    QString currentCaseId() const;

signals:
    void caseActivated(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    CaseListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_database = nullptr;
    QString m_databaseName;
};

} // namespace Gui
