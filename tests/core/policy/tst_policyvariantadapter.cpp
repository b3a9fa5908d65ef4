// SPDX-License-Identifier: GPL-3.0-or-later
// PolicyVariantAdapter: the phase of the proband's calls (phased GT, FORMAT/PS) reaches the
// PolicyEngine, whose biallelic rule then tells cis, trans and unknown phase apart.
#include <core/policy/policyengine.h>
#include <core/policy/policyvariantadapter.h>
#include <core/vcf/vcfreader.h>

#include <QTest>

using namespace Core;

class TestPolicyVariantAdapter : public QObject
{
    Q_OBJECT

private:
    static LoadedVariants loadPhasedTrio(bool withPedigree)
    {
        VcfReader::Options options;
        if (withPedigree)
            options.pedigreeFile = QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/trio/trio.ped");
        const JobContext job;
        auto loaded = VcfReader::read(
                QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/vcf/phased-trio.vcf"), job, options);
        if (!loaded.has_value()) {
            qWarning().noquote() << loaded.error().toString();
            return LoadedVariants();
        }
        return std::move(loaded).value();
    }

    static PolicyVariantAdapter::Output convert(const LoadedVariants &loaded, bool trio)
    {
        PolicyVariantAdapter::Options options;
        options.build = QStringLiteral("GRCh38");
        options.proband = 0;
        if (trio) {
            options.father = 1;
            options.mother = 2;
        }
        options.sex = Sex::Male;
        return PolicyVariantAdapter::convert(*loaded.store, nullptr, options);
    }

    Policy m_policy;

private slots:
    void initTestCase()
    {
        VcfReader::initializeLibrary();
        PolicyLoader loader;
        const auto policy = loader.loadFile(
                QStringLiteral(GENOMEDESK_SOURCE_DIR "/resources/policies/acmg-sf-3.2.json"));
        QVERIFY2(policy.has_value(), qPrintable(policy ? QString() : policy.error().toString()));
        m_policy = policy.value();
    }

    void phaseReachesThePolicyVariant()
    {
        const LoadedVariants loaded = loadPhasedTrio(false);
        QVERIFY(loaded.store);
        const auto output = convert(loaded, false);
        QCOMPARE(output.variants.size(), 10);
        // Same PS -> same id; a PS of another block -> another id; no PS -> not phased.
        const QList<PolicyVariant> &v = output.variants;
        QVERIFY(v.at(0).phaseSet != 0);
        QCOMPARE(v.at(0).phaseSet, v.at(1).phaseSet);
        QCOMPARE(v.at(0).haplotype, 1); // "0|1"
        QCOMPARE(v.at(1).haplotype, 1);
        QVERIFY(v.at(2).phaseSet != v.at(3).phaseSet);
        QCOMPARE(v.at(3).haplotype, 0); // "1|0"
        QCOMPARE(v.at(4).phaseSet, 0);  // "0/1"
        QCOMPARE(v.at(4).haplotype, -1);
        QCOMPARE(v.at(7).phaseSet, 0); // "1|0" without its PS
        QCOMPARE(v.at(8).phaseSet, v.at(9).phaseSet);
        QVERIFY(v.at(8).haplotype != v.at(9).haplotype);
    }

    void biallelicRuleUsesThePhase_data()
    {
        QTest::addColumn<bool>("trio");
        QTest::newRow("proband alone") << false;
        QTest::newRow("trio with uninformative (het) parents") << true;
    }

    void biallelicRuleUsesThePhase()
    {
        QFETCH(bool, trio);
        const LoadedVariants loaded = loadPhasedTrio(trio);
        QVERIFY(loaded.store);
        auto output = convert(loaded, trio);
        QCOMPARE(output.variants.size(), 10);
        for (PolicyVariant &variant : output.variants) {
            variant.labSignificance = Significance::Pathogenic;
            variant.maximumPopulationFrequency = 0.0001;
            variant.frequencySource = QStringLiteral("test");
        }
        ConsentProfile consent;
        consent.caseId = QStringLiteral("PHASE");
        consent.recordedOn = QDate(2026, 11, 26);
        consent.recordedBy = QStringLiteral("Dr A. Example");
        const PolicyEngine engine(m_policy, consent);
        const PolicyRun run = engine.evaluate(output.variants);
        QCOMPARE(run.decisions.size(), 10);

        struct Expected
        {
            int index;
            Decision decision;
            const char *reason;
        };
        const Expected expected[] = {
                {0, Decision::NotReportable, "(in cis): not biallelic"}, // MUTYH, one PS
                {1, Decision::NotReportable, "(in cis): not biallelic"}, //
                {2,
                 Decision::ReportSecondary,
                 "possible compound heterozygote, " // RPE65, two
                 "phase unknown"},                  // phase sets
                {4,
                 Decision::ReportSecondary,
                 "possible compound heterozygote, " // BTD,
                 "phase unknown"},                  // unphased
                {6,
                 Decision::ReportSecondary,
                 "possible compound heterozygote, "         // ATP7B, PS
                 "phase unknown"},                          // missing
                {8, Decision::ReportSecondary, "in trans"}, // GAA, one PS
                {9, Decision::ReportSecondary, "in trans"},
        };
        for (const Expected &e : expected) {
            const PolicyDecision &decision = run.decisions.at(e.index);
            const QString trail = decision.reasons.join(QStringLiteral(" | "));
            QVERIFY2(decision.decision == e.decision,
                     qPrintable(QStringLiteral("%1: %2 (%3)")
                                        .arg(output.variants.at(e.index).geneSymbol,
                                             decisionKey(decision.decision),
                                             trail)));
            QVERIFY2(trail.contains(QLatin1String(e.reason)), qPrintable(trail));
        }
    }

    void parentsDecideWhenThePhaseDoesNot()
    {
        // The BTD pair is unphased: with one parent hom-ref at each site, the trio says trans.
        const LoadedVariants loaded = loadPhasedTrio(true);
        QVERIFY(loaded.store);
        auto output = convert(loaded, true);
        output.variants[4].fatherZygosity = Zygosity::HomRef; // first BTD from the mother
        output.variants[5].motherZygosity = Zygosity::HomRef; // second BTD from the father
        for (PolicyVariant &variant : output.variants)
            variant.labSignificance = Significance::Pathogenic;
        ConsentProfile consent;
        consent.caseId = QStringLiteral("PHASE");
        const PolicyRun run = PolicyEngine(m_policy, consent).evaluate(output.variants);
        QCOMPARE(run.decisions.at(4).decision, Decision::ReportSecondary);
        QVERIFY(run.decisions.at(4)
                        .reasons.join(QLatin1Char(' '))
                        .contains(QLatin1String("in trans")));
    }
};

QTEST_GUILESS_MAIN(TestPolicyVariantAdapter)
#include "tst_policyvariantadapter.moc"
