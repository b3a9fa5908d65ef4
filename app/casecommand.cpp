// SPDX-License-Identifier: GPL-3.0-or-later
// genomedesk case / review / user / audit: the review workflow on a case database.
//
// Secrets never come from the command line: the database passphrase is read from the
// environment variable GENOMEDESK_PASSPHRASE (or a --key-file is given), the acting user's
// password from GENOMEDESK_PASSWORD and a new user's password from GENOMEDESK_NEW_PASSWORD.
#include "commands.h"

#include <core/common/filechecksum.h>
#include <core/policy/policy.h>
#include <core/review/acmgclassification.h>
#include <core/review/auditlog.h>
#include <core/review/casestore.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <memory>
#include <optional>

namespace App {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(App)
};

const char *const kPassphraseVariable = "GENOMEDESK_PASSPHRASE";
const char *const kPasswordVariable = "GENOMEDESK_PASSWORD";
const char *const kNewPasswordVariable = "GENOMEDESK_NEW_PASSWORD";

/*!
 * An error of the case store for stderr: with the database file when it is about the file
 * (unwritable, locked, unreadable, an SQL failure), else the message alone.
 */
QString storeErrorText(const Core::Error &error)
{
    switch (error.code()) {
    case Core::Error::Code::FileNotFound:
    case Core::Error::Code::FileUnreadable:
    case Core::Error::Code::FileUnwritable:
    case Core::Error::Code::Internal:
        return error.toString();
    default:
        return error.message();
    }
}

/*! --db, --key-file and --user, shared by the commands that open a case database. */
struct StoreOptions
{
    QCommandLineOption database{QStringLiteral("db"),
                                Tr::tr("Case database: an SQLite file or a PostgreSQL URL "
                                       "(postgresql://user@host:port/database)."),
                                Tr::tr("cases.db")};
    QCommandLineOption keyFile{QStringLiteral("key-file"),
                               Tr::tr("Key file (32 bytes or 64 hex digits, mode 0600) instead "
                                      "of the passphrase in GENOMEDESK_PASSPHRASE."),
                               Tr::tr("file")};
    QCommandLineOption user{QStringLiteral("user"),
                            Tr::tr("Acting user; the password is read from GENOMEDESK_PASSWORD."),
                            Tr::tr("name")};

    void addTo(QCommandLineParser &parser, bool withUser) const
    {
        parser.addOption(database);
        parser.addOption(keyFile);
        if (withUser)
            parser.addOption(user);
    }
};

/*! Opens the database named by --db; on failure prints one line and sets \a exit. */
std::unique_ptr<Core::CaseStore>
openStore(const QCommandLineParser &parser, const StoreOptions &options, int *exit)
{
    *exit = UsageOrInputError;
    if (!parser.isSet(options.database)) {
        usageError(Tr::tr("--db is required"));
        return {};
    }
    Core::CaseStore::KeySource key;
    key.keyFile = parser.value(options.keyFile);
    if (key.keyFile.isEmpty())
        key.passphrase = qEnvironmentVariable(kPassphraseVariable);
    if (key.keyFile.isEmpty() && key.passphrase.isEmpty()) {
        usageError(Tr::tr("set the passphrase in %1 or give --key-file")
                           .arg(QLatin1String(kPassphraseVariable)));
        return {};
    }
    auto store = Core::CaseStore::open(parser.value(options.database), key);
    if (!store) {
        usageError(store.error().toString());
        return {};
    }
    *exit = Success;
    return std::move(store.value());
}

