// SPDX-License-Identifier: GPL-3.0-or-later
#include "policydecision.h"

#include "../common/tr.h"

namespace Core {

QString decisionKey(Decision decision)
{
    switch (decision) {
    case Decision::ReportPrimary:
        return QStringLiteral("report-primary");
    case Decision::ReportSecondary:
        return QStringLiteral("report-secondary");
    case Decision::SuppressedByConsent:
        return QStringLiteral("suppressed-by-consent");
    case Decision::NotReportable:
        return QStringLiteral("not-reportable");
    case Decision::NeedsReview:
        return QStringLiteral("needs-review");
    }
    return {};
}

QString decisionLabel(Decision decision)
{
    switch (decision) {
    case Decision::ReportPrimary:
        return Tr::tr("report as primary finding");
    case Decision::ReportSecondary:
        return Tr::tr("report as secondary finding");
    case Decision::SuppressedByConsent:
        return Tr::tr("not reported: no consent");
    case Decision::NotReportable:
        return Tr::tr("not reportable");
    case Decision::NeedsReview:
        return Tr::tr("needs review");
    }
    return {};
}

int PolicyRun::count(Decision decision) const
{
    int n = 0;
    for (const PolicyDecision &entry : decisions)
        n += entry.decision == decision ? 1 : 0;
    return n;
}

} // namespace Core
