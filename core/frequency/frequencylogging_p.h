// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Log category of the frequency cache (genomedesk.core.frequency), defined in frequencystore.cpp.
Q_DECLARE_LOGGING_CATEGORY(lcFrequency)
