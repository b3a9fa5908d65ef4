// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy.h"

#include "../common/tr.h"
#include "jsonlines_p.h"
#include "policyvariant.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcPolicy, "genomedesk.core.policy", QtWarningMsg)

namespace Core {

namespace {

const QString kFormat = QStringLiteral("genomedesk-policy");
const QString kResourcePrefix = QStringLiteral(":/policies/");

struct RuleName
{
    GeneRule rule;
    const char *key;
};

constexpr RuleName kRuleNames[] = {
        {GeneRule::AnyPathogenic, "any-pathogenic"},
        {GeneRule::Biallelic, "biallelic"},
        {GeneRule::XLinked, "x-linked"},
        {GeneRule::XLinkedBiallelic, "x-linked-biallelic"},
        {GeneRule::SpecificVariantHomozygous, "specific-variant-homozygous"},
        {GeneRule::TruncatingOnly, "truncating-only"},
};

// Collects the first error with its line; the checks below stop at the first problem.
class Validator
{
public:
    Validator(const QByteArray &data, QString fileName)
        : m_data(data)
        , m_fileName(std::move(fileName))
    {}

    bool failed() const { return m_failed; }
    Error error() const { return m_error; }

    void fail(const QString &message, int line)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_error = Error(Error::Code::MalformedRecord, message, m_fileName, 0, qMax(1, line));
    }

    int lineOf(const QString &key, const QString &value = {}, int fromLine = 1) const
    {
        int line = JsonLines::lineOf(m_data, key, value, fromLine);
        if (line == 0 && !value.isEmpty())
            line = JsonLines::lineOf(m_data, key, value, fromLine, false);
        if (line == 0)
            line = JsonLines::lineOf(m_data, key, {}, fromLine);
        return line == 0 ? fromLine : line;
    }

    QString requireString(const QJsonObject &object, const QString &key, int fromLine)
    {
        const QJsonValue value = object.value(key);
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            fail(Tr::tr("\"%1\" must be a non-empty text").arg(key), lineOf(key, {}, fromLine));
            return {};
        }
        return value.toString().trimmed();
    }

    QStringList stringList(const QJsonObject &object, const QString &key, int fromLine)
    {
        const QJsonValue value = object.value(key);
        QStringList list;
        if (value.isUndefined())
            return list;
        if (!value.isArray()) {
            fail(Tr::tr("\"%1\" must be a list of texts").arg(key), lineOf(key, {}, fromLine));
            return list;
        }
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString()) {
                fail(Tr::tr("\"%1\" must be a list of texts").arg(key), lineOf(key, {}, fromLine));
                return {};
            }
            list << item.toString();
        }
        return list;
    }

    QString oneOf(const QJsonObject &object,
                  const QString &key,
                  const QStringList &allowed,
                  const QString &fallback,
                  int fromLine)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        const QString text = value.toString();
        if (!value.isString() || !allowed.contains(text))
            fail(Tr::tr("\"%1\" must be one of %2, not %3")
                         .arg(key,
                              allowed.join(QStringLiteral(", ")),
                              QString::fromUtf8(QJsonDocument(QJsonArray{value})
                                                        .toJson(QJsonDocument::Compact))
                                      .mid(1)
                                      .chopped(1)),
                 lineOf(key, {}, fromLine));
        return text;
    }

private:
    const QByteArray &m_data;
    QString m_fileName;
    bool m_failed = false;
    Error m_error;
};

} // namespace

QString geneRuleKey(GeneRule rule)
{
    for (const RuleName &name : kRuleNames) {
        if (name.rule == rule)
            return QString::fromLatin1(name.key);
    }
    return {};
}

std::optional<GeneRule> geneRuleFromKey(const QString &key)
{
    for (const RuleName &name : kRuleNames) {
        if (key == QLatin1String(name.key))
            return name.rule;
    }
    return std::nullopt;
}

const PolicyGene *Policy::gene(const QString &symbol) const
{
    const auto it = m_geneIndex.constFind(symbol);
    return it == m_geneIndex.cend() ? nullptr : &genes.at(*it);
}

const PolicyGene *Policy::geneByHgncId(const QString &hgncId) const
{
    if (hgncId.isEmpty())
        return nullptr;
    for (const PolicyGene &entry : genes) {
        if (entry.hgncId == hgncId)
            return &entry;
    }
    return nullptr;
}

QStringList Policy::geneSymbols() const
{
    QStringList symbols;
    for (const PolicyGene &entry : genes)
        symbols << entry.symbol;
    return symbols;
}

bool Policy::hasConsentCategory(const QString &categoryId) const
{
    for (const ConsentCategory &category : consentCategories) {
        if (category.id == categoryId)
            return true;
    }
    return false;
}

