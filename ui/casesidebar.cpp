// SPDX-License-Identifier: GPL-3.0-or-later
#include "casesidebar.h"

#include "caselistmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Gui {

CaseSidebar::CaseSidebar(QWidget *parent)
    : QDockWidget(parent)
{
    setObjectName(QStringLiteral("caseSidebar"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_database = new QLabel(content);
    m_database->setObjectName(QStringLiteral("caseDatabaseLabel"));
    m_database->setWordWrap(true);
    layout->addWidget(m_database);
    m_filter = new QLineEdit(content);
    m_filter->setObjectName(QStringLiteral("caseFilter"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_model = new CaseListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CaseListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("caseList"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CaseListModel::UpdatedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_filter,
            &QLineEdit::textChanged,
            m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit caseActivated(index.data(CaseListModel::CaseIdRole).toString());
    });
    retranslate();
}

void CaseSidebar::setCases(const QList<Core::CaseRecord> &cases, const QString &databaseName)
{
    m_databaseName = databaseName;
    m_model->setCases(cases);
    m_view->resizeColumnsToContents();
    retranslate();
}

void CaseSidebar::clear()
{
    setCases({});
}

QString CaseSidebar::currentCaseId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(CaseListModel::CaseIdRole).toString() : QString();
}

void CaseSidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void CaseSidebar::retranslate()
{
    setWindowTitle(tr("Cases"));
    m_filter->setPlaceholderText(tr("Filter cases (id, patient, status)"));
    m_database->setText(
            m_databaseName.isEmpty()
                    ? tr("No case database is open.")
                    : tr("%1 — %n case(s)", nullptr, m_model->rowCount()).arg(m_databaseName));
}

} // namespace Gui
