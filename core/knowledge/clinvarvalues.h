// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../policy/policyvariant.h"

#include <QString>

namespace Core::ClinVarValues {

/*!
 * The germline classification of a ClinVar CLNSIG value. Both spellings of the conflicting
 * value ("Conflicting_interpretations_of_pathogenicity", renamed in 2024 to
 * "Conflicting_classifications_of_pathogenicity") give Significance::Conflicting;
 * "Pathogenic/Likely_pathogenic" gives LikelyPathogenic (the lower of the two);
 * "_low_penetrance", drug_response, risk_factor, not_provided give Other.
 */
Significance significance(const QString &clinicalSignificance);

/*! Review stars (0..4) of a CLNREVSTAT value; -1 when the value is not recognised. */
int stars(const QString &reviewStatus);

/*! The most severe SO term of an MC value ("SO:0001583|missense_variant,SO:...|..."). */
QString mostSevereConsequence(const QString &molecularConsequence);

/*! ClinVar's percent-encoding and '_' for space undone ("not_provided" -> "not provided"). */
QString decode(const QString &value);

} // namespace Core::ClinVarValues
