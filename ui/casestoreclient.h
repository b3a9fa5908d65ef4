// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/review/casestore.h>

#include <QObject>

#include <memory>
#include <optional>

class QWidget;

namespace Gui {

/*!
 * The case database the window works with, and the user logged in to it.
 *
 * Opening asks for the database file, its passphrase and the user's name and password; errors
 * are shown in a message box that names the file. Signing asks for the password again
 * (confirmPassword()).
 *
 * Thread: GUI thread only. The CaseStore is opened and used on the GUI thread, because a
 * CaseStore (a Qt SQL connection) belongs to the thread that opened it and every call here is a
 * short SQLite transaction on a local file (a few milliseconds). The exceptions are the scrypt
 * key derivation at open() and the password check at login(), each about a tenth of a second
 * with the production parameters; a wait cursor is shown meanwhile. A shared PostgreSQL database
 * on a slow network would need the store moved to a worker QThread (see STYLE.md).
 */
class CaseStoreClient final : public QObject
{
    Q_OBJECT

public:
    explicit CaseStoreClient(QObject *parent = nullptr);
    ~CaseStoreClient() override;

    /*! Opens \a path (creating it when absent) with \a key; replaces any open store. */
    Core::Result<void> open(const QString &path,
                            const Core::CaseStore::KeySource &key,
                            const Core::CaseStore::Options &options = {});
    /*! Logs \a name in when \a password is right. */
    Core::Result<Core::User> login(const QString &name, const QString &password);
    void close();

    /*!
     * Asks for the file, the passphrase and the login, showing errors in message boxes on
     * \a parent. False when the user cancelled or something failed (the message was shown).
     */
    bool openInteractively(QWidget *parent);
    /*! Asks the logged-in user's password again; false when cancelled or wrong (shown). */
    bool confirmPassword(QWidget *parent, const QString &reason);

    bool isOpen() const { return m_store != nullptr; }
    bool isLoggedIn() const { return m_store && m_user.has_value(); }
    /*! The open store, or null. Owned by the client. */
    Core::CaseStore *store() const { return m_store.get(); }
    /*! The logged-in user; only valid when isLoggedIn(). */
    const Core::User &user() const { return *m_user; }
    QString path() const { return m_path; }
    /*! "cases.sqlite": the file name shown to the user (never the whole path in logs). */
    QString displayName() const;

    /*! Shows \a error on \a parent, naming the database file. */
    void showError(QWidget *parent, const QString &title, const Core::Error &error) const;

signals:
    /*! A store was opened and a user logged in, or the store was closed. */
    void stateChanged();

private:
    std::unique_ptr<Core::CaseStore> m_store;
    std::optional<Core::User> m_user;
    QString m_path;
};

} // namespace Gui
