// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/jobcontext.h"

#include <QString>

namespace Core::CsiIndex {

enum class Outcome { Built, Failed, Cancelled };

/*!
 * Builds a CSI index (min_shift 14) of the bgzipped VCF or BCF \a path into \a indexPath,
 * the same bytes as tbx_index_build3() / bcf_index_build3() write, while reporting the bytes
 * of \a path read so far (of its size) to \a job and stopping soon after \a job is cancelled
 * (then nothing is left at \a indexPath). On Unix the file is read by this thread and handed to
 * htslib's indexer in a second thread through a socket pair, which is what makes progress and
 * cancelling possible; elsewhere htslib reads the file itself (no progress, cancelled only
 * after the build). Logs no paths.
 */
Outcome build(const QString &path, const QString &indexPath, bool isBcf, const JobContext &job);

} // namespace Core::CsiIndex
