// SPDX-License-Identifier: GPL-3.0-or-later
// CaseEvaluation refuses data of another genome build than the case, naming both builds.
#include <core/knowledge/knowledgestore.h>
#include <core/policy/caseevaluation.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Core;

namespace {

const QString kCase = QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/vcf/phased-trio.vcf");
const QString kGenes = QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/policy/case-genes.bed");
const QString kClinVar = QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/knowledge/clinvar-no-build.vcf");

} // namespace

class TestCaseEvaluation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KnowledgeStore> openKnowledge(const QString &name)
    {
        auto store = KnowledgeStore::open(m_dir.filePath(name));
        if (!store) {
            qWarning().noquote() << store.error().toString();
            return nullptr;
        }
        return std::move(store).value();
    }

    CaseEvaluationInput input(const KnowledgeStore *knowledge) const
    {
        CaseEvaluationInput input;
        input.policy = m_policy;
        input.consent.caseId = QStringLiteral("BUILD");
        input.knowledge = knowledge;
        return input;
    }

    QTemporaryDir m_dir;
    Policy m_policy;
    std::optional<LoadedVariants> m_loaded;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        VcfReader::initializeLibrary();
        PolicyLoader loader;
        const auto policy = loader.loadFile(
                QStringLiteral(GENOMEDESK_SOURCE_DIR "/resources/policies/acmg-sf-3.2.json"));
        QVERIFY2(policy.has_value(), qPrintable(policy ? QString() : policy.error().toString()));
        m_policy = policy.value();
        auto loaded = VcfReader::read(kCase);
        QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->summary.build, GenomeBuild::GRCh38);
        m_loaded = std::move(loaded).value();
    }

    void geneModelOfAnotherBuildIsRefused()
    {
        auto knowledge = openKnowledge(QStringLiteral("genes37.gdkb"));
        QVERIFY(knowledge);
        QVERIFY(knowledge->importGeneBed(kGenes, QStringLiteral("GRCh37")).has_value());

        const auto evaluation = CaseEvaluation::evaluate(*m_loaded, input(knowledge.get()));
        QVERIFY(!evaluation.has_value());
        const QString message = evaluation.error().message();
        QVERIFY2(message.contains(QLatin1String("gene model is GRCh37"))
                         && message.contains(QLatin1String("the case is GRCh38")),
                 qPrintable(message));
        QCOMPARE(evaluation.error().file(), knowledge->path());
    }

    void geneModelOfTheCaseBuildIsUsed()
    {
        // A knowledge base may hold both builds; the case's own is there, so it is used.
        auto knowledge = openKnowledge(QStringLiteral("genes-both.gdkb"));
        QVERIFY(knowledge);
        QVERIFY(knowledge->importGeneBed(kGenes, QStringLiteral("GRCh37")).has_value());
        QVERIFY(knowledge->importGeneBed(kGenes, QStringLiteral("GRCh38")).has_value());
        const auto evaluation = CaseEvaluation::evaluate(*m_loaded, input(knowledge.get()));
        QVERIFY2(evaluation.has_value(),
                 qPrintable(evaluation ? QString() : evaluation.error().toString()));
        QCOMPARE(evaluation->build(), GenomeBuild::GRCh38);
    }

    void caseBuildGivenByTheUserIsCompared()
    {
        // The user says the case is GRCh37: a GRCh38-only gene model is refused.
        auto knowledge = openKnowledge(QStringLiteral("genes38.gdkb"));
        QVERIFY(knowledge);
        QVERIFY(knowledge->importGeneBed(kGenes, QStringLiteral("GRCh38")).has_value());
        CaseEvaluationInput given = input(knowledge.get());
        given.build = GenomeBuild::GRCh37;
        const auto evaluation = CaseEvaluation::evaluate(*m_loaded, given);
        QVERIFY(!evaluation.has_value());
        QVERIFY2(evaluation.error().message().contains(
                         QLatin1String("gene model is GRCh38 but the case is GRCh37")),
                 qPrintable(evaluation.error().message()));
        // Without the override the same knowledge base is fine.
        QVERIFY(CaseEvaluation::evaluate(*m_loaded, input(knowledge.get())).has_value());
    }

    void clinVarOfAnotherBuildIsRefused()
    {
        auto knowledge = openKnowledge(QStringLiteral("clinvar37.gdkb"));
        QVERIFY(knowledge);
        QVERIFY(knowledge->importGeneBed(kGenes, QStringLiteral("GRCh38")).has_value());
        const auto imported = knowledge->importClinVar(kClinVar, QStringLiteral("GRCh37"));
        QVERIFY2(imported.has_value(),
                 qPrintable(imported ? QString() : imported.error().toString()));
        const auto evaluation = CaseEvaluation::evaluate(*m_loaded, input(knowledge.get()));
        QVERIFY(!evaluation.has_value());
        QVERIFY2(evaluation.error().message().contains(
                         QLatin1String("ClinVar is GRCh37 but the case is GRCh38")),
                 qPrintable(evaluation.error().message()));
    }

    void knowledgeWithoutGenesIsNotRefused()
    {
        // Only panels (build-independent): nothing to compare; the file's VEP genes are used.
        auto knowledge = openKnowledge(QStringLiteral("empty.gdkb"));
        QVERIFY(knowledge);
        const auto evaluation = CaseEvaluation::evaluate(*m_loaded, input(knowledge.get()));
        QVERIFY2(evaluation.has_value(),
                 qPrintable(evaluation ? QString() : evaluation.error().toString()));
        QCOMPARE(evaluation->variants().size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestCaseEvaluation)
#include "tst_caseevaluation.moc"
