// SPDX-License-Identifier: GPL-3.0-or-later
#include "casestoreclient.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>

Q_LOGGING_CATEGORY(lcCaseStoreClient, "genomedesk.ui.casestore", QtWarningMsg)

namespace Gui {

namespace {

const QString kLastDatabaseKey = QStringLiteral("review/lastDatabase");
const QString kLastUserKey = QStringLiteral("review/lastUser");

// Restores the cursor however the scope is left.
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace

CaseStoreClient::CaseStoreClient(QObject *parent)
    : QObject(parent)
{}

CaseStoreClient::~CaseStoreClient() = default;

Core::Result<void> CaseStoreClient::open(const QString &path,
                                         const Core::CaseStore::KeySource &key,
                                         const Core::CaseStore::Options &options)
{
    auto opened = Core::CaseStore::open(path, key, options);
    if (!opened)
        return opened.error();
    m_store = std::move(opened).value();
    m_user.reset();
    m_path = path;
    qCDebug(lcCaseStoreClient) << "opened case database" << displayName();
    emit stateChanged();
    return {};
}

Core::Result<Core::User> CaseStoreClient::login(const QString &name, const QString &password)
{
    Q_ASSERT(m_store);
    auto user = m_store->authenticate(name, password);
    if (!user)
        return user.error();
    m_user = user.value();
    emit stateChanged();
    return user;
}

void CaseStoreClient::close()
{
    m_store.reset();
    m_user.reset();
    m_path.clear();
    emit stateChanged();
}

QString CaseStoreClient::displayName() const
{
    return QFileInfo(m_path).fileName();
}

void CaseStoreClient::showError(QWidget *parent,
                                const QString &title,
                                const Core::Error &error) const
{
    QMessageBox::warning(
            parent,
            title,
            tr("Case database %1:\n%2").arg(QDir::toNativeSeparators(m_path), error.message()));
}

bool CaseStoreClient::openInteractively(QWidget *parent)
{
    QSettings settings;
    const QString path
            = QFileDialog::getSaveFileName(parent,
                                           tr("Open Case Database"),
                                           settings.value(kLastDatabaseKey).toString(),
                                           tr("Case databases (*.sqlite *.db);;All files (*)"),
                                           nullptr,
                                           QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return false;

    bool ok = false;
    const QString passphrase
            = QInputDialog::getText(parent,
                                    tr("Open Case Database"),
                                    tr("Passphrase of %1:").arg(QFileInfo(path).fileName()),
                                    QLineEdit::Password,
                                    {},
                                    &ok);
    if (!ok)
        return false;
    Core::CaseStore::KeySource key;
    key.passphrase = passphrase;
    const Core::Result<void> opened = [&] {
        const WaitCursor wait;
        return open(path, key);
    }();
    if (!opened) {
        QMessageBox::warning(
                parent,
                tr("Open Case Database"),
                tr("Case database %1 cannot be opened:\n%2")
                        .arg(QDir::toNativeSeparators(path), opened.error().message()));
        return false;
    }
    settings.setValue(kLastDatabaseKey, path);

    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Log In"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("Log in to %1.").arg(displayName()), &dialog));
    auto *name = new QLineEdit(settings.value(kLastUserKey).toString(), &dialog);
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name:"), name);
    form->addRow(tr("&Password:"), password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (!name->text().isEmpty())
        password->setFocus();
    for (;;) {
        if (dialog.exec() != QDialog::Accepted) {
            close();
            return false;
        }
        const Core::Result<Core::User> user = [&] {
            const WaitCursor wait;
            return login(name->text().trimmed(), password->text());
        }();
        if (user) {
            settings.setValue(kLastUserKey, user.value().name);
            return true;
        }
        showError(parent, tr("Log In"), user.error());
        password->clear();
    }
}

bool CaseStoreClient::confirmPassword(QWidget *parent, const QString &reason)
{
    if (!isLoggedIn())
        return false;
    bool ok = false;
    const QString password
            = QInputDialog::getText(parent,
                                    reason,
                                    tr("%1\nPassword of %2:").arg(reason, m_user->name),
                                    QLineEdit::Password,
                                    {},
                                    &ok);
    if (!ok)
        return false;
    const Core::Result<Core::User> user = [&] {
        const WaitCursor wait;
        return m_store->authenticate(m_user->name, password);
    }();
    if (!user) {
        showError(parent, reason, user.error());
        return false;
    }
    return true;
}

} // namespace Gui
