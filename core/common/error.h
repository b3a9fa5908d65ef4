// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Core {

/*!
 * An expected failure: what went wrong (translated, for the user), in which file and where.
 *
 * \a record is the 1-based data record number in the file (0 when the problem is not tied
 * to a record); \a line the 1-based text line when the file is text and the line is known.
 */
class Error
{
public:
    enum class Code {
        None,
        InvalidArgument,
        FileNotFound,
        FileUnreadable,
        FileUnwritable,
        UnsupportedFormat,
        MalformedHeader,
        MalformedRecord,
        Cancelled,
        Internal,
    };

    Error() = default;
    Error(Code code, QString message, QString file = {}, qint64 record = 0, qint64 line = 0);

    Code code() const { return m_code; }
    QString message() const { return m_message; }
    QString file() const { return m_file; }
    qint64 record() const { return m_record; }
    qint64 line() const { return m_line; }

    /*! One line for stderr or a status bar: "file: line L (record R): message". */
    QString toString() const;

private:
    Code m_code = Code::None;
    QString m_message;
    QString m_file;
    qint64 m_record = 0;
    qint64 m_line = 0;
};

} // namespace Core