/*! The user named by --user, authenticated with GENOMEDESK_PASSWORD. */
std::optional<Core::User> actingUser(const Core::CaseStore &store,
                                     const QCommandLineParser &parser,
                                     const StoreOptions &options)
{
    if (!parser.isSet(options.user)) {
        usageError(Tr::tr("--user is required"));
        return std::nullopt;
    }
    const QString password = qEnvironmentVariable(kPasswordVariable);
    if (password.isEmpty()) {
        usageError(Tr::tr("set the password of %1 in %2")
                           .arg(parser.value(options.user), QLatin1String(kPasswordVariable)));
        return std::nullopt;
    }
    const auto user = store.authenticate(parser.value(options.user), password);
    if (!user) {
        usageError(storeErrorText(user.error()));
        return std::nullopt;
    }
    return user.value();
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

int runCaseCreate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Creates a case for a patient (created from --identity when new) and prints "
                   "its id."));
    StoreOptions store;
    store.addTo(parser, true);
    const QCommandLineOption patient(QStringLiteral("patient"),
                                     Tr::tr("Patient pseudonym (letters, digits, - and _)."),
                                     Tr::tr("pseudonym"));
    const QCommandLineOption identity(QStringLiteral("identity"),
                                      Tr::tr("JSON file with the new patient's identity: "
                                             "{\"name\", \"birthDate\", \"identifiers\"}; "
                                             "stored encrypted."),
                                      Tr::tr("file.json"));
    const QCommandLineOption indication(
            QStringLiteral("indication"), Tr::tr("Indication for testing."), Tr::tr("text"));
    const QCommandLineOption referrer(
            QStringLiteral("referrer"), Tr::tr("Referring clinician."), Tr::tr("name"));
    const QCommandLineOption consent(
            QStringLiteral("consent"), Tr::tr("Consent profile JSON file."), Tr::tr("file.json"));
    const QCommandLineOption file(QStringLiteral("file"),
                                  Tr::tr("Input file (VCF/BCF, PED, ...); repeat for several."),
                                  Tr::tr("path"));
    const QCommandLineOption build(QStringLiteral("build"),
                                   Tr::tr("Genome build (GRCh37 or GRCh38)."),
                                   Tr::tr("build"),
                                   QStringLiteral("GRCh38"));
    const QCommandLineOption policy(QStringLiteral("policy"),
                                    Tr::tr("Policy id or file in force for the case."),
                                    Tr::tr("policy"));
    const QCommandLineOption cacheVersion(QStringLiteral("cache-version"),
                                          Tr::tr("Frequency source and version; repeat."),
                                          Tr::tr("name=version"));
    const QCommandLineOption knowledgeBase(
            QStringLiteral("kb-version"), Tr::tr("Knowledge base version."), Tr::tr("text"));
    parser.addOptions({patient,
                       identity,
                       indication,
                       referrer,
                       consent,
                       file,
                       build,
                       policy,
                       cacheVersion,
                       knowledgeBase});
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(Tr::tr("case create: unexpected argument %1")
                                  .arg(parser.positionalArguments().constFirst()));
    }
    if (!parser.isSet(patient))
        return usageError(Tr::tr("case create: --patient is required"));

    Core::CaseInput input;
    input.patientPseudonym = parser.value(patient);
    input.indication = parser.value(indication);
    input.referrer = parser.value(referrer);
    input.genomeBuild = parser.value(build);
    input.knowledgeBaseVersion = parser.value(knowledgeBase);
    if (parser.isSet(consent)) {
        QFile consentFile(parser.value(consent));
        if (!consentFile.open(QIODevice::ReadOnly))
            return usageError(Tr::tr("cannot read %1").arg(parser.value(consent)));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(consentFile.readAll(), &error);
        if (!document.isObject()) {
            return usageError(Tr::tr("%1: not a JSON object (%2)")
                                      .arg(parser.value(consent), error.errorString()));
        }
        input.consentProfile = document.object();
    }
    for (const QString &path : parser.values(file)) {
        Core::CaseFile caseFile;
        caseFile.path = QFileInfo(path).absoluteFilePath();
        const Core::Result<QString> hash = Core::sha256OfFile(path);
        if (!hash)
            return usageError(hash.error().toString());
        caseFile.size = QFileInfo(path).size();
        caseFile.sha256 = hash.value();
        input.files << caseFile;
    }
    for (const QString &value : parser.values(cacheVersion)) {
        const int equals = value.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return usageError(Tr::tr("--cache-version expects name=version, not %1").arg(value));
        input.cacheVersions.insert(value.left(equals), value.mid(equals + 1));
    }
    if (parser.isSet(policy)) {
        const auto loaded
                = Core::PolicyLoader().loadFile(Core::PolicyLoader::resolve(parser.value(policy)));
        if (!loaded)
            return usageError(loaded.error().toString());
        input.policyId = loaded->id;
        input.policyVersion = QStringLiteral("%1 r%2").arg(loaded->version).arg(loaded->revision);
        input.policyChecksum = loaded->checksum;
    }

    std::optional<Core::PatientIdentity> newIdentity;
    if (parser.isSet(identity)) {
        QFile identityFile(parser.value(identity));
        if (!identityFile.open(QIODevice::ReadOnly))
            return usageError(Tr::tr("cannot read %1").arg(parser.value(identity)));
        const QJsonObject object = QJsonDocument::fromJson(identityFile.readAll()).object();
        Core::PatientIdentity value;
        value.name = object.value(QLatin1String("name")).toString();
        value.birthDate = QDate::fromString(object.value(QLatin1String("birthDate")).toString(),
                                            Qt::ISODate);
        value.identifiers = object.value(QLatin1String("identifiers")).toObject();
        if (value.name.isEmpty())
            return usageError(Tr::tr("%1: \"name\" is missing").arg(parser.value(identity)));
        newIdentity = value;
    }

    int exit = Success;
    const auto caseStore = openStore(parser, store, &exit);
    if (!caseStore)
        return exit;
    const auto user = actingUser(*caseStore, parser, store);
    if (!user)
        return UsageOrInputError;
    const bool known = caseStore->patient(input.patientPseudonym).has_value();
    if (!known) {
        if (!newIdentity) {
            return usageError(
                    Tr::tr("patient %1 is new: give --identity").arg(input.patientPseudonym));
        }
        const auto added = caseStore->addPatient(*user, input.patientPseudonym, *newIdentity);
        if (!added)
            return usageError(storeErrorText(added.error()));
    } else if (newIdentity) {
        return usageError(Tr::tr("patient %1 exists already; leave out --identity")
                                  .arg(input.patientPseudonym));
    }
    const auto created = caseStore->createCase(*user, input);
    if (!created)
        return usageError(storeErrorText(created.error()));
    standardOutput() << created->caseId << Qt::endl;
    return Success;
}

