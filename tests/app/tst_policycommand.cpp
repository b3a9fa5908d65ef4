// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: genomedesk kb import, policy list/check/apply on a hand-made trio.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kData = QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/policy/");

struct Run
{
    int exitCode = -1;
    QString output;
    QString error;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(GENOMEDESK_BINARY), arguments);
    Run result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromUtf8(process.readAllStandardOutput());
    result.error = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// variant key -> decision, from a decisions TSV.
QHash<QString, QString> decisions(const QString &path, QStringList *comments = nullptr)
{
    QHash<QString, QString> map;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return map;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("##"))) {
            if (comments)
                *comments << line;
            continue;
        }
        const QStringList fields = line.split(u'\t');
        if (fields.size() == 9 && fields.first() != QLatin1String("variant"))
            map.insert(fields.at(0), fields.at(6));
    }
    return map;
}

} // namespace

class TestPolicyCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void list();
    void applyTrio();
    void applyMinorWithIndication();
    void applyWithFrequencyCache();
    void refusesBadPolicy();
    void checkAgainstKnowledgeBase();
    void usageErrors();

private:
    QTemporaryDir m_directory;
    QString m_kb;
};

void TestPolicyCommand::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_kb = m_directory.filePath(QStringLiteral("case.gdkb"));
    Run genes = run({QStringLiteral("kb"),
                     QStringLiteral("import"),
                     QStringLiteral("--kb"),
                     m_kb,
                     QStringLiteral("--bed"),
                     kData + QStringLiteral("case-genes.bed"),
                     QStringLiteral("--build"),
                     QStringLiteral("GRCh38")});
    QVERIFY2(genes.exitCode == 0, qPrintable(genes.error));
    QVERIFY(genes.output.contains(QStringLiteral("4 stored")));
    Run clinvar = run({QStringLiteral("kb"),
                       QStringLiteral("import"),
                       QStringLiteral("--kb"),
                       m_kb,
                       QStringLiteral("--clinvar"),
                       kData + QStringLiteral("case-clinvar.vcf")});
    QVERIFY2(clinvar.exitCode == 0, qPrintable(clinvar.error));
    QVERIFY(clinvar.output.contains(QStringLiteral("ClinVar 2026-02-01 (GRCh38)")));
    Run info = run({QStringLiteral("kb"), QStringLiteral("info"), QStringLiteral("--kb"), m_kb});
    QCOMPARE(info.exitCode, 0);
    QVERIFY(info.output.contains(QStringLiteral("clinvar\tClinVar 2026-02-01\tGRCh38\t5")));
}

void TestPolicyCommand::list()
{
    const Run listed = run({QStringLiteral("policy"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.output.contains(QStringLiteral("acmg-sf-3.2\t3.2\t1\t81\topt-out\t")));
    QVERIFY(listed.output.contains(QStringLiteral("acmg-sf-3.3\t3.3\t1\t84\topt-out\t")));
}

void TestPolicyCommand::applyTrio()
{
    const QString out = m_directory.filePath(QStringLiteral("trio.tsv"));
    const Run applied = run({QStringLiteral("policy"),
                             QStringLiteral("apply"),
                             kData + QStringLiteral("case-trio.vcf"),
                             QStringLiteral("--kb"),
                             m_kb,
                             QStringLiteral("--policy"),
                             QStringLiteral("acmg-sf-3.2"),
                             QStringLiteral("--consent"),
                             kData + QStringLiteral("consent-adult.json"),
                             QStringLiteral("--ped"),
                             kData + QStringLiteral("case.ped"),
                             QStringLiteral("--out"),
                             out});
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.error));
    QStringList comments;
    const QHash<QString, QString> result = decisions(out, &comments);
    // The variant the proband does not carry (1-45333000) is not listed.
    QCOMPARE(result.size(), 6);
    QCOMPARE(result.value(QStringLiteral("1-1000000-C-T")), QStringLiteral("not-reportable"));
    QCOMPARE(result.value(QStringLiteral("1-45331556-C-T")), QStringLiteral("report-secondary"));
    QCOMPARE(result.value(QStringLiteral("1-45332000-G-A")), QStringLiteral("report-secondary"));
    QCOMPARE(result.value(QStringLiteral("2-178600000-A-G")), QStringLiteral("not-reportable"));
    QCOMPARE(result.value(QStringLiteral("6-26092913-G-A")), QStringLiteral("report-secondary"));
    QCOMPARE(result.value(QStringLiteral("17-43057062-C-T")), QStringLiteral("report-secondary"));
    QVERIFY(comments.first().startsWith(QStringLiteral("## policy=acmg-sf-3.2 version=3.2")));
    QVERIFY(comments.contains(QStringLiteral("## data=ClinVar 2026-02-01 (GRCh38)")));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("variants in trans (phase from the parents")));
    QVERIFY(text.contains(QStringLiteral("missense_variant is not truncating")));
}

