// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/frequency/frequencychunk.h>

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

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
    void sumsAndShortfallsAreExact();
    void edgeCasesRoundTrip_data();
    void edgeCasesRoundTrip();
    void bitPackedEdgeCases_data();
    void bitPackedEdgeCases();
    void deflatedEncodingStillDecodes();
    void damagedBitPackedBlobsAreRefused();
    void bitPackedIsSmallerThanDeflated();
    void predictedAnRoundTrip_data();
    void predictedAnRoundTrip();
    void predictedAnIsSmaller();
    void predictedModeIsRefusedInEncoding3();
    void encodingFourIsStable();
    void groupedRoundTrip_data();
    void groupedRoundTrip();
    void groupedIsSmaller();
    void groupedBlobsAreRefusedInEncoding4();
    void totalModeIsRefusedInEncoding4();
    void damagedGroupedBlobsAreRefused();

private:
    void checkDamagedBlobsAreRefused(const FrequencyChunk &chunk,
                                     FrequencyChunk::Encoding encoding);
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

/*! Encodes \a chunk (with \a sums), decodes it and compares every value; "" when equal. */
QString roundTripDifference(const FrequencyChunk &chunk,
                            const QList<FrequencyFieldType> &types,
                            const std::vector<FrequencyChunk::Sum> &sums,
                            qsizetype *blobSize = nullptr,
                            FrequencyChunk::Encoding encoding = FrequencyChunk::Encoding::Grouped)
{
    const QByteArray blob = chunk.encode(sums, encoding);
    if (blobSize)
        *blobSize = blob.size();
    const bool bitPacked = encoding != FrequencyChunk::Encoding::Deflated
                           && chunk.size() <= FrequencyChunk::kMaximumBitPackedSites;
    if (blob.isEmpty() || quint8(blob.at(0)) != (bitPacked ? int(encoding) : 2))
        return QStringLiteral("blob of encoding %1").arg(blob.isEmpty() ? -1 : int(blob.at(0)));
    // Decoded twice into one reused chunk, the second time over a different chunk's buffers.
    FrequencyChunk reused(types);
    if (chunk.size() > 0) {
        const auto other = FrequencyChunk::decode(blob.constData(), blob.size(), types, reused);
        if (!other)
            return other.error().toString();
    }
    const auto decoded = FrequencyChunk::decode(blob.constData(), blob.size(), types, reused);
    if (!decoded)
        return decoded.error().toString();
    if (reused.size() != chunk.size())
        return QStringLiteral("size %1 instead of %2").arg(reused.size()).arg(chunk.size());
    for (qsizetype i = 0; i < chunk.size(); ++i) {
        if (reused.position(i) != chunk.position(i) || reused.reference(i) != chunk.reference(i)
            || reused.alternate(i) != chunk.alternate(i))
            return QStringLiteral("site %1 differs").arg(i);
        for (int c = 0; c < int(types.size()); ++c) {
            switch (types.at(c)) {
            case FrequencyFieldType::Integer:
                if (reused.integer(i, c) != chunk.integer(i, c))
                    return QStringLiteral("site %1 column %2: %3 instead of %4")
                            .arg(i)
                            .arg(c)
                            .arg(reused.integer(i, c))
                            .arg(chunk.integer(i, c));
                break;
            case FrequencyFieldType::Float: {
                const float a = reused.floating(i, c);
                const float b = chunk.floating(i, c);
                if (std::isnan(a) != std::isnan(b) || (!std::isnan(b) && a != b))
                    return QStringLiteral("site %1 float column %2").arg(i).arg(c);
                break;
            }
            case FrequencyFieldType::String:
                if (reused.text(i, c) != chunk.text(i, c))
                    return QStringLiteral("site %1 text column %2").arg(i).arg(c);
                break;
            }
        }
    }
    return {};
}

// AC, AN, nhomalt of "all" (columns 0-2) as sums of afr (3-5) and nfe (6-8), and FILTER.
const QList<FrequencyFieldType> kGnomadTypes = {FrequencyFieldType::Integer,
                                                FrequencyFieldType::Integer,
                                                FrequencyFieldType::Integer,
                                                FrequencyFieldType::Integer,
                                                FrequencyFieldType::Integer,
                                                FrequencyFieldType::Integer,
                                                FrequencyFieldType::Integer,
                                                FrequencyFieldType::Integer,
                                                FrequencyFieldType::Integer,
                                                FrequencyFieldType::String};
const std::vector<FrequencyChunk::Sum> kGnomadSums = {{0, {3, 6}}, {1, {4, 7}}, {2, {5, 8}}};

/*! gnomAD-like sites: AN near the full number (even shortfalls), AC mostly small, sums exact. */
FrequencyChunk gnomadChunk(int sites, quint32 seed)
{
    FrequencyChunk chunk(kGnomadTypes);
    QRandomGenerator random(seed);
    qint64 position = 3 * 65536;
    for (int i = 0; i < sites; ++i) {
        position += 1 + random.bounded(120);
        const qsizetype site = chunk.append(position, "A", i % 9 == 0 ? "AT" : "G");
        const qint64 anAfr = 41488 - 2 * random.bounded(60);
        const qint64 anNfe = 68058 - 2 * random.bounded(150);
        const qint64 acAfr = random.bounded(10) < 7 ? random.bounded(3) : random.bounded(40);
        const qint64 acNfe = random.bounded(4);
        const qint64 homAfr = acAfr > 20 ? 1 : 0;
        chunk.setInteger(site, 3, acAfr);
        chunk.setInteger(site, 4, anAfr);
        chunk.setInteger(site, 5, homAfr);
        chunk.setInteger(site, 6, acNfe);
        chunk.setInteger(site, 7, anNfe);
        chunk.setInteger(site, 8, 0);
        chunk.setInteger(site, 0, acAfr + acNfe);
        chunk.setInteger(site, 1, anAfr + anNfe);
        chunk.setInteger(site, 2, homAfr);
        chunk.setText(site, 9, acAfr + acNfe == 0 ? QByteArray("AC0") : QByteArray("PASS"));
    }
    return chunk;
}

} // namespace