int runCaseList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Lists the cases of a case database."));
    StoreOptions store;
    store.addTo(parser, false);
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOption(json);
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    int exit = Success;
    const auto caseStore = openStore(parser, store, &exit);
    if (!caseStore)
        return exit;
    const auto cases = caseStore->cases();
    if (!cases)
        return usageError(cases.error().toString());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Core::CaseRecord &record : cases.value()) {
            array.append(QJsonObject{
                    {QStringLiteral("caseId"), record.caseId},
                    {QStringLiteral("patient"), record.input.patientPseudonym},
                    {QStringLiteral("status"), Core::caseStatusKey(record.status)},
                    {QStringLiteral("reportVersion"), record.reportVersion},
                    {QStringLiteral("indication"), record.input.indication},
                    {QStringLiteral("updated"), timeText(record.updated)},
            });
        }
        standardOutput() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    standardOutput() << QStringLiteral("case\tpatient\tstatus\tversion\tupdated\tindication")
                     << Qt::endl;
    for (const Core::CaseRecord &record : cases.value()) {
        standardOutput() << record.caseId << '\t' << record.input.patientPseudonym << '\t'
                         << Core::caseStatusKey(record.status) << '\t' << record.reportVersion
                         << '\t' << timeText(record.updated) << '\t' << record.input.indication
                         << Qt::endl;
    }
    return Success;
}

int runCaseShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Shows a case: its inputs, reviews with criteria, earlier classifications of "
                   "the same variants, and report versions."));
    StoreOptions store;
    store.addTo(parser, false);
    parser.addPositionalArgument(QStringLiteral("case"), Tr::tr("Case id."));
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return usageError(Tr::tr("case show: give one case id"));
    int exit = Success;
    const auto caseStore = openStore(parser, store, &exit);
    if (!caseStore)
        return exit;
    const QString caseId = parser.positionalArguments().constFirst();
    const auto record = caseStore->caseRecord(caseId);
    if (!record)
        return usageError(storeErrorText(record.error()));
    const auto reviews = caseStore->reviews(caseId);
    const auto versions = caseStore->reportVersions(caseId);
    if (!reviews || !versions)
        return usageError((reviews ? versions.error() : reviews.error()).toString());

    QTextStream &out = standardOutput();
    const Core::CaseInput &input = record->input;
    out << Tr::tr("Case %1 (%2, report version %3)")
                    .arg(record->caseId, Core::caseStatusKey(record->status))
                    .arg(record->reportVersion)
        << Qt::endl;
    out << Tr::tr("Patient: %1").arg(input.patientPseudonym) << Qt::endl;
    out << Tr::tr("Indication: %1").arg(input.indication) << Qt::endl;
    out << Tr::tr("Referrer: %1").arg(input.referrer) << Qt::endl;
    out << Tr::tr("Genome build: %1").arg(input.genomeBuild) << Qt::endl;
    out << Tr::tr("Policy: %1 %2 (sha256 %3)")
                    .arg(input.policyId, input.policyVersion, input.policyChecksum)
        << Qt::endl;
    out << Tr::tr("Knowledge base: %1").arg(input.knowledgeBaseVersion) << Qt::endl;
    QStringList caches;
    for (auto it = input.cacheVersions.constBegin(); it != input.cacheVersions.constEnd(); ++it)
        caches << QStringLiteral("%1 %2").arg(it.key(), it.value().toString());
    out << Tr::tr("Frequency sources: %1").arg(caches.join(QStringLiteral(", "))) << Qt::endl;
    out << Tr::tr("Created by %1 on %2").arg(record->createdBy, timeText(record->created))
        << Qt::endl;
    for (const Core::CaseFile &file : input.files) {
        out << Tr::tr("File: %1 (sha256 %2)").arg(QFileInfo(file.path).fileName(), file.sha256)
            << Qt::endl;
    }
    out << Tr::tr("%n review(s):", nullptr, int(reviews->size())) << Qt::endl;
    for (const Core::VariantReview &review : reviews.value()) {
        const Core::AcmgClassification &criteria = review.criteria;
        out << QStringLiteral("  %1\t%2\t[%3]\t%4")
                        .arg(review.variantKey,
                             Core::significanceLabel(review.classification),
                             criteria.codes(),
                             Tr::tr("by %1 on %2 (%3)")
                                     .arg(review.reviewer,
                                          timeText(review.time),
                                          Core::reviewStatusKey(review.status)))
            << Qt::endl;
        out << QStringLiteral("    ") << criteria.summary() << Qt::endl;
        for (const Core::AcmgEvidence &evidence : criteria.criteria()) {
            if (!evidence.evidence.isEmpty())
                out << QStringLiteral("    %1: %2").arg(evidence.code(), evidence.evidence)
                    << Qt::endl;
        }
        if (!review.comment.isEmpty())
            out << QStringLiteral("    ") << Tr::tr("Comment: %1").arg(review.comment) << Qt::endl;
        for (const Core::SuggestionDecision &decision : review.suggestionDecisions) {
            const QString text = decision.decision == Core::AcmgSuggestion::Decision::Rejected
                                         ? Tr::tr("Suggestion %1 rejected by %2 on %3")
                                         : Tr::tr("Suggestion %1 accepted by %2 on %3");
            out << QStringLiteral("    ")
                << text.arg(decision.criterion, decision.reviewer, timeText(decision.time));
            if (!decision.reason.isEmpty())
                out << QStringLiteral(": ") << decision.reason;
            if (!decision.evidence.isEmpty())
                out << QStringLiteral(" (") << decision.evidence << QLatin1Char(')');
            out << Qt::endl;
        }
        const auto prior = caseStore->priorClassifications(review.variantKey, caseId);
        if (prior) {
            for (const Core::PriorClassification &earlier : prior.value()) {
                out << QStringLiteral("    ")
                    << Tr::tr("Also classified in case %1 (patient %2): %3 [%4] by %5 on %6")
                                .arg(earlier.caseId,
                                     earlier.patientPseudonym,
                                     Core::significanceLabel(earlier.classification),
                                     earlier.criteria,
                                     earlier.reviewer,
                                     timeText(earlier.time))
                    << Qt::endl;
            }
        }
    }
    out << Tr::tr("Report versions:") << Qt::endl;
    for (const Core::ReportVersion &version : versions.value()) {
        if (version.isSigned) {
            out << QStringLiteral("  ")
                << Tr::tr("%1: signed by %2 on %3, sha256 %4 (%5)")
                            .arg(version.version)
                            .arg(version.signedBy,
                                 timeText(version.signedTime),
                                 version.sha256,
                                 version.reason)
                << Qt::endl;
        } else {
            out << QStringLiteral("  ")
                << Tr::tr("%1: open (%2)").arg(version.version).arg(version.reason) << Qt::endl;
        }
    }
    return Success;
}

int runCaseExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Writes a case as JSON (pseudonymous unless --identified)."));
    StoreOptions store;
    store.addTo(parser, false);
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("out")},
                                    Tr::tr("JSON file to write (default: standard output)."),
                                    Tr::tr("file.json"));
    const QCommandLineOption identified(QStringLiteral("identified"),
                                        Tr::tr("Include the patient's decrypted identity and the "
                                               "input file paths."));
    parser.addOptions({output, identified});
    parser.addPositionalArgument(QStringLiteral("case"), Tr::tr("Case id."));
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return usageError(Tr::tr("case export: give one case id"));
    int exit = Success;
    const auto caseStore = openStore(parser, store, &exit);
    if (!caseStore)
        return exit;
    const auto exported = caseStore->exportCase(parser.positionalArguments().constFirst(),
                                                parser.isSet(identified));
    if (!exported)
        return usageError(storeErrorText(exported.error()));
    const QByteArray json = QJsonDocument(exported.value()).toJson(QJsonDocument::Indented);
    if (!parser.isSet(output)) {
        standardOutput() << QString::fromUtf8(json);
        return Success;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return usageError(Tr::tr("cannot write %1").arg(parser.value(output)));
    return Success;
}

int runCaseTransition(const QStringList &arguments, bool sign)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            sign ? Tr::tr("Signs a reviewed case (clinical geneticists only); freezes its report "
                          "version.")
                 : Tr::tr("Marks a draft case as reviewed."));
    StoreOptions store;
    store.addTo(parser, true);
    parser.addPositionalArgument(QStringLiteral("case"), Tr::tr("Case id."));
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return usageError(Tr::tr("give one case id"));
    int exit = Success;
    const auto caseStore = openStore(parser, store, &exit);
    if (!caseStore)
        return exit;
    const auto user = actingUser(*caseStore, parser, store);
    if (!user)
        return UsageOrInputError;
    const QString caseId = parser.positionalArguments().constFirst();
    if (sign) {
        const auto version = caseStore->sign(*user, caseId);
        if (!version)
            return usageError(storeErrorText(version.error()));
        standardOutput() << Tr::tr("Case %1 report version %2 signed by %3, sha256 %4")
                                    .arg(caseId)
                                    .arg(version->version)
                                    .arg(version->signedBy, version->sha256)
                         << Qt::endl;
        return Success;
    }
    const auto record = caseStore->markReviewed(*user, caseId);
    if (!record)
        return usageError(storeErrorText(record.error()));
    standardOutput() << Tr::tr("Case %1 is reviewed").arg(caseId) << Qt::endl;
    return Success;
}

/*! Options of "review set" (and of the hidden write loop used by the crash test). */
struct ReviewOptions
{
    QCommandLineOption classification{QStringLiteral("class"),
                                      Tr::tr("Classification: P, LP, VUS, LB or B."),
                                      Tr::tr("class")};
    QCommandLineOption criteria{QStringLiteral("criteria"),
                                Tr::tr("Applied ACMG/AMP criteria, comma-separated "
                                       "(PVS1,PM2_Supporting)."),
                                Tr::tr("codes")};
    QCommandLineOption evidence{QStringLiteral("evidence"),
                                Tr::tr("Evidence text of one criterion; repeat."),
                                Tr::tr("CODE=text")};
    QCommandLineOption comment{QStringLiteral("comment"), Tr::tr("Comment."), Tr::tr("text")};
    QCommandLineOption finalStatus{QStringLiteral("final"), Tr::tr("Mark the review final.")};
    QCommandLineOption reason{QStringLiteral("reason"),
                              Tr::tr("Why a signed case is changed (opens a new report "
                                     "version)."),
                              Tr::tr("text")};
    QCommandLineOption acceptSuggestion{
            QStringLiteral("accept-suggestion"),
            Tr::tr("An automatic suggestion the reviewer accepted, with an optional reason; "
                   "repeat."),
            Tr::tr("CODE[=reason]")};
    QCommandLineOption rejectSuggestion{
            QStringLiteral("reject-suggestion"),
            Tr::tr("An automatic suggestion the reviewer rejected, with the reason; repeat."),
            Tr::tr("CODE=reason")};
};

