// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportmodel.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Core {

/*!
 * Exports a report as a GA4GH Phenopacket v2 (JSON by the protobuf mapping: lowerCamelCase
 * keys, enums as names, 64-bit integers such as vcfRecord.pos as strings).
 *
 * - id: the report id; subject: the pseudonym (or the case id) and sex; never the name.
 * - One Interpretation per report section that has findings ("<report id>-primary",
 *   "-secondary", "-uncertain"), progressStatus COMPLETED when the report is signed, else
 *   IN_PROGRESS; summary: the indication (primary) or the section. Its diagnosis has no
 *   disease: the report model carries the indication as free text only.
 * - One GenomicInterpretation per finding, with interpretationStatus CONTRIBUTORY for a
 *   primary (likely) pathogenic finding, CANDIDATE for other primary findings and VUS, and
 *   UNKNOWN_STATUS for secondary findings (they do not explain the indication);
 *   acmgPathogenicityClassification from the classification; therapeuticActionability
 *   ACTIONABLE for (likely) pathogenic secondary findings (the secondary-findings lists are
 *   lists of actionable genes), else UNKNOWN_ACTIONABILITY.
 * - variationDescriptor: id "contig:position:ref>alt", label, geneContext (valueId when
 *   \a hgncIds knows the symbol), expressions hgvs.c (with transcript), hgvs.p, hgvs.g (SNVs on
 *   primary chromosomes), vcfRecord (genomeAssembly, chrom, pos 1-based, ref, alt, filter),
 *   moleculeContext genomic, allelicState GENO:0000135/0000136/0000134.
 * - files: the input VCF (name only) with assembly and SHA-256; metaData with created (the
 *   report's creation time), createdBy (laboratory), submittedBy (signer), resources (GENO,
 *   HGNC when used), externalReferences (report id and version) and schema version "2.0".
 *
 * Deterministic for the same model. Thread: any.
 */
class PhenopacketExport
{
public:
    /*! The phenopacket as indented JSON (UTF-8); \a hgncIds as for FhirExport::bundle(). */
    static QByteArray phenopacket(const ReportModel &model,
                                  const QHash<QString, QString> &hgncIds = {});
};

} // namespace Core
