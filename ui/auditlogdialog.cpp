// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlogdialog.h"

#include "auditlogmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Gui {

AuditLogDialog::AuditLogDialog(const QList<Core::AuditEntry> &entries,
                               const Core::AuditVerification &verification,
                               const QString &databaseName,
                               QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Audit Log — %1").arg(databaseName));
    auto *layout = new QVBoxLayout(this);
    m_verification = new QLabel(this);
    m_verification->setObjectName(QStringLiteral("auditVerification"));
    m_verification->setWordWrap(true);
    m_verification->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (verification.intact) {
        m_verification->setText(tr("✔ Audit chain intact: %n entry(ies) verified.",
                                   nullptr,
                                   int(verification.entries)));
    } else {
        m_verification->setText(tr("✘ AUDIT CHAIN BROKEN at entry %1: %2")
                                        .arg(verification.firstBadSequence)
                                        .arg(verification.problem));
        QFont font = m_verification->font();
        font.setBold(true);
        m_verification->setFont(font);
    }
    layout->addWidget(m_verification);

    auto *filter = new QLineEdit(this);
    filter->setPlaceholderText(tr("Filter (user, action, entity)"));
    filter->setClearButtonEnabled(true);
    layout->addWidget(filter);

    auto *model = new AuditLogModel(this);
    model->setEntries(entries, verification.intact ? 0 : verification.firstBadSequence);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::UserRole + 1);
    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditEntries"));
    m_view->setModel(m_proxy);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1000, 560);
}

QAbstractItemModel *AuditLogDialog::model() const
{
    return m_proxy;
}

QString AuditLogDialog::verificationText() const
{
    return m_verification->text();
}

} // namespace Gui