/*! Builds the review input from the options; prints the error and returns nullopt. */
std::optional<Core::VariantReviewInput>
reviewInput(const QCommandLineParser &parser, const ReviewOptions &options, const QString &variant)
{
    Core::VariantReviewInput input;
    input.variantKey = variant;
    if (!parser.isSet(options.classification)) {
        usageError(Tr::tr("review set: --class is required"));
        return std::nullopt;
    }
    bool known = false;
    input.classification = Core::significanceFromKey(parser.value(options.classification), &known);
    if (!known) {
        usageError(Tr::tr("review set: unknown class %1 (use P, LP, VUS, LB or B)")
                           .arg(parser.value(options.classification)));
        return std::nullopt;
    }
    QHash<QString, QString> evidence;
    for (const QString &value : parser.values(options.evidence)) {
        const int equals = value.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            usageError(Tr::tr("review set: --evidence expects CODE=text"));
            return std::nullopt;
        }
        evidence.insert(value.left(equals).trimmed().toUpper(), value.mid(equals + 1));
    }
    for (const QString &code :
         parser.value(options.criteria).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto parsed = Core::AcmgEvidence::parse(code);
        if (!parsed) {
            usageError(Tr::tr("review set: %1").arg(storeErrorText(parsed.error())));
            return std::nullopt;
        }
        Core::AcmgEvidence value = parsed.value();
        const QString base = Core::acmgCriterionCode(value.criterion);
        value.evidence = evidence.take(base);
        if (value.evidence.isEmpty())
            value.evidence = evidence.take(value.code().toUpper());
        const auto added = input.criteria.add(value);
        if (!added) {
            usageError(Tr::tr("review set: %1").arg(storeErrorText(added.error())));
            return std::nullopt;
        }
    }
    if (!evidence.isEmpty()) {
        usageError(Tr::tr("review set: --evidence for %1, which is not in --criteria")
                           .arg(evidence.keys().constFirst()));
        return std::nullopt;
    }
    input.comment = parser.value(options.comment);
    input.status = parser.isSet(options.finalStatus) ? Core::ReviewStatus::Final
                                                     : Core::ReviewStatus::Draft;
    input.changeReason = parser.value(options.reason);
    for (const bool accepted : {true, false}) {
        for (const QString &value :
             parser.values(accepted ? options.acceptSuggestion : options.rejectSuggestion)) {
            const int equals = value.indexOf(QLatin1Char('='));
            const auto parsed = Core::AcmgEvidence::parse(
                    (equals < 0 ? value : value.left(equals)).trimmed());
            if (!parsed) {
                usageError(Tr::tr("review set: %1").arg(storeErrorText(parsed.error())));
                return std::nullopt;
            }
            Core::AcmgSuggestion suggestion;
            suggestion.evidence = parsed.value();
            const QString why = equals < 0 ? QString() : value.mid(equals + 1).trimmed();
            if (accepted) {
                suggestion.accept(why);
            } else {
                if (why.isEmpty()) {
                    usageError(Tr::tr("review set: --reject-suggestion expects CODE=reason"));
                    return std::nullopt;
                }
                suggestion.reject(why);
            }
            input.suggestions << suggestion;
        }
    }
    return input;
}

int runReviewSet(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Records the classification of one variant of a case, with its ACMG/AMP "
                   "criteria. Prints the class by the Richards 2015 rules and by points."));
    StoreOptions store;
    store.addTo(parser, true);
    const ReviewOptions review;
    parser.addOptions({review.classification,
                       review.criteria,
                       review.evidence,
                       review.comment,
                       review.finalStatus,
                       review.reason,
                       review.acceptSuggestion,
                       review.rejectSuggestion});
    parser.addPositionalArgument(QStringLiteral("case"), Tr::tr("Case id."));
    parser.addPositionalArgument(QStringLiteral("variant"),
                                 Tr::tr("Variant key: contig-position-ref-alt, 1-based "
                                        "(6-26092913-G-A)."));
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    if (parser.positionalArguments().size() != 2)
        return usageError(Tr::tr("review set: give a case id and a variant key"));
    const QString caseId = parser.positionalArguments().at(0);
    const QString variant = parser.positionalArguments().at(1);
    if (!Core::CaseStore::isValidVariantKey(variant))
        return usageError(
                Tr::tr("review set: \"%1\" is not a variant key like 6-26092913-G-A").arg(variant));
    const auto input = reviewInput(parser, review, variant);
    if (!input)
        return UsageOrInputError;
    int exit = Success;
    const auto caseStore = openStore(parser, store, &exit);
    if (!caseStore)
        return exit;
    const auto user = actingUser(*caseStore, parser, store);
    if (!user)
        return UsageOrInputError;
    const auto stored = caseStore->setReview(*user, caseId, *input);
    if (!stored)
        return usageError(storeErrorText(stored.error()));
    standardOutput() << Tr::tr("%1 %2: %3 [%4], report version %5")
                                .arg(caseId,
                                     variant,
                                     Core::significanceLabel(stored->classification),
                                     stored->criteria.codes())
                                .arg(stored->reportVersion)
                     << Qt::endl
                     << stored->criteria.summary() << Qt::endl;
    return Success;
}

