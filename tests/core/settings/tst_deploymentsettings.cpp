// SPDX-License-Identifier: GPL-3.0-or-later
// Core::DeploymentSettings with a temporary directory in place of /etc/genomedesk.
#include <core/settings/deploymentsettings.h>

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using Core::DeploymentSettings;

class TestDeploymentSettings : public QObject
{
    Q_OBJECT

private:
    static void writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    static const QByteArray &systemFile()
    {
        static const QByteArray text
                = "; written by IT\n"
                  "[lab]\n"
                  "name=Clinical Genetics, Example University Hospital\n"
                  "logo=/etc/genomedesk/logo.png\n"
                  "[frequency]\n"
                  "nodes=https://a.example.org/beacon, https://b.example.org/beacon\n"
                  "queryPadding=1000\n"
                  "[policy]\n"
                  "file=/usr/share/genomedesk/policies/acmg_sf_v3.2.tsv\n"
                  "[report]\n"
                  "templateDirectory=/etc/genomedesk/templates\n"
                  "[locked]\n"
                  "keys=frequency/nodes, policy/file, report/templateDirectory\n";
        return text;
    }

private slots:
    void defaultDirectoryIsEtcOnLinux()
    {
#if defined(Q_OS_LINUX)
        QCOMPARE(DeploymentSettings::defaultDirectory(), QStringLiteral("/etc/genomedesk"));
#endif
        QCOMPARE(DeploymentSettings::fileName(QStringLiteral("/x")),
                 QStringLiteral("/x/genomedesk.conf"));
    }

    void missingFileMeansNoDefaults()
    {
        QTemporaryDir system;
        const auto settings = DeploymentSettings::load(system.path());
        QVERIFY(settings.has_value());
        QVERIFY(settings->keys().isEmpty());
        QVERIFY(settings->lockedKeys().isEmpty());
        QVERIFY(settings->sourceFile().isEmpty());
    }

    void readsDefaultsAndLocks()
    {
        QTemporaryDir system;
        writeFile(DeploymentSettings::fileName(system.path()), systemFile());
        const auto settings = DeploymentSettings::load(system.path());
        QVERIFY(settings.has_value());
        QCOMPARE(settings->sourceFile(), DeploymentSettings::fileName(system.path()));
        QCOMPARE(settings->lockedKeys(),
                 QStringList({DeploymentSettings::FrequencyNodes,
                              DeploymentSettings::PolicyFile,
                              DeploymentSettings::ReportTemplateDirectory}));
        QVERIFY(settings->isLocked(DeploymentSettings::PolicyFile));
        QVERIFY(!settings->isLocked(DeploymentSettings::LabName));
        QCOMPARE(settings->systemValue(DeploymentSettings::LabName).toString(),
                 QStringLiteral("Clinical Genetics, Example University Hospital"));
        QCOMPARE(settings->systemValue(DeploymentSettings::FrequencyNodes).toStringList(),
                 QStringList({QStringLiteral("https://a.example.org/beacon"),
                              QStringLiteral("https://b.example.org/beacon")}));
        QCOMPARE(settings->systemValue(DeploymentSettings::FrequencyQueryPadding).toInt(), 1000);
        QVERIFY(!settings->keys().contains(QStringLiteral("locked/keys")));
        QVERIFY(settings->unknownKeys().isEmpty());
    }

    void userCannotOverrideLockedKeys()
    {
        QTemporaryDir system;
        QTemporaryDir home;
        writeFile(DeploymentSettings::fileName(system.path()), systemFile());
        const auto settings = DeploymentSettings::load(system.path());
        QVERIFY(settings.has_value());

        QSettings user(home.filePath(QStringLiteral("user.conf")), QSettings::IniFormat);
        // A value written behind the application's back (edited file) is still ignored.
        user.setValue(DeploymentSettings::PolicyFile, QStringLiteral("/home/me/lenient.tsv"));
        user.setValue(DeploymentSettings::LabName, QStringLiteral("My own lab"));

        QCOMPARE(settings->value(DeploymentSettings::PolicyFile, user).toString(),
                 QStringLiteral("/usr/share/genomedesk/policies/acmg_sf_v3.2.tsv"));
        QCOMPARE(settings->value(DeploymentSettings::LabName, user).toString(),
                 QStringLiteral("My own lab"));
        QCOMPARE(settings->value(DeploymentSettings::LabLogo, user).toString(),
                 QStringLiteral("/etc/genomedesk/logo.png"));
        QCOMPARE(settings->value(QStringLiteral("report/language"), user, QStringLiteral("de"))
                         .toString(),
                 QStringLiteral("de"));

        const auto refused = settings->setUserValue(user,
                                                    DeploymentSettings::FrequencyNodes,
                                                    QStringLiteral("https://evil.example.org"));
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code(), Core::Error::Code::InvalidArgument);
        QVERIFY(refused.error().message().contains(QLatin1String("locked")));
        QVERIFY(!user.contains(DeploymentSettings::FrequencyNodes));

        const auto accepted = settings->setUserValue(
                user, DeploymentSettings::LabName, QStringLiteral("Genetics B"));
        QVERIFY(accepted.has_value());
        QCOMPARE(settings->value(DeploymentSettings::LabName, user).toString(),
                 QStringLiteral("Genetics B"));
    }

    void lockedWithoutValueResolvesToFallback()
    {
        QTemporaryDir system;
        QTemporaryDir home;
        writeFile(DeploymentSettings::fileName(system.path()), "[locked]\nkeys=lab/logo\n");
        const auto settings = DeploymentSettings::load(system.path());
        QVERIFY(settings.has_value());
        QSettings user(home.filePath(QStringLiteral("user.conf")), QSettings::IniFormat);
        user.setValue(DeploymentSettings::LabLogo, QStringLiteral("/home/me/logo.png"));
        QVERIFY(!settings->value(DeploymentSettings::LabLogo, user).isValid());
    }

    void reportsUnknownKeys()
    {
        QTemporaryDir system;
        writeFile(DeploymentSettings::fileName(system.path()),
                  "[lab]\nnmae=typo\n[locked]\nkeys=policy/flie\n");
        const auto settings = DeploymentSettings::load(system.path());
        QVERIFY(settings.has_value());
        QCOMPARE(settings->unknownKeys(),
                 QStringList({QStringLiteral("lab/nmae"), QStringLiteral("policy/flie")}));
    }

    void unreadableFileIsAnError()
    {
        QTemporaryDir system;
        // A directory where the file should be cannot be read as a file, also as root.
        QVERIFY(QDir(system.path()).mkdir(QStringLiteral("genomedesk.conf")));
        const auto settings = DeploymentSettings::load(system.path());
        QVERIFY(!settings.has_value());
        QCOMPARE(settings.error().code(), Core::Error::Code::FileUnreadable);
        QCOMPARE(settings.error().file(), DeploymentSettings::fileName(system.path()));
    }

    void malformedFileIsAnError()
    {
        QTemporaryDir system;
        writeFile(DeploymentSettings::fileName(system.path()), "[lab\nname=x\n");
        const auto settings = DeploymentSettings::load(system.path());
        QVERIFY(!settings.has_value());
        QCOMPARE(settings.error().code(), Core::Error::Code::MalformedHeader);
    }
};

QTEST_GUILESS_MAIN(TestDeploymentSettings)
#include "tst_deploymentsettings.moc"
