// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plain values returned by the KnowledgeStore. Positions are 1-based and inclusive; contig
// names are stored without "chr" ("1".."22", "X", "Y", "MT"); builds are "GRCh37"/"GRCh38".

#include "../policy/policyvariant.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Core {

/*! One imported file: what it was, its version and when it was imported. */
struct KnowledgeSource
{
    QString kind;    //!< "genes", "clinvar", "panel"
    QString name;    //!< "MANE.GRCh38.v1.0.genes.bed.gz", "ClinVar"
    QString version; //!< "2021-10-25" (ClinVar fileDate), panel version, or the file name
    QString build;   //!< empty for build-independent data (panels)
    QString sha256;  //!< of the imported file
    QDateTime importedAt;
    qint64 records = 0;

    /*! "ClinVar 2021-10-25 (GRCh38)" - for reason trails and reports. */
    QString displayName() const;
};

struct GeneRecord
{
    QString build;
    QString contig;
    qint64 start = 0; //!< 1-based, inclusive
    qint64 end = 0;   //!< 1-based, inclusive
    QString strand;   //!< "+" or "-"
    QString symbol;
    QString hgncId;     //!< "HGNC:1100"; empty when the source has none
    QString transcript; //!< MANE Select / canonical transcript when the source names one
};

struct ClinVarRecord
{
    QString build;
    QString contig;
    qint64 position = 0;
    QString reference;
    QString alternate;
    QString variationId;
    QString clinicalSignificance; //!< CLNSIG as written ("Pathogenic/Likely_pathogenic")
    Significance significance = Significance::Unknown;
    QString reviewStatus; //!< CLNREVSTAT as written
    int stars = 0;        //!< 0..4
    QStringList genes;    //!< symbols from GENEINFO
    QString hgvs;         //!< CLNHGVS
    QString consequence;  //!< most severe SO term of MC
};

struct PanelGene
{
    QString panelId;
    QString panelName;
    QString panelVersion;
    QString symbol;
    QString hgncId;
    QString confidence; //!< PanelApp confidence level ("3" = green); empty for BED panels
};

/*! What the gene model says about a position (for variants without VEP/SnpEff annotation). */
struct RegionAnnotation
{
    QString gene;
    QString hgncId;
    QString transcript;
    /*!
     * "intergenic", "genic" (only gene spans are known), "coding", "five-prime-utr",
     * "three-prime-utr", "non-coding-exon", "splice-site", "splice-region", "intronic".
     */
    QString region;
    QString consequence;        //!< SO term; empty for "genic"
    qint64 distanceToExon = -1; //!< bases to the nearest exon; -1 when unknown or inside one
    qint64 distanceToGene = -1; //!< bases to the nearest gene when intergenic; -1 otherwise
    bool exonDetail = false;    //!< false when the knowledge base holds gene spans only
};

/*! What one import did. */
struct KnowledgeImportSummary
{
    KnowledgeSource source;
    qint64 recordsRead = 0;
    qint64 recordsStored = 0;
    qint64 recordsSkipped = 0;
};

} // namespace Core