void TestPolicyCommand::applyMinorWithIndication()
{
    const QString out = m_directory.filePath(QStringLiteral("minor.json"));
    const Run applied = run({QStringLiteral("policy"),
                             QStringLiteral("apply"),
                             kData + QStringLiteral("case-trio.vcf"),
                             QStringLiteral("--kb"),
                             m_kb,
                             QStringLiteral("--policy"),
                             QStringLiteral("acmg-sf-3.3"),
                             QStringLiteral("--consent"),
                             kData + QStringLiteral("consent-minor.json"),
                             QStringLiteral("--ped"),
                             kData + QStringLiteral("case.ped"),
                             QStringLiteral("--indication"),
                             kData + QStringLiteral("indication-hboc.txt"),
                             QStringLiteral("--out"),
                             out});
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.error));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("policy")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("acmg-sf-3.3"));
    QCOMPARE(root.value(QStringLiteral("indication")).toString(),
             QStringLiteral("indication-hboc.txt"));
    QHash<QString, QString> result;
    for (const QJsonValue &value : root.value(QStringLiteral("decisions")).toArray()) {
        const QJsonObject decision = value.toObject();
        result.insert(decision.value(QStringLiteral("variant")).toString(),
                      decision.value(QStringLiteral("decision")).toString());
        QVERIFY(!decision.value(QStringLiteral("reasons")).toArray().isEmpty());
    }
    // BRCA1 is in the indication: a primary finding. MUTYH and HFE are adult-onset: a minor.
    QCOMPARE(result.value(QStringLiteral("17-43057062-C-T")), QStringLiteral("report-primary"));
    QCOMPARE(result.value(QStringLiteral("1-45331556-C-T")),
             QStringLiteral("suppressed-by-consent"));
    QCOMPARE(result.value(QStringLiteral("6-26092913-G-A")),
             QStringLiteral("suppressed-by-consent"));
}

