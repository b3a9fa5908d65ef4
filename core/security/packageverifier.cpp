// SPDX-License-Identifier: GPL-3.0-or-later
#include "packageverifier.h"

#include "../common/tr.h"
#include "opensslsupport_p.h"

#include <QFile>
#include <QLoggingCategory>

#include <openssl/err.h>

Q_LOGGING_CATEGORY(lcPackageVerifier, "genomedesk.core.security", QtWarningMsg)

namespace Core {

using namespace OpenSsl;

namespace {

Result<CmsPtr> loadSignature(const QString &path)
{
    const auto bytes = readAll(path, Tr::tr("signature"));
    if (!bytes)
        return bytes.error();
    BioPtr bio = memoryBio(bytes.value());
    CmsPtr cms;
    if (bytes->startsWith("-----BEGIN"))
        cms.reset(PEM_read_bio_CMS(bio.get(), nullptr, nullptr, nullptr));
    else
        cms.reset(d2i_CMS_bio(bio.get(), nullptr));
    const QString details = drainOpenSslErrors();
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
        qCDebug(lcPackageVerifier) << "not a CMS signature:" << details;
        return Error(Error::Code::UnsupportedFormat,
                     Tr::tr("not a detached CMS signature (DER or PEM)"),
                     path);
    }
    if (!CMS_is_detached(cms.get()))
        return Error(Error::Code::UnsupportedFormat,
                     Tr::tr("the signature embeds its content; a detached signature is expected"),
                     path);
    return cms;
}

bool isCertificateError(unsigned long code)
{
    return ERR_GET_LIB(code) == ERR_LIB_CMS
           && (ERR_GET_REASON(code) == CMS_R_CERTIFICATE_VERIFY_ERROR
               || ERR_GET_REASON(code) == CMS_R_SIGNER_CERTIFICATE_NOT_FOUND);
}

} // namespace

Result<QString> PackageVerifier::sha256(const QString &path)
{
    if (const auto error = checkReadable(path, Tr::tr("package")))
        return *error;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::FileUnreadable,
                     Tr::tr("cannot read the package: %1").arg(file.errorString()),
                     path);
    MessageDigestPtr digest(EVP_MD_fetch(nullptr, "SHA256", nullptr));
    DigestContextPtr context(EVP_MD_CTX_new());
    if (!digest || !context || EVP_DigestInit_ex(context.get(), digest.get(), nullptr) != 1) {
        drainOpenSslErrors();
        return Error(Error::Code::Internal, Tr::tr("SHA-256 is not available from OpenSSL"));
    }
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    while (true) {
        const qint64 read = file.read(block.data(), block.size());
        if (read < 0)
            return Error(Error::Code::FileUnreadable,
                         Tr::tr("cannot read the package: %1").arg(file.errorString()),
                         path);
        if (read == 0)
            break;
        if (EVP_DigestUpdate(context.get(), block.constData(), size_t(read)) != 1) {
            drainOpenSslErrors();
            return Error(Error::Code::Internal, Tr::tr("SHA-256 computation failed"));
        }
    }
    unsigned char value[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context.get(), value, &length) != 1) {
        drainOpenSslErrors();
        return Error(Error::Code::Internal, Tr::tr("SHA-256 computation failed"));
    }
    return QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(value), int(length)).toHex());
}

Result<PackageVerification> PackageVerifier::verify(const QString &packagePath,
                                                    const QString &signaturePath,
                                                    const QString &certificatePath)
{
    ERR_clear_error();
    auto digest = sha256(packagePath);
    if (!digest)
        return digest.error();
    auto store = loadTrustedCertificates(certificatePath);
    if (!store)
        return store.error();
    auto cms = loadSignature(signaturePath);
    if (!cms)
        return cms.error();

    PackageVerification result;
    result.sha256 = digest.value();

    BioPtr content(BIO_new_file(QFile::encodeName(packagePath).constData(), "rb"));
    if (!content) {
        drainOpenSslErrors();
        return Error(Error::Code::FileUnreadable, Tr::tr("cannot open the package"), packagePath);
    }
    // Signatures made with -nocerts name their signer only: look for it among the trusted ones.
    X509StackPtr trusted(X509_STORE_get1_all_certs(store->get()));
    const int verified = CMS_verify(
            cms->get(), trusted.get(), store->get(), content.get(), nullptr, CMS_BINARY);
    bool certificateProblem = false;
    for (unsigned long code = ERR_get_error(); code != 0; code = ERR_get_error())
        certificateProblem = certificateProblem || isCertificateError(code);
    if (trusted)
        sk_X509_pop_free(trusted.release(), X509_free);

    if (verified == 1) {
        if (STACK_OF(X509) *signers = CMS_get0_signers(cms->get())) {
            X509StackPtr owner(signers);
            if (sk_X509_num(signers) > 0)
                result.signerSubject = subjectOf(sk_X509_value(signers, 0));
        }
        drainOpenSslErrors();
        result.status = PackageVerification::Status::Valid;
        return result;
    }

    // The signer as the signature names it, also when it is not trusted.
    if (STACK_OF(X509) *included = CMS_get1_certs(cms->get())) {
        if (sk_X509_num(included) > 0)
            result.signerSubject = subjectOf(sk_X509_value(included, 0));
        sk_X509_pop_free(included, X509_free);
    }
    drainOpenSslErrors();
    if (certificateProblem) {
        result.status = PackageVerification::Status::UntrustedSigner;
        result.reason = Tr::tr("the signer (%1) is not the trusted certificate nor issued by it, "
                               "or its certificate is not valid now")
                                .arg(result.signerSubject.isEmpty() ? Tr::tr("unknown")
                                                                    : result.signerSubject);
    } else {
        result.status = PackageVerification::Status::ContentMismatch;
        result.reason = Tr::tr("the package does not match its signature: it was changed after "
                               "signing, or the signature belongs to another file");
    }
    qCDebug(lcPackageVerifier) << "verification failed:" << int(result.status);
    return result;
}

} // namespace Core
