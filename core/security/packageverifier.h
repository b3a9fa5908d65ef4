// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"

#include <QByteArray>
#include <QString>

namespace Core {

/*! The outcome of checking one package against its detached signature. */
struct PackageVerification
{
    enum class Status {
        Valid,           //!< the signature covers exactly this file and the signer is trusted
        ContentMismatch, //!< the file differs from what was signed (tampered, or wrong file)
        UntrustedSigner, //!< the signature is intact but its signer is not the trusted certificate
                         //!< nor issued by it (or the certificate has expired)
    };

    Status status = Status::ContentMismatch;
    QString reason;        //!< translated, one line; empty when valid
    QString signerSubject; //!< RFC 2253 subject of the signing certificate (when known)
    QString sha256;        //!< SHA-256 of the package file, lower-case hex
    bool isValid() const { return status == Status::Valid; }
};

/*!
 * Checks an installer package (.deb, .rpm, .tar.gz, SHA256SUMS, ...) against a detached CMS
 * signature (DER or PEM, as written by `openssl cms -sign -binary` or packaging/sign.sh) and a
 * trusted certificate file (PEM, one or more certificates, or one DER certificate).
 *
 * The signer must be one of the trusted certificates or chain up to one of them; the
 * certificate's purpose is not restricted (a hospital may use a code-signing or a general
 * certificate). Uses OpenSSL 3 (CMS and EVP); reads the package as a stream, so large files
 * are fine. Thread-safe: no shared state.
 */
class PackageVerifier
{
public:
    /*!
     * Returns an error when a file cannot be read or is not a signature/certificate at all
     * (code FileNotFound, FileUnreadable or UnsupportedFormat); otherwise the verification,
     * which may be a failure (see PackageVerification::status).
     */
    static Result<PackageVerification> verify(const QString &packagePath,
                                              const QString &signaturePath,
                                              const QString &certificatePath);

    /*! SHA-256 of a file as lower-case hex, computed with EVP in 1 MiB blocks. */
    static Result<QString> sha256(const QString &path);
};

} // namespace Core
