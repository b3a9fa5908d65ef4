// SPDX-License-Identifier: GPL-3.0-or-later
#include "consequenceparser.h"

#include <QHash>
#include <QUrl>

namespace Core {

namespace {

// Ensembl VEP's consequence ranking, most severe first, with SnpEff's own SO terms slotted in
// beside their VEP equivalents.
const char *const kSeverityOrder[] = {
        "transcript_ablation",
        "exon_loss_variant",
        "splice_acceptor_variant",
        "splice_donor_variant",
        "stop_gained",
        "frameshift_variant",
        "stop_lost",
        "start_lost",
        "transcript_amplification",
        "feature_elongation",
        "feature_truncation",
        "inframe_insertion",
        "disruptive_inframe_insertion",
        "conservative_inframe_insertion",
        "inframe_deletion",
        "disruptive_inframe_deletion",
        "conservative_inframe_deletion",
        "missense_variant",
        "protein_altering_variant",
        "splice_donor_5th_base_variant",
        "splice_region_variant",
        "splice_donor_region_variant",
        "splice_polypyrimidine_tract_variant",
        "incomplete_terminal_codon_variant",
        "start_retained_variant",
        "stop_retained_variant",
        "initiator_codon_variant",
        "synonymous_variant",
        "coding_sequence_variant",
        "mature_miRNA_variant",
        "5_prime_UTR_premature_start_codon_gain_variant",
        "5_prime_UTR_variant",
        "3_prime_UTR_variant",
        "non_coding_transcript_exon_variant",
        "non_coding_exon_variant",
        "intron_variant",
        "NMD_transcript_variant",
        "non_coding_transcript_variant",
        "coding_transcript_variant",
        "upstream_gene_variant",
        "downstream_gene_variant",
        "TFBS_ablation",
        "TFBS_amplification",
        "TF_binding_site_variant",
        "regulatory_region_ablation",
        "regulatory_region_amplification",
        "regulatory_region_variant",
        "intragenic_variant",
        "intergenic_region",
        "intergenic_variant",
        "sequence_feature",
        "sequence_variant",
};

QString stripPrefix(const QString &hgvs)
{
    // "ENST00000357654.9:c.68_69del" -> "c.68_69del"; SnpEff writes "c.68_69del" already.
    const int colon = hgvs.lastIndexOf(QLatin1Char(':'));
    return colon >= 0 ? hgvs.mid(colon + 1) : hgvs;
}

QString field(const QList<QByteArray> &values, int index)
{
    if (index < 0 || index >= values.size())
        return QString();
    // VEP percent-encodes ',', ';', '=' and '|' inside values (e.g. HGVSp's %3D).
    const QByteArray value = values.at(index).trimmed();
    return value.contains('%') ? QUrl::fromPercentEncoding(value) : QString::fromUtf8(value);
}

} // namespace

int ConsequenceParser::severity(const QString &term)
{
    static const QHash<QString, int> ranks = [] {
        QHash<QString, int> map;
        int rank = 0;
        for (const char *name : kSeverityOrder)
            map.insert(QString::fromLatin1(name), rank++);
        return map;
    }();
    return ranks.value(term, int(std::size(kSeverityOrder)));
}

std::optional<ConsequenceParser> ConsequenceParser::fromHeader(const QByteArray &key,
                                                               const QByteArray &description)
{
    ConsequenceParser parser;
    parser.m_key = key;
    QByteArray format;
    const int vep = description.indexOf("Format:");
    const int snpEff = description.indexOf("Functional annotations:");
    if (vep >= 0) {
        format = description.mid(vep + 7);
        parser.m_source = QStringLiteral("VEP");
    } else if (snpEff >= 0) {
        format = description.mid(snpEff + 23);
        parser.m_source = QStringLiteral("SnpEff");
    } else {
        return std::nullopt;
    }
    format = format.trimmed();
    while (!format.isEmpty() && (format.front() == '\'' || format.front() == '"'))
        format.remove(0, 1);
    while (!format.isEmpty() && (format.back() == '\'' || format.back() == '"'))
        format.chop(1);

    const QList<QByteArray> names = format.split('|');
    for (int i = 0; i < names.size(); ++i) {
        const QString name = QString::fromUtf8(names.at(i).trimmed());
        parser.m_fields.append(name);
        auto set = [&](int &slot) {
            if (slot < 0)
                slot = i;
        };
        if (name == QLatin1String("Allele"))
            set(parser.m_allele);
        else if (name == QLatin1String("Consequence") || name == QLatin1String("Annotation"))
            set(parser.m_consequence);
        else if (name == QLatin1String("IMPACT") || name == QLatin1String("Annotation_Impact"))
            set(parser.m_impact);
        else if (name == QLatin1String("SYMBOL") || name == QLatin1String("Gene_Name"))
            set(parser.m_gene);
        else if (name == QLatin1String("HGNC_ID"))
            set(parser.m_hgncId);
        else if (name == QLatin1String("Feature") || name == QLatin1String("Feature_ID"))
            set(parser.m_transcript);
        else if (name == QLatin1String("HGVSc") || name == QLatin1String("HGVS.c"))
            set(parser.m_hgvsC);
        else if (name == QLatin1String("HGVSp") || name == QLatin1String("HGVS.p"))
            set(parser.m_hgvsP);
        else if (name == QLatin1String("BIOTYPE") || name == QLatin1String("Transcript_BioType"))
            set(parser.m_biotype);
        else if (name == QLatin1String("CANONICAL"))
            set(parser.m_canonical);
        else if (name == QLatin1String("MANE_SELECT") || name == QLatin1String("MANE"))
            set(parser.m_mane);
    }
    if (parser.m_allele < 0 || parser.m_consequence < 0)
        return std::nullopt;
    return parser;
}

QList<TranscriptConsequence> ConsequenceParser::parse(const QByteArray &value) const
{
    QList<TranscriptConsequence> entries;
    for (const QByteArray &entry : value.split(',')) {
        if (entry.isEmpty() || entry == ".")
            continue;
        const QList<QByteArray> values = entry.split('|');
        TranscriptConsequence consequence;
        consequence.allele = field(values, m_allele);
        // "stop_gained&splice_region_variant": keep the most severe term.
        const QStringList terms
                = field(values, m_consequence).split(QLatin1Char('&'), Qt::SkipEmptyParts);
        for (const QString &term : terms) {
            if (consequence.consequence.isEmpty()
                || severity(term) < severity(consequence.consequence))
                consequence.consequence = term;
        }
        consequence.impact = field(values, m_impact);
        consequence.gene = field(values, m_gene);
        consequence.hgncId = field(values, m_hgncId);
        if (!consequence.hgncId.isEmpty() && !consequence.hgncId.startsWith(QLatin1String("HGNC:")))
            consequence.hgncId.prepend(QLatin1String("HGNC:"));
        consequence.transcript = field(values, m_transcript);
        consequence.hgvsC = stripPrefix(field(values, m_hgvsC));
        consequence.hgvsP = stripPrefix(field(values, m_hgvsP));
        consequence.biotype = field(values, m_biotype);
        consequence.canonical = field(values, m_canonical) == QLatin1String("YES");
        consequence.maneSelect = !field(values, m_mane).isEmpty();
        entries.append(consequence);
    }
    return entries;
}

int ConsequenceParser::pick(const QList<TranscriptConsequence> &entries,
                            const QByteArray &reference,
                            const QByteArray &alternate)
{
    // VEP drops the first base when REF and ALT share it; a deletion then becomes "-".
    QString stripped;
    if (!reference.isEmpty() && !alternate.isEmpty() && reference.at(0) == alternate.at(0)
        && reference.size() != alternate.size()) {
        stripped = QString::fromLatin1(alternate.mid(1));
        if (stripped.isEmpty())
            stripped = QStringLiteral("-");
    }
    const QString exact = QString::fromLatin1(alternate);

    int best = -1;
    auto better = [&](const TranscriptConsequence &a, const TranscriptConsequence &b) {
        if (a.maneSelect != b.maneSelect)
            return a.maneSelect;
        if (a.canonical != b.canonical)
            return a.canonical;
        const int severityA = severity(a.consequence);
        const int severityB = severity(b.consequence);
        if (severityA != severityB)
            return severityA < severityB;
        const bool codingA = a.biotype == QLatin1String("protein_coding");
        const bool codingB = b.biotype == QLatin1String("protein_coding");
        return codingA && !codingB;
    };
    for (int i = 0; i < entries.size(); ++i) {
        const QString &allele = entries.at(i).allele;
        if (allele != exact && (stripped.isEmpty() || allele != stripped))
            continue;
        if (best < 0 || better(entries.at(i), entries.at(best)))
            best = i;
    }
    return best;
}

} // namespace Core