QString Policy::consentCategoryLabel(const QString &categoryId) const
{
    for (const ConsentCategory &category : consentCategories) {
        if (category.id == categoryId)
            return Core::consentCategoryLabel(category);
    }
    return Core::consentCategoryLabel({categoryId, QString()});
}

QString consentCategoryLabel(const ConsentCategory &category)
{
    if (category.id == QLatin1String("actionable-childhood-onset"))
        return Tr::tr("Actionable conditions with onset in childhood");
    if (category.id == QLatin1String("actionable-adult-onset"))
        return Tr::tr("Actionable conditions with onset in adulthood");
    if (category.id == QLatin1String("carrier-status"))
        return Tr::tr("Carrier status for recessive conditions");
    if (category.id == QLatin1String("pharmacogenomic"))
        return Tr::tr("Pharmacogenomic findings");
    if (category.id == QLatin1String("late-onset-untreatable"))
        return Tr::tr("Late-onset conditions without treatment");
    return category.title.isEmpty() ? category.id : category.title;
}

QString Policy::displayVersion() const
{
    return QStringLiteral("%1 v%2 r%3 (sha256 %4)")
            .arg(id, version)
            .arg(revision)
            .arg(checksum.left(12));
}

Result<Policy> PolicyLoader::loadFile(const QString &path) const
{
    QFile file(path);
    if (!file.exists())
        return Error(Error::Code::FileNotFound, Tr::tr("policy file not found"), path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::FileUnreadable,
                     Tr::tr("cannot read the policy: %1").arg(file.errorString()),
                     path);
    return loadData(file.readAll(), path);
}

