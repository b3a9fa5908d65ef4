// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the fuzz targets: one QCoreApplication for the process (Qt's translation and
// event-loop machinery expect one) and a private temporary directory.
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

namespace FuzzSupport {

inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "genomedesk-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
}

/*! A directory removed at exit; created private (0700) by QTemporaryDir. */
inline const QTemporaryDir &temporaryDirectory()
{
    static QTemporaryDir directory;
    return directory;
}

/*! Writes \a data to \a path (replacing it); false when it cannot. */
inline bool writeFile(const QString &path, QByteArrayView data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(data.data(), data.size()) == data.size();
}

/*! Keeps a value computed from a parse result alive, so that reading it cannot be optimised away.
 */
inline void keep(quint64 value)
{
    static volatile quint64 sink = 0;
    sink = sink + value;
}

} // namespace FuzzSupport
