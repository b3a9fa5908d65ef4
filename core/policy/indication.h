// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"

#include <QString>
#include <QStringList>

namespace Core {

/*! One phenotype of the indication: an HPO term ("HP:0001250") and its label as written. */
struct PhenotypeTerm
{
    QString id;    //!< "HP:" and seven digits
    QString label; //!< "Seizure"; may be empty
    bool operator==(const PhenotypeTerm &other) const
    {
        return id == other.id && label == other.label;
    }
};

/*!
 * The case's indication: the genes that the test was ordered for. A reportable variant in
 * one of them is a primary finding; policy genes outside it give secondary findings.
 *
 * The indication may also describe the patient (HPO terms, free text). That is kept for the
 * report and the reason trail, but only genes define primary findings: an indication given
 * as phenotype alone makes every policy finding secondary.
 */
class Indication
{
public:
    QString name;                    //!< panel name and version, or the file name of a list
    QStringList genes;               //!< HGNC symbols, sorted, unique
    QList<PhenotypeTerm> phenotypes; //!< HPO terms in the order given, unique ids
    QString description;             //!< free text ("Indication: ..." lines), may be empty

    /*! True when the indication names no genes (it may still have phenotypes or text). */
    bool isEmpty() const { return genes.isEmpty(); }
    bool hasPhenotype() const { return !phenotypes.isEmpty() || !description.isEmpty(); }
    bool contains(const QString &symbol) const;
    /*! "HP:0001250", "HP:0001263" ... */
    QStringList phenotypeIds() const;

    /*!
     * Reads a gene list or a PanelApp TSV (header with "gene_symbol"; only green genes,
     * confidence 3, are taken). See fromText() for the gene list.
     */
    static Result<Indication> loadFile(const QString &path);
    /*!
     * Parses a gene list: gene symbols one per line or separated by commas/spaces; a line
     * starting with an HPO id ("HP:0001250 Seizure") gives a phenotype with its label; a line
     * "Indication: <text>" (or "Phenotype:", "Text:") gives free text; '#' starts a comment.
     * An id that starts with "HP:" but is not "HP:" and seven digits is an error naming the
     * line, as is a word that is not a gene symbol. \a path is only used in errors.
     */
    static Result<Indication>
    fromText(const QString &text, const QString &name = {}, const QString &path = {});
    static Indication fromGenes(const QStringList &genes, const QString &name = {});
};

} // namespace Core
