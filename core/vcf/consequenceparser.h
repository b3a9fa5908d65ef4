// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Core {

/*! One transcript-level consequence from VEP (`CSQ`) or SnpEff (`ANN`). */
struct TranscriptConsequence
{
    QString allele;      //!< as the annotator wrote it ("A", "-", "TC")
    QString gene;        //!< HGNC symbol
    QString hgncId;      //!< "HGNC:1100" when given
    QString transcript;  //!< "ENST00000357654.9" / "NM_007294.4"
    QString consequence; //!< the most severe Sequence Ontology term of the entry
    QString impact;      //!< HIGH, MODERATE, LOW, MODIFIER
    QString hgvsC;       //!< without the transcript prefix: "c.68_69del"
    QString hgvsP;       //!< without the protein prefix: "p.Glu23ValfsTer17"
    QString biotype;
    bool canonical = false;
    bool maneSelect = false;
};

/*!
 * Parses VEP `CSQ` and SnpEff `ANN` INFO values. The field order is read from the header's
 * Description ("Format: Allele|Consequence|..." for VEP, "Functional annotations: 'Allele |
 * Annotation | ...'" for SnpEff), so any VEP field selection works.
 *
 * One transcript is picked per ALT allele by this documented rule:
 *   1. entries whose Allele matches this ALT (VEP writes indels without the shared first base,
 *      "-" for a deletion; both forms match);
 *   2. the MANE Select transcript (VEP MANE_SELECT/MANE), then the canonical one
 *      (CANONICAL=YES), then the most severe consequence (Ensembl's SO ranking), then a
 *      protein-coding biotype, then the first entry in file order.
 */
class ConsequenceParser final
{
public:
    /*! Returns a parser when \a description declares a known format. */
    static std::optional<ConsequenceParser> fromHeader(const QByteArray &key,
                                                       const QByteArray &description);

    QByteArray key() const { return m_key; }
    QString source() const { return m_source; } //!< "VEP" or "SnpEff"

    /*! All entries of one INFO value (comma separated, fields '|' separated). */
    QList<TranscriptConsequence> parse(const QByteArray &value) const;

    /*! Index into \a entries of the transcript to show for \a alternate, or -1. */
    static int pick(const QList<TranscriptConsequence> &entries,
                    const QByteArray &reference,
                    const QByteArray &alternate);

    /*! Rank of a SO term: 0 is the most severe; unknown terms rank last. */
    static int severity(const QString &term);

private:
    QByteArray m_key;
    QString m_source;
    QStringList m_fields;
    int m_allele = -1;
    int m_consequence = -1;
    int m_impact = -1;
    int m_gene = -1;
    int m_hgncId = -1;
    int m_transcript = -1;
    int m_hgvsC = -1;
    int m_hgvsP = -1;
    int m_biotype = -1;
    int m_canonical = -1;
    int m_mane = -1;
};

} // namespace Core
