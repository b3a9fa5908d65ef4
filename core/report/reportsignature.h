// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Core {

/*! Who signs (or signed) a report: from the signer's X.509 certificate. */
struct SignerInfo
{
    QString commonName;        //!< subject CN
    QString organization;      //!< subject O; may be empty
    QString subject;           //!< the whole subject, RFC 2253
    QDateTime notBefore;       //!< UTC
    QDateTime notAfter;        //!< UTC
    QString certificateSha256; //!< SHA-256 of the DER certificate, lower-case hex
};

/*! The outcome of checking a report against its detached signature. */
struct SignatureVerification
{
    enum class Reason {
        Valid,
        ContentChanged,         //!< the PDF differs from the signed one
        UnknownSigner,          //!< the signer is not, and is not issued by, a trusted certificate
        CertificateExpired,     //!< the signer's certificate had expired at the signing time
        CertificateNotYetValid, //!< the signer's certificate was not yet valid at the signing time
        MalformedSignature,     //!< not a detached CMS signature, damaged, or not verifiable
    };

    bool valid = false;
    Reason reason = Reason::MalformedSignature;
    QString message;       //!< translated, one line; says why when not valid
    SignerInfo signer;     //!< empty when the signer could not be identified
    QDateTime signingTime; //!< UTC, the signed signingTime attribute; invalid when absent
    QString contentSha256; //!< SHA-256 of the checked PDF bytes, lower-case hex
};

/*!
 * Detached CMS (PKCS#7) signatures of report PDFs, made with the geneticist's certificate
 * and key from a PKCS#12 file (OpenSSL 3). Thread-safe: no shared state.
 *
 * Time rule: a signature is judged at its signing time, the signingTime attribute that sign()
 * puts among the signed attributes. A report signed while the certificate was valid stays
 * valid after the certificate expires (reports are kept for decades), and one made with an
 * expired certificate stays invalid. The signing time is the signer's own claim (there is no
 * time-stamping authority), so a signing time later than the verification time is rejected.
 */
class ReportSignature
{
public:
    /*!
     * The DER-encoded detached CMS signature (SHA-256, signer certificate and its chain from
     * the PKCS#12 file included, signingTime = \a signingTime or now when invalid) of
     * \a pdfBytes. Errors: unreadable or malformed PKCS#12 file, wrong passphrase, a
     * certificate that is not valid at the signing time, OpenSSL failures.
     */
    static Result<QByteArray> sign(const QByteArray &pdfBytes,
                                   const QString &pkcs12Path,
                                   const QString &passphrase,
                                   const QDateTime &signingTime = {});

    /*! The signer of a PKCS#12 file, so a report can print it before it is signed. */
    static Result<SignerInfo> signerOf(const QString &pkcs12Path, const QString &passphrase);

    /*!
     * Checks \a pdfBytes against \a signature (DER, or PEM "-----BEGIN CMS/PKCS7") with the
     * trusted certificates of \a trustedCaPemPath (PEM, one or more; the signer must be one of
     * them or chain up to one). \a at is the verification time (normally now): used when the
     * signature has no signing time, and to reject signing times in the future.
     *
     * Returns an error only when the trusted certificate file cannot be used; every problem
     * of the signature or the PDF is a verification result that is not valid.
     */
    static Result<SignatureVerification> verify(const QByteArray &pdfBytes,
                                                const QByteArray &signature,
                                                const QString &trustedCaPemPath,
                                                const QDateTime &at);
};

} // namespace Core
