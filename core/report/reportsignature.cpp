// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsignature.h"

#include "../common/tr.h"
#include "../security/opensslsupport_p.h"

#include <QLoggingCategory>
#include <QTimeZone>

#include <ctime>

#include <openssl/asn1.h>
#include <openssl/err.h>
#include <openssl/objects.h>

Q_LOGGING_CATEGORY(lcReportSignature, "genomedesk.core.report.signature", QtWarningMsg)

namespace Core {

using namespace OpenSsl;

namespace {

// A signing time this much after the verification time is accepted (clock skew).
constexpr qint64 kClockSkewSeconds = 300;

struct SignerKey
{
    PrivateKeyPtr key;
    X509Ptr certificate;
    X509OwningStackPtr chain;
};

QDateTime toDateTime(const ASN1_TIME *time)
{
    struct tm value = {};
    if (!time || ASN1_TIME_to_tm(time, &value) != 1)
        return {};
    return QDateTime(QDate(value.tm_year + 1900, value.tm_mon + 1, value.tm_mday),
                     QTime(value.tm_hour, value.tm_min, value.tm_sec),
                     QTimeZone::utc());
}

QString nameEntry(X509_NAME *name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(
            &utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    if (length < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

SignerInfo signerInfoOf(X509 *certificate)
{
    SignerInfo info;
    X509_NAME *subject = X509_get_subject_name(certificate);
    info.commonName = nameEntry(subject, NID_commonName);
    info.organization = nameEntry(subject, NID_organizationName);
    info.subject = subjectOf(certificate);
    info.notBefore = toDateTime(X509_get0_notBefore(certificate));
    info.notAfter = toDateTime(X509_get0_notAfter(certificate));
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(certificate, EVP_sha256(), digest, &length) == 1)
        info.certificateSha256 = QString::fromLatin1(
                QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
    return info;
}

Result<SignerKey> loadPkcs12(const QString &path, const QString &passphrase)
{
    ERR_clear_error();
    const auto bytes = readAll(path, Tr::tr("PKCS#12 file"));
    if (!bytes)
        return bytes.error();
    BioPtr bio = memoryBio(bytes.value());
    Pkcs12Ptr pkcs12(d2i_PKCS12_bio(bio.get(), nullptr));
    if (!pkcs12) {
        qCDebug(lcReportSignature) << "not PKCS#12:" << drainOpenSslErrors();
        return Error(Error::Code::UnsupportedFormat,
                     Tr::tr("not a PKCS#12 file (.p12/.pfx) with a certificate and key"),
                     path);
    }
    const QByteArray secret = passphrase.toUtf8();
    // OpenSSL tells an empty passphrase from none; try both when it is empty.
    const char *secretData = secret.constData();
    if (PKCS12_mac_present(pkcs12.get())) {
        bool macOk = PKCS12_verify_mac(pkcs12.get(), secretData, int(secret.size())) == 1;
        if (!macOk && secret.isEmpty()) {
            macOk = PKCS12_verify_mac(pkcs12.get(), nullptr, 0) == 1;
            if (macOk)
                secretData = nullptr;
        }
        if (!macOk) {
            drainOpenSslErrors();
            return Error(Error::Code::InvalidArgument,
                         Tr::tr("wrong passphrase for the PKCS#12 file"),
                         path);
        }
    }
    EVP_PKEY *key = nullptr;
    X509 *certificate = nullptr;
    STACK_OF(X509) *chain = nullptr;
    if (PKCS12_parse(pkcs12.get(), secretData, &key, &certificate, &chain) != 1) {
        const QString details = drainOpenSslErrors();
        qCDebug(lcReportSignature) << "PKCS12_parse failed:" << details;
        return Error(Error::Code::UnsupportedFormat,
                     Tr::tr("cannot decrypt the PKCS#12 file (%1)").arg(details),
                     path);
    }
    SignerKey result{PrivateKeyPtr(key), X509Ptr(certificate), X509OwningStackPtr(chain)};
    if (!result.key || !result.certificate)
        return Error(Error::Code::UnsupportedFormat,
                     Tr::tr("the PKCS#12 file does not hold both a certificate and its key"),
                     path);
    if (X509_check_private_key(result.certificate.get(), result.key.get()) != 1) {
        drainOpenSslErrors();
        return Error(Error::Code::UnsupportedFormat,
                     Tr::tr("the key in the PKCS#12 file does not belong to its certificate"),
                     path);
    }
    return result;
}

Result<QString> digestHex(const QByteArray &bytes, const EVP_MD *algorithm)
{
    unsigned char value[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.constData(), size_t(bytes.size()), value, &length, algorithm, nullptr)
        != 1) {
        drainOpenSslErrors();
        return Error(Error::Code::Internal, Tr::tr("digest computation failed"));
    }
    return QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(value), int(length)).toHex());
}

/*! The single value of a signed attribute, or null. */
const ASN1_TYPE *signedAttribute(CMS_SignerInfo *signerInfo, int nid)
{
    const int index = CMS_signed_get_attr_by_NID(signerInfo, nid, -1);
    if (index < 0 || CMS_signed_get_attr_by_NID(signerInfo, nid, index) >= 0)
        return nullptr; // absent, or more than once
    X509_ATTRIBUTE *attribute = CMS_signed_get_attr(signerInfo, index);
    if (!attribute || X509_ATTRIBUTE_count(attribute) != 1)
        return nullptr;
    return X509_ATTRIBUTE_get0_type(attribute, 0);
}

SignatureVerification
failure(SignatureVerification result, SignatureVerification::Reason reason, const QString &message)
{
    result.valid = false;
    result.reason = reason;
    result.message = message;
    return result;
}

QString formatTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

Result<SignerInfo> ReportSignature::signerOf(const QString &pkcs12Path, const QString &passphrase)
{
    auto loaded = loadPkcs12(pkcs12Path, passphrase);
    if (!loaded)
        return loaded.error();
    return signerInfoOf(loaded->certificate.get());
}

Result<QByteArray> ReportSignature::sign(const QByteArray &pdfBytes,
                                         const QString &pkcs12Path,
                                         const QString &passphrase,
                                         const QDateTime &signingTime)
{
    auto loaded = loadPkcs12(pkcs12Path, passphrase);
    if (!loaded)
        return loaded.error();
    const QDateTime when
            = signingTime.isValid() ? signingTime.toUTC() : QDateTime::currentDateTimeUtc();
    const SignerInfo signer = signerInfoOf(loaded->certificate.get());
    if (signer.notAfter.isValid() && when > signer.notAfter)
        return Error(Error::Code::InvalidArgument,
                     Tr::tr("the signing certificate of %1 expired on %2")
                             .arg(signer.commonName, formatTime(signer.notAfter)),
                     pkcs12Path);
    if (signer.notBefore.isValid() && when < signer.notBefore)
        return Error(Error::Code::InvalidArgument,
                     Tr::tr("the signing certificate of %1 is not valid before %2")
                             .arg(signer.commonName, formatTime(signer.notBefore)),
                     pkcs12Path);

    const unsigned int flags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP;
    const auto openSslFailure = [&] {
        const QString details = drainOpenSslErrors();
        qCWarning(lcReportSignature) << "CMS signing failed:" << details;
        return Error(Error::Code::Internal, Tr::tr("signing failed (%1)").arg(details));
    };
    BioPtr content = memoryBio(pdfBytes);
    CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags));
    if (!cms || !content)
        return openSslFailure();
    CMS_SignerInfo *signerInfo = CMS_add1_signer(
            cms.get(), loaded->certificate.get(), loaded->key.get(), EVP_sha256(), flags);
    if (!signerInfo)
        return openSslFailure();
    ASN1_TIME *time = ASN1_TIME_set(nullptr, time_t(when.toSecsSinceEpoch()));
    const bool timeAdded = time
                           && CMS_signed_add1_attr_by_NID(
                                      signerInfo, NID_pkcs9_signingTime, time->type, time, -1)
                                      == 1;
    ASN1_TIME_free(time);
    if (!timeAdded)
        return openSslFailure();
    // The issuing CAs of the PKCS#12 file travel along, so a verifier that trusts only the
    // root can build the chain.
    for (int i = 0; loaded->chain && i < sk_X509_num(loaded->chain.get()); ++i) {
        if (CMS_add1_cert(cms.get(), sk_X509_value(loaded->chain.get(), i)) != 1)
            return openSslFailure();
    }
    if (CMS_final(cms.get(), content.get(), nullptr, flags) != 1)
        return openSslFailure();
    BioPtr output(BIO_new(BIO_s_mem()));
    if (!output || i2d_CMS_bio(output.get(), cms.get()) != 1)
        return openSslFailure();
    char *data = nullptr;
    const long size = BIO_get_mem_data(output.get(), &data);
    return QByteArray(data, int(size));
}

