// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Core {

/*!
 * Contig naming: files use "chr1"/"chrM" (UCSC, GRCh38 pipelines) or "1"/"MT" (Ensembl,
 * GRCh37). canonicalContig() maps both to the bare form ("1".."22", "X", "Y", "MT") so that
 * a case, a cache and a gene model can be matched whatever their style. Other names
 * (alternate loci, decoys) are returned unchanged.
 */
QString canonicalContig(const QString &name);
QByteArray canonicalContig(const QByteArray &name);

/*! True for chromosomes 1–22, X, Y and MT in either naming style. */
bool isPrimaryContig(const QString &name);

/*! Sex chromosomes and the mitochondrion, after canonicalContig(). */
bool isChromosomeX(const QString &name);
bool isChromosomeY(const QString &name);

/*!
 * Sort rank of a contig in karyotype order (1..22, X, Y, MT, then others), for ordering
 * variants of files whose header order is not karyotypic.
 */
int contigRank(const QString &name);

} // namespace Core
