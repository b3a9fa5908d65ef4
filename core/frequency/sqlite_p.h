// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RAII owners for SQLite C API handles; only for core/frequency .cpp files.

#include <QByteArray>
#include <QString>

#include <memory>

#include <sqlite3.h>

namespace Core::Sqlite {

struct DatabaseDeleter
{
    void operator()(sqlite3 *database) const { sqlite3_close_v2(database); }
};
using DatabasePtr = std::unique_ptr<sqlite3, DatabaseDeleter>;

struct StatementDeleter
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

/*! The last error of \a database as text (SQLite's own English message, for logs and details). */
inline QString lastError(sqlite3 *database)
{
    return QString::fromUtf8(sqlite3_errmsg(database));
}

/*! Prepares \a sql; returns null on failure (see lastError()). */
inline StatementPtr prepare(sqlite3 *database, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(database, sql, -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return {};
    }
    return StatementPtr(statement);
}

inline int bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text(
            statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

inline QString columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(statement, column)) : QString();
}

} // namespace Core::Sqlite
