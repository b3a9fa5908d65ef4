// SPDX-License-Identifier: GPL-3.0-or-later
// FieldCipher: AES-256-GCM round trips, tamper and wrong-key detection, key derivation, key
// files; and the case database file itself holds no patient name in clear.
#include "reviewfixture.h"

#include <core/review/fieldcipher.h>
#include <core/review/passwordhash.h>

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;
using namespace ReviewFixture;

class TestFieldCipher : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void randomNonce();
    void detectsTampering();
    void wrongKey();
    void keyCheckValue();
    void deriveKey();
    void keyFiles();
    void passwordHash();
    void databaseFileHoldsNoName();
};

void TestFieldCipher::roundTrip_data()
{
    QTest::addColumn<QString>("plaintext");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << QStringLiteral("Xaverine Quellmalz");
    QTest::newRow("unicode") << QStringLiteral("Zoë Ødegård-Łukasiewicz 李");
    QTest::newRow("long") << QString(5000, QLatin1Char('x'));
}

void TestFieldCipher::roundTrip()
{
    QFETCH(QString, plaintext);
    const FieldCipher cipher(FieldCipher::randomBytes(FieldCipher::kKeySize));
    QVERIFY(cipher.isValid());
    const QByteArray sealed = cipher.encrypt(plaintext, "patients.name:P1");
    QCOMPARE(sealed.size(),
             1 + FieldCipher::kNonceSize + plaintext.toUtf8().size() + FieldCipher::kTagSize);
    const auto back = cipher.decryptString(sealed, "patients.name:P1");
    QVERIFY(back.has_value());
    QCOMPARE(back.value(), plaintext);
    // Bound to its place: other associated data fails.
    QVERIFY(!cipher.decrypt(sealed, "patients.name:P2"));
}

void TestFieldCipher::randomNonce()
{
    const FieldCipher cipher(FieldCipher::randomBytes(FieldCipher::kKeySize));
    const QByteArray a = cipher.encrypt(QStringLiteral("same"));
    const QByteArray b = cipher.encrypt(QStringLiteral("same"));
    QVERIFY(a != b);
    QVERIFY(a.mid(1, 12) != b.mid(1, 12));
}

void TestFieldCipher::detectsTampering()
{
    const FieldCipher cipher(FieldCipher::randomBytes(FieldCipher::kKeySize));
    const QByteArray sealed = cipher.encrypt(QStringLiteral("Xaverine Quellmalz"));
    for (int i = 0; i < sealed.size(); ++i) {
        QByteArray altered = sealed;
        altered[i] = char(altered[i] ^ 0x01);
        QVERIFY2(!cipher.decrypt(altered), qPrintable(QString::number(i)));
    }
    QVERIFY(!cipher.decrypt(sealed.left(10)));
}

void TestFieldCipher::wrongKey()
{
    const FieldCipher one(FieldCipher::randomBytes(FieldCipher::kKeySize));
    const FieldCipher two(FieldCipher::randomBytes(FieldCipher::kKeySize));
    const auto result = two.decrypt(one.encrypt(QStringLiteral("secret")));
    QVERIFY(!result);
    QVERIFY(result.error().message().contains(QLatin1String("wrong key")));
    QVERIFY(!FieldCipher().isValid());
    QVERIFY(FieldCipher().encrypt(QStringLiteral("x")).isEmpty());
    QVERIFY(!FieldCipher(QByteArray(16, 'k')).isValid());
}

void TestFieldCipher::keyCheckValue()
{
    const FieldCipher one(FieldCipher::randomBytes(FieldCipher::kKeySize));
    const FieldCipher two(FieldCipher::randomBytes(FieldCipher::kKeySize));
    const QByteArray check = one.keyCheckValue();
    QVERIFY(one.matches(check));
    QVERIFY(!two.matches(check));
}

void TestFieldCipher::deriveKey()
{
    ScryptParameters cheap;
    cheap.n = 1 << 10;
    const QByteArray salt = QByteArray(16, 's');
    const auto a = FieldCipher::deriveKey(QStringLiteral("pass phrase"), salt, cheap);
    const auto b = FieldCipher::deriveKey(QStringLiteral("pass phrase"), salt, cheap);
    const auto c
            = FieldCipher::deriveKey(QStringLiteral("pass phrase"), QByteArray(16, 't'), cheap);
    const auto d = FieldCipher::deriveKey(QStringLiteral("pass phrasf"), salt, cheap);
    QVERIFY(a && b && c && d);
    QCOMPARE(a->size(), 32);
    QCOMPARE(a.value(), b.value());
    QVERIFY(a.value() != c.value());
    QVERIFY(a.value() != d.value());
    QVERIFY(!FieldCipher::deriveKey(QString(), salt, cheap));
    // RFC 7914 test vector: scrypt("password", "NaCl", N=1024, r=8, p=16).
    ScryptParameters vector;
    vector.n = 1024;
    vector.r = 8;
    vector.p = 16;
    const auto known = FieldCipher::deriveKey(QStringLiteral("password"), "NaCl", vector);
    QVERIFY(known.has_value());
    QCOMPARE(known->toHex().left(64),
             QByteArray("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"));
}