void TestFrequencyChunk::sumsAndShortfallsAreExact()
{
    FrequencyChunk chunk = gnomadChunk(3000, 7);
    // Exceptions to the sums: a total that is not the sum, a total present while a part is
    // missing, a missing total with present parts, a total far above every other value.
    chunk.setInteger(10, 0, chunk.integer(10, 0) + 1);
    chunk.setInteger(11, 4, FrequencyChunk::kMissing);
    chunk.setInteger(12, 1, FrequencyChunk::kMissing);
    chunk.setInteger(13, 1, qint64(1) << 45);
    chunk.setInteger(2999, 2, 5);
    // An AN above every other AN of the chunk (the chunk's maximum), and odd ones.
    chunk.setInteger(20, 7, 10'000'000'000LL);
    chunk.setInteger(21, 7, 68057);
    qsizetype withSums = 0;
    QString difference = roundTripDifference(chunk, kGnomadTypes, kGnomadSums, &withSums);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    qsizetype withoutSums = 0;
    difference = roundTripDifference(chunk, kGnomadTypes, {}, &withoutSums);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY2(withSums < withoutSums,
             qPrintable(QStringLiteral("%1 vs %2").arg(withSums).arg(withoutSums)));

    // Without exceptions: the totals cost (almost) nothing; 9 counts per site in few bytes.
    const FrequencyChunk exact = gnomadChunk(3000, 8);
    difference = roundTripDifference(exact, kGnomadTypes, kGnomadSums, &withSums);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY2(withSums < 3000 * 6, qPrintable(QString::number(withSums)));

    // Unusable sum descriptions are ignored, never wrong: a part that is a sum itself, a
    // part out of range, a text part, a sum of itself.
    const std::vector<FrequencyChunk::Sum> bad
            = {{0, {1, 3}}, {1, {4, 7}}, {2, {5, 99}}, {4, {9}}, {5, {5}}, {42, {1}}};
    difference = roundTripDifference(chunk, kGnomadTypes, bad);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestFrequencyChunk::edgeCasesRoundTrip_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"zero sites",
                             "one site",
                             "all missing",
                             "constant",
                             "huge counts",
                             "sum overflows",
                             "totals never the sum",
                             "long alleles"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestFrequencyChunk::edgeCasesRoundTrip()
{
    QFETCH(QString, kind);
    FrequencyChunk chunk(kGnomadTypes);
    if (kind == QLatin1String("one site")) {
        chunk = gnomadChunk(1, 3);
    } else if (kind != QLatin1String("zero sites")) {
        chunk = gnomadChunk(500, 5);
    }
    constexpr qint64 kLargest = std::numeric_limits<qint64>::max();
    for (qsizetype i = 0; i < chunk.size(); ++i) {
        if (kind == QLatin1String("all missing")) {
            for (int c = 0; c < 9; ++c)
                chunk.setInteger(i, c, FrequencyChunk::kMissing);
            chunk.setText(i, 9, QByteArray());
        } else if (kind == QLatin1String("constant")) {
            for (int c = 0; c < 9; ++c)
                chunk.setInteger(i, c, c == 0 ? 0 : 1000 + c);
        } else if (kind == QLatin1String("huge counts")) {
            chunk.setInteger(i, 4, i % 3 == 0 ? kLargest : kLargest - 1 - i);
            chunk.setInteger(i, 3, i % 2 ? kLargest : 0);
            chunk.setInteger(i, 1, i % 5 ? kLargest : FrequencyChunk::kMissing);
        } else if (kind == QLatin1String("sum overflows")) {
            chunk.setInteger(i, 4, kLargest - 10);
            chunk.setInteger(i, 7, 20 + i);
            chunk.setInteger(i, 1, i % 2 ? kLargest : FrequencyChunk::kMissing);
        } else if (kind == QLatin1String("totals never the sum")) {
            for (int c = 0; c < 3; ++c)
                chunk.setInteger(i, c, chunk.integer(i, c) * 3 + 1);
        }
    }
    if (kind == QLatin1String("long alleles")) {
        // Exactly kept, however long, also when two sites share one pair of alleles.
        FrequencyChunk alleles(kGnomadTypes);
        const QByteArray longReference = "A" + QByteArray(100000, 'C');
        const QByteArray longAlternate = "A" + QByteArray(70000, 'G') + "T";
        alleles.append(70000, longReference, "A");
        alleles.append(70000, longReference, longAlternate);
        alleles.append(70001, "N", "A");
        alleles.append(70002, "A", "C");
        alleles.append(70003, longReference, "A");
        for (qsizetype i = 0; i < alleles.size(); ++i)
            alleles.setInteger(i, 4, 100 + i);
        chunk = alleles;
    }
    const QString difference = roundTripDifference(chunk, kGnomadTypes, kGnomadSums);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

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

namespace {

/*! CRC-32 (IEEE, as zlib and libdeflate): to build payloads that pass the checksum. */
quint32 crc32Of(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (char c : data) {
        crc ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0 - (crc & 1)));
    }
    return ~crc;
}

/*! A bit-packed blob (encoding 3) around \a payload, with its correct checksum. */
QByteArray bitPackedBlob(const QByteArray &payload, int encoding = 4)
{
    QByteArray blob(1, char(encoding));
    const quint32 crc = crc32Of(payload);
    for (int i = 0; i < 4; ++i)
        blob.append(char(quint8(crc >> (8 * i))));
    return blob + payload;
}

/*! A bit stream as FORMAT.md writes it: bits least significant first, EG and U codes. */
class PayloadBits
{
public:
    void put(quint64 value, int count)
    {
        for (int i = 0; i < count; ++i) {
            if (m_bits % 8 == 0)
                m_bytes.append('\0');
            if ((value >> i) & 1)
                m_bytes[m_bytes.size() - 1] = char(quint8(m_bytes.back()) | (1u << (m_bits % 8)));
            ++m_bits;
        }
    }
    void expGolomb(quint64 x)
    {
        const quint64 value = x + 1;
        const int length = bitLength(value) - 1;
        put((quint64(1) << length) - 1, length);
        put(0, 1);
        put(value, length); // the bits below the top one
    }
    void universal(quint64 u)
    {
        const int length = bitLength(u);
        expGolomb(quint64(length));
        if (length > 1)
            put(u, length - 1);
    }
    QByteArray bytes() const { return m_bytes; }

private:
    static int bitLength(quint64 value)
    {
        int length = 0;
        for (; value; value >>= 1)
            ++length;
        return length;
    }
    QByteArray m_bytes;
    qint64 m_bits = 0;
};

} // namespace

void TestFrequencyChunk::bitPackedEdgeCases_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"AN varying",
                             "AC equals AN",
                             "missing values",
                             "zero populations",
                             "text column only",
                             "max int values",
                             "max positions",
                             "one site with long alleles",
                             "many sites",
                             "more sites than bit-packed holds",
                             "repeated and non-ACGT alleles",
                             "floats",
                             "many texts"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestFrequencyChunk::bitPackedEdgeCases()
{
    QFETCH(QString, kind);
    constexpr qint64 kLargest = std::numeric_limits<qint64>::max();
    QList<FrequencyFieldType> types = kGnomadTypes;
    FrequencyChunk chunk(types);
    QRandomGenerator random(99);
    if (kind == QLatin1String("AN varying")) {
        // Low-coverage sites among full ones, odd ANs, AN 0, totals still the sums.
        chunk = gnomadChunk(2000, 11);
        for (qsizetype i = 0; i < chunk.size(); i += 1 + random.bounded(12)) {
            const qint64 afr = random.bounded(41488);
            const qint64 nfe = i % 7 == 0 ? 0 : random.bounded(68058);
            chunk.setInteger(i, 4, afr);
            chunk.setInteger(i, 7, nfe);
            chunk.setInteger(i, 1, afr + nfe);
            chunk.setInteger(i, 3, std::min(chunk.integer(i, 3), afr));
            chunk.setInteger(i, 6, std::min(chunk.integer(i, 6), nfe));
            chunk.setInteger(i, 0, chunk.integer(i, 3) + chunk.integer(i, 6));
        }
    } else if (kind == QLatin1String("AC equals AN")) {
        chunk = gnomadChunk(700, 12);
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            for (int group : {3, 6}) {
                const qint64 an = chunk.integer(i, group + 1);
                chunk.setInteger(i, group, an);
                chunk.setInteger(i, group + 2, an / 2);
            }
            chunk.setInteger(i, 0, chunk.integer(i, 3) + chunk.integer(i, 6));
            chunk.setInteger(i, 2, chunk.integer(i, 5) + chunk.integer(i, 8));
        }
    } else if (kind == QLatin1String("missing values")) {
        chunk = gnomadChunk(1500, 13);
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            for (int c = 0; c < 9; ++c) {
                if (random.bounded(10) < 3)
                    chunk.setInteger(i, c, FrequencyChunk::kMissing);
            }
            if (i % 4 == 0)
                chunk.setText(i, 9, QByteArray());
        }
    } else if (kind == QLatin1String("zero populations")
               || kind == QLatin1String("text column only")
               || kind == QLatin1String("more sites than bit-packed holds")) {
        types.clear();
        if (kind == QLatin1String("text column only"))
            types.append(FrequencyFieldType::String);
        chunk = FrequencyChunk(types);
        const qsizetype sites = kind == QLatin1String("more sites than bit-packed holds")
                                        ? FrequencyChunk::kMaximumBitPackedSites + 1
                                        : 300;
        qint64 position = 1;
        for (qsizetype i = 0; i < sites; ++i) {
            position += i % 3 == 0 ? 1 : 0;
            const qsizetype site = chunk.append(
                    position, QByteArray(1, "ACGT"[i % 3]), QByteArray(1, "ACGT"[3 - i % 3]));
            if (!types.isEmpty() && i % 5 != 0)
                chunk.setText(site, 0, i % 10 == 1 ? QByteArray("AC0") : QByteArray("PASS"));
        }
    } else if (kind == QLatin1String("max int values")) {
        chunk = gnomadChunk(200, 14);
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            for (int c = 0; c < 9; ++c) {
                const int pick = random.bounded(4);
                chunk.setInteger(i,
                                 c,
                                 pick == 0   ? kLargest
                                 : pick == 1 ? kLargest - 1
                                 : pick == 2 ? 0
                                             : FrequencyChunk::kMissing);
            }
        }
    } else if (kind == QLatin1String("max positions")) {
        for (qint64 position : {qint64(0), qint64(1), kLargest - 2, kLargest - 1, kLargest}) {
            const qsizetype site = chunk.append(position, "C", "T");
            chunk.setInteger(site, 4, position);
        }
    } else if (kind == QLatin1String("one site with long alleles")) {
        const qsizetype site = chunk.append(123456, "G" + QByteArray(250000, 'T'), "G");
        chunk.setInteger(site, 1, 5);
        chunk.setText(site, 9, "PASS");
    } else if (kind == QLatin1String("many sites")) {
        chunk = gnomadChunk(65536, 15);
    } else if (kind == QLatin1String("repeated and non-ACGT alleles")) {
        qint64 position = 1000;
        const QList<QPair<QByteArray, QByteArray>> pairs = {{"A", "AT"},
                                                            {"a", "c"},
                                                            {"N", "A"},
                                                            {"ACGTN", "A"},
                                                            {"", "T"},
                                                            {"GGG", ""},
                                                            {"T", "TACGTACGTACGT"}};
        for (int i = 0; i < 400; ++i) {
            position += 1 + random.bounded(3);
            const auto &pair = pairs.at(random.bounded(int(pairs.size())));
            const qsizetype site = chunk.append(position, pair.first, pair.second);
            chunk.setInteger(site, 3, i);
        }
    } else if (kind == QLatin1String("floats")) {
        types = {FrequencyFieldType::Float, FrequencyFieldType::Integer};
        chunk = FrequencyChunk(types);
        const float values[] = {0.0f,
                                -0.0f,
                                1e-45f,
                                std::numeric_limits<float>::infinity(),
                                -std::numeric_limits<float>::max(),
                                0.125f};
        for (int i = 0; i < 6; ++i) {
            const qsizetype site = chunk.append(100 + i, "A", "G");
            chunk.setFloat(site, 0, values[i]);
            chunk.setInteger(site, 1, i);
        }
        chunk.append(200, "A", "G"); // NaN (missing)
    } else if (kind == QLatin1String("many texts")) {
        chunk = gnomadChunk(600, 16);
        for (qsizetype i = 0; i < chunk.size(); ++i)
            chunk.setText(i, 9, i % 3 ? QByteArray::number(i % 97) : QByteArray("PASS"));
    }
    QVERIFY(chunk.size() > 0);
    for (auto encoding : {FrequencyChunk::Encoding::Grouped,
                          FrequencyChunk::Encoding::Predicted,
                          FrequencyChunk::Encoding::BitPacked,
                          FrequencyChunk::Encoding::Deflated}) {
        if (encoding == FrequencyChunk::Encoding::Deflated && chunk.size() > 100000)
            continue;
        qsizetype blobSize = 0;
        const std::vector<FrequencyChunk::Sum> sums = types.size() == kGnomadTypes.size()
                                                              ? kGnomadSums
                                                              : std::vector<FrequencyChunk::Sum>{};
        const QString difference = roundTripDifference(chunk, types, sums, &blobSize, encoding);
        QVERIFY2(difference.isEmpty(),
                 qPrintable(QStringLiteral("encoding %1: %2").arg(int(encoding)).arg(difference)));
    }
}

