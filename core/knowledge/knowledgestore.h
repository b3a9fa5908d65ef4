// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/jobcontext.h"
#include "../common/result.h"
#include "knowledgetypes.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Core {

/*!
 * The local knowledge base: one SQLite file (".gdkb") with the gene model (gene spans and,
 * from a GTF/GFF3, transcripts, exons and CDS), ClinVar (from its VCF) and gene panels
 * (PanelApp TSV or a panel BED), each import recorded with its version, build and checksum.
 *
 * Coordinates are 1-based and inclusive; contigs are stored without "chr" and queries accept
 * either spelling. An import of genes or ClinVar for a build replaces the earlier data of the
 * same kind and build in one transaction; a failed import leaves the previous data in place.
 *
 * Thread safety: one KnowledgeStore is used by one thread (it owns a Qt SQL connection).
 * Open one store per thread to read in parallel.
 */
class KnowledgeStore final
{
public:
    static constexpr int kSchemaVersion = 1;

    ~KnowledgeStore();
    KnowledgeStore(const KnowledgeStore &) = delete;
    KnowledgeStore &operator=(const KnowledgeStore &) = delete;

    /*! Opens \a path, creating an empty knowledge base when it does not exist. */
    static Result<std::unique_ptr<KnowledgeStore>> open(const QString &path);
    QString path() const { return m_path; }

    // Imports. \a build is "GRCh37"/"GRCh38"; ClinVar reads it from ##reference when empty.
    /*! BED with a header naming its columns (MANE genes BED) or plain BED4 (symbol in col 4). */
    Result<KnowledgeImportSummary>
    importGeneBed(const QString &path, const QString &build, const JobContext &job = {});
    /*! GTF (GENCODE/Ensembl) or GFF3: genes, transcripts (MANE Select / canonical tags), exons,
     * CDS. */
    Result<KnowledgeImportSummary>
    importGeneModel(const QString &path, const QString &build, const JobContext &job = {});
    /*! ClinVar VCF (plain or bgzip): CLNSIG, CLNREVSTAT, GENEINFO, CLNHGVS, MC. */
    Result<KnowledgeImportSummary>
    importClinVar(const QString &path, const QString &build = {}, const JobContext &job = {});
    /*! PanelApp TSV (one or more panels) or a panel BED with a "##gene_panel=" header. */
    Result<KnowledgeImportSummary> importPanel(const QString &path, const JobContext &job = {});

    // Queries.
    QList<KnowledgeSource> sources() const;
    /*! One line per source: "ClinVar 2021-10-25 (GRCh38)". */
    QStringList dataVersions() const;
    /*! Genes overlapping [start, end] on \a contig, MANE Select first, then by symbol. */
    QList<GeneRecord>
    genesAt(const QString &build, const QString &contig, qint64 start, qint64 end) const;
    std::optional<ClinVarRecord> clinVar(const QString &build,
                                         const QString &contig,
                                         qint64 position,
                                         const QString &reference,
                                         const QString &alternate) const;
    /*! Gene, region and distance to the nearest exon for a variant. */
    RegionAnnotation annotate(const QString &build,
                              const QString &contig,
                              qint64 position,
                              const QString &reference) const;
    /*! HGNC symbol -> HGNC id of every gene in the gene model (for validating policies). */
    QHash<QString, QString> geneCatalogue() const;
    /*! Genes of a panel (latest imported version when \a version is empty). */
    QList<PanelGene> panelGenes(const QString &panelId, const QString &version = {}) const;
    QList<PanelGene> panels() const; //!< one entry per panel and version (symbol empty)

private:
    explicit KnowledgeStore(QString path, QString connection);
    Result<void> createSchema();
    Result<void> recordSource(const KnowledgeSource &source);

    QString m_path;
    QString m_connection;
};

} // namespace Core
