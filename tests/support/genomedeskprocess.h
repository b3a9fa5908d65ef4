// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Running the genomedesk executable from end-to-end tests: one place for the environment a
// test controls (passphrase and passwords), the limits a fault-injection test puts on the
// child (file size, dropping root), and the wait. Header-only; tests define GENOMEDESK_BINARY.

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QtDebug>

#include <csignal>

#include <sys/resource.h>
#include <unistd.h>

namespace TestSupport {

struct ProcessRun
{
    int exitCode = -1; //!< -1: did not finish in time; -2: crashed
    QByteArray output;
    QByteArray error;
};

struct ChildLimits
{
    qint64 fileSizeLimit = 0; //!< > 0: RLIMIT_FSIZE with SIGXFSZ ignored (write() fails: EFBIG)
    bool asNobody = false;    //!< drop root, so that file modes apply (a read-only file is one)
};

/*!
 * The test's environment for genomedesk: offscreen, and only the credentials given here (an
 * empty value removes the variable, so the developer's own shell cannot leak into a test).
 */
inline QProcessEnvironment genomeDeskEnvironment(const QString &passphrase = {},
                                                 const QString &password = {},
                                                 const QString &newPassword = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // English messages whatever the developer's or CI's locale (the CLI follows the system's).
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    const auto set = [&environment](const QString &name, const QString &value) {
        if (value.isEmpty())
            environment.remove(name);
        else
            environment.insert(name, value);
    };
    set(QStringLiteral("GENOMEDESK_PASSPHRASE"), passphrase);
    set(QStringLiteral("GENOMEDESK_PASSWORD"), password);
    set(QStringLiteral("GENOMEDESK_NEW_PASSWORD"), newPassword);
    return environment;
}

inline ProcessRun runGenomeDesk(const QStringList &arguments,
                                const QProcessEnvironment &environment
                                = QProcessEnvironment::systemEnvironment(),
                                ChildLimits limits = {},
                                int timeoutMilliseconds = 120000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setChildProcessModifier([limits] {
        // Runs in the child between fork and exec: only async-signal-safe calls.
        if (limits.fileSizeLimit > 0) {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{rlim_t(limits.fileSizeLimit), rlim_t(limits.fileSizeLimit)};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        }
        if (limits.asNobody && ::geteuid() == 0) {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        }
    });
    process.start(QStringLiteral(GENOMEDESK_BINARY), arguments);
    ProcessRun result;
    if (!process.waitForFinished(timeoutMilliseconds)) {
        qWarning().noquote() << "genomedesk did not finish:" << process.errorString();
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.output = process.readAllStandardOutput();
    result.error = process.readAllStandardError();
    return result;
}

/*! Hex SHA-256 of a file's bytes (empty when it cannot be read): "is it unchanged?" */
inline QByteArray sha256HexOfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace TestSupport
