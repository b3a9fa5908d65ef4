// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/frequency/frequencychunk.h>

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace Core;

namespace {
/*! The error text of \a result, or nothing: safe in QVERIFY2 messages, which are always evaluated.
 */
template<typename T>
QString errorOf(const Core::Result<T> &result)
{
    return result ? QString() : result.error().toString();
}
} // namespace

class TestFrequencyChunk : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsExact();
    void findWalksForwardAndBack();
    void corruptBlobsAreRefused_data();
    void corruptBlobsAreRefused();
};

namespace {

const QList<FrequencyFieldType> kTypes = {FrequencyFieldType::Integer,
                                          FrequencyFieldType::Integer,
                                          FrequencyFieldType::Float,
                                          FrequencyFieldType::String};

FrequencyChunk sampleChunk()
{
    FrequencyChunk chunk(kTypes);
    QRandomGenerator random(42);
    const QByteArray bases = "ACGT";
    qint64 position = 65536;
    for (int i = 0; i < 2000; ++i) {
        position += random.bounded(3);
        QByteArray reference(1, bases.at(random.bounded(4)));
        QByteArray alternate(1, bases.at(random.bounded(4)));
        if (i % 50 == 0)
            reference += QByteArray(300 + i, 'T'); // long deletion, kept exactly
        if (i % 7 == 0)
            alternate += "GATTACA";
        if (reference == alternate)
            alternate = reference + 'C';
        if (i > 0 && chunk.position(chunk.size() - 1) == position)
            ++position; // keep (position, REF, ALT) unique and sorted
        const qsizetype site = chunk.append(position, reference, alternate);
        chunk.setInteger(site, 0, i % 11 == 0 ? FrequencyChunk::kMissing : random.bounded(6));
        chunk.setInteger(site, 1, i == 3 ? (qint64(1) << 40) : 150000 - random.bounded(20));
        if (i % 3 != 0)
            chunk.setFloat(site, 2, float(random.generateDouble()));
        if (i % 5 == 0)
            chunk.setText(site, 3, i % 10 == 0 ? QByteArray("nfe") : QByteArray("afr"));
    }
    return chunk;
}

} // namespace

void TestFrequencyChunk::roundTripIsExact()
{
    const FrequencyChunk original = sampleChunk();
    const QByteArray blob = original.encode();
    const auto decoded = FrequencyChunk::decode(blob, kTypes);
    QVERIFY2(decoded.has_value(), qPrintable(errorOf(decoded)));
    QCOMPARE(decoded->size(), original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        QCOMPARE(decoded->position(i), original.position(i));
        QCOMPARE(decoded->reference(i), original.reference(i));
        QCOMPARE(decoded->alternate(i), original.alternate(i));
        QCOMPARE(decoded->integer(i, 0), original.integer(i, 0));
        QCOMPARE(decoded->integer(i, 1), original.integer(i, 1));
        const float a = decoded->floating(i, 2);
        const float b = original.floating(i, 2);
        QVERIFY(std::isnan(a) == std::isnan(b));
        if (!std::isnan(b))
            QCOMPARE(a, b);
        QCOMPARE(decoded->text(i, 3), original.text(i, 3));
    }
    QCOMPARE(decoded->integer(3, 1), qint64(1) << 40);
    QCOMPARE(decoded->integer(0, 0), FrequencyChunk::kMissing);
    // Delta-coded counts and 4-bit SNV codes: far below the 3 x 8 bytes of raw values.
    QVERIFY2(blob.size() < original.size() * 12, qPrintable(QString::number(blob.size())));
}

void TestFrequencyChunk::findWalksForwardAndBack()
{
    const FrequencyChunk chunk = sampleChunk();
    qsizetype hint = 0;
    for (qsizetype i = 0; i < chunk.size(); i += 17) {
        QCOMPARE(chunk.find(chunk.position(i), chunk.reference(i), chunk.alternate(i), &hint), i);
    }
    // Backwards (unsorted queries) and without a hint.
    const qsizetype last = chunk.size() - 1;
    QCOMPARE(chunk.find(chunk.position(5), chunk.reference(5), chunk.alternate(5), &hint), 5);
    QCOMPARE(chunk.find(chunk.position(last), chunk.reference(last), chunk.alternate(last)), last);
    QCOMPARE(chunk.find(chunk.position(5), chunk.reference(5), QByteArray("NNNN")), -1);
    QCOMPARE(chunk.find(1, QByteArray("A"), QByteArray("C")), -1);
}

void TestFrequencyChunk::corruptBlobsAreRefused_data()
{
    QTest::addColumn<QByteArray>("blob");
    QTest::addColumn<int>("columns");
    const QByteArray good = sampleChunk().encode();
    QTest::newRow("empty") << QByteArray() << 4;
    QTest::newRow("unknown encoding") << QByteArray("\x07\x01\x00", 3) << 4;
    QTest::newRow("truncated") << good.left(good.size() / 2) << 4;
    QByteArray flipped = good;
    for (qsizetype i = 10; i < flipped.size(); i += 97)
        flipped[i] = char(flipped.at(i) ^ 0x5a);
    QTest::newRow("flipped bytes") << flipped << 4;
    QTest::newRow("wrong column count") << good << 3;
}

void TestFrequencyChunk::corruptBlobsAreRefused()
{
    QFETCH(QByteArray, blob);
    QFETCH(int, columns);
    const auto decoded = FrequencyChunk::decode(blob, kTypes.mid(0, columns));
    QVERIFY(!decoded.has_value());
    QCOMPARE(decoded.error().code(), Error::Code::MalformedRecord);
    QVERIFY(decoded.error().message().contains(QLatin1String("corrupt")));
}

QTEST_GUILESS_MAIN(TestFrequencyChunk)
#include "tst_frequencychunk.moc"
