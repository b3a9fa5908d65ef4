// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"

#include <QByteArray>
#include <QString>

namespace Core {

/*! Cost parameters of scrypt (RFC 7914). The defaults need 32 MiB and about 0.1 s. */
struct ScryptParameters
{
    quint64 n = quint64(1) << 15; //!< CPU/memory cost, a power of 2
    quint64 r = 8;                //!< block size
    quint64 p = 1;                //!< parallelism
};

/*!
 * Encrypts single field values (a patient's name, birth date, identifiers) with AES-256-GCM
 * through OpenSSL EVP. Every value gets its own random 96-bit nonce; the stored form is
 * "version byte (1) | nonce (12) | ciphertext | tag (16)". Associated data (for example the
 * column name and the patient's pseudonym) binds a value to its place, so that ciphertexts
 * cannot be swapped between rows or columns unnoticed.
 *
 * The 256-bit key comes from a passphrase through scrypt with a per-install salt
 * (deriveKey()) or from a key file of 32 raw bytes or 64 hex digits, readable by its owner
 * only (readKeyFile()). A key check value (keyCheckValue()) stored next to the salt lets a
 * wrong passphrase be refused clearly instead of producing garbage.
 *
 * A plain value; const methods are thread-safe. The key is wiped when the object dies.
 */
class FieldCipher
{
public:
    static constexpr int kKeySize = 32;
    static constexpr int kNonceSize = 12;
    static constexpr int kTagSize = 16;

    FieldCipher() = default;
    /*! \a key must be kKeySize bytes; otherwise the cipher is invalid. */
    explicit FieldCipher(const QByteArray &key);
    ~FieldCipher();
    FieldCipher(const FieldCipher &other) = default;
    FieldCipher &operator=(const FieldCipher &other) = default;

    bool isValid() const { return m_key.size() == kKeySize; }

    /*! Encrypts \a plaintext; empty on an OpenSSL failure (not expected). */
    QByteArray encrypt(const QByteArray &plaintext, const QByteArray &associatedData = {}) const;
    QByteArray encrypt(const QString &plaintext, const QByteArray &associatedData = {}) const
    {
        return encrypt(plaintext.toUtf8(), associatedData);
    }
    /*! Decrypts what encrypt() wrote; fails when the key, the data or the tag is wrong. */
    Result<QByteArray> decrypt(const QByteArray &sealed,
                               const QByteArray &associatedData = {}) const;
    Result<QString> decryptString(const QByteArray &sealed,
                                  const QByteArray &associatedData = {}) const;

    /*!
     * A separate 32-byte key for another purpose, HMAC-SHA-256(key, \a label): the audit log's
     * MAC key is derived with its own label, so it never equals the encryption key. Empty when
     * the cipher is invalid.
     */
    QByteArray deriveSubkey(const QByteArray &label) const;

    /*! A value to store with the salt: proves later that a key is the right one. */
    QByteArray keyCheckValue() const;
    /*! True when this key made \a keyCheckValue. */
    bool matches(const QByteArray &keyCheckValue) const;

    /*! scrypt(passphrase, salt) -> 32-byte key. Fails on an empty passphrase. */
    static Result<QByteArray> deriveKey(const QString &passphrase,
                                        const QByteArray &salt,
                                        const ScryptParameters &parameters = {});
    /*!
     * Reads a key file: 32 raw bytes, or 64 hex digits (whitespace ignored). Refused when the
     * file can be read by group or others (it must be 0600 or 0400).
     */
    static Result<QByteArray> readKeyFile(const QString &path);
    /*! Writes a new random key file (64 hex digits) with permissions 0600. */
    static Result<void> writeKeyFile(const QString &path);
    /*! Cryptographically random bytes (OpenSSL RAND_bytes). */
    static QByteArray randomBytes(int count);

private:
    QByteArray m_key;
};

} // namespace Core
