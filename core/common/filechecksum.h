// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobcontext.h"
#include "result.h"

#include <QString>

namespace Core {

/*!
 * Hex SHA-256 of a file, streamed with progress in bytes through \a job; an Error names the
 * file when it cannot be read, Error::Code::Cancelled when \a job is cancelled. Thread: any.
 */
Result<QString> sha256OfFile(const QString &path, const JobContext &job = JobContext());

/*!
 * As sha256OfFile(), but remembers the checksums of the last few files hashed through it and
 * returns a remembered one without reading the file again while the file's size, modification
 * time and status-change time are unchanged (any write changes the status-change time, which
 * cannot be set back by hand). A file that changes while it is hashed is not remembered.
 * Meant for repeated work on one loaded case, such as re-rendering a report preview.
 * Thread: any (the memory is shared and guarded).
 */
Result<QString> cachedSha256OfFile(const QString &path, const JobContext &job = JobContext());

} // namespace Core
