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
    /*!
     * Hex HMAC-SHA-256 of "genomedesk-audit-entry\n" + hash under the audit key (derived from
     * the case database key); empty for entries written before schema 3.
     */
    QString mac;

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
    /*!
     * True when the keyed check (the entries' HMACs under the audit key) was done as well;
     * false when verified without the key (hash chain only).
     */
    bool keyChecked = false;
    qint64 keyedFrom = 0; //!< first entry that carries an HMAC (0: none yet / not checked)
};

/*!
 * Tamper-evident log of every change to a case database: an append-only table whose entries
 * are chained by SHA-256 (see AuditEntry). Entries are written by CaseStore in the same
 * transaction as the change they record; the hash and sequence of the last entry are also kept
 * in the settings table ("audit.tail"), so that cutting entries off the end is detected.
 * SQLite triggers refuse UPDATE and DELETE on the table; verify() catches what is done around
 * them (edited, deleted, reordered, inserted or truncated entries).
 *
 * Keyed check (schema 3): every entry also carries an HMAC-SHA-256 of its hash under a key
 * derived from the case database key (FieldCipher::deriveSubkey, its own label), and the tail
 * and the first keyed entry are MACed too. Someone who rewrites an entry and every later one
 * and the tail consistently passes the keyless chain check, but not the keyed one:
 * CaseStore::verifyAudit() (which has the key) detects it. verify() here has no key and checks
 * the hash chain only (AuditVerification::keyChecked is false). Entries written before the
 * database reached schema 3 have no HMAC and are covered by the chain only.
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
