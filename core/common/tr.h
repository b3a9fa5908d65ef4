// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Core {

/*! Translation context for code in core that is not a QObject: Tr::tr("..."). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

} // namespace Core