void TestFieldCipher::keyFiles()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("key"));
    QVERIFY(FieldCipher::writeKeyFile(path).has_value());
    const auto key = FieldCipher::readKeyFile(path);
    QVERIFY(key.has_value());
    QCOMPARE(key->size(), 32);

    const QString raw = directory.filePath(QStringLiteral("raw"));
    QFile rawFile(raw);
    QVERIFY(rawFile.open(QIODevice::WriteOnly));
    rawFile.write(QByteArray(32, '\x07'));
    rawFile.close();
    QVERIFY(QFile::setPermissions(raw, QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(FieldCipher::readKeyFile(raw).value(), QByteArray(32, '\x07'));

    const QString shortKey = directory.filePath(QStringLiteral("short"));
    QFile shortFile(shortKey);
    QVERIFY(shortFile.open(QIODevice::WriteOnly));
    shortFile.write("abcdef\n");
    shortFile.close();
    QVERIFY(QFile::setPermissions(shortKey, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(!FieldCipher::readKeyFile(shortKey));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    QVERIFY(!FieldCipher::readKeyFile(path));
    QVERIFY(!FieldCipher::readKeyFile(directory.filePath(QStringLiteral("missing"))));
}

void TestFieldCipher::passwordHash()
{
    ScryptParameters cheap;
    cheap.n = 1 << 10;
    const QString hash = PasswordHash::hash(QStringLiteral("hunter2hunter2"), cheap);
    QVERIFY(hash.startsWith(QLatin1String("scrypt$1024$8$1$")));
    QVERIFY(PasswordHash::verify(QStringLiteral("hunter2hunter2"), hash));
    QVERIFY(!PasswordHash::verify(QStringLiteral("hunter2hunter3"), hash));
    QVERIFY(hash != PasswordHash::hash(QStringLiteral("hunter2hunter2"), cheap)); // own salt
    QVERIFY(!PasswordHash::verify(QStringLiteral("x"), QStringLiteral("plain")));
    QVERIFY(!PasswordHash::verify(QStringLiteral("x"),
                                  QStringLiteral("scrypt$99999999999$8$1$00$00")));
}

void TestFieldCipher::databaseFileHoldsNoName()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("cases.db"));
    const QString name = QStringLiteral("Xaverine Quellmalz");
    const QString birth = QStringLiteral("1977-03-14");
    const QString mrn = QStringLiteral("MRN-55501234");
    const QString vcfPath = QStringLiteral("/data/Quellmalz_exome.vcf.gz");

    auto checkFiles = [&](const char *when) {
        QByteArray bytes;
        QDirIterator files(directory.path(), QDir::Files);
        int count = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            bytes += file.readAll();
            ++count;
        }
        QVERIFY(count >= 1);
        QVERIFY(bytes.contains("P-XQ-01")); // the pseudonym is in clear: the search works
        for (const QString &secret : {name, QStringLiteral("Quellmalz"), birth, mrn, vcfPath}) {
            QVERIFY2(!bytes.contains(secret.toUtf8()), when);
            const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()),
                                   secret.size() * 2);
            QVERIFY2(!bytes.contains(utf16), when);
            QVERIFY2(!bytes.toLower().contains(secret.toLower().toUtf8()), when);
        }
    };

    {
        auto store = CaseStore::open(path, passphrase(), fastOptions());
        QVERIFY(store.has_value());
        Users users;
        QVERIFY(addUsers(*store.value(), users));
        PatientIdentity identity{name,
                                 QDate::fromString(birth, Qt::ISODate),
                                 QJsonObject{{QStringLiteral("mrn"), mrn}}};
        QVERIFY(store.value()->addPatient(users.counsellor, QStringLiteral("P-XQ-01"), identity));
        CaseInput input = caseInput(QStringLiteral("P-XQ-01"));
        input.files.first().path = vcfPath;
        QVERIFY(store.value()->createCase(users.counsellor, input));
        QCOMPARE(store.value()->patient(QStringLiteral("P-XQ-01"))->identity.name, name);
        // While open: the main file and the -wal file.
        checkFiles("while open");
    }
    checkFiles("after close");
    // And the name is still there for whoever has the key.
    auto store = CaseStore::open(path, passphrase(), fastOptions());
    QVERIFY(store.has_value());
    QCOMPARE(store.value()->patient(QStringLiteral("P-XQ-01"))->identity.name, name);
}

QTEST_GUILESS_MAIN(TestFieldCipher)
#include "tst_fieldcipher.moc"
