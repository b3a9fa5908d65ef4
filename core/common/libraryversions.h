// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace Core {

/*!
 * The libraries GenomeDesk runs on, with the versions loaded at run time (not the ones it was
 * built against): Qt, htslib, SQLite, OpenSSL. For the about box and support requests.
 */
QList<std::pair<QString, QString>> libraryVersions();

} // namespace Core
