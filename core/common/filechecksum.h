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

} // namespace Core
