// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Core {

/*!
 * One entry of the audit log of a case database. Entries are numbered from 1 without gaps;
 * \a hash is the hex SHA-256 of \a previousHash (the hash of entry sequence-1, empty for the
 * first) followed by a newline and canonical(). \a before and \a after are compact JSON of the
 * changed entity (never patient-identifying data in clear; empty when there is none).
 */
struct AuditEntry
{
    qint64 sequence = 0;
    QString actor;  //!< user name, or "system"
    QDateTime time; //!< UTC, millisecond precision
    QString action; //!< "case.create", "review.set", "case.sign", ...
    QString entity; //!< "case:P0001-C1", "review:P0001-C1/6-26092913-G-A", "user:alice"
    QString before;
    QString after;
    QString previousHash;
    QString hash;

    /*! Canonical bytes of the entry (sorted-key compact JSON of every field but the hashes). */
    QByteArray canonical() const;
    /*! The hash this entry must have after \a previousHash. */
    QString computeHash(const QString &previousHash) const;
};

/*! Result of AuditLog::verify(). */
struct AuditVerification
{
    bool intact = true;
    qint64 entries = 0;          //!< entries read
    qint64 firstBadSequence = 0; //!< sequence of the first bad entry (0 when intact)
    QString problem;             //!< translated: what is wrong with that entry
};

/*!
 * Tamper-evident log of every change to a case database: an append-only table whose entries
 * are chained by SHA-256 (see AuditEntry). Entries are written by CaseStore in the same
 * transaction as the change they record; the hash and sequence of the last entry are also kept
 * in the settings table ("audit.tail"), so that cutting entries off the end is detected.
 * SQLite triggers refuse UPDATE and DELETE on the table; verify() catches what is done around
 * them (edited, deleted, reordered, inserted or truncated entries).
 *
 * Limitation: the chain is keyless. Someone who rewrites every later entry and the tail
 * consistently is not detected by verify() alone; compare the tail hash with a copy kept
 * elsewhere (for example the hash printed on a signed report).
 */
class AuditLog final
{
public:
    /*!
     * Checks the audit log of the case database \a path (SQLite file or PostgreSQL URL, see
     * CaseStore::open()) without decrypting anything (no key needed); reads only. Fails only when
     * the file cannot be read as a case database; tampering is reported in the returned value.
     */
    static Result<AuditVerification> verify(const QString &path);
    /*! All entries of the case database \a path, in sequence order. */
    static Result<QList<AuditEntry>> entries(const QString &path);
};

} // namespace Core
