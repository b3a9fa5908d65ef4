// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportmodel.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Core {

/*!
 * Exports a report as an HL7 FHIR R4 bundle following the Genomics Reporting IG
 * (http://hl7.org/fhir/uv/genomics-reporting, profiles genomic-report, variant and
 * diagnostic-implication).
 *
 * The bundle is of type "collection": the legally binding document is the signed PDF, and a
 * FHIR "document" bundle would claim to be an attested document of its own (it needs a
 * Composition and its own signature). The collection carries the same content in coded form
 * for an electronic health record to ingest, with the report id as Bundle.identifier.
 *
 * Contents, every resource with a fullUrl "urn:uuid:<UUID v5>" derived from the report id and a
 * stable key (the variant's contig:position:ref>alt), so the same model always gives the same
 * bytes (no random UUIDs, no current time; Bundle.timestamp is the report's creation time):
 * - Patient: an identifier with the pseudonym (or the case id when there is no pseudonym) and
 *   the administrative gender; name and birth date only when the model is the clinical copy
 *   (patientName set).
 * - Specimen: the sample name of the input file.
 * - Organization (the laboratory, when set) and Practitioner (the signer, when signed).
 * - DiagnosticReport (genomic-report, LOINC 51969-4, category v2-0074#GE), status "final" when
 *   the report is signed, else "preliminary"; result references every Observation.
 * - One variant Observation per finding (LOINC 69548-6, value LA9633-4 Present) with gene,
 *   c.HGVS, p.HGVS, transcript, genomic reference sequence (NC_ accession of the primary
 *   chromosomes of GRCh37/GRCh38), assembly, 1-based coordinates with ref/alt alleles,
 *   germline source class, allelic state, sample allele fraction, ClinVar accession and the
 *   population allele frequencies (LOINC 92821-8, source, version and population in the code
 *   text).
 * - One diagnostic-implication Observation per classified finding (clinical significance
 *   53037-8), derivedFrom the variant; ACMG criteria, policy reasons and the reviewer's comment
 *   as notes.
 * - Secondary findings carry the observation-secondaryFinding extension on both Observations.
 *
 * Thread: any (pure function of its input).
 */
class FhirExport
{
public:
    /*!
     * The bundle as indented JSON (UTF-8). \a hgncIds maps gene symbols to HGNC ids
     * ("HFE" -> "HGNC:4886", see KnowledgeStore::geneCatalogue()); a gene without an id is
     * exported as text only.
     */
    static QByteArray bundle(const ReportModel &model, const QHash<QString, QString> &hgncIds = {});

    /*! The NC_ RefSeq accession of a primary chromosome ("chr1", "1", "X", "MT") of "GRCh37" or
     *  "GRCh38"; empty for other contigs and builds. */
    static QString chromosomeAccession(const QString &genomeBuild, const QString &contig);
};

} // namespace Core
