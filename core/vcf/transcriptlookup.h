// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/jobcontext.h"
#include "../common/result.h"
#include "consequenceparser.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Core {

/*! Size and modification time of a file: tells whether it changed since it was read. */
struct FileStamp
{
    qint64 size = -1;
    qint64 modifiedMilliseconds = -1; //!< since the epoch, UTC

    bool isValid() const { return size >= 0; }
    /*! The stamp of \a path now; invalid when the file does not exist. */
    static FileStamp of(const QString &path);
    bool operator==(const FileStamp &other) const
    {
        return size == other.size && modifiedMilliseconds == other.modifiedMilliseconds;
    }
    bool operator!=(const FileStamp &other) const { return !(*this == other); }
};

/*! Which variant's transcripts to read, as the VariantStore holds it. */
struct TranscriptQuery
{
    QString path;            //!< the case's VCF/BCF
    FileStamp loadedStamp;   //!< the file when the case was loaded; invalid: not checked
    QByteArray contig;       //!< as in the file
    qint64 position = 0;     //!< 1-based, after trimming (and left-alignment)
    QByteArray reference;    //!< after splitting and trimming
    QByteArray alternate;    //!< after splitting and trimming
    bool trimAlleles = true; //!< as VcfReader::Options::trimAlleles at load time
    QString referenceFasta;  //!< as VcfReader::Options::referenceFasta at load time
    /*!
     * Where an index of a bgzipped file without its own .tbi/.csi is built and kept
     * (never next to the patient's file); empty: such a file is scanned from the start.
     */
    QString indexCacheDirectory;
};

/*! Every transcript that VEP or SnpEff annotated for one ALT allele. */
struct TranscriptList
{
    enum class Access {
        FileIndex,   //!< the file's own .tbi/.csi
        CachedIndex, //!< an index built earlier into the cache directory
        BuiltIndex,  //!< an index built now into the cache directory
        Scan,        //!< read from the start (uncompressed, plain gzip, or no cache)
    };

    QString source; //!< "VEP" or "SnpEff"
    QString key;    //!< "CSQ" or "ANN"
    /*! The entries of this ALT allele, in file order. */
    QList<TranscriptConsequence> transcripts;
    int picked = -1;           //!< index into transcripts chosen by ConsequenceParser::pick()
    qint64 recordPosition = 0; //!< POS of the record in the file (before trimming)
    Access access = Access::Scan;
};

/*!
 * Reads the VEP `CSQ` / SnpEff `ANN` transcripts of one variant from the case's file on
 * demand (the store keeps only the picked one). The record is found with the file's .tbi/.csi
 * when present (a region query around the position, as trimming and left-alignment move POS),
 * else with a CSI index (min_shift 14) built into TranscriptQuery::indexCacheDirectory and
 * reused while the file's size and modification time are unchanged (while it is built, \a job
 * gets the bytes of the file read so far of its size, and a cancel stops it), else by reading the
 * file from the start (uncompressed or plain gzip VCF). A record matches when one of its ALT
 * alleles, split and trimmed (and left-aligned) as VcfReader does, equals the query.
 *
 * Errors: the file is gone or changed since it was loaded, no CSQ/ANN in the header, the
 * record is not in the file, the file cannot be read; Error::Code::Cancelled when \a job is
 * cancelled. Reentrant; logs no patient data.
 */
class TranscriptLookup final
{
public:
    static Result<TranscriptList> find(const TranscriptQuery &query,
                                       const JobContext &job = JobContext());

    /*! The rule that picks the transcript the variant table shows, translated. */
    static QString pickRule();

    /*! The cached index of \a path in \a directory (named by a hash of the absolute path). */
    static QString cachedIndexPath(const QString &path, const QString &directory);
};

} // namespace Core
