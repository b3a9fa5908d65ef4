// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Log categories of the core. Logs never contain patient-identifying data: refer to the
// case id, never to a sample name or file contents.
Q_DECLARE_LOGGING_CATEGORY(lcVcf)
Q_DECLARE_LOGGING_CATEGORY(lcReport)
