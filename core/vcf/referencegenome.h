// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace Core {

/*!
 * Random access to a reference FASTA (`.fa` with its `.fai`, or bgzipped with `.gzi`)
 * through htslib faidx. Contig names are matched as given first, then in the other naming
 * style ("chr1" <-> "1"). One instance per thread.
 */
class ReferenceGenome final
{
public:
    ~ReferenceGenome();
    ReferenceGenome(ReferenceGenome &&) noexcept;
    ReferenceGenome &operator=(ReferenceGenome &&) noexcept;

    /*! Opens \a path; builds the .fai when missing and the directory is writable. */
    static Result<ReferenceGenome> open(const QString &path);

    QString path() const;
    bool hasContig(const QByteArray &contig) const;
    /*!
     * Bases [start, end] (1-based, inclusive), upper case. Empty when the contig is unknown or
     * the range lies outside it.
     */
    QByteArray sequence(const QByteArray &contig, qint64 start, qint64 end) const;

private:
    ReferenceGenome();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Core
