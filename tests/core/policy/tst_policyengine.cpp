// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/policy/policyengine.h>

#include <QTest>

#include <functional>

using namespace Core;

namespace {

// Test text in UTF-8 (the table holds "→"); QT_NO_CAST_FROM_ASCII forbids the implicit form.
QString operator""_str(const char *text, std::size_t size)
{
    return QString::fromUtf8(text, qsizetype(size));
}

// One hand-made case: the variants of one proband, the policy, the consent and the
// indication, with the decision expected for every variant and a phrase of the reason trail
// of the first variant.
struct Case
{
    QString name;
    QString policy;
    QList<PolicyVariant> variants;
    ConsentProfile consent;
    QStringList indication;
    QStringList expected;
    QString reason;
};

qint64 s_position = 1000;

PolicyVariant variant(const QString &gene,
                      Zygosity zygosity,
                      Significance significance = Significance::Pathogenic,
                      int stars = 3)
{
    PolicyVariant v;
    v.contig = QStringLiteral("chr1");
    v.position = ++s_position;
    v.reference = QStringLiteral("C");
    v.alternate = QStringLiteral("T");
    v.build = QStringLiteral("GRCh38");
    v.geneSymbol = gene;
    v.consequence = QStringLiteral("missense_variant");
    v.zygosity = zygosity;
    v.sex = Sex::Female;
    v.clinvarSignificance = significance;
    v.clinvarStars = significance == Significance::Unknown ? -1 : stars;
    return v;
}

PolicyVariant with(PolicyVariant v, const std::function<void(PolicyVariant &)> &change)
{
    change(v);
    return v;
}

PolicyVariant inherited(PolicyVariant v, bool fromMother, bool fromFather)
{
    v.trio = true;
    v.motherZygosity = fromMother ? Zygosity::Het : Zygosity::HomRef;
    v.fatherZygosity = fromFather ? Zygosity::Het : Zygosity::HomRef;
    return v;
}

PolicyVariant hfe(const QString &key, Zygosity zygosity)
{
    const QStringList parts = key.split(QLatin1Char('-'));
    PolicyVariant v = variant(QStringLiteral("HFE"), zygosity);
    v.contig = parts.at(0);
    v.position = parts.at(1).toLongLong();
    v.reference = parts.at(2);
    v.alternate = parts.at(3);
    return v;
}

const QString kC282Y = QStringLiteral("6-26092913-G-A");
const QString kH63D = QStringLiteral("6-26091179-C-G");

ConsentProfile consent(bool minor, const QMap<QString, QString> &choices = {})
{
    ConsentProfile profile;
    profile.caseId = QStringLiteral("TEST");
    profile.minor = minor;
    profile.recordedOn = QDate(2026, 11, 20);
    profile.recordedBy = QStringLiteral("Dr A. Example");
    for (auto it = choices.cbegin(); it != choices.cend(); ++it)
        profile.choices.insert(it.key(),
                               *it == QLatin1String("opt-in") ? ConsentProfile::Choice::OptIn
                                                              : ConsentProfile::Choice::OptOut);
    return profile;
}

ConsentProfile adult()
{
    return consent(false);
}

ConsentProfile allIn(bool minor = false)
{
    return consent(minor,
                   {{QStringLiteral("actionable-childhood-onset"), QStringLiteral("opt-in")},
                    {QStringLiteral("actionable-adult-onset"), QStringLiteral("opt-in")},
                    {QStringLiteral("carrier-status"), QStringLiteral("opt-in")},
                    {QStringLiteral("pharmacogenomic"), QStringLiteral("opt-in")},
                    {QStringLiteral("late-onset-untreatable"), QStringLiteral("opt-in")}});
}

ConsentProfile optOut(const QString &category)
{
    ConsentProfile profile = allIn();
    profile.choices.insert(category, ConsentProfile::Choice::OptOut);
    return profile;
}

const QString v32 = QStringLiteral("acmg-sf-3.2");
const QString v33 = QStringLiteral("acmg-sf-3.3");
const QString testPolicy = QStringLiteral("test-opt-in");

const QString primary = QStringLiteral("report-primary");
const QString secondary = QStringLiteral("report-secondary");
const QString suppressed = QStringLiteral("suppressed-by-consent");
const QString notReportable = QStringLiteral("not-reportable");
const QString review = QStringLiteral("needs-review");

QList<Case> cases()
{
    const auto P = Significance::Pathogenic;
    const auto LP = Significance::LikelyPathogenic;
    const auto het = Zygosity::Het;
    const auto hom = Zygosity::HomAlt;
    const auto hemi = Zygosity::Hemizygous;
    QList<Case> list;
    const auto add = [&list](const QString &name,
                             const QString &policy,
                             const QList<PolicyVariant> &variants,
                             const ConsentProfile &profile,
                             const QStringList &expected,
                             const QString &reason,
                             const QStringList &indication = {}) {
        list << Case{name, policy, variants, profile, indication, expected, reason};
    };

    // Autosomal dominant genes, classification sources and frequency.
    add("AD: BRCA1 heterozygous P, 3 stars"_str,
        v32,
        {variant("BRCA1"_str, het, P, 3)},
        adult(),
        {secondary},
        "BRCA1 is reported for every P/LP variant (heterozygous found)"_str);
    add("AD: BRCA2 heterozygous LP, 2 stars"_str,
        v32,
        {variant("BRCA2"_str, het, LP, 2)},
        adult(),
        {secondary},
        "ClinVar classifies it as likely pathogenic (2 review star(s))"_str);
    add("ClinVar P with 1 star is below the minimum"_str,
        v32,
        {variant("BRCA1"_str, het, P, 1)},
        adult(),
        {review},
        "below the policy's minimum of 2"_str);
    add("ClinVar conflicting classifications"_str,
        v32,
        {variant("LDLR"_str, het, Significance::Conflicting, 1)},
        adult(),
        {review},
        "ClinVar reports conflicting classifications"_str);
    add("conflicting, policy says not reportable"_str,
        testPolicy,
        {variant("BRCA1"_str, het, Significance::Conflicting, 1)},
        allIn(),
        {notReportable},
        "does not report variants with conflicting classifications"_str);
    add("VUS in an SF gene"_str,
        v32,
        {variant("MYH7"_str, het, Significance::Uncertain, 2)},
        adult(),
        {notReportable},
        "Only pathogenic and likely pathogenic variants are reported."_str);
    add("benign in an SF gene"_str,
        v32,
        {variant("MYH7"_str, het, Significance::Benign, 2)},
        adult(),
        {notReportable},
        "ClinVar classifies it as benign"_str);
    add("lab override: ClinVar VUS, lab LP"_str,
        v32,
        {with(variant("KCNH2"_str, het, Significance::Uncertain, 2),
              [](PolicyVariant &v) { v.labSignificance = Significance::LikelyPathogenic; })},
        adult(),
        {secondary},
        "The laboratory classified the variant as likely pathogenic"_str);
    add("lab override: ClinVar P, lab likely benign"_str,
        v32,
        {with(variant("PKP2"_str, het, P, 2),
              [](PolicyVariant &v) { v.labSignificance = Significance::LikelyBenign; })},
        adult(),
        {notReportable},
        "this overrides ClinVar"_str);
    add("lab override beats too few stars"_str,
        v32,
        {with(variant("MLH1"_str, het, P, 0),
              [](PolicyVariant &v) { v.labSignificance = Significance::Pathogenic; })},
        adult(),
        {secondary},
        "The laboratory classified the variant as pathogenic"_str);
    add("frequency above BA1"_str,
        v32,
        {with(variant("APOB"_str, het, P, 2),
              [](PolicyVariant &v) {
                  v.maximumPopulationFrequency = 0.08;
                  v.frequencySource = QStringLiteral("gnomAD v4.1 afr");
              })},
        adult(),
        {notReportable},
        "0.08 (gnomAD v4.1 afr) is at or above the BA1 threshold of 0.05"_str);
    add("frequency below BA1 is named"_str,
        v32,
        {with(variant("PCSK9"_str, het, P, 2),
              [](PolicyVariant &v) {
                  v.maximumPopulationFrequency = 0.0001;
                  v.frequencySource = QStringLiteral("GDI node NL");
              })},
        adult(),
        {secondary},
        "0.0001 (GDI node NL) is below the policy's ceilings"_str);
    add("frequency above a gene's maximum credible AF"_str,
        testPolicy,
        {with(variant("MYBPC3"_str, het, P, 2),
              [](PolicyVariant &v) { v.maximumPopulationFrequency = 0.002; })},
        allIn(),
        {notReportable},
        "above the maximum credible frequency of 0.001 for MYBPC3"_str);
    add("gene not on the list"_str,
        v32,
        {variant("CFTR"_str, het, P, 4)},
        adult(),
        {notReportable},
        "CFTR is neither in the indication nor on the policy's list (acmg-sf-3.2)"_str);
    add("intergenic"_str,
        v32,
        {variant(QString(), het, P, 4)},
        adult(),
        {notReportable},
        "The variant is not in a known gene."_str);
    add("not carried (hom-ref)"_str,
        v32,
        {variant("BRCA1"_str, Zygosity::HomRef, P, 3)},
        adult(),
        {notReportable},
        "does not carry this allele"_str);
    add("unclassified truncating in an SF gene"_str,
        v32,
        {with(variant("BRCA2"_str, het, Significance::Unknown),
              [](PolicyVariant &v) { v.consequence = QStringLiteral("frameshift_variant"); })},
        adult(),
        {review},
        "An unclassified frameshift_variant variant in a policy gene"_str);
    add("gene found by HGNC id under an older symbol"_str,
        v32,
        {with(variant("OLDSYMBOL"_str, het, P, 3),
              [](PolicyVariant &v) { v.hgncId = QStringLiteral("HGNC:6294"); })},
        adult(),
        {secondary},
        "OLDSYMBOL (HGNC:6294) is KCNQ1 in the policy."_str);
    add("biallelic pair found by HGNC id"_str,
        v32,
        {with(inherited(variant("MUTYH"_str, het, P, 3), true, false),
              [](PolicyVariant &v) { v.hgncId = QStringLiteral("HGNC:7527"); }),
         with(inherited(variant("MYH"_str, het, P, 3), false, true),
              [](PolicyVariant &v) { v.hgncId = QStringLiteral("HGNC:7527"); })},
        adult(),
        {secondary, secondary},
        "in trans"_str);
    add("version: CYP27A1 is not in v3.2"_str,
        v32,
        {variant("CYP27A1"_str, hom, P, 2)},
        adult(),
        {notReportable},
        "neither in the indication nor on the policy's list"_str);
    add("version: PLN is in v3.3"_str,
        v33,
        {variant("PLN"_str, het, P, 2)},
        adult(),
        {secondary},
        "PLN is on the policy's list (acmg-sf-3.3, rule: any-pathogenic)"_str);

    // Biallelic-only genes: one heterozygous hit is a carrier, not a finding.
    for (const QString &gene :
         {"ATP7B"_str, "BTD"_str, "CASQ2"_str, "GAA"_str, "MUTYH"_str, "RPE65"_str, "TRDN"_str}) {
        add(QStringLiteral("biallelic: %1 single heterozygous").arg(gene),
            v32,
            {variant(gene, het, P, 2)},
            adult(),
            {notReportable},
            "%1 is biallelic-only; one heterozygous P/LP variant found → not reportable."_str.arg(
                    gene));
    }
    add("biallelic: CYP27A1 single heterozygous (v3.3)"_str,
        v33,
        {variant("CYP27A1"_str, het, P, 2)},
        adult(),
        {notReportable},
        "CYP27A1 is biallelic-only; one heterozygous P/LP variant found → not reportable."_str);
    add("biallelic: CYP27A1 homozygous (v3.3)"_str,
        v33,
        {variant("CYP27A1"_str, hom, LP, 2)},
        adult(),
        {secondary},
        "CYP27A1 is biallelic-only; a homozygous P/LP variant is reportable."_str);
    add("biallelic: ATP7B homozygous"_str,
        v32,
        {variant("ATP7B"_str, hom, P, 3)},
        adult(),
        {secondary},
        "a homozygous P/LP variant is reportable"_str);
    add("biallelic: MUTYH two hits in trans (trio)"_str,
        v32,
        {inherited(variant("MUTYH"_str, het, P, 3), true, false),
         inherited(variant("MUTYH"_str, het, LP, 2), false, true)},
        adult(),
        {secondary, secondary},
        "in trans"_str);
    add("biallelic: MUTYH two hits in cis (both from the mother)"_str,
        v32,
        {inherited(variant("MUTYH"_str, het, P, 3), true, false),
         inherited(variant("MUTYH"_str, het, P, 2), true, false)},
        adult(),
        {notReportable, notReportable},
        "(in cis): not biallelic"_str);
    add("biallelic: GAA two hits, phase unknown"_str,
        v32,
        {variant("GAA"_str, het, P, 2), variant("GAA"_str, het, LP, 2)},
        adult(),
        {secondary, secondary},
        "possible compound heterozygote, phase unknown; presumed biallelic"_str);
    add("biallelic: BTD two hits phased in trans by reads"_str,
        v32,
        {with(variant("BTD"_str, het, P, 2),
              [](PolicyVariant &v) {
                  v.phaseSet = 500;
                  v.haplotype = 0;
              }),
         with(variant("BTD"_str, het, P, 2),
              [](PolicyVariant &v) {
                  v.phaseSet = 500;
                  v.haplotype = 1;
              })},
        adult(),
        {secondary, secondary},
        "in trans"_str);
    add("biallelic: RPE65 two hits phased in cis by reads"_str,
        v32,
        {with(variant("RPE65"_str, het, P, 2),
              [](PolicyVariant &v) {
                  v.phaseSet = 77;
                  v.haplotype = 1;
              }),
         with(variant("RPE65"_str, het, P, 2),
              [](PolicyVariant &v) {
                  v.phaseSet = 77;
                  v.haplotype = 1;
              })},
        adult(),
        {notReportable, notReportable},
        "in cis"_str);
    add("biallelic: RPE65 two hits phased in different phase sets (phase unknown)"_str,
        v32,
        {with(variant("RPE65"_str, het, P, 2),
              [](PolicyVariant &v) {
                  v.phaseSet = 77;
                  v.haplotype = 1;
              }),
         with(variant("RPE65"_str, het, P, 2),
              [](PolicyVariant &v) {
                  v.phaseSet = 9000;
                  v.haplotype = 1;
              })},
        adult(),
        {secondary, secondary},
        "possible compound heterozygote, phase unknown"_str);
    add("biallelic: CASQ2 P plus a conflicting second variant"_str,
        v32,
        {variant("CASQ2"_str, het, P, 2), variant("CASQ2"_str, het, Significance::Conflicting, 1)},
        adult(),
        {review, review},
        "Another variant in CASQ2 needs review"_str);
    add("biallelic: unphased pair, policy asks for review"_str,
        testPolicy,
        {variant("MUTYH"_str, het, P, 2), variant("MUTYH"_str, het, P, 2)},
        allIn(),
        {review, review},
        "the policy asks for review"_str);
    add("carrier status reported by policy, opted in"_str,
        testPolicy,
        {variant("MUTYH"_str, het, P, 2)},
        allIn(),
        {secondary},
        "carrier status, which this policy"_str);
    add("carrier status reported by policy, opted out"_str,
        testPolicy,
        {variant("MUTYH"_str, het, P, 2)},
        optOut("carrier-status"_str),
        {suppressed},
        "The patient opted out of \"Carrier status for recessive conditions\""_str);

    // HFE: p.C282Y homozygotes only.
    add("HFE p.C282Y homozygous, common but exempt from BA1"_str,
        v32,
        {with(hfe(kC282Y, hom),
              [](PolicyVariant &v) {
                  v.maximumPopulationFrequency = 0.057;
                  v.frequencySource = QStringLiteral("gnomAD nfe");
              })},
        adult(),
        {secondary},
        "the policy exempts HFE p.C282Y from BA1"_str);
    add("HFE p.C282Y heterozygous"_str,
        v32,
        {hfe(kC282Y, het)},
        adult(),
        {notReportable},
        "only homozygotes of the named variant are reported"_str);
    add("HFE p.C282Y / p.H63D compound heterozygous"_str,
        v32,
        {hfe(kC282Y, het), hfe(kH63D, het)},
        adult(),
        {notReportable, notReportable},
        "compound heterozygotes are not"_str);
    add("HFE p.H63D homozygous"_str,
        v32,
        {hfe(kH63D, hom)},
        adult(),
        {notReportable},
        "For HFE only homozygous p.C282Y is reported; this variant is not p.C282Y."_str);
    add("HFE p.C282Y recognised by HGVS p. (GRCh37 file)"_str,
        v32,
        {with(variant("HFE"_str, hom, P, 2),
              [](PolicyVariant &v) {
                  v.build.clear();
                  v.hgvsProtein = QStringLiteral("NP_000401.1:p.Cys282Tyr");
              })},
        adult(),
        {secondary},
        "The variant is HFE p.C282Y, named by the policy."_str);
    add("HFE p.C282Y by GRCh37 position"_str,
        v32,
        {with(hfe(QStringLiteral("6-26093141-G-A"), hom),
              [](PolicyVariant &v) { v.build = QStringLiteral("GRCh37"); })},
        adult(),
        {secondary},
        "named by the policy"_str);

    // TTN: truncating only.
    add("TTN stop_gained P"_str,
        v32,
        {with(variant("TTN"_str, het, P, 2),
              [](PolicyVariant &v) { v.consequence = QStringLiteral("stop_gained"); })},
        adult(),
        {secondary},
        "The variant is truncating (stop_gained)."_str);
    add("TTN frameshift LP"_str,
        v32,
        {with(variant("TTN"_str, het, LP, 2),
              [](PolicyVariant &v) { v.consequence = QStringLiteral("frameshift_variant"); })},
        adult(),
        {secondary},
        "truncating (frameshift_variant)"_str);
    add("TTN missense P"_str,
        v32,
        {variant("TTN"_str, het, P, 2)},
        adult(),
        {notReportable},
        "For TTN only truncating variants are reported; missense_variant is not truncating."_str);
    add("TTN P with unknown consequence"_str,
        v32,
        {with(variant("TTN"_str, het, P, 2), [](PolicyVariant &v) { v.consequence.clear(); })},
        adult(),
        {review},
        "the consequence of this variant is not known"_str);

    // X-linked.
    add("GLA hemizygous male"_str,
        v32,
        {with(variant("GLA"_str, hemi, P, 2), [](PolicyVariant &v) { v.sex = Sex::Male; })},
        adult(),
        {secondary},
        "GLA is X-linked: hemizygous, heterozygous and homozygous P/LP variants are reported (hemizygous, male)"_str);
    add("GLA heterozygous female"_str,
        v32,
        {variant("GLA"_str, het, P, 2)},
        adult(),
        {secondary},
        "(heterozygous, female)"_str);
    add("OTC heterozygous female"_str,
        v32,
        {variant("OTC"_str, het, LP, 2)},
        adult(),
        {secondary},
        "OTC is X-linked"_str);
    add("OTC homozygous female"_str,
        v32,
        {variant("OTC"_str, hom, P, 2)},
        adult(),
        {secondary},
        "(homozygous, female)"_str);
    add("ABCD1 hemizygous male (v3.3)"_str,
        v33,
        {with(variant("ABCD1"_str, hemi, P, 2), [](PolicyVariant &v) { v.sex = Sex::Male; })},
        adult(),
        {secondary},
        "ABCD1: hemizygous and homozygous P/LP variants are reported"_str);
    add("ABCD1 heterozygous call in a male (v3.3)"_str,
        v33,
        {with(variant("ABCD1"_str, het, P, 2), [](PolicyVariant &v) { v.sex = Sex::Male; })},
        adult(),
        {secondary},
        "the heterozygous call is read as hemizygous"_str);
    add("ABCD1 single heterozygous female (v3.3)"_str,
        v33,
        {variant("ABCD1"_str, het, P, 2)},
        adult(),
        {notReportable},
        "ABCD1: a single heterozygous P/LP variant in a female is not reported"_str);
    add("ABCD1 two heterozygous in trans, female (v3.3)"_str,
        v33,
        {inherited(variant("ABCD1"_str, het, P, 2), true, false),
         inherited(variant("ABCD1"_str, het, P, 2), false, true)},
        adult(),
        {secondary, secondary},
        "in trans"_str);
    add("ABCD1 heterozygous, sex unknown (v3.3)"_str,
        v33,
        {with(variant("ABCD1"_str, het, P, 2), [](PolicyVariant &v) { v.sex = Sex::Unknown; })},
        adult(),
        {review},
        "the patient's sex is unknown"_str);

    // Consent, per category, the consent model and minors. The reasons name each category as
    // the report and the consent form do ("Pharmacogenomic findings"), not by its id.
    add("opt-out of actionable adult-onset"_str,
        v32,
        {variant("BRCA1"_str, het, P, 3)},
        optOut("actionable-adult-onset"_str),
        {suppressed},
        "The patient opted out of \"Actionable conditions with onset in adulthood\" (recorded on 2026-11-20 by Dr A. Example)."_str);
    add("opt-out of actionable childhood-onset"_str,
        v32,
        {variant("MYH7"_str, het, P, 3)},
        optOut("actionable-childhood-onset"_str),
        {suppressed},
        "opted out of \"Actionable conditions with onset in childhood\""_str);
    add("opt-out of pharmacogenomic (RYR1 malignant hyperthermia)"_str,
        v32,
        {variant("RYR1"_str, het, P, 3)},
        optOut("pharmacogenomic"_str),
        {suppressed},
        "opted out of \"Pharmacogenomic findings\""_str);
    add("opt-in to pharmacogenomic (DPYD)"_str,
        testPolicy,
        {variant("DPYD"_str, het, P, 3)},
        allIn(),
        {secondary},
        "The patient opted in to \"Pharmacogenomic findings\""_str);
    add("opt-out of late-onset untreatable (PRNP)"_str,
        testPolicy,
        {variant("PRNP"_str, het, P, 3)},
        optOut("late-onset-untreatable"_str),
        {suppressed},
        "opted out of \"Late-onset conditions without treatment\""_str);
    add("opt-in to late-onset untreatable (PRNP)"_str,
        testPolicy,
        {variant("PRNP"_str, het, P, 3)},
        allIn(),
        {secondary},
        "opted in to \"Late-onset conditions without treatment\""_str);
    add("opt-in model, nothing recorded"_str,
        testPolicy,
        {variant("BRCA1"_str, het, P, 3)},
        adult(),
        {suppressed},
        "the policy's opt-in model requires it"_str);
    add("opt-out model, nothing recorded"_str,
        v32,
        {variant("BRCA1"_str, het, P, 3)},
        adult(),
        {secondary},
        "under the policy's opt-out model it is reported"_str);
    add("minor: adult-onset BRCA1 suppressed despite opt-in"_str,
        v32,
        {variant("BRCA1"_str, het, P, 3)},
        allIn(true),
        {suppressed},
        "The patient is a minor: adult-onset conditions are not reported for minors by default."_str);
    add("minor: childhood-onset KCNQ1 reported"_str,
        v32,
        {variant("KCNQ1"_str, het, P, 3)},
        allIn(true),
        {secondary},
        "opted in to \"Actionable conditions with onset in childhood\""_str);
    add("minor: biallelic MUTYH (adult onset) suppressed"_str,
        v32,
        {variant("MUTYH"_str, hom, P, 3)},
        allIn(true),
        {suppressed},
        "The patient is a minor"_str);
    add("minor: HFE homozygote (adult onset) suppressed"_str,
        v32,
        {hfe(kC282Y, hom)},
        allIn(true),
        {suppressed},
        "The patient is a minor"_str);

    // Indication: primary findings.
    add("indication: BRCA1 P is primary, consent not consulted"_str,
        v32,
        {variant("BRCA1"_str, het, P, 3)},
        optOut("actionable-adult-onset"_str),
        {primary},
        "BRCA1 is in the case's indication"_str,
        {"BRCA1"_str, "BRCA2"_str, "PALB2"_str});
    add("indication: non-SF gene LP is primary"_str,
        v32,
        {variant("CFTR"_str, het, LP, 2)},
        adult(),
        {primary},
        "A likely pathogenic variant in an indication gene is a primary finding."_str,
        {"CFTR"_str});
    add("indication: VUS needs review"_str,
        v32,
        {variant("SCN1A"_str, het, Significance::Uncertain, 1)},
        adult(),
        {review},
        "The classification must be reviewed"_str,
        {"SCN1A"_str});
    add("indication: BA1 still applies"_str,
        v32,
        {with(variant("CFTR"_str, het, P, 2),
              [](PolicyVariant &v) { v.maximumPopulationFrequency = 0.2; })},
        adult(),
        {notReportable},
        "BA1"_str,
        {"CFTR"_str});
    add("indication and secondary in one case"_str,
        v32,
        {variant("SCN5A"_str, het, P, 2), variant("BRCA2"_str, het, P, 2)},
        adult(),
        {primary, secondary},
        "SCN5A is in the case's indication"_str,
        {"SCN5A"_str, "KCNQ1"_str});
    return list;
}

} // namespace

class TestPolicyEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decisions_data();
    void decisions();
    void tableIsLargeEnough();
    void runCarriesVersions();
    void deterministic();
    void phenotypeOnlyIndication();

private:
    Policy policy(const QString &id) const { return m_policies.value(id); }
    QHash<QString, Policy> m_policies;
    QList<Case> m_cases;
};

void TestPolicyEngine::initTestCase()
{
    PolicyLoader loader;
    const QString resources = QStringLiteral(GENOMEDESK_SOURCE_DIR "/resources/policies/");
    for (const QString &id : {v32, v33}) {
        const auto loaded = loader.loadFile(resources + id + QStringLiteral(".json"));
        QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error().toString()));
        m_policies.insert(id, loaded.value());
    }
    const auto test
            = loader.loadFile(QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/policy/test-opt-in.json"));
    QVERIFY2(test.has_value(), qPrintable(test ? QString() : test.error().toString()));
    m_policies.insert(testPolicy, test.value());
    m_cases = cases();
}

void TestPolicyEngine::decisions_data()
{
    QTest::addColumn<int>("index");
    const QList<Case> all = cases();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all.at(i).name)) << i;
}

void TestPolicyEngine::decisions()
{
    QFETCH(int, index);
    const Case &testCase = m_cases.at(index);
    QVERIFY(m_policies.contains(testCase.policy));
    PolicyEngine engine(policy(testCase.policy),
                        testCase.consent,
                        Indication::fromGenes(testCase.indication, QStringLiteral("test panel")));
    const PolicyRun run = engine.evaluate(testCase.variants);
    QCOMPARE(run.decisions.size(), testCase.expected.size());
    QStringList actual;
    for (const PolicyDecision &decision : run.decisions)
        actual << decisionKey(decision.decision);
    const QString trail = run.decisions.first().reasons.join(QStringLiteral(" | "));
    if (actual != testCase.expected)
        qWarning().noquote() << "reasons:" << trail;
    QCOMPARE(actual, testCase.expected);
    QVERIFY2(trail.contains(testCase.reason),
             qPrintable(QStringLiteral("missing \"%1\" in: %2").arg(testCase.reason, trail)));
    for (const PolicyDecision &decision : run.decisions)
        QVERIFY(!decision.reasons.isEmpty());
}

