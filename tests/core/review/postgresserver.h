// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the review tests: a real PostgreSQL server started for the test on 127.0.0.1
// (initdb into a temporary directory, pg_ctl start on a random port; as user nobody when the
// test runs as root, because PostgreSQL refuses to run as root), and raw SQL on a location
// (an SQLite file or a PostgreSQL URL) for tests that tamper with the data behind the store.
#pragma once

#include <QAtomicInteger>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariant>

#include <memory>

#include <unistd.h>

namespace ReviewTest {

inline bool isPostgres(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"));
}

/*!
 * Runs \a statements on \a location (SQLite file or PostgreSQL URL) through a separate plain
 * connection; false (with a warning) as soon as one fails. When \a rows is given, the rows of
 * the last statement are appended to it (each row as a list of values).
 */
inline bool rawExecute(const QString &location,
                       const QStringList &statements,
                       QList<QVariantList> *rows = nullptr)
{
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("review-test-raw-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = true;
    {
        QSqlDatabase connection;
        if (isPostgres(location)) {
            const QUrl url(location);
            connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            connection.setHostName(url.host());
            connection.setPort(url.port(5432));
            connection.setUserName(url.userName());
            connection.setDatabaseName(url.path().mid(1));
        } else {
            connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            connection.setDatabaseName(location);
        }
        if (!connection.open()) {
            qWarning() << connection.lastError().text();
            ok = false;
        }
        for (const QString &statement : statements) {
            if (!ok)
                break;
            QSqlQuery query(connection);
            if (!query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
                break;
            }
            if (rows && &statement == &statements.constLast()) {
                while (query.next()) {
                    QVariantList row;
                    for (int i = 0; i < query.record().count(); ++i)
                        row << query.value(i);
                    rows->append(row);
                }
            }
        }
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/*! A PostgreSQL server of its own for one test executable. */
class PostgresServer
{
public:
    ~PostgresServer() { stop(); }

    /*! Starts the server; false with \a whyNot when the driver or the binaries are missing. */
    bool start(QString *whyNot)
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            *whyNot = QStringLiteral("The Qt PostgreSQL driver (libqt6sql6-psql) is not installed");
            return false;
        }
        QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
        if (initdb.isEmpty()) {
            const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                                 .entryList(QDir::Dirs | QDir::NoDotAndDotDot,
                                                            QDir::Name | QDir::Reversed);
            for (const QString &version : versions) {
                const QString candidate
                        = QStringLiteral("/usr/lib/postgresql/%1/bin/initdb").arg(version);
                if (QFile::exists(candidate)) {
                    initdb = candidate;
                    break;
                }
            }
        }
        if (initdb.isEmpty()) {
            *whyNot = QStringLiteral(
                    "PostgreSQL server binaries (initdb, pg_ctl) not found; install postgresql");
            return false;
        }
        m_binaries = QFileInfo(QFileInfo(initdb).canonicalFilePath()).absolutePath();
        if (!QFile::exists(QDir(m_binaries).filePath(QStringLiteral("pg_ctl")))) {
            *whyNot = QStringLiteral("pg_ctl not found next to initdb");
            return false;
        }
        m_directory = std::make_unique<QTemporaryDir>();
        // The server runs as nobody when the test runs as root: let it into the directory.
        if (!m_directory->isValid()
            || !QFile::setPermissions(m_directory->path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                              | QFile::ReadOther | QFile::WriteOther
                                              | QFile::ExeOther)) {
            *whyNot = QStringLiteral("cannot create a directory for the PostgreSQL server");
            return false;
        }
        m_dataDirectory = m_directory->filePath(QStringLiteral("data"));
        QString output;
        if (!runTool(QStringLiteral("initdb"),
                     {QStringLiteral("-D"),
                      m_dataDirectory,
                      QStringLiteral("-U"),
                      QStringLiteral("genomedesk"),
                      QStringLiteral("-A"),
                      QStringLiteral("trust"),
                      QStringLiteral("-E"),
                      QStringLiteral("UTF8"),
                      QStringLiteral("--locale=C"),
                      QStringLiteral("--no-sync")},
                     &output)) {
            *whyNot = QStringLiteral("initdb failed: %1").arg(output);
            return false;
        }
        for (int attempt = 0; attempt < 5 && !m_started; ++attempt) {
            m_port = int(QRandomGenerator::global()->bounded(20000, 60000));
            m_started = runTool(QStringLiteral("pg_ctl"),
                                {QStringLiteral("-D"),
                                 m_dataDirectory,
                                 QStringLiteral("-l"),
                                 m_directory->filePath(QStringLiteral("server.log")),
                                 QStringLiteral("-w"),
                                 QStringLiteral("-o"),
                                 QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1")
                                         .arg(m_port)
                                         .arg(m_directory->path()),
                                 QStringLiteral("start")},
                                &output);
        }
        if (!m_started)
            *whyNot = QStringLiteral("the PostgreSQL server did not start: %1").arg(output);
        return m_started;
    }

    void stop()
    {
        if (!m_started)
            return;
        m_started = false;
        runTool(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"),
                 m_dataDirectory,
                 QStringLiteral("-m"),
                 QStringLiteral("fast"),
                 QStringLiteral("-w"),
                 QStringLiteral("stop")});
    }

    bool isStarted() const { return m_started; }
    QString dataDirectory() const { return m_dataDirectory; }

    QString url(const QString &database) const
    {
        return QStringLiteral("postgresql://genomedesk@127.0.0.1:%1/%2").arg(m_port).arg(database);
    }

    /*! Creates a new empty database; its URL, or empty on failure. */
    QString createDatabase()
    {
        const QString name = QStringLiteral("cases_%1").arg(++m_databaseCounter);
        if (!rawExecute(url(QStringLiteral("postgres")),
                        {QStringLiteral("CREATE DATABASE %1").arg(name)}))
            return {};
        return url(name);
    }

    /*! Every byte of the server's data directory (after a CHECKPOINT of \a location). */
    QByteArray bytesAtRest(const QString &location, int *fileCount = nullptr) const
    {
        rawExecute(location, {QStringLiteral("CHECKPOINT")});
        QByteArray bytes;
        int count = 0;
        QDirIterator files(m_dataDirectory, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly)) {
                bytes += file.readAll();
                ++count;
            }
        }
        if (fileCount)
            *fileCount = count;
        return bytes;
    }

private:
    bool runTool(const QString &tool, const QStringList &arguments, QString *output = nullptr)
    {
        QProcess process;
        QString program = QDir(m_binaries).filePath(tool);
        QStringList all = arguments;
        if (::geteuid() == 0) {
            all.prepend(program);
            all = QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")}
                  + all;
            program = QStringLiteral("runuser");
        }
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, all);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return false;
        }
        const QString text = QString::fromLocal8Bit(process.readAll());
        if (output)
            *output = text;
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QString m_binaries;
    std::unique_ptr<QTemporaryDir> m_directory;
    QString m_dataDirectory;
    int m_port = 0;
    bool m_started = false;
    int m_databaseCounter = 0;
};

} // namespace ReviewTest
