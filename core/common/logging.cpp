// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcVcf, "genomedesk.core.vcf", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReport, "genomedesk.core.report", QtWarningMsg)
