// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryversions.h"

#include <htslib/hts.h>
#include <openssl/crypto.h>
#include <sqlite3.h>

namespace Core {

QList<std::pair<QString, QString>> libraryVersions()
{
    return {
            {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
            {QStringLiteral("htslib"), QString::fromLatin1(hts_version())},
            {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
            {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))},
    };
}

} // namespace Core