void TestPolicyEngine::tableIsLargeEnough()
{
    QVERIFY(m_cases.size() >= 40);
}

void TestPolicyEngine::runCarriesVersions()
{
    PolicyEngine engine(policy(v32), adult());
    engine.setDataVersions({QStringLiteral("ClinVar 2021-10-25 GRCh38")});
    const PolicyRun run = engine.evaluate({variant(QStringLiteral("BRCA1"), Zygosity::Het)});
    QCOMPARE(run.policyId, v32);
    QCOMPARE(run.policyVersion, QStringLiteral("3.2"));
    QCOMPARE(run.policyRevision, 1);
    QCOMPARE(run.policyChecksum.size(), 64);
    QCOMPARE(run.dataVersions, QStringList{QStringLiteral("ClinVar 2021-10-25 GRCh38")});
    QVERIFY(run.consentSummary.contains(QStringLiteral("Dr A. Example")));
    QCOMPARE(run.count(Decision::ReportSecondary), 1);
}

void TestPolicyEngine::deterministic()
{
    // All cases as one long case: same inputs give the same decisions, also when the order of
    // the variants is reversed (decisions follow the variants, not the order).
    QList<PolicyVariant> variants;
    QSet<QString> seen;
    for (const Case &testCase : std::as_const(m_cases)) {
        if (testCase.policy != v32 || !testCase.indication.isEmpty())
            continue;
        for (const PolicyVariant &variant : testCase.variants) {
            if (!seen.contains(variant.key())) {
                seen.insert(variant.key());
                variants << variant;
            }
        }
    }
    PolicyEngine engine(policy(v32), allIn());
    const PolicyRun first = engine.evaluate(variants);
    const PolicyRun second = engine.evaluate(variants);
    QList<PolicyVariant> reversed(variants.crbegin(), variants.crend());
    const PolicyRun third = engine.evaluate(reversed);
    QCOMPARE(first.decisions.size(), variants.size());
    QHash<QString, QString> byKey;
    for (int i = 0; i < first.decisions.size(); ++i) {
        QCOMPARE(decisionKey(first.decisions.at(i).decision),
                 decisionKey(second.decisions.at(i).decision));
        QCOMPARE(first.decisions.at(i).reasons, second.decisions.at(i).reasons);
        byKey.insert(first.decisions.at(i).variantKey, decisionKey(first.decisions.at(i).decision));
    }
    for (const PolicyDecision &decision : third.decisions)
        QCOMPARE(decisionKey(decision.decision), byKey.value(decision.variantKey));
}

