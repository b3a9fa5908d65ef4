// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Core {

/*! How a gene's variants qualify for reporting (the ACMG SF "variants to report" column). */
enum class GeneRule : quint8 {
    AnyPathogenic,    //!< "any-pathogenic": every P/LP variant, heterozygous is enough (AD)
    Biallelic,        //!< "biallelic": two P/LP variants or one homozygous (AR)
    XLinked,          //!< "x-linked": hemizygous, heterozygous or homozygous (GLA, OTC)
    XLinkedBiallelic, //!< "x-linked-biallelic": hemi/homozygous, or two het (ABCD1)
    SpecificVariantHomozygous, //!< "specific-variant-homozygous": listed variants, homozygous (HFE)
    TruncatingOnly,            //!< "truncating-only": P/LP truncating variants only (TTN)
};

QString geneRuleKey(GeneRule rule);
std::optional<GeneRule> geneRuleFromKey(const QString &key);

/*! A named variant that a gene rule refers to (HFE p.C282Y). */
struct PolicyNamedVariant
{
    QString name;                 //!< "p.C282Y"
    QString hgvsCoding;           //!< "NM_000410.4:c.845G>A"
    QStringList hgvsProtein;      //!< all accepted spellings: "p.Cys282Tyr", "p.C282Y"
    QHash<QString, QString> keys; //!< build -> "6-26092913-G-A"
    bool ba1Exempt = false;       //!< common but pathogenic: the BA1 ceiling does not apply
};

/*! One gene of a policy with its rule. */
struct PolicyGene
{
    QString symbol;
    QString hgncId;
    QString inheritance; //!< "AD", "AR", "XL"
    GeneRule rule = GeneRule::AnyPathogenic;
    QStringList categories; //!< ACMG categories: Cardiovascular, Cancer, Metabolic, Miscellaneous
    QStringList conditions;
    QString onset;                          //!< "childhood" or "adult"
    QString consentCategory;                //!< consent category this gene's findings fall under
    QString addedIn;                        //!< list version that added the gene
    double maximumCredibleFrequency = -1.0; //!< AF in [0,1]; negative = none for this gene
    QList<PolicyNamedVariant> variants;
    int line = 0; //!< line of the gene's entry in the policy file
};

struct ConsentCategory
{
    QString id;
    QString title;
};

/*!
 * What a reader is shown for a consent category, in the current language: the categories of
 * the shipped policies by their own (translated) names, others as the policy file titles them
 * (else by id).
 */
QString consentCategoryLabel(const ConsentCategory &category);

/*!
 * An incidental/secondary-findings policy as read from a declarative JSON file
 * (resources/policies/<id>.json; the schema is described in resources/policies/README.md).
 *
 * A plain value: copy it freely; load it with PolicyLoader.
 */
class Policy
{
public:
    QString id; //!< "acmg-sf-3.2"
    QString title;
    QString version;  //!< policy (list) version, "3.2"
    int revision = 0; //!< revision of this file for the same list version
    QString source;
    QString checksum; //!< SHA-256 of the file bytes, hex
    QString fileName; //!< where it was read from

    QString consentModel = QStringLiteral("opt-in"); //!< "opt-in" or "opt-out"
    QList<ConsentCategory> consentCategories;
    bool minorsReportAdultOnset = false;

    QList<QString> reportableSignificances; //!< significanceKey() values, P and LP
    int clinvarMinimumStars = 0;
    bool labOverride = true;
    QString conflicting = QStringLiteral("needs-review");            //!< or "not-reportable"
    QString unclassifiedTruncating = QStringLiteral("needs-review"); //!< or "not-reportable"
    double ba1 = 0.05; //!< AF in [0,1] at or above which a variant is benign (BA1)
    bool reportCarriers = false;
    QString unphasedCompoundHeterozygous = QStringLiteral("report"); //!< or "needs-review"
    QStringList truncatingConsequences;

    QList<PolicyGene> genes; //!< in file order

    /*! The gene entry for \a symbol, or nullptr. */
    const PolicyGene *gene(const QString &symbol) const;
    /*! The gene entry with HGNC id \a hgncId ("HGNC:4886"), or nullptr. */
    const PolicyGene *geneByHgncId(const QString &hgncId) const;
    QStringList geneSymbols() const;
    bool hasConsentCategory(const QString &id) const;
    /*! consentCategoryLabel() of the category \a id (of a category without a title when the
     * policy has none: a shipped category's name, else \a id itself). */
    QString consentCategoryLabel(const QString &id) const;
    /*! "acmg-sf-3.2 v3.2 r1 (sha256 1a2b3c4d…)" */
    QString displayVersion() const;

private:
    friend class PolicyLoader;
    QHash<QString, int> m_geneIndex;
};

/*!
 * Reads and validates policy files. Every error names the file and the line of the entry at
 * fault ("unknown rule", "unknown gene", "unsupported formatVersion"); a policy that fails
 * validation is never returned.
 */
class PolicyLoader final
{
public:
    static constexpr int kFormatVersion = 1;

    /*!
     * Symbol -> HGNC id of genes known to the knowledge base. When not empty, a policy gene
     * whose symbol is unknown, or whose HGNC id differs, is refused.
     */
    void setKnownGenes(QHash<QString, QString> genes) { m_knownGenes = std::move(genes); }

    Result<Policy> loadFile(const QString &path) const;
    Result<Policy> loadData(const QByteArray &data, const QString &fileName) const;

    /*! Ids of the policies shipped in the resources (":/policies/<id>.json"). */
    static QStringList builtinIds();
    /*! Path of a policy given by id (built-in) or by file path. */
    static QString resolve(const QString &idOrPath);

private:
    QHash<QString, QString> m_knownGenes;
};

/*!
 * The policy in force. load() replaces it only when the new file is valid: after a failed
 * load the previous policy stays active and the error says why.
 */
class PolicyRegistry final
{
public:
    explicit PolicyRegistry(PolicyLoader loader = {})
        : m_loader(std::move(loader))
    {}

    Result<void> load(const QString &idOrPath);
    bool hasActive() const { return m_active.has_value(); }
    const Policy &active() const { return *m_active; }

private:
    PolicyLoader m_loader;
    std::optional<Policy> m_active;
};

} // namespace Core
