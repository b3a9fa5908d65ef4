// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper: frequency sources for chunks written through FrequencyStore's writer (core
// tests only; frequencytestdata.h stays free of core for the CLI tests).

#include <core/frequency/frequencysource.h>

#include <QDateTime>
#include <QString>

namespace FrequencyTestData {

/*!
 * A source \a name, version \a version, with one population (nfe, 100 samples) and two
 * Integer fields, AC_nfe then AN_nfe: for chunks written through FrequencyStore's writer.
 */
inline Core::FrequencySource nfeCountsSource(const QString &name, const QString &version)
{
    Core::FrequencySource source;
    source.name = name;
    source.version = version;
    source.origin = name + QStringLiteral(".vcf.gz");
    source.assembly = QStringLiteral("GRCh38");
    source.retrieved = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    source.populations.append({QStringLiteral("nfe"), QStringLiteral("European"), 100});
    source.fields.append({QStringLiteral("AC"),
                          QStringLiteral("nfe"),
                          QStringLiteral("AC_nfe"),
                          Core::FrequencyFieldType::Integer});
    source.fields.append({QStringLiteral("AN"),
                          QStringLiteral("nfe"),
                          QStringLiteral("AN_nfe"),
                          Core::FrequencyFieldType::Integer});
    return source;
}

} // namespace FrequencyTestData