/*!
 * Hidden: writes reviews of variants 1-START-A-G, 1-START+1-A-G, ... in a loop until killed,
 * printing "ack KEY" after each write returned. Used by the crash (kill -9) test.
 */
int runReviewWriteLoop(const QStringList &arguments)
{
    QCommandLineParser parser;
    StoreOptions store;
    store.addTo(parser, true);
    const QCommandLineOption start(QStringLiteral("start"), QString(), QStringLiteral("n"));
    const QCommandLineOption count(QStringLiteral("count"), QString(), QStringLiteral("n"));
    parser.addOptions({start, count});
    parser.addPositionalArgument(QStringLiteral("case"), QString());
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return usageError(Tr::tr("give one case id"));
    int exit = Success;
    const auto caseStore = openStore(parser, store, &exit);
    if (!caseStore)
        return exit;
    const auto user = actingUser(*caseStore, parser, store);
    if (!user)
        return UsageOrInputError;
    const qint64 first = parser.value(start).toLongLong();
    const qint64 limit = parser.isSet(count) ? parser.value(count).toLongLong() : -1;
    for (qint64 i = 0; limit < 0 || i < limit; ++i) {
        Core::VariantReviewInput input;
        input.variantKey = QStringLiteral("1-%1-A-G").arg(first + i + 1);
        input.classification = Core::Significance::Uncertain;
        (void)input.criteria.add(QStringLiteral("PM2_Supporting"),
                                 QStringLiteral("absent from the test cache"));
        input.comment = QStringLiteral("write loop %1").arg(i);
        const auto stored
                = caseStore->setReview(*user, parser.positionalArguments().constFirst(), input);
        if (!stored)
            return usageError(storeErrorText(stored.error()));
        standardOutput() << QStringLiteral("ack ") << input.variantKey << Qt::endl;
    }
    return Success;
}

int runUserAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Adds a user; the new password is read from GENOMEDESK_NEW_PASSWORD. The "
                   "first user of a database must be an admin and needs no --user."));
    StoreOptions store;
    store.addTo(parser, true);
    const QCommandLineOption role(
            QStringLiteral("role"), Tr::tr("counsellor, geneticist or admin."), Tr::tr("role"));
    parser.addOption(role);
    parser.addPositionalArgument(QStringLiteral("name"), Tr::tr("User name."));
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return usageError(Tr::tr("user add: give one user name"));
    const auto userRole = Core::userRoleFromKey(parser.value(role));
    if (!userRole)
        return usageError(Tr::tr("user add: --role must be counsellor, geneticist or admin"));
    const QString password = qEnvironmentVariable(kNewPasswordVariable);
    if (password.isEmpty()) {
        return usageError(Tr::tr("user add: set the new user's password in %1")
                                  .arg(QLatin1String(kNewPasswordVariable)));
    }
    int exit = Success;
    const auto caseStore = openStore(parser, store, &exit);
    if (!caseStore)
        return exit;
    std::optional<Core::User> actor;
    if (parser.isSet(store.user)) {
        actor = actingUser(*caseStore, parser, store);
        if (!actor)
            return UsageOrInputError;
    }
    const auto added = caseStore->addUser(actor ? &*actor : nullptr,
                                          parser.positionalArguments().constFirst(),
                                          *userRole,
                                          password);
    if (!added)
        return usageError(storeErrorText(added.error()));
    standardOutput()
            << Tr::tr("User %1 (%2) added").arg(added->name, Core::userRoleKey(added->role))
            << Qt::endl;
    return Success;
}

int runUserList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Lists the users of a case database."));
    StoreOptions store;
    store.addTo(parser, false);
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    int exit = Success;
    const auto caseStore = openStore(parser, store, &exit);
    if (!caseStore)
        return exit;
    const auto users = caseStore->users();
    if (!users)
        return usageError(users.error().toString());
    for (const Core::User &user : users.value()) {
        standardOutput() << user.name << '\t' << Core::userRoleKey(user.role) << '\t'
                         << timeText(user.created) << Qt::endl;
    }
    return Success;
}

int runAuditVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Checks the hash chain of a case database's audit log; names the first bad "
                   "entry. With the database key (GENOMEDESK_PASSPHRASE or --key-file) it also "
                   "checks every entry's HMAC, which detects a rewrite of all later entries; "
                   "without the key that check is skipped."));
    StoreOptions store;
    store.addTo(parser, false);
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    if (!parser.isSet(store.database))
        return usageError(Tr::tr("audit verify: --db is required"));
    const bool keyed
            = parser.isSet(store.keyFile) || !qEnvironmentVariable(kPassphraseVariable).isEmpty();
    // The keyless check first: it only reads (never creates a database that is not there).
    Core::Result<Core::AuditVerification> verification
            = Core::AuditLog::verify(parser.value(store.database));
    if (verification && verification->intact && keyed) {
        int exit = Success;
        const auto caseStore = openStore(parser, store, &exit);
        if (!caseStore)
            return exit;
        verification = caseStore->verifyAudit();
    }
    if (!verification)
        return usageError(verification.error().toString());
    if (!verification->intact) {
        standardError() << Tr::tr("genomedesk: audit log NOT intact: entry %1: %2")
                                   .arg(verification->firstBadSequence)
                                   .arg(verification->problem)
                        << Qt::endl;
        return Failure;
    }
    standardOutput() << Tr::tr("audit log intact: %n entry(s)", nullptr, int(verification->entries))
                     << Qt::endl;
    if (verification->keyChecked) {
        standardOutput() << Tr::tr("keyed check (HMAC) passed for entries from %1 on")
                                    .arg(verification->keyedFrom)
                         << Qt::endl;
    } else {
        standardOutput() << Tr::tr("keyed check skipped: no key given (set %1 or give "
                                   "--key-file); only the hash chain was verified")
                                    .arg(QLatin1String(kPassphraseVariable))
                         << Qt::endl;
    }
    return Success;
}

int runAuditList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Prints the audit log of a case database."));
    const QCommandLineOption database(
            QStringLiteral("db"), Tr::tr("Case database file."), Tr::tr("cases.db"));
    parser.addOption(database);
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    if (!parser.isSet(database))
        return usageError(Tr::tr("audit list: --db is required"));
    const auto entries = Core::AuditLog::entries(parser.value(database));
    if (!entries)
        return usageError(entries.error().toString());
    for (const Core::AuditEntry &entry : entries.value()) {
        standardOutput() << entry.sequence << '\t' << timeText(entry.time) << '\t' << entry.actor
                         << '\t' << entry.action << '\t' << entry.entity << '\t'
                         << entry.hash.left(16) << Qt::endl;
    }
    return Success;
}

/*! Dispatches "genomedesk NAME ACTION ..." to the handler of ACTION. */
int runCaseSign(const QStringList &arguments)
{
    return runCaseTransition(arguments, true);
}

int runCaseMarkReviewed(const QStringList &arguments)
{
    return runCaseTransition(arguments, false);
}

} // namespace

int runCase(const QStringList &arguments)
{
    return runSubcommand(
            arguments,
            {{"create",
              QT_TRANSLATE_NOOP("App", "create a case for a patient and print its id"),
              runCaseCreate},
             {"list", QT_TRANSLATE_NOOP("App", "list the cases of a case database"), runCaseList},
             {"show",
              QT_TRANSLATE_NOOP("App", "show a case's inputs, reviews and report versions"),
              runCaseShow},
             {"export",
              QT_TRANSLATE_NOOP("App", "write a case as JSON (pseudonymous unless --identified)"),
              runCaseExport},
             {"mark-reviewed",
              QT_TRANSLATE_NOOP("App", "mark a draft case as reviewed"),
              runCaseMarkReviewed},
             {"sign",
              QT_TRANSLATE_NOOP("App", "sign a reviewed case (clinical geneticists only)"),
              runCaseSign}});
}

int runReview(const QStringList &arguments)
{
    return runSubcommand(
            arguments,
            {{"set",
              QT_TRANSLATE_NOOP("App",
                                "record one variant's classification with its ACMG/AMP criteria"),
              runReviewSet},
             {"write-loop", nullptr, runReviewWriteLoop}});
}

int runUser(const QStringList &arguments)
{
    return runSubcommand(
            arguments,
            {{"add", QT_TRANSLATE_NOOP("App", "add a user to a case database"), runUserAdd},
             {"list", QT_TRANSLATE_NOOP("App", "list the users of a case database"), runUserList}});
}

int runAudit(const QStringList &arguments)
{
    return runSubcommand(
            arguments,
            {{"verify",
              QT_TRANSLATE_NOOP("App", "check the audit log's hash chain (and HMACs with the key)"),
              runAuditVerify},
             {"list", QT_TRANSLATE_NOOP("App", "print the audit log"), runAuditList}});
}

} // namespace App
