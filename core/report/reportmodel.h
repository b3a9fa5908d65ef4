// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/filechecksum.h"
#include "../common/jobcontext.h"
#include "../vcf/vcfreader.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Core {

/*! One variant line of a report, already formatted for display (not translated keys). */
struct ReportVariant
{
    QString contig;
    qint64 position = 0; //!< 1-based
    QString reference;
    QString alternate;
    QString type; //!< variantTypeKey()
    QString gene; //!< from the input's VEP/SnpEff annotation; empty when absent
    QString consequence;
    QString transcript;
    QString zygosity; //!< zygosityKey() of the reported sample
    QString depth;    //!< "32" or "." when missing
    QString genotypeQuality;
    QString alleleBalance; //!< "0.48" or "."
    QString filter;
    QString hgvsCoding;  //!< "NM_000410.4:c.845G>A" or "c.845G>A"; empty when not annotated
    QString hgvsProtein; //!< "p.Cys282Tyr"; empty when not annotated
};

/*! One population figure printed for a finding, with where it came from. */
struct ReportFrequency
{
    QString source;                //!< "gnomAD", "GoE-NL (Beacon)"
    QString version;               //!< "4.1", or the retrieval date of a federated node
    QString population;            //!< "nfe", "all"
    qint64 alleleCount = -1;       //!< -1 when the source gives none
    qint64 alleleNumber = -1;      //!< -1 when the source gives none
    qint64 homozygotes = -1;       //!< -1 when the source gives none
    double alleleFrequency = -1.0; //!< in [0,1]; negative when unknown
    bool found = false;            //!< false: the source covers the site but not the allele
};

/*! Where a finding is printed. */
enum class ReportSection : quint8 {
    Primary,   //!< answers the indication
    Secondary, //!< incidental/secondary finding the patient consented to
    Uncertain, //!< variant of uncertain significance listed per lab policy
};

/*! "primary", "secondary", "uncertain": keys for exports, not translated. */
QString reportSectionKey(ReportSection section);

/*!
 * A reported variant with everything the report says about it: the variant, its
 * classification with criteria, frequencies with provenance, ClinVar and the policy's reason.
 */
struct ReportFinding
{
    ReportVariant variant;
    ReportSection section = ReportSection::Primary;
    QString inheritance;       //!< "de novo", "inherited from mother", ... ; may be empty
    QString classificationKey; //!< significanceKey(): "pathogenic", "likely-pathogenic", ...
    QString classification;    //!< translated label in the report's language
    QStringList criteria;      //!< ACMG/AMP criteria met, "PVS1", "PM2_Supporting"
    QString clinvar;           //!< "Pathogenic (2 stars), VCV000009" ; empty when not in ClinVar
    QList<ReportFrequency> frequencies;
    QString decisionKey;     //!< decisionKey(): "report-primary", "report-secondary", ...
    QString consentCategory; //!< consent category the finding falls in; empty for primary
    QStringList reasons;     //!< the policy's reason trail, translated
    QString comment;         //!< the reviewer's comment
};

/*! One consent category of the patient and what it meant for this report. */
struct ReportConsentLine
{
    QString category; //!< key, "acmg-sf-cancer"
    QString label;    //!< translated label
    bool consented = false;
    int findings = 0;   //!< findings printed in this category
    int suppressed = 0; //!< reportable findings withheld because the patient opted out
};

/*! The signature block; empty name when the report is a draft. */
struct ReportSignOff
{
    QString name;
    QString role;       //!< translated, "Clinical geneticist"
    QDateTime signedAt; //!< UTC
};

/*!
 * The content of a clinician-facing report, independent of how it is rendered.
 * Built from a loaded case; everything printed is in here, so rendering is deterministic
 * for the same model.
 */
struct ReportModel
{
    QString reportId;
    QString caseId;
    QString sample;
    QString inputFile;   //!< file name only, no directory
    QString inputSha256; //!< hex
    QString genomeBuild;
    QDateTime createdAt; //!< UTC
    qint64 recordsRead = 0;
    qint64 skippedRecords = 0;
    QStringList loadWarnings;
    QList<ReportVariant> variants;

    // Clinical content (filled by the caller from the policy run and the review; empty in a
    // plain variant listing).
    QString language = QStringLiteral("en"); //!< BCP 47 language of the fixed texts
    int reportVersion = 1;
    QString laboratory;
    QString patientPseudonym;
    QString patientName;      //!< only in the clinical copy; empty otherwise
    QString patientBirthDate; //!< only in the clinical copy; ISO date or empty
    QString sex;              //!< "female", "male", "unknown"
    QString referrer;
    QString indication;
    QString policyName; //!< "ACMG SF v3.2 (1+MG profile) revision 1"
    QString policyChecksum;
    QString consentSummary;
    QStringList dataSources;       //!< "gnomAD 4.1 (file gnomad.vcf.gz, imported 2026-11-01)", ...
    QList<ReportFinding> findings; //!< all sections, in print order
    QList<ReportConsentLine> consent;
    QStringList limitations; //!< translated sentences
    ReportSignOff signOff;
    /*! SHA-256 (hex) of the report's content as exported (the FHIR bundle); set by writeReport().
     */
    QString contentSha256;

    QList<ReportFinding> findingsIn(ReportSection section) const;

    /*!
     * Builds the model for \a sampleIndex of \a loaded. \a inputSha256 is the checksum of
     * the input file (see sha256OfFile()). Thread: any.
     */
    static ReportModel fromLoadedVariants(const LoadedVariants &loaded,
                                          int sampleIndex,
                                          const QString &caseId,
                                          const QString &inputSha256,
                                          const QDateTime &createdAt);
};

/*!
 * The report line of \a row for \a sampleIndex; empty when the sample does not carry the
 * allele (hom-ref, missing, another ALT). sampleIndex -1 gives the line without genotype.
 */
std::optional<ReportVariant>
reportVariantOf(const VariantStore &store, qsizetype row, int sampleIndex);

} // namespace Core