void TestFrequencyChunk::deflatedEncodingStillDecodes()
{
    // Caches of format version 2 keep their chunks: encoding 2 is still read, exactly.
    const FrequencyChunk chunk = gnomadChunk(800, 21);
    const QByteArray blob = chunk.encode(kGnomadSums, FrequencyChunk::Encoding::Deflated);
    QCOMPARE(int(blob.at(0)), 2);
    const QString difference = roundTripDifference(
            chunk, kGnomadTypes, kGnomadSums, nullptr, FrequencyChunk::Encoding::Deflated);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(int(chunk.encode(kGnomadSums).at(0)), 5);
}

void TestFrequencyChunk::damagedBitPackedBlobsAreRefused()
{
    checkDamagedBlobsAreRefused(gnomadChunk(40, 31), FrequencyChunk::Encoding::Predicted);
}

void TestFrequencyChunk::checkDamagedBlobsAreRefused(const FrequencyChunk &chunk,
                                                     FrequencyChunk::Encoding encoding)
{
    const QByteArray blob = chunk.encode(kGnomadSums, encoding);
    QCOMPARE(int(blob.at(0)), int(encoding));
    auto refused = [](const QByteArray &data, const char *what, qsizetype at) -> QString {
        const auto decoded = FrequencyChunk::decode(data, kGnomadTypes);
        if (decoded)
            return QStringLiteral("%1 at %2 was decoded").arg(QLatin1String(what)).arg(at);
        if (decoded.error().code() != Error::Code::MalformedRecord
            || !decoded.error().message().contains(QLatin1String("corrupt")))
            return QStringLiteral("%1 at %2: %3")
                    .arg(QLatin1String(what))
                    .arg(at)
                    .arg(decoded.error().toString());
        return {};
    };
    // Every truncation and every single flipped bit: the checksum refuses them.
    for (qsizetype length = 0; length < blob.size(); ++length) {
        const QString problem = refused(blob.left(length), "truncation", length);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    for (qsizetype bit = 8; bit < blob.size() * 8; ++bit) {
        QByteArray flipped = blob;
        flipped[bit / 8] = char(flipped.at(bit / 8) ^ (1 << (bit % 8)));
        const QString problem = refused(flipped, "flipped bit", bit);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    // Behind a correct checksum: a truncated payload and trailing bytes are refused too,
    // and random damage never crashes (the sanitizer build checks the reads).
    const int code = int(encoding);
    const QByteArray payload = blob.mid(5);
    QCOMPARE(bitPackedBlob(payload, code), blob);
    for (qsizetype length = 0; length < payload.size(); ++length) {
        const QString problem
                = refused(bitPackedBlob(payload.left(length), code), "payload", length);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QString problem = refused(bitPackedBlob(payload + QByteArray(1, '\x01'), code), "trailing", 0);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = refused(bitPackedBlob(QByteArray(8, '\xff'), code), "all ones", 0);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Every single flipped bit behind a correct checksum: refused as corrupt or decoded into
    // some other chunk, never a crash (the sanitizer build checks the reads) or another error.
    for (qsizetype bit = 0; bit < payload.size() * 8; ++bit) {
        QByteArray damaged = payload;
        damaged[bit / 8] = char(damaged.at(bit / 8) ^ (1 << (bit % 8)));
        const auto decoded = FrequencyChunk::decode(bitPackedBlob(damaged, code), kGnomadTypes);
        QVERIFY2(decoded || decoded.error().message().contains(QLatin1String("corrupt")),
                 qPrintable(errorOf(decoded)));
    }
    QRandomGenerator random(5);
    int decoded = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray damaged = payload;
        for (int flips = 1 + random.bounded(3); flips > 0; --flips) {
            const int bit = random.bounded(int(damaged.size() * 8));
            damaged[bit / 8] = char(damaged.at(bit / 8) ^ (1 << (bit % 8)));
        }
        if (FrequencyChunk::decode(bitPackedBlob(damaged, code), kGnomadTypes))
            ++decoded;
    }
    QVERIFY(decoded < 3000);
}

void TestFrequencyChunk::bitPackedIsSmallerThanDeflated()
{
    for (int sites : {20, 200, 2000}) {
        const FrequencyChunk chunk = gnomadChunk(sites, quint32(40 + sites));
        const qsizetype packed = chunk.encode(kGnomadSums).size();
        const qsizetype deflated
                = chunk.encode(kGnomadSums, FrequencyChunk::Encoding::Deflated).size();
        QVERIFY2(packed < deflated,
                 qPrintable(QStringLiteral("%1 sites: %2 bytes bit-packed, %3 deflated")
                                    .arg(sites)
                                    .arg(packed)
                                    .arg(deflated)));
        qInfo("%d sites: %.2f bytes/site bit-packed, %.2f deflated",
              sites,
              double(packed) / sites,
              double(deflated) / sites);
    }
}

namespace {

/*!
 * Sites whose groups' AN fall together (a site-level missing rate shared by the groups, as in
 * gnomAD): afr (4) and nfe (7) with all (1) their sum. \a kind adds edge cases.
 */
FrequencyChunk correlatedAnChunk(int sites, quint32 seed, const QString &kind = {})
{
    FrequencyChunk chunk(kGnomadTypes);
    QRandomGenerator random(seed);
    qint64 position = 5 * 65536;
    for (int i = 0; i < sites; ++i) {
        position += 1 + random.bounded(200);
        const qsizetype site = chunk.append(position, "C", i % 5 == 0 ? "CA" : "T");
        const double rate = -std::log(1.0 - random.generateDouble()) * 0.004;
        const qint64 missingAfr = qint64(rate * 20744 * (0.8 + 0.4 * random.generateDouble()));
        const qint64 missingNfe = qint64(rate * 34029 * (0.8 + 0.4 * random.generateDouble()));
        qint64 anAfr = 2 * (20744 - missingAfr);
        qint64 anNfe = 2 * (34029 - missingNfe);
        if (kind == QLatin1String("missing") && i % 7 == 3)
            anAfr = FrequencyChunk::kMissing; // a missing reference value
        if (kind == QLatin1String("missing") && i % 11 == 5)
            anNfe = FrequencyChunk::kMissing;
        if (kind == QLatin1String("zero") && i % 4 == 1)
            anAfr = 0;
        if (kind == QLatin1String("odd") && i % 3 == 0)
            anNfe += 1; // not a multiple of 2: the divisor is 1
        if (kind == QLatin1String("huge") && i == sites / 2)
            anNfe = std::numeric_limits<qint64>::max() - 1;
        if (kind == QLatin1String("huge") && i == sites / 3)
            anAfr = std::numeric_limits<qint64>::max();
        const qint64 acAfr = random.bounded(3);
        const qint64 acNfe = random.bounded(3);
        chunk.setInteger(site, 3, acAfr);
        chunk.setInteger(site, 4, anAfr);
        chunk.setInteger(site, 5, 0);
        chunk.setInteger(site, 6, acNfe);
        chunk.setInteger(site, 7, anNfe);
        chunk.setInteger(site, 8, 0);
        chunk.setInteger(site, 0, acAfr + acNfe);
        chunk.setInteger(site,
                         1,
                         anAfr < 0 || anNfe < 0 || kind == QLatin1String("huge")
                                 ? FrequencyChunk::kMissing
                                 : anAfr + anNfe);
        chunk.setInteger(site, 2, 0);
        chunk.setText(site, 9, QByteArray("PASS"));
    }
    return chunk;
}

} // namespace

void TestFrequencyChunk::predictedAnRoundTrip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("sites");
    for (const char *kind : {"plain", "missing", "zero", "odd", "huge"}) {
        for (int sites : {1, 2, 23, 1000})
            QTest::addRow("%s, %d sites", kind, sites) << QString::fromLatin1(kind) << sites;
    }
}

void TestFrequencyChunk::predictedAnRoundTrip()
{
    QFETCH(QString, kind);
    QFETCH(int, sites);
    const FrequencyChunk chunk = correlatedAnChunk(sites, quint32(sites * 7 + kind.size()), kind);
    for (auto encoding : {FrequencyChunk::Encoding::Grouped,
                          FrequencyChunk::Encoding::Predicted,
                          FrequencyChunk::Encoding::BitPacked}) {
        const QString difference
                = roundTripDifference(chunk, kGnomadTypes, kGnomadSums, nullptr, encoding);
        QVERIFY2(difference.isEmpty(),
                 qPrintable(QStringLiteral("encoding %1: %2").arg(int(encoding)).arg(difference)));
    }
}

void TestFrequencyChunk::predictedAnIsSmaller()
{
    // AN of nfe predicted from AN of afr: the shortfall's site-level part is not stored twice.
    for (int sites : {23, 1000}) {
        const FrequencyChunk chunk = correlatedAnChunk(sites, quint32(sites));
        const qsizetype predicted
                = chunk.encode(kGnomadSums, FrequencyChunk::Encoding::Predicted).size();
        const qsizetype bitPacked
                = chunk.encode(kGnomadSums, FrequencyChunk::Encoding::BitPacked).size();
        QVERIFY2(predicted < bitPacked,
                 qPrintable(QStringLiteral("%1 sites: %2 bytes in encoding 4, %3 in 3")
                                    .arg(sites)
                                    .arg(predicted)
                                    .arg(bitPacked)));
        qInfo("%d sites: %.2f bytes/site in encoding 4, %.2f in encoding 3",
              sites,
              double(predicted) / sites,
              double(bitPacked) / sites);
    }
}

void TestFrequencyChunk::predictedModeIsRefusedInEncoding3()
{
    // An encoding-4 blob that uses the new mode and the compact sum parts, relabelled as
    // encoding 3 (its checksum, over the payload, still matches): refused as corrupt.
    const FrequencyChunk chunk = correlatedAnChunk(200, 9);
    const QByteArray blob = chunk.encode(kGnomadSums, FrequencyChunk::Encoding::Predicted);
    QCOMPARE(int(blob.at(0)), 4);
    QVERIFY(FrequencyChunk::decode(blob, kGnomadTypes).has_value());
    const auto relabelled = FrequencyChunk::decode(bitPackedBlob(blob.mid(5), 3), kGnomadTypes);
    QVERIFY(!relabelled.has_value());
    QCOMPARE(relabelled.error().code(), Error::Code::MalformedRecord);
    QVERIFY(relabelled.error().message().contains(QLatin1String("corrupt")));
}

void TestFrequencyChunk::encodingFourIsStable()
{
    // Caches on disk hold encoding-4 blobs: the encoder must keep writing the same bytes for
    // the same sites (a change here is a new encoding, with its own byte), and the decoder
    // (which predicts AN by a faster route than the encoder) must read them back exactly.
    const FrequencyChunk chunk = correlatedAnChunk(1000, 5);
    const QByteArray blob = chunk.encode(kGnomadSums, FrequencyChunk::Encoding::Predicted);
    QCOMPARE(int(blob.at(0)), 4);
    QCOMPARE(QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toHex().left(16),
             QByteArray("76ce83c8e577e83a"));
    const QString difference = roundTripDifference(
            chunk, kGnomadTypes, kGnomadSums, nullptr, FrequencyChunk::Encoding::Predicted);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

namespace {

// As the importer stores gnomAD: AC, AN, nhomalt of all (columns 0-2, the sums), then AC, AN,
// nhomalt of eight groups (afr, amr, asj, eas, fin, mid, nfe, sas), then FILTER.
constexpr int kGroupCount = 8;
const qint64 kGroupSamples[kGroupCount] = {20744, 7647, 1736, 2604, 5316, 147, 34029, 2419};

QList<FrequencyFieldType> eightGroupTypes()
{
    QList<FrequencyFieldType> types(3 + 3 * kGroupCount, FrequencyFieldType::Integer);
    types.append(FrequencyFieldType::String);
    return types;
}

std::vector<FrequencyChunk::Sum> eightGroupSums()
{
    std::vector<FrequencyChunk::Sum> sums;
    for (int metric = 0; metric < 3; ++metric) {
        FrequencyChunk::Sum sum{metric, {}};
        for (int group = 0; group < kGroupCount; ++group)
            sum.parts.push_back(3 + 3 * group + metric);
        sums.push_back(sum);
    }
    return sums;
}

/*!
 * gnomAD-like sites of eight groups (as tests/bench/generate_frequency_vcfs.cpp makes them:
 * mostly a few copies spread over the groups by size, 4% common, the groups' AN falling
 * together), SNVs, indels and second alleles at a position. \a kind adds edge cases.
 */
FrequencyChunk eightGroupChunk(int sites, quint32 seed, const QString &kind = {})
{
    FrequencyChunk chunk(eightGroupTypes());
    QRandomGenerator random(seed);
    constexpr qint64 kLargest = std::numeric_limits<qint64>::max();
    const QByteArray bases = "ACGT";
    qint64 position = 7 * 65536;
    QByteArray lastReference;
    QByteArray lastAlternate;
    for (int i = 0; i < sites; ++i) {
        QByteArray reference(1, bases.at(random.bounded(4)));
        QByteArray alternate(1, bases.at(random.bounded(4)));
        const int shape = random.bounded(100);
        if (shape < 6)
            reference += QByteArray(1 + random.bounded(30), bases.at(random.bounded(4)));
        else if (shape < 12)
            alternate = reference + QByteArray(1 + random.bounded(6), 'T');
        else if (kind == QLatin1String("alleles") && shape < 20)
            reference = random.bounded(2) ? QByteArray("N") : QByteArray("ACGTN");
        if (reference == alternate)
            alternate = reference == "A" ? "C" : "A";
        if (i > 0 && kind == QLatin1String("alleles") && shape >= 95) {
            reference = lastReference; // an earlier pair of the table again
            alternate = lastAlternate;
        }
        // A second allele at the same position (split multi-allelic record) when it sorts after.
        const bool second = i > 0 && random.bounded(100) < 4
                            && (reference > chunk.reference(chunk.size() - 1)
                                || (reference == chunk.reference(chunk.size() - 1)
                                    && alternate > chunk.alternate(chunk.size() - 1)));
        if (!second)
            position += 1 + random.bounded(120);
        if (reference.size() > 1 || alternate.size() > 1) {
            lastReference = reference;
            lastAlternate = alternate;
        }
        const qsizetype site = chunk.append(position, reference, alternate);

        qint64 ac[kGroupCount] = {};
        qint64 an[kGroupCount] = {};
        qint64 hom[kGroupCount] = {};
        const double rate = -std::log(1.0 - random.generateDouble()) * 0.002;
        const double coverage = random.bounded(100) < 8 ? 0.3 + 0.6 * random.generateDouble() : 1;
        const bool common = random.bounded(100) < 4;
        const double frequency = std::pow(10.0, -3.0 + 2.7 * random.generateDouble());
        int total = random.bounded(100) < 12 ? 0 : 1;
        while (total > 0 && total < 40 && random.bounded(100) < 45)
            ++total;
        for (int g = 0; g < kGroupCount; ++g) {
            const qint64 missing = qint64(rate * double(kGroupSamples[g])
                                          * (0.8 + 0.4 * random.generateDouble()));
            an[g] = std::max<qint64>(0,
                                     2 * (qint64(double(kGroupSamples[g]) * coverage) - missing));
            if (common) {
                const double local = std::min(0.95, frequency * (0.5 + random.generateDouble()));
                ac[g] = qint64(local * double(an[g]));
                hom[g] = qint64(local * local * double(kGroupSamples[g]));
            }
        }
        for (int copy = 0; !common && copy < total; ++copy) {
            qint64 pick = random.bounded(75000);
            int g = 0;
            while (g < kGroupCount - 1 && pick >= kGroupSamples[g]) {
                pick -= kGroupSamples[g];
                ++g;
            }
            ++ac[g];
        }
        qint64 sums[3] = {};
        for (int g = 0; g < kGroupCount; ++g) {
            const qint64 values[3] = {ac[g], an[g], hom[g]};
            for (int metric = 0; metric < 3; ++metric) {
                chunk.setInteger(site, 3 + 3 * g + metric, values[metric]);
                sums[metric] += values[metric];
            }
        }
        for (int metric = 0; metric < 3; ++metric) {
            qint64 value = sums[metric];
            if (kind == QLatin1String("not sums") && random.bounded(100) < 30)
                value += random.bounded(5); // samples outside the groups
            if (kind == QLatin1String("never sums"))
                value += 1 + random.bounded(3);
            chunk.setInteger(site, metric, value);
        }
        if (kind == QLatin1String("missing")) {
            for (int c = 0; c < 3 + 3 * kGroupCount; ++c) {
                if (random.bounded(100) < 10)
                    chunk.setInteger(site, c, FrequencyChunk::kMissing);
            }
        } else if (kind == QLatin1String("overflow") && i % 3 != 2) {
            // Parts whose sum overflows (the total at its largest), or adds up to the largest.
            chunk.setInteger(site, 3, i % 3 == 0 ? kLargest - 1 : kLargest - 10);
            chunk.setInteger(site, 6, i % 3 == 0 ? 5 : 10);
            for (int g = 2; g < kGroupCount; ++g)
                chunk.setInteger(site, 3 * g + 3, 0);
            chunk.setInteger(site, 0, kLargest);
            chunk.setInteger(site, 5, kLargest);
            chunk.setInteger(site, 2, kLargest - 1);
        } else if (kind == QLatin1String("huge AN")) {
            // ANs near 2^61 that fall together: the pooled reference of PredictedMode (the
            // sum of the earlier groups' ANs and of their largest values) overflows 64 bits
            // after a few groups, from where neither coder may use it.
            const qint64 shortfall = 2 * random.bounded(200);
            for (int g = 0; g < kGroupCount; ++g)
                chunk.setInteger(site, 3 * g + 4, (qint64(1) << 61) - shortfall - 2 * g);
            chunk.setInteger(site, 1, kLargest - shortfall);
        } else if (kind == QLatin1String("groups exceed total") && i % 2 == 0) {
            chunk.setInteger(site, 9, chunk.integer(site, 9) + 3);
            chunk.setInteger(site, 0, std::max<qint64>(0, chunk.integer(site, 0) - 1));
            chunk.setInteger(site, 2, 0);
            chunk.setInteger(site, 5, 1 + i % 4);
        }
        chunk.setText(site, 3 + 3 * kGroupCount, sums[0] == 0 ? "AC0" : "PASS");
    }
    return chunk;
}

} // namespace

void TestFrequencyChunk::groupedRoundTrip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("sites");
    for (const char *kind : {"plain",
                             "not sums",
                             "never sums",
                             "missing",
                             "overflow",
                             "groups exceed total",
                             "huge AN",
                             "alleles"}) {
        for (int sites : {1, 2, 23, 1000})
            QTest::addRow("%s, %d sites", kind, sites) << QString::fromLatin1(kind) << sites;
    }
}

void TestFrequencyChunk::groupedRoundTrip()
{
    // Encoding 5 codes the groups' AC and nhomalt given their total where the groups add up
    // to it, and must stay exact wherever they do not; encoding 4 reads the same sites too.
    QFETCH(QString, kind);
    QFETCH(int, sites);
    const FrequencyChunk chunk = eightGroupChunk(sites, quint32(sites * 13 + kind.size()), kind);
    for (auto encoding : {FrequencyChunk::Encoding::Grouped, FrequencyChunk::Encoding::Predicted}) {
        qsizetype size = 0;
        const QString difference
                = roundTripDifference(chunk, eightGroupTypes(), eightGroupSums(), &size, encoding);
        QVERIFY2(difference.isEmpty(),
                 qPrintable(QStringLiteral("encoding %1: %2").arg(int(encoding)).arg(difference)));
    }
    // The same sites with the sums listed in another order (parts before their total are not
    // coded given it) and without sums.
    std::vector<FrequencyChunk::Sum> reversed = eightGroupSums();
    for (FrequencyChunk::Sum &sum : reversed)
        std::reverse(sum.parts.begin(), sum.parts.end());
    for (const auto &sums : {reversed, std::vector<FrequencyChunk::Sum>{}}) {
        const QString difference = roundTripDifference(chunk, eightGroupTypes(), sums);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
}

void TestFrequencyChunk::groupedIsSmaller()
{
    // gnomAD-like sites: the groups' counts given their total take fewer bits than the groups
    // with a free total; where the totals are not the sums encoding 5 falls back (no larger).
    for (const char *kind : {"plain", "not sums", "never sums", "alleles"}) {
        const FrequencyChunk chunk = eightGroupChunk(1000, 77, QString::fromLatin1(kind));
        const qsizetype grouped = chunk.encode(eightGroupSums()).size();
        const qsizetype predicted
                = chunk.encode(eightGroupSums(), FrequencyChunk::Encoding::Predicted).size();
        qInfo("%s: %.2f bytes/site in encoding 5, %.2f in encoding 4",
              kind,
              double(grouped) / chunk.size(),
              double(predicted) / chunk.size());
        const bool exact = QByteArray(kind) == "plain" || QByteArray(kind) == "alleles";
        QVERIFY2(exact ? grouped * 100 < predicted * 92 : grouped < predicted,
                 qPrintable(QStringLiteral("%1: %2 bytes in encoding 5, %3 in 4")
                                    .arg(QLatin1String(kind))
                                    .arg(grouped)
                                    .arg(predicted)));
    }
}

void TestFrequencyChunk::groupedBlobsAreRefusedInEncoding4()
{
    // An encoding-5 blob (a total with its parts, the allele codes' prefix code) relabelled
    // as encoding 4 (its checksum, over the payload, still matches): refused as corrupt.
    const FrequencyChunk chunk = eightGroupChunk(300, 3);
    const QByteArray blob = chunk.encode(eightGroupSums());
    QCOMPARE(int(blob.at(0)), 5);
    QVERIFY(FrequencyChunk::decode(blob, eightGroupTypes()).has_value());
    for (int encoding : {4, 3}) {
        const auto relabelled
                = FrequencyChunk::decode(bitPackedBlob(blob.mid(5), encoding), eightGroupTypes());
        QVERIFY(!relabelled.has_value());
        QCOMPARE(relabelled.error().code(), Error::Code::MalformedRecord);
        QVERIFY(relabelled.error().message().contains(QLatin1String("corrupt")));
    }
}

void TestFrequencyChunk::totalModeIsRefusedInEncoding4()
{
    // Sequence mode 7 (a total with its parts) exists from encoding 5 on: an encoding-4 blob
    // that uses it is corrupt. One site (POS 100, A>C) and two integer columns, column 1 the
    // part of column 0; everything else as encoding 4 writes it (FORMAT.md).
    const auto payload = [](bool total) {
        PayloadBits bits;
        bits.universal(1);   // N sites
        bits.universal(2);   // C columns
        bits.universal(100); // first position (no deltas for one site)
        bits.put(0, 3);      // allele codes: offset mode, every code B = 1 (A>C)
        bits.universal(1);
        bits.universal(0);
        bits.universal(0); // P: no pair table entries (nothing else of the table)
        if (total) {
            bits.put(7, 3);    // column 0: total mode
            bits.universal(1); // K = 1 part
            bits.put(1, 1);    // as a progression,
            bits.universal(1); // from column 1
            bits.put(0, 1);    // the total's values as a sequence:
            bits.put(0, 3);    // offset mode, every value 4 - 1 = 3
            bits.universal(4);
            bits.universal(0);
            bits.universal(0); // no irregular sites; the only part takes the whole total
        } else {
            for (int column = 0; column < 2; ++column) {
                bits.put(0, 3); // offset mode, every value 4 - 1 = 3
                bits.universal(4);
                bits.universal(0);
            }
        }
        return bits.bytes();
    };
    const QList<FrequencyFieldType> types(2, FrequencyFieldType::Integer);
    // The same framing without the total reads (the payload is right up to the mode).
    const auto plain = FrequencyChunk::decode(bitPackedBlob(payload(false), 4), types);
    QVERIFY2(plain, qPrintable(plain ? QString() : plain.error().toString()));
    QCOMPARE(plain->size(), qsizetype(1));
    QCOMPARE(plain->position(0), qint64(100));
    QCOMPARE(plain->integer(0, 1), qint64(3));
    const auto refused = FrequencyChunk::decode(bitPackedBlob(payload(true), 4), types);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), Error::Code::MalformedRecord);
    QVERIFY(refused.error().message().contains(QLatin1String("corrupt")));
}

void TestFrequencyChunk::damagedGroupedBlobsAreRefused()
{
    // Truncations, flipped bits, damage behind a correct checksum: as in encoding 4, on a chunk
    // that uses the total's mode (with parts that do not add up at some sites) and the prefix
    // code of the alleles.
    FrequencyChunk chunk = gnomadChunk(40, 31);
    chunk.setInteger(3, 0, chunk.integer(3, 0) + 2);
    chunk.setInteger(7, 5, FrequencyChunk::kMissing);
    checkDamagedBlobsAreRefused(chunk, FrequencyChunk::Encoding::Grouped);
}

QTEST_GUILESS_MAIN(TestFrequencyChunk)

#include "tst_frequencychunk.moc"