void TestPolicyEngine::phenotypeOnlyIndication()
{
    // A phenotype without genes: no primary finding; the reason and the run say why.
    const auto indication = Indication::fromText(
            "Indication: dilated cardiomyopathy\nHP:0001644 Dilated cardiomyopathy\n"_str);
    QVERIFY(indication.has_value());
    PolicyEngine engine(policy(v32), adult(), indication.value());
    const PolicyRun run = engine.evaluate({variant("MYBPC3"_str, Zygosity::Het)});
    QCOMPARE(run.decisions.size(), 1);
    QCOMPARE(decisionKey(run.decisions.first().decision), secondary);
    const QString trail = run.decisions.first().reasons.join(QStringLiteral(" | "));
    QVERIFY2(trail.contains("phenotype (HP:0001644) but names no genes"_str), qPrintable(trail));
    QCOMPARE(run.indicationPhenotypes, QStringList{"HP:0001644 Dilated cardiomyopathy"_str});
    QCOMPARE(run.indicationText, "dilated cardiomyopathy"_str);

    // With genes, the phenotype does not change the decisions.
    const auto withGenes = Indication::fromText("HP:0001644\nMYBPC3\n"_str);
    QVERIFY(withGenes.has_value());
    const PolicyRun primary = PolicyEngine(policy(v32), adult(), withGenes.value())
                                      .evaluate({variant("MYBPC3"_str, Zygosity::Het)});
    QCOMPARE(decisionKey(primary.decisions.first().decision), "report-primary"_str);
}

QTEST_GUILESS_MAIN(TestPolicyEngine)
#include "tst_policyengine.moc"
