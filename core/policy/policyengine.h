// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consentprofile.h"
#include "indication.h"
#include "policy.h"
#include "policydecision.h"
#include "policyvariant.h"

#include <QList>
#include <QStringList>

namespace Core {

/*!
 * Applies a Policy to the variants of one proband, with the patient's ConsentProfile and the
 * case's Indication, and gives every variant a Decision with a reason trail.
 *
 * Order of the checks for one variant: gene; population frequency (BA1 and the gene's
 * maximum credible AF); indication (primary finding); policy gene; classification (lab
 * override, ClinVar and its review stars, conflicts); the gene's rule (zygosity,
 * biallelic hits counted over all variants of the gene, phase from trio or phased calls,
 * sex for X-linked genes, named variants, truncating consequences); consent (category, minor).
 *
 * Deterministic: the decisions depend only on the inputs, never on hash order or time.
 * Thread safety: evaluate() is const and reentrant.
 */
class PolicyEngine final
{
public:
    PolicyEngine(Policy policy, ConsentProfile consent, Indication indication = {});

    /*! Versions of the data the variants were annotated with; copied into every run. */
    void setDataVersions(QStringList versions) { m_dataVersions = std::move(versions); }

    PolicyRun evaluate(const QList<PolicyVariant> &variants) const;

    const Policy &policy() const { return m_policy; }

private:
    Policy m_policy;
    ConsentProfile m_consent;
    Indication m_indication;
    QStringList m_dataVersions;
};

} // namespace Core
