// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// For tests that write their own input files. Header-only.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace TestSupport {

/*! Writes \a content to \a path (replacing it); \a path, or "" when it cannot be written. */
inline QString writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return QString();
    return path;
}

} // namespace TestSupport
