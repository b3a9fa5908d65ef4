// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Core {

/*! The figures one node gives for one population of one variant; counts -1 when absent. */
struct BeaconPopulationFrequency
{
    QString source;             //!< frequencyInPopulations[].source
    QString population;         //!< free text as sent by the node
    double alleleFrequency = 0; //!< in [0,1]
    qint64 alleleCount = -1;
    qint64 alleleNumber = -1;
    qint64 homozygotes = -1;   //!< alleleCountHomozygous (or genotypeHomozygous)
    qint64 heterozygotes = -1; //!< alleleCountHeterozygous (or genotypeHeterozygous)
    qint64 hemizygotes = -1;   //!< alleleCountHemizygous (or genotypeHemizygous)
};

/*! One variant of a g_variants response; position 1-based (VCF POS), alleles as sent. */
struct BeaconVariant
{
    QByteArray contig; //!< the queried contig, normalised ("17")
    qint64 position = 0;
    QByteArray reference;
    QByteArray alternate;
    QList<BeaconPopulationFrequency> frequencies;
};

/*! One parsed page of a g_variants response. */
struct BeaconResponsePage
{
    QList<BeaconVariant> variants;
    qint64 totalResults = -1;  //!< responseSummary.numTotalResults or the result sets' counts
    QStringList datasetIds;    //!< resultSets[].id
    qint64 skippedRecords = 0; //!< records without position or alleles
};

/*!
 * Parses and validates a g_variants record-level response (both the nested
 * response.resultSets[] and the top-level resultSets[] envelope). Accepts the spec's
 * frequencyInPopulations[].frequencies[] and the GDI mini-node's populations[], keeping
 * alleleCount, alleleNumber and the zygosity counts (alleleCount* or genotype* names; counts
 * given as integral floats such as 7102.0 are accepted).
 *
 * Refuses (Error::Code::MalformedRecord, message names the problem) a document that is not
 * JSON, a missing result set array, frequencies outside [0,1], negative or non-integral counts
 * and AC > AN. \a contig is the queried contig; \a zeroBased the node's convention.
 */
Result<BeaconResponsePage>
parseBeaconVariantsResponse(const QByteArray &body, const QByteArray &contig, bool zeroBased);

} // namespace Core