Result<Policy> PolicyLoader::loadData(const QByteArray &data, const QString &fileName) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(Error::Code::MalformedRecord,
                     Tr::tr("not valid JSON: %1").arg(parseError.errorString()),
                     fileName,
                     0,
                     JsonLines::lineOfOffset(data, parseError.offset));
    if (!document.isObject())
        return Error(Error::Code::MalformedRecord,
                     Tr::tr("a policy must be a JSON object"),
                     fileName,
                     0,
                     1);

    Validator check(data, fileName);
    const QJsonObject root = document.object();
    Policy policy;
    policy.fileName = fileName;
    policy.checksum = QString::fromLatin1(
            QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());

    if (root.value(QStringLiteral("format")).toString() != kFormat)
        check.fail(Tr::tr("not a GenomeDesk policy: \"format\" must be \"%1\"").arg(kFormat),
                   check.lineOf(QStringLiteral("format")));
    const QJsonValue formatVersion = root.value(QStringLiteral("formatVersion"));
    if (!check.failed() && formatVersion.toInt(-1) != kFormatVersion)
        check.fail(Tr::tr("unsupported policy formatVersion %1 (this GenomeDesk reads %2)")
                           .arg(formatVersion.isDouble() ? QString::number(formatVersion.toDouble())
                                                         : formatVersion.toVariant().toString())
                           .arg(kFormatVersion),
                   check.lineOf(QStringLiteral("formatVersion")));

    policy.id = check.requireString(root, QStringLiteral("id"), 1);
    if (!check.failed()
        && !QRegularExpression(QStringLiteral("^[a-z0-9][a-z0-9.-]*$")).match(policy.id).hasMatch())
        check.fail(Tr::tr("policy id \"%1\" may only hold lower-case letters, digits, '.' and '-'")
                           .arg(policy.id),
                   check.lineOf(QStringLiteral("id")));
    policy.title = root.value(QStringLiteral("title")).toString();
    policy.version = check.requireString(root, QStringLiteral("version"), 1);
    if (!check.failed()
        && !QRegularExpression(QStringLiteral("^[0-9]+(\\.[0-9]+)*$"))
                    .match(policy.version)
                    .hasMatch())
        check.fail(Tr::tr("policy version \"%1\" is not a version number such as 3.2")
                           .arg(policy.version),
                   check.lineOf(QStringLiteral("version")));
    const QJsonValue revision = root.value(QStringLiteral("revision"));
    if (!check.failed() && !(revision.isDouble() && revision.toInt(-1) >= 1))
        check.fail(Tr::tr("\"revision\" must be a whole number from 1"),
                   check.lineOf(QStringLiteral("revision")));
    policy.revision = revision.toInt();
    policy.source = root.value(QStringLiteral("source")).toString();

    // Consent.
    const QJsonObject consent = root.value(QStringLiteral("consent")).toObject();
    const int consentLine = check.lineOf(QStringLiteral("consent"));
    policy.consentModel = check.oneOf(consent,
                                      QStringLiteral("model"),
                                      {QStringLiteral("opt-in"), QStringLiteral("opt-out")},
                                      QString(),
                                      consentLine);
    if (!check.failed() && policy.consentModel.isEmpty())
        check.fail(Tr::tr("\"consent\" must give a \"model\": opt-in or opt-out"), consentLine);
    for (const QJsonValue &value : consent.value(QStringLiteral("categories")).toArray()) {
        const QJsonObject object = value.toObject();
        ConsentCategory category{object.value(QStringLiteral("id")).toString(),
                                 object.value(QStringLiteral("title")).toString()};
        if (!check.failed() && (category.id.isEmpty() || policy.hasConsentCategory(category.id)))
            check.fail(Tr::tr("consent category \"%1\" is empty or given twice").arg(category.id),
                       check.lineOf(QStringLiteral("id"), category.id, consentLine));
        policy.consentCategories << category;
    }
    if (!check.failed() && policy.consentCategories.isEmpty())
        check.fail(Tr::tr("\"consent\" must list its \"categories\""), consentLine);
    policy.minorsReportAdultOnset = consent.value(QStringLiteral("minors"))
                                            .toObject()
                                            .value(QStringLiteral("reportAdultOnset"))
                                            .toBool(false);

    // Classification sources.
    const QJsonObject classification = root.value(QStringLiteral("classification")).toObject();
    const int classificationLine = check.lineOf(QStringLiteral("classification"));
    const QStringList reportable
            = check.stringList(classification, QStringLiteral("reportable"), classificationLine);
    for (const QString &key : reportable) {
        bool ok = false;
        const Significance significance = significanceFromKey(key, &ok);
        if (!check.failed()
            && (!ok || significance == Significance::Unknown
                || significance == Significance::Conflicting))
            check.fail(Tr::tr("unknown classification \"%1\" in \"reportable\"").arg(key),
                       check.lineOf(QStringLiteral("reportable"), {}, classificationLine));
        policy.reportableSignificances << significanceKey(significance);
    }
    if (!check.failed() && policy.reportableSignificances.isEmpty())
        check.fail(Tr::tr("\"classification\" must list the \"reportable\" classifications"),
                   classificationLine);
    const QJsonValue stars = classification.value(QStringLiteral("clinvarMinimumStars"));
    if (!check.failed()
        && (!stars.isDouble() || stars.toDouble() != stars.toInt() || stars.toInt() < 0
            || stars.toInt() > 4))
        check.fail(Tr::tr("\"clinvarMinimumStars\" must be a whole number from 0 to 4"),
                   check.lineOf(QStringLiteral("clinvarMinimumStars"), {}, classificationLine));
    policy.clinvarMinimumStars = stars.toInt();
    policy.labOverride = classification.value(QStringLiteral("labOverride")).toBool(true);
    const QStringList undecided{QStringLiteral("needs-review"), QStringLiteral("not-reportable")};
    policy.conflicting = check.oneOf(classification,
                                     QStringLiteral("conflicting"),
                                     undecided,
                                     QStringLiteral("needs-review"),
                                     classificationLine);
    policy.unclassifiedTruncating = check.oneOf(classification,
                                                QStringLiteral("unclassifiedTruncating"),
                                                undecided,
                                                QStringLiteral("needs-review"),
                                                classificationLine);

    // Frequency, carriers, phase, consequences.
    const QJsonValue ba1
            = root.value(QStringLiteral("frequency")).toObject().value(QStringLiteral("ba1"));
    if (!check.failed() && (!ba1.isDouble() || ba1.toDouble() <= 0.0 || ba1.toDouble() > 1.0))
        check.fail(Tr::tr("\"ba1\" must be an allele frequency above 0 and at most 1"),
                   check.lineOf(QStringLiteral("ba1")));
    policy.ba1 = ba1.toDouble();
    policy.reportCarriers = root.value(QStringLiteral("carriers"))
                                    .toObject()
                                    .value(QStringLiteral("report"))
                                    .toBool(false);
    policy.unphasedCompoundHeterozygous
            = check.oneOf(root,
                          QStringLiteral("unphasedCompoundHeterozygous"),
                          {QStringLiteral("report"), QStringLiteral("needs-review")},
                          QStringLiteral("report"),
                          1);
    policy.truncatingConsequences
            = check.stringList(root, QStringLiteral("truncatingConsequences"), 1);
    if (!check.failed() && policy.truncatingConsequences.isEmpty())
        check.fail(Tr::tr("\"truncatingConsequences\" must list SO terms"),
                   check.lineOf(QStringLiteral("truncatingConsequences")));

    // Genes.
    const QJsonValue genesValue = root.value(QStringLiteral("genes"));
    if (!check.failed() && (!genesValue.isArray() || genesValue.toArray().isEmpty()))
        check.fail(Tr::tr("\"genes\" must be a non-empty list"),
                   check.lineOf(QStringLiteral("genes")));
    const QRegularExpression symbolPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    const QRegularExpression hgncPattern(QStringLiteral("^HGNC:[0-9]+$"));
    const QRegularExpression keyPattern(QStringLiteral("^[0-9XYMT]+-[0-9]+-[ACGTN]+-[ACGTN]+$"));
    const QStringList inheritances{
            QStringLiteral("AD"), QStringLiteral("AR"), QStringLiteral("XL")};
    int searchFrom = check.lineOf(QStringLiteral("genes"));
    for (const QJsonValue &value : genesValue.toArray()) {
        if (check.failed())
            break;
        if (!value.isObject()) {
            check.fail(Tr::tr("each entry of \"genes\" must be an object"), searchFrom + 1);
            break;
        }
        const QJsonObject object = value.toObject();
        PolicyGene gene;
        gene.symbol = object.value(QStringLiteral("symbol")).toString();
        gene.line = check.lineOf(QStringLiteral("symbol"), gene.symbol, searchFrom);
        searchFrom = gene.line;
        const int line = gene.line;
        if (!symbolPattern.match(gene.symbol).hasMatch()) {
            check.fail(Tr::tr("gene symbol \"%1\" is not a valid HGNC symbol").arg(gene.symbol),
                       line);
            break;
        }
        if (policy.m_geneIndex.contains(gene.symbol)) {
            check.fail(Tr::tr("gene %1 is listed twice").arg(gene.symbol), line);
            break;
        }
        gene.hgncId = object.value(QStringLiteral("hgncId")).toString();
        if (!hgncPattern.match(gene.hgncId).hasMatch()) {
            check.fail(Tr::tr("gene %1: \"hgncId\" must look like HGNC:1234").arg(gene.symbol),
                       check.lineOf(QStringLiteral("hgncId"), {}, line));
            break;
        }
        if (!m_knownGenes.isEmpty()) {
            const auto known = m_knownGenes.constFind(gene.symbol);
            if (known == m_knownGenes.cend()) {
                check.fail(Tr::tr("unknown gene %1: not in the knowledge base's gene model")
                                   .arg(gene.symbol),
                           line);
                break;
            }
            if (!known->isEmpty() && *known != gene.hgncId) {
                check.fail(Tr::tr("gene %1: HGNC id %2 does not match the gene model's %3")
                                   .arg(gene.symbol, gene.hgncId, *known),
                           check.lineOf(QStringLiteral("hgncId"), {}, line));
                break;
            }
        }
        gene.inheritance
                = check.oneOf(object, QStringLiteral("inheritance"), inheritances, {}, line);
        if (!check.failed() && gene.inheritance.isEmpty())
            check.fail(Tr::tr("gene %1: \"inheritance\" is missing").arg(gene.symbol), line);
        const QString ruleKey = object.value(QStringLiteral("rule")).toString();
        const std::optional<GeneRule> rule = geneRuleFromKey(ruleKey);
        if (!check.failed() && !rule) {
            QStringList known;
            for (const RuleName &name : kRuleNames)
                known << QString::fromLatin1(name.key);
            check.fail(Tr::tr("gene %1: unknown rule \"%2\" (known rules: %3)")
                               .arg(gene.symbol, ruleKey, known.join(QStringLiteral(", "))),
                       check.lineOf(QStringLiteral("rule"), ruleKey, line));
            break;
        }
        gene.rule = rule.value_or(GeneRule::AnyPathogenic);
        const bool xRule
                = gene.rule == GeneRule::XLinked || gene.rule == GeneRule::XLinkedBiallelic;
        if (!check.failed() && xRule != (gene.inheritance == QLatin1String("XL")))
            check.fail(Tr::tr("gene %1: rule \"%2\" does not fit inheritance %3")
                               .arg(gene.symbol, ruleKey, gene.inheritance),
                       check.lineOf(QStringLiteral("rule"), ruleKey, line));
        if (!check.failed() && gene.rule == GeneRule::Biallelic
            && gene.inheritance != QLatin1String("AR"))
            check.fail(Tr::tr("gene %1: rule \"%2\" does not fit inheritance %3")
                               .arg(gene.symbol, ruleKey, gene.inheritance),
                       check.lineOf(QStringLiteral("rule"), ruleKey, line));
        gene.categories = check.stringList(object, QStringLiteral("categories"), line);
        gene.conditions = check.stringList(object, QStringLiteral("conditions"), line);
        gene.onset = check.oneOf(object,
                                 QStringLiteral("onset"),
                                 {QStringLiteral("childhood"), QStringLiteral("adult")},
                                 {},
                                 line);
        if (!check.failed() && gene.onset.isEmpty())
            check.fail(
                    Tr::tr("gene %1: \"onset\" is missing (childhood or adult)").arg(gene.symbol),
                    line);
        gene.consentCategory
                = object.value(QStringLiteral("consentCategory"))
                          .toString(QStringLiteral("actionable-%1-onset").arg(gene.onset));
        if (!check.failed() && !policy.hasConsentCategory(gene.consentCategory))
            check.fail(Tr::tr("gene %1: consent category \"%2\" is not defined in \"consent\"")
                               .arg(gene.symbol, gene.consentCategory),
                       check.lineOf(QStringLiteral("consentCategory"), {}, line));
        gene.addedIn = object.value(QStringLiteral("addedIn")).toString();
        const QJsonValue ceiling = object.value(QStringLiteral("maximumCredibleAf"));
        if (!ceiling.isUndefined()) {
            if (!check.failed()
                && (!ceiling.isDouble() || ceiling.toDouble() <= 0.0 || ceiling.toDouble() > 1.0))
                check.fail(Tr::tr("gene %1: \"maximumCredibleAf\" must be above 0 and at most 1")
                                   .arg(gene.symbol),
                           check.lineOf(QStringLiteral("maximumCredibleAf"), {}, line));
            gene.maximumCredibleFrequency = ceiling.toDouble();
        }
        for (const QJsonValue &variantValue : object.value(QStringLiteral("variants")).toArray()) {
            const QJsonObject variantObject = variantValue.toObject();
            PolicyNamedVariant variant;
            variant.name = variantObject.value(QStringLiteral("name")).toString();
            variant.hgvsCoding = variantObject.value(QStringLiteral("hgvsCoding")).toString();
            variant.hgvsProtein
                    = check.stringList(variantObject, QStringLiteral("hgvsProtein"), line);
            variant.ba1Exempt = variantObject.value(QStringLiteral("ba1Exempt")).toBool(false);
            for (const QString &build : {QStringLiteral("GRCh37"), QStringLiteral("GRCh38")}) {
                const QString key = variantObject.value(build).toString();
                if (key.isEmpty())
                    continue;
                if (!check.failed() && !keyPattern.match(key).hasMatch())
                    check.fail(Tr::tr("gene %1: %2 position \"%3\" must look like 6-26092913-G-A")
                                       .arg(gene.symbol, build, key),
                               check.lineOf(build, key, line));
                variant.keys.insert(build, key);
            }
            if (!check.failed() && variant.name.isEmpty())
                check.fail(Tr::tr("gene %1: a listed variant needs a \"name\"").arg(gene.symbol),
                           check.lineOf(QStringLiteral("variants"), {}, line));
            gene.variants << variant;
        }
        if (!check.failed() && gene.rule == GeneRule::SpecificVariantHomozygous
            && gene.variants.isEmpty())
            check.fail(Tr::tr("gene %1: rule \"%2\" needs a list of \"variants\"")
                               .arg(gene.symbol, ruleKey),
                       check.lineOf(QStringLiteral("rule"), ruleKey, line));
        if (check.failed())
            break;
        policy.m_geneIndex.insert(gene.symbol, int(policy.genes.size()));
        policy.genes << gene;
    }

    if (check.failed()) {
        qCDebug(lcPolicy) << "policy refused:" << check.error().toString();
        return check.error();
    }
    return policy;
}

QStringList PolicyLoader::builtinIds()
{
    QStringList ids;
    const QStringList files
            = QDir(kResourcePrefix).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        ids << QFileInfo(file).completeBaseName();
    return ids;
}

QString PolicyLoader::resolve(const QString &idOrPath)
{
    const QString builtin = kResourcePrefix + idOrPath + QStringLiteral(".json");
    if (!idOrPath.contains(QLatin1Char('/')) && QFileInfo::exists(builtin))
        return builtin;
    return idOrPath;
}

Result<void> PolicyRegistry::load(const QString &idOrPath)
{
    Result<Policy> loaded = m_loader.loadFile(PolicyLoader::resolve(idOrPath));
    if (!loaded) {
        qCWarning(lcPolicy) << "policy refused, keeping"
                            << (m_active ? m_active->displayVersion() : QStringLiteral("none"));
        return loaded.error();
    }
    m_active = std::move(loaded).value();
    return {};
}

} // namespace Core