Result<SignatureVerification> ReportSignature::verify(const QByteArray &pdfBytes,
                                                      const QByteArray &signature,
                                                      const QString &trustedCaPemPath,
                                                      const QDateTime &at)
{
    using Reason = SignatureVerification::Reason;
    ERR_clear_error();
    auto store = loadTrustedCertificates(trustedCaPemPath);
    if (!store)
        return store.error();

    SignatureVerification result;
    if (auto sha256 = digestHex(pdfBytes, EVP_sha256()))
        result.contentSha256 = sha256.value();

    // Parse: a detached CMS SignedData with exactly one signer.
    CmsPtr cms;
    {
        BioPtr bio = memoryBio(signature);
        if (signature.trimmed().startsWith("-----BEGIN"))
            cms.reset(PEM_read_bio_CMS(bio.get(), nullptr, nullptr, nullptr));
        else
            cms.reset(d2i_CMS_bio(bio.get(), nullptr));
        drainOpenSslErrors();
    }
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return failure(result,
                       Reason::MalformedSignature,
                       Tr::tr("the signature file is not a CMS/PKCS#7 signature"));
    if (!CMS_is_detached(cms.get()))
        return failure(result,
                       Reason::MalformedSignature,
                       Tr::tr("the signature embeds its content; a detached signature is "
                              "expected"));
    STACK_OF(CMS_SignerInfo) *signerInfos = CMS_get0_SignerInfos(cms.get());
    if (!signerInfos || sk_CMS_SignerInfo_num(signerInfos) != 1)
        return failure(result,
                       Reason::MalformedSignature,
                       Tr::tr("the signature must have exactly one signer"));
    CMS_SignerInfo *signerInfo = sk_CMS_SignerInfo_value(signerInfos, 0);

    // The signer's certificate: in the signature, or among the trusted ones.
    X509OwningStackPtr embedded(CMS_get1_certs(cms.get()));
    X509OwningStackPtr trusted(X509_STORE_get1_all_certs(store->get()));
    X509OwningStackPtr candidates(sk_X509_new_null());
    if (!candidates)
        return Error(Error::Code::Internal, Tr::tr("out of memory"));
    for (STACK_OF(X509) * stack : {embedded.get(), trusted.get()}) {
        for (int i = 0; stack && i < sk_X509_num(stack); ++i) {
            X509 *certificate = sk_X509_value(stack, i);
            if (X509_up_ref(certificate) != 1)
                return Error(Error::Code::Internal, Tr::tr("out of memory"));
            if (sk_X509_push(candidates.get(), certificate) <= 0) {
                X509_free(certificate);
                return Error(Error::Code::Internal, Tr::tr("out of memory"));
            }
        }
    }
    X509 *signer = nullptr;
    for (int i = 0; i < sk_X509_num(candidates.get()) && !signer; ++i) {
        if (CMS_SignerInfo_cert_cmp(signerInfo, sk_X509_value(candidates.get(), i)) == 0)
            signer = sk_X509_value(candidates.get(), i);
    }
    if (!signer)
        return failure(result,
                       Reason::UnknownSigner,
                       Tr::tr("the signer's certificate is neither in the signature nor among "
                              "the trusted certificates"));
    result.signer = signerInfoOf(signer);

    // Without signed attributes there is no signing time to judge the certificate at.
    if (CMS_signed_get_attr_count(signerInfo) <= 0)
        return failure(result,
                       Reason::MalformedSignature,
                       Tr::tr("the signature has no signed attributes (content digest, signing "
                              "time); such signatures are not accepted"));

    // The signature over the signed attributes; then the content digest they carry.
    CMS_SignerInfo_set1_signer_cert(signerInfo, signer);
    if (CMS_SignerInfo_verify(signerInfo) != 1) {
        qCDebug(lcReportSignature) << "signer info does not verify:" << drainOpenSslErrors();
        return failure(result,
                       Reason::MalformedSignature,
                       Tr::tr("the signature does not verify with the signer's key: the "
                              "signature file is damaged or was altered"));
    }
    X509_ALGOR *digestAlgorithm = nullptr;
    CMS_SignerInfo_get0_algs(signerInfo, nullptr, nullptr, &digestAlgorithm, nullptr);
    const ASN1_OBJECT *digestObject = nullptr;
    if (digestAlgorithm)
        X509_ALGOR_get0(&digestObject, nullptr, nullptr, digestAlgorithm);
    const int digestNid = digestObject ? OBJ_obj2nid(digestObject) : NID_undef;
    if (digestNid != NID_sha256 && digestNid != NID_sha384 && digestNid != NID_sha512)
        return failure(result,
                       Reason::MalformedSignature,
                       Tr::tr("the signature uses the digest %1; SHA-256 or stronger is required")
                               .arg(QString::fromLatin1(OBJ_nid2sn(digestNid))));
    const ASN1_TYPE *messageDigest = signedAttribute(signerInfo, NID_pkcs9_messageDigest);
    if (!messageDigest || messageDigest->type != V_ASN1_OCTET_STRING)
        return failure(result,
                       Reason::MalformedSignature,
                       Tr::tr("the signature has no message digest among its signed attributes"));
    const auto contentDigest = digestHex(pdfBytes, EVP_get_digestbynid(digestNid));
    if (!contentDigest)
        return contentDigest.error();
    const ASN1_OCTET_STRING *signedDigest = messageDigest->value.octet_string;
    const QByteArray signedDigestHex
            = QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(signedDigest)),
                         ASN1_STRING_length(signedDigest))
                      .toHex();
    if (QString::fromLatin1(signedDigestHex) != contentDigest.value())
        return failure(result,
                       Reason::ContentChanged,
                       Tr::tr("the report was changed after it was signed (or the signature "
                              "belongs to another file)"));

    // The time the certificate is judged at: the signed signing time.
    const QDateTime now = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
    if (const ASN1_TYPE *time = signedAttribute(signerInfo, NID_pkcs9_signingTime)) {
        if (time->type == V_ASN1_UTCTIME || time->type == V_ASN1_GENERALIZEDTIME)
            result.signingTime = toDateTime(time->value.utctime);
        if (!result.signingTime.isValid())
            return failure(result,
                           Reason::MalformedSignature,
                           Tr::tr("the signing time of the signature cannot be read"));
        if (result.signingTime.secsTo(now) < -kClockSkewSeconds)
            return failure(result,
                           Reason::MalformedSignature,
                           Tr::tr("the signing time %1 lies in the future")
                                   .arg(formatTime(result.signingTime)));
    }
    const QDateTime judgedAt = result.signingTime.isValid() ? result.signingTime : now;
    const time_t judgedAtSeconds = time_t(judgedAt.toSecsSinceEpoch());

    // The certificate chain up to a trusted certificate, at that time.
    X509StoreContextPtr context(X509_STORE_CTX_new());
    if (!context || X509_STORE_CTX_init(context.get(), store->get(), signer, embedded.get()) != 1)
        return Error(Error::Code::Internal, Tr::tr("out of memory"));
    X509_STORE_CTX_set_time(context.get(), 0, judgedAtSeconds);
    if (X509_verify_cert(context.get()) != 1) {
        const int error = X509_STORE_CTX_get_error(context.get());
        const int depth = X509_STORE_CTX_get_error_depth(context.get());
        drainOpenSslErrors();
        qCDebug(lcReportSignature) << "chain verification failed at depth" << depth << ":"
                                   << X509_verify_cert_error_string(error);
        if (error == X509_V_ERR_CERT_HAS_EXPIRED)
            return failure(result,
                           Reason::CertificateExpired,
                           depth == 0 ? Tr::tr("the signer's certificate (%1) had expired on %2 "
                                               "when the report was signed on %3")
                                                .arg(result.signer.commonName,
                                                     formatTime(result.signer.notAfter),
                                                     formatTime(judgedAt))
                                      : Tr::tr("a certificate of the signer's chain had expired "
                                               "when the report was signed on %1")
                                                .arg(formatTime(judgedAt)));
        if (error == X509_V_ERR_CERT_NOT_YET_VALID)
            return failure(result,
                           Reason::CertificateNotYetValid,
                           depth == 0 ? Tr::tr("the signer's certificate (%1) was not yet valid "
                                               "when the report was signed on %2")
                                                .arg(result.signer.commonName, formatTime(judgedAt))
                                      : Tr::tr("a certificate of the signer's chain was not yet "
                                               "valid when the report was signed on %1")
                                                .arg(formatTime(judgedAt)));
        return failure(result,
                       Reason::UnknownSigner,
                       Tr::tr("the signer (%1) is not trusted: %2")
                               .arg(result.signer.subject,
                                    QString::fromLatin1(X509_verify_cert_error_string(error))));
    }
    context.reset();

    // Everything once more through OpenSSL's own CMS verification, at the same time.
    X509_VERIFY_PARAM_set_time(X509_STORE_get0_param(store->get()), judgedAtSeconds);
    BioPtr content = memoryBio(pdfBytes);
    if (CMS_verify(cms.get(), candidates.get(), store->get(), content.get(), nullptr, CMS_BINARY)
        != 1) {
        const QString details = drainOpenSslErrors();
        qCWarning(lcReportSignature) << "CMS_verify disagrees:" << details;
        return failure(result,
                       Reason::MalformedSignature,
                       Tr::tr("the signature does not verify (%1)").arg(details));
    }
    drainOpenSslErrors();
    result.valid = true;
    result.reason = Reason::Valid;
    result.message = Tr::tr("valid signature by %1, signed on %2")
                             .arg(result.signer.commonName,
                                  result.signingTime.isValid() ? formatTime(result.signingTime)
                                                               : Tr::tr("an unknown date"));
    return result;
}

} // namespace Core