void TestPolicyCommand::applyWithFrequencyCache()
{
    const QString cache = m_directory.filePath(QStringLiteral("case.gdfreq"));
    const Run imported = run({QStringLiteral("cache"),
                              QStringLiteral("import"),
                              QStringLiteral("--cache"),
                              cache,
                              QStringLiteral("--vcf"),
                              kData + QStringLiteral("case-sites.vcf"),
                              QStringLiteral("--source"),
                              QStringLiteral("testfreq"),
                              QStringLiteral("--version"),
                              QStringLiteral("1.0"),
                              QStringLiteral("--populations"),
                              QStringLiteral("nfe")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.error));
    const QString out = m_directory.filePath(QStringLiteral("frequency.tsv"));
    const Run applied = run({QStringLiteral("policy"),
                             QStringLiteral("apply"),
                             kData + QStringLiteral("case-trio.vcf"),
                             QStringLiteral("--kb"),
                             m_kb,
                             QStringLiteral("--cache"),
                             cache,
                             QStringLiteral("--policy"),
                             QStringLiteral("acmg-sf-3.2"),
                             QStringLiteral("--consent"),
                             kData + QStringLiteral("consent-adult.json"),
                             QStringLiteral("--ped"),
                             kData + QStringLiteral("case.ped"),
                             QStringLiteral("--out"),
                             out});
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.error));
    QStringList comments;
    const QHash<QString, QString> result = decisions(out, &comments);
    // The data line names the source, its version, build, file and retrieval time.
    const QStringList data = comments.filter(QStringLiteral("## data=testfreq 1.0 (GRCh38, "));
    QCOMPARE(data.size(), 1);
    QVERIFY2(data.first().contains(QStringLiteral("retrieved ")), qPrintable(data.first()));
    // BRCA1 at AF 0.08 in nfe is benign by BA1; HFE p.C282Y at 0.057 is exempt from BA1.
    QCOMPARE(result.value(QStringLiteral("17-43057062-C-T")), QStringLiteral("not-reportable"));
    QCOMPARE(result.value(QStringLiteral("6-26092913-G-A")), QStringLiteral("report-secondary"));
    QCOMPARE(result.value(QStringLiteral("1-45331556-C-T")), QStringLiteral("report-secondary"));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("0.08 (testfreq 1.0 nfe) is at or above the BA1")));
    QVERIFY(text.contains(QStringLiteral("the policy exempts HFE p.C282Y from BA1")));
    // 1-45332000 lies in the source's span but is not in it.
    QVERIFY(text.contains(QStringLiteral("frequency 0 (not found in testfreq 1.0)")));
}

void TestPolicyCommand::refusesBadPolicy()
{
    const QString out = m_directory.filePath(QStringLiteral("never.tsv"));
    const Run applied = run({QStringLiteral("policy"),
                             QStringLiteral("apply"),
                             kData + QStringLiteral("case-trio.vcf"),
                             QStringLiteral("--kb"),
                             m_kb,
                             QStringLiteral("--policy"),
                             kData + QStringLiteral("bad-rule.json"),
                             QStringLiteral("--consent"),
                             kData + QStringLiteral("consent-adult.json"),
                             QStringLiteral("--out"),
                             out});
    QCOMPARE(applied.exitCode, 2);
    QVERIFY2(applied.error.contains(QStringLiteral("bad-rule.json: line 34")),
             qPrintable(applied.error));
    QVERIFY(applied.error.contains(QStringLiteral("unknown rule \"dominant-ish\"")));
    QVERIFY(!QFile::exists(out));

    const Run badConsent = run({QStringLiteral("policy"),
                                QStringLiteral("apply"),
                                kData + QStringLiteral("case-trio.vcf"),
                                QStringLiteral("--policy"),
                                QStringLiteral("acmg-sf-3.2"),
                                QStringLiteral("--consent"),
                                kData + QStringLiteral("consent-bad-choice.json"),
                                QStringLiteral("--out"),
                                out});
    QCOMPARE(badConsent.exitCode, 2);
    QVERIFY2(badConsent.error.contains(QStringLiteral("consent-bad-choice.json: line 9")),
             qPrintable(badConsent.error));
}

void TestPolicyCommand::checkAgainstKnowledgeBase()
{
    const Run valid = run({QStringLiteral("policy"),
                           QStringLiteral("check"),
                           kData + QStringLiteral("test-opt-in.json")});
    QCOMPARE(valid.exitCode, 0);
    // The case knowledge base knows four genes only: the test policy's PRNP is unknown to it.
    const Run unknown = run({QStringLiteral("policy"),
                             QStringLiteral("check"),
                             kData + QStringLiteral("test-opt-in.json"),
                             QStringLiteral("--kb"),
                             m_kb});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.error.contains(QStringLiteral("unknown gene")), qPrintable(unknown.error));
}

void TestPolicyCommand::usageErrors()
{
    QCOMPARE(run({QStringLiteral("policy"), QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("policy"),
                  QStringLiteral("apply"),
                  kData + QStringLiteral("case-trio.vcf")})
                     .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("kb"),
                  QStringLiteral("import"),
                  QStringLiteral("--kb"),
                  m_directory.filePath(QStringLiteral("x.gdkb"))})
                     .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestPolicyCommand)
#include "tst_policycommand.moc"
