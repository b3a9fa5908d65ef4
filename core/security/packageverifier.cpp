// SPDX-License-Identifier: GPL-3.0-or-later
#include "packageverifier.h"

#include "../common/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <memory>
#include <optional>

// pem.h first: cms.h declares PEM_read_bio_CMS only when pem.h was included before it.
#include <openssl/pem.h>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

Q_LOGGING_CATEGORY(lcPackageVerifier, "genomedesk.core.security", QtWarningMsg)

namespace Core {

namespace {

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free_all(bio); }
};
struct CmsDeleter
{
    void operator()(CMS_ContentInfo *cms) const { CMS_ContentInfo_free(cms); }
};
struct X509Deleter
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};
struct X509StoreDeleter
{
    void operator()(X509_STORE *store) const { X509_STORE_free(store); }
};
struct X509StackDeleter
{
    void operator()(STACK_OF(X509) * stack) const { sk_X509_free(stack); }
};
struct MessageDigestDeleter
{
    void operator()(EVP_MD *digest) const { EVP_MD_free(digest); }
};
struct DigestContextDeleter
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, CmsDeleter>;
using X509Ptr = std::unique_ptr<X509, X509Deleter>;
using X509StorePtr = std::unique_ptr<X509_STORE, X509StoreDeleter>;
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackDeleter>;
using MessageDigestPtr = std::unique_ptr<EVP_MD, MessageDigestDeleter>;
using DigestContextPtr = std::unique_ptr<EVP_MD_CTX, DigestContextDeleter>;

/*! Empties OpenSSL's thread-local error queue; returns its entries for the log. */
QString drainOpenSslErrors()
{
    QString text;
    unsigned long code = 0;
    const char *data = nullptr;
    int flags = 0;
    while ((code = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) != 0) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        if (!text.isEmpty())
            text += QStringLiteral("; ");
        text += QString::fromLatin1(buffer);
        if ((flags & ERR_TXT_STRING) && data && *data)
            text += QStringLiteral(" (%1)").arg(QString::fromUtf8(data));
    }
    return text;
}

std::optional<Error> checkReadable(const QString &path, const QString &what)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(Error::Code::FileNotFound, Tr::tr("%1 not found").arg(what), path);
    if (!info.isFile() || !info.isReadable())
        return Error(
                Error::Code::FileUnreadable, Tr::tr("%1 is not a readable file").arg(what), path);
    return std::nullopt;
}

Result<QByteArray> readAll(const QString &path, const QString &what)
{
    if (const auto error = checkReadable(path, what))
        return *error;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::FileUnreadable,
                     Tr::tr("cannot read the %1: %2").arg(what, file.errorString()),
                     path);
    // Signatures and certificates are small; refuse anything that is clearly not one.
    if (file.size() > 16 * 1024 * 1024)
        return Error(Error::Code::UnsupportedFormat, Tr::tr("the %1 is too large").arg(what), path);
    return file.readAll();
}

BioPtr memoryBio(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

QString subjectOf(X509 *certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio
        || X509_NAME_print_ex(bio.get(), X509_get_subject_name(certificate), 0, XN_FLAG_RFC2253)
                   < 0)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, int(size));
}

/*! All certificates of a PEM file (or the one certificate of a DER file) in a new store. */
Result<X509StorePtr> loadTrustedCertificates(const QString &path)
{
    const auto bytes = readAll(path, Tr::tr("certificate"));
    if (!bytes)
        return bytes.error();
    X509StorePtr store(X509_STORE_new());
    if (!store)
        return Error(Error::Code::Internal, Tr::tr("out of memory"));
    int count = 0;
    BioPtr bio = memoryBio(bytes.value());
    while (X509 *certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        X509Ptr owner(certificate);
        if (X509_STORE_add_cert(store.get(), certificate) != 1) {
            drainOpenSslErrors();
            return Error(Error::Code::UnsupportedFormat,
                         Tr::tr("cannot use a certificate of the trusted certificate file"),
                         path);
        }
        ++count;
    }
    drainOpenSslErrors(); // the loop ends with "no start line"
    if (count == 0) {
        BioPtr der = memoryBio(bytes.value());
        X509Ptr certificate(d2i_X509_bio(der.get(), nullptr));
        drainOpenSslErrors();
        if (certificate && X509_STORE_add_cert(store.get(), certificate.get()) == 1)
            ++count;
    }
    if (count == 0)
        return Error(Error::Code::UnsupportedFormat,
                     Tr::tr("the trusted certificate file holds no X.509 certificate (PEM or DER)"),
                     path);
    // Hospitals sign with code-signing or general certificates: do not require S/MIME use.
    X509_STORE_set_purpose(store.get(), X509_PURPOSE_ANY);
    // A trusted certificate may be the signer's own (pinned) rather than a root CA.
    X509_STORE_set_flags(store.get(), X509_V_FLAG_PARTIAL_CHAIN);
    return store;
}

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
