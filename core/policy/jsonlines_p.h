// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Line numbers for JSON files that were parsed with QJsonDocument (which keeps no positions):
// the entry at fault is found again in the text, so that an error can name its line.

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

namespace Core::JsonLines {

/*! 1-based line of byte \a offset. */
inline int lineOfOffset(const QByteArray &data, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, data.size());
    return int(data.left(offset).count('\n')) + 1;
}

/*! Byte offset where 1-based \a line starts. */
inline qsizetype offsetOfLine(const QByteArray &data, int line)
{
    qsizetype offset = 0;
    for (int current = 1; current < line && offset >= 0; ++current) {
        offset = data.indexOf('\n', offset);
        if (offset >= 0)
            ++offset;
    }
    return offset < 0 ? data.size() : offset;
}

/*!
 * Line of the first `"key": value` at or after \a fromLine; \a value is matched as a JSON
 * string when \a quoted, as raw text otherwise, and not at all when empty. 0 when not found.
 */
inline int lineOf(const QByteArray &data,
                  const QString &key,
                  const QString &value = {},
                  int fromLine = 1,
                  bool quoted = true)
{
    QString pattern = QStringLiteral("\"%1\"\\s*:").arg(QRegularExpression::escape(key));
    if (!value.isEmpty()) {
        const QString escaped = QRegularExpression::escape(value);
        pattern += quoted ? QStringLiteral("\\s*\"%1\"").arg(escaped)
                          : QStringLiteral("\\s*%1").arg(escaped);
    }
    const QString text = QString::fromUtf8(data);
    const qsizetype start
            = QString::fromUtf8(data.left(offsetOfLine(data, qMax(1, fromLine)))).size();
    const QRegularExpressionMatch match = QRegularExpression(pattern).match(text, start);
    if (!match.hasMatch())
        return 0;
    return int(text.left(match.capturedStart()).count(QLatin1Char('\n'))) + 1;
}

} // namespace Core::JsonLines
