// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"

#include <QString>
#include <QStringList>

namespace Core {

/*!
 * The case's indication: the genes that the test was ordered for. A reportable variant in
 * one of them is a primary finding; policy genes outside it give secondary findings.
 */
class Indication
{
public:
    QString name;      //!< panel name and version, or the file name of a gene list
    QStringList genes; //!< HGNC symbols, sorted, unique

    bool isEmpty() const { return genes.isEmpty(); }
    bool contains(const QString &symbol) const;

    /*!
     * Reads a gene list (one symbol per line or separated by commas/spaces, '#' comments) or a
     * PanelApp TSV (header with "gene_symbol"; only green genes, confidence 3, are taken).
     */
    static Result<Indication> loadFile(const QString &path);
    static Indication fromGenes(const QStringList &genes, const QString &name = {});
};

} // namespace Core
