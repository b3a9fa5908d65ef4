// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"

#include <QDate>
#include <QMap>
#include <QString>

class QJsonObject;

namespace Core {

class Policy;

/*!
 * A patient's recorded choices about secondary findings.
 *
 * JSON (format "genomedesk-consent", formatVersion 1):
 * \code
 * { "format": "genomedesk-consent", "formatVersion": 1, "caseId": "CASE-1",
 *   "ageGroup": "adult" | "minor", "recordedOn": "2026-11-20", "recordedBy": "Dr A. Example",
 *   "categories": { "actionable-adult-onset": "opt-in", "carrier-status": "opt-out" } }
 * \endcode
 * A category that is not listed follows the policy's consent model: reported under
 * "opt-out", not reported under "opt-in".
 */
class ConsentProfile
{
public:
    enum class Choice : quint8 { NotRecorded, OptIn, OptOut };

    QString caseId;
    bool minor = false;
    QDate recordedOn;
    QString recordedBy;
    QMap<QString, Choice> choices; //!< category id -> choice
    QString fileName;

    Choice choice(const QString &category) const { return choices.value(category); }

    /*! Reads a consent file; errors name the line. Categories unknown to \a policy are refused. */
    static Result<ConsentProfile> loadFile(const QString &path, const Policy *policy = nullptr);
    static Result<ConsentProfile>
    loadData(const QByteArray &data, const QString &fileName, const Policy *policy = nullptr);
    /*!
     * The consent stored with a case in the case database: either a whole consent profile
     * (with "format") or a plain map "category": true/false (opt-in/opt-out). \a name names
     * it in errors. Categories unknown to \a policy are refused.
     */
    static Result<ConsentProfile>
    fromCaseJson(const QJsonObject &object, const QString &name, const Policy *policy = nullptr);
};

} // namespace Core
