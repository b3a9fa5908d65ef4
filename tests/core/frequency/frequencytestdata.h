// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper: writes a deterministic gnomAD-like sites VCF (GRCh38 contig lengths).

#include <QByteArray>
#include <QFile>
#include <QRandomGenerator>
#include <QString>

#include <initializer_list>

namespace FrequencyTestData {

/*!
 * Writes \a sitesPerContig SNV sites on each of chr1 and chr2 with AC/AN/nhomalt for the
 * whole source and for afr and nfe. Returns false when the file cannot be written.
 */
inline bool writeSites(const QString &path, int sitesPerContig, quint32 seed = 1)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray text = "##fileformat=VCFv4.2\n"
                      "##contig=<ID=chr1,length=248956422>\n"
                      "##contig=<ID=chr2,length=242193529>\n";
    for (const char *group : {"", "_afr", "_nfe"}) {
        text += QByteArray("##INFO=<ID=AC") + group
                + ",Number=A,Type=Integer,Description=\"Alternate allele count\">\n";
        text += QByteArray("##INFO=<ID=AN") + group
                + ",Number=1,Type=Integer,Description=\"Total number of alleles\">\n";
        text += QByteArray("##INFO=<ID=nhomalt") + group
                + ",Number=A,Type=Integer,Description=\"Homozygous individuals\">\n";
    }
    text += "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n";
    QRandomGenerator random(seed);
    const char bases[] = "ACGT";
    for (const char *contig : {"chr1", "chr2"}) {
        qint64 position = 10000;
        for (int i = 0; i < sitesPerContig; ++i) {
            position += 1 + random.bounded(60);
            const int reference = random.bounded(4);
            const int alternate = (reference + 1 + random.bounded(3)) % 4;
            const int afr = random.bounded(6);
            const int nfe = random.bounded(10) == 0 ? random.bounded(500) : random.bounded(3);
            const int anAfr = 40000 - random.bounded(200);
            const int anNfe = 110000 - random.bounded(500);
            const int homAfr = afr > 3 ? 1 : 0;
            const int homNfe = nfe > 100 ? nfe / 50 : 0;
            text += contig;
            text += '\t' + QByteArray::number(position) + "\t.\t" + bases[reference] + '\t'
                    + bases[alternate] + "\t.\tPASS\tAC=" + QByteArray::number(afr + nfe)
                    + ";AN=" + QByteArray::number(anAfr + anNfe)
                    + ";nhomalt=" + QByteArray::number(homAfr + homNfe)
                    + ";AC_afr=" + QByteArray::number(afr) + ";AN_afr=" + QByteArray::number(anAfr)
                    + ";nhomalt_afr=" + QByteArray::number(homAfr)
                    + ";AC_nfe=" + QByteArray::number(nfe) + ";AN_nfe=" + QByteArray::number(anNfe)
                    + ";nhomalt_nfe=" + QByteArray::number(homNfe) + '\n';
            if (text.size() > (1 << 22)) {
                if (file.write(text) != text.size())
                    return false;
                text.clear();
            }
        }
    }
    return file.write(text) == text.size();
}

/*!
 * The header of a small GRCh38 sites or case file: `##fileformat`, `##reference`, the
 * \a contigs (of chr1, chr2, chr3) and INFO AC and AN, with \a nhomalt also nhomalt.
 */
inline QByteArray countsHeader(std::initializer_list<const char *> contigs, bool nhomalt)
{
    QByteArray text = "##fileformat=VCFv4.2\n##reference=GRCh38\n";
    for (const char *contig : contigs) {
        const QByteArray name(contig);
        const char *length = name == "chr1"   ? "248956422"
                             : name == "chr2" ? "242193529"
                                              : "198295559"; // chr3
        text += "##contig=<ID=" + name + ",length=" + length + ">\n";
    }
    text += "##INFO=<ID=AC,Number=A,Type=Integer,Description=\"AC\">\n"
            "##INFO=<ID=AN,Number=1,Type=Integer,Description=\"AN\">\n";
    if (nhomalt)
        text += "##INFO=<ID=nhomalt,Number=A,Type=Integer,Description=\"hom\">\n";
    return text;
}

/*! The column line of a sites file. */
inline QByteArray sitesColumns()
{
    return "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n";
}

/*! FORMAT/GT and the column line of a one-sample case (CASE1). */
inline QByteArray caseColumns()
{
    return "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
           "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tCASE1\n";
}

/*! A small deterministic generator (linear congruential) of numbers 0-999 for test files. */
class Draws
{
public:
    explicit Draws(quint32 seed)
        : m_state(seed)
    {}
    quint32 next()
    {
        m_state = m_state * 1103515245u + 12345u;
        return (m_state >> 8) % 1000;
    }

private:
    quint32 m_state;
};

} // namespace FrequencyTestData
