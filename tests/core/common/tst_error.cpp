// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/common/result.h>

#include <QTest>

using namespace Core;

class TestError : public QObject
{
    Q_OBJECT

private slots:
    void toString_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("record");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("file, line and record")
                << "a.vcf" << qint64(3) << qint64(40) << "a.vcf: line 40 (record 3): bad";
        QTest::newRow("binary file, record only")
                << "a.bcf" << qint64(7) << qint64(0) << "a.bcf: record 7: bad";
        QTest::newRow("file only") << "a.vcf" << qint64(0) << qint64(0) << "a.vcf: bad";
        QTest::newRow("nothing but the message") << "" << qint64(0) << qint64(0) << "bad";
    }

    void toString()
    {
        QFETCH(QString, file);
        QFETCH(qint64, record);
        QFETCH(qint64, line);
        QFETCH(QString, expected);
        const Error error(Error::Code::MalformedRecord, QStringLiteral("bad"), file, record, line);
        QCOMPARE(error.toString(), expected);
    }

    void resultHoldsValueOrError()
    {
        Result<int> value(42);
        QVERIFY(value.has_value());
        QCOMPARE(value.value(), 42);
        Result<int> failed(Error(Error::Code::FileNotFound, QStringLiteral("gone")));
        QVERIFY(!failed.has_value());
        QCOMPARE(failed.error().code(), Error::Code::FileNotFound);
        Result<void> ok;
        QVERIFY(ok.has_value());
        Result<void> notOk(Error(Error::Code::Cancelled, QStringLiteral("stop")));
        QVERIFY(!notOk);
        QCOMPARE(notOk.error().message(), QStringLiteral("stop"));
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
