// SPDX-License-Identifier: GPL-3.0-or-later
// Beacon v2 federation end to end: genomedesk-beacon nodes (plain, TLS, slow, broken) and a
// GDI-shaped fixture node on 127.0.0.1, BeaconSync/BeaconClient filling a cache, privacy
// padding, the exact round trip of counts, and the official schemas (ajv, when available).

#include <core/beacon/beaconcachewriter.h>
#include <core/beacon/beaconclient.h>
#include <core/beacon/beaconnode.h>
#include <core/beacon/beaconregion.h>
#include <core/beacon/beaconresponse.h>
#include <core/beacon/beaconserver.h>
#include <core/beacon/beaconsync.h>
#include <core/frequency/frequencystore.h>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Core;

namespace {

// Walks "a/b/0/c" through objects and arrays.
QJsonValue json(const QJsonValue &root, const char *path)
{
    QJsonValue value = root;
    const QList<QByteArray> parts = QByteArray(path).split('/');
    for (const QByteArray &part : parts) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        value = isIndex ? value.toArray().at(index) : value.toObject().value(QLatin1String(part));
    }
    return value;
}
QJsonValue json(const QJsonObject &root, const char *path)
{
    return json(QJsonValue(root), path);
}
QJsonValue json(const QJsonArray &root, const char *path)
{
    return json(QJsonValue(root), path);
}

struct Site
{
    qint64 position;
    QByteArray reference;
    QByteArray alternate;
    qint64 counts[2][3]; // population (all, nfe) x (AC, AN, nhomalt)
};

// Patient variant: 17:43045712 G>A. Sites around it (same padded region) and one far away.
const QList<Site> kSites = {
        {43041000, "C", "T", {{1, 1614000, 0}, {0, 600000, 0}}},
        {43045712, "G", "A", {{123457, 1613998, 4021}, {99001, 599990, 3001}}},
        {43045713, "GA", "G", {{7, 1000, 1}, {3, 400, 0}}},
        {43049999, "T", "C", {{250, 500, 60}, {200, 400, 50}}},
        {43200000, "A", "G", {{9, 90, 2}, {4, 40, 1}}},
};

void makeCache(const QString &path)
{
    auto store = FrequencyStore::open(path, FrequencyStore::OpenMode::ReadWrite);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
    FrequencySource source;
    source.name = QStringLiteral("cohort");
    source.version = QStringLiteral("2026-11");
    source.origin = QStringLiteral("https://hospital.invalid/cohort");
    source.assembly = QStringLiteral("GRCh38");
    source.retrieved = QDateTime::currentDateTimeUtc();
    const QStringList populations{QStringLiteral("all"), QStringLiteral("nfe")};
    const QStringList metrics{
            QStringLiteral("AC"), QStringLiteral("AN"), QStringLiteral("nhomalt")};
    for (const QString &population : populations) {
        source.populations.append({population, QString(), -1});
        for (const QString &metric : metrics)
            source.fields.append({metric, population, metric, FrequencyFieldType::Integer});
    }
    QList<FrequencyFieldType> types(source.fields.size(), FrequencyFieldType::Integer);
    auto writer = store.value()->beginSource(source);
    QVERIFY(writer);
    std::map<qint64, FrequencyChunk> chunks;
    for (const Site &site : kSites) {
        const qint64 window = FrequencyChunk::windowOf(site.position);
        auto it = chunks.try_emplace(window, FrequencyChunk(types)).first;
        const qsizetype row = it->second.append(site.position, site.reference, site.alternate);
        for (int p = 0; p < 2; ++p)
            for (int m = 0; m < 3; ++m)
                it->second.setInteger(row, p * 3 + m, site.counts[p][m]);
    }
    for (const auto &[window, chunk] : chunks)
        QVERIFY(writer.value()->writeChunk("17", window, chunk));
    QVERIFY(writer.value()->writeCoverage({"17", 43000000, 43300000, qint64(kSites.size())}));
    QVERIFY(writer.value()->commit(kSites.size(), kSites.size()));
}

// A node serving the gdi-mini-node response shape (populations[], numberOfPopulations) at
// the GDI path, recording every request body it receives.
class GdiFixtureNode : public QTcpServer
{
public:
    QList<QByteArray> bodies;
    QList<QByteArray> paths;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QByteArray header = buffer->left(headerEnd).toLower();
            qsizetype length = 0;
            const qsizetype at = header.indexOf("content-length:");
            if (at >= 0)
                length = header.mid(at + 15, header.indexOf('\r', at) - at - 15)
                                 .trimmed()
                                 .toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return;
            paths.append(buffer->left(buffer->indexOf("\r\n")));
            bodies.append(buffer->mid(headerEnd + 4, length));
            const QJsonObject population{{QStringLiteral("population"), QStringLiteral("FR_M")},
                                         {QStringLiteral("alleleFrequency"), 0.0016},
                                         {QStringLiteral("alleleCount"), 16.0},
                                         {QStringLiteral("alleleNumber"), 10000},
                                         {QStringLiteral("alleleCountHomozygous"), QJsonValue()}};
            const QJsonObject record{
                    {QStringLiteral("variantInternalId"), QStringLiteral("x:G:A")},
                    {QStringLiteral("variation"),
                     QJsonObject{{QStringLiteral("referenceBases"), QStringLiteral("G")},
                                 {QStringLiteral("alternateBases"), QStringLiteral("A")},
                                 {QStringLiteral("location"),
                                  QJsonObject{{QStringLiteral("interval"),
                                               QJsonObject{{QStringLiteral("start"),
                                                            QJsonObject{{QStringLiteral("type"),
                                                                         QStringLiteral("Number")},
                                                                        {QStringLiteral("value"),
                                                                         43045711}}}}}}}}},
                    {QStringLiteral("frequencyInPopulations"),
                     QJsonArray{QJsonObject{
                             {QStringLiteral("source"), QStringLiteral("The Genome of Europe")},
                             {QStringLiteral("sourceReference"),
                              QStringLiteral("https://genomeofeurope.eu/")},
                             {QStringLiteral("numberOfPopulations"), 1},
                             {QStringLiteral("populations"), QJsonArray{population}}}}},
            };
            const QJsonObject response{
                    {QStringLiteral("meta"),
                     QJsonObject{{QStringLiteral("beaconId"), QStringLiteral("gdi.fixture")}}},
                    {QStringLiteral("responseSummary"),
                     QJsonObject{{QStringLiteral("exists"), true},
                                 {QStringLiteral("numTotalResults"), 1}}},
                    {QStringLiteral("response"),
                     QJsonObject{{QStringLiteral("resultSets"),
                                  QJsonArray{QJsonObject{
                                          {QStringLiteral("id"), QStringLiteral("goe-demo")},
                                          {QStringLiteral("setType"), QStringLiteral("dataset")},
                                          {QStringLiteral("exists"), true},
                                          {QStringLiteral("resultsCount"), 1},
                                          {QStringLiteral("results"), QJsonArray{record}}}}}}},
            };
            const QByteArray json = QJsonDocument(response).toJson(QJsonDocument::Compact);
            socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    "Content-Length: "
                    + QByteArray::number(json.size()) + "\r\n\r\n" + json);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
};

} // namespace

class TestBeaconFederation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void endpoints_data();
    void endpoints();
    void variantQueries();
    void malformedRequests();
    void parsesBothShapes();
    void paddingHidesThePosition();
    void federationSync();
    void syncCommand();
    void syncGene();
    void cancel();
    void schemaValidation();

private:
    int startNode(const QStringList &arguments, std::unique_ptr<QProcess> &process);
    QByteArray answer(const QByteArray &method,
                      const QString &path,
                      const QByteArray &body = {},
                      const QString &query = {},
                      int *status = nullptr);

    QTemporaryDir m_directory;
    QString m_cachePath;
    std::unique_ptr<BeaconServer> m_server;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

void TestBeaconFederation::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_cachePath = m_directory.filePath(QStringLiteral("cohort.gdfreq"));
    makeCache(m_cachePath);
    auto store = FrequencyStore::open(m_cachePath);
    QVERIFY(store);
    BeaconServerSettings settings;
    settings.bearerToken = "sesame";
    m_server = std::make_unique<BeaconServer>(std::move(store.value()), settings);
}

void TestBeaconFederation::cleanupTestCase()
{
    for (auto &process : m_processes) {
        process->kill();
        process->waitForFinished(2000);
    }
}

int TestBeaconFederation::startNode(const QStringList &arguments,
                                    std::unique_ptr<QProcess> &process)
{
    process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start(QStringLiteral(GENOMEDESK_BEACON_BINARY),
                   QStringList{QStringLiteral("--cache"),
                               m_cachePath,
                               QStringLiteral("--port"),
                               QStringLiteral("0"),
                               QStringLiteral("--address"),
                               QStringLiteral("127.0.0.1")}
                           + arguments);
    if (!process->waitForStarted(3000))
        return 0;
    QByteArray line;
    QElapsedTimer timer;
    timer.start();
    while (!line.contains('\n') && timer.elapsed() < 5000) {
        process->waitForReadyRead(200);
        line += process->readAllStandardOutput();
    }
    const QList<QByteArray> words = line.trimmed().split(' ');
    return words.size() == 4 ? words.at(3).toInt() : 0;
}

QByteArray TestBeaconFederation::answer(const QByteArray &method,
                                        const QString &path,
                                        const QByteArray &body,
                                        const QString &query,
                                        int *status)
{
    const BeaconServer::Reply reply = m_server->answer(method, path, query, body, "Bearer sesame");
    if (status)
        *status = reply.status;
    return reply.body;
}

void TestBeaconFederation::endpoints_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("key");
    QTest::newRow("root") << QStringLiteral("/") << QStringLiteral("response");
    QTest::newRow("info") << QStringLiteral("/info") << QStringLiteral("response");
    QTest::newRow("service-info") << QStringLiteral("/service-info") << QStringLiteral("type");
    QTest::newRow("map") << QStringLiteral("/map") << QStringLiteral("response");
    QTest::newRow("configuration")
            << QStringLiteral("/configuration") << QStringLiteral("response");
    QTest::newRow("entry_types") << QStringLiteral("/entry_types") << QStringLiteral("response");
    QTest::newRow("filtering_terms")
            << QStringLiteral("/filtering_terms") << QStringLiteral("response");
    QTest::newRow("GDI prefix") << QStringLiteral("/beacon/aggregated/v2/info")
                                << QStringLiteral("response");
    QTest::newRow("trailing slash") << QStringLiteral("/map/") << QStringLiteral("response");
}

void TestBeaconFederation::endpoints()
{
    QFETCH(QString, path);
    QFETCH(QString, key);
    int status = 0;
    const QJsonObject object
            = QJsonDocument::fromJson(answer("GET", path, {}, {}, &status)).object();
    QCOMPARE(status, 200);
    QVERIFY2(object.contains(key), qPrintable(path));
}

void TestBeaconFederation::variantQueries()
{
    // Exact, record: counts as stored, AF = AC / AN, 0-based start.
    const QByteArray exact = R"({"meta":{"apiVersion":"2.0"},"query":{"requestParameters":
        {"assemblyId":"GRCh38","referenceName":"chr17","start":[43045711],"referenceBases":"G",
        "alternateBases":"A"},"requestedGranularity":"record"}})";
    QJsonObject object
            = QJsonDocument::fromJson(answer("POST", QStringLiteral("/g_variants"), exact))
                      .object();
    QCOMPARE(json(object, "meta/returnedGranularity").toString(), QStringLiteral("record"));
    const QJsonArray results = json(object, "response/resultSets/0/results").toArray();
    QCOMPARE(results.size(), 1);
    const QJsonObject record = json(results, "0").toObject();
    QCOMPARE(json(record, "variation/location/interval/start/value").toInteger(), 43045711);
    const QJsonArray frequencies = json(record, "frequencyInPopulations/0/frequencies").toArray();
    QCOMPARE(frequencies.size(), 2);
    QCOMPARE(json(frequencies, "0/population").toString(), QStringLiteral("all"));
    QCOMPARE(json(frequencies, "0/alleleCount").toInteger(), 123457);
    QCOMPARE(json(frequencies, "0/alleleNumber").toInteger(), 1613998);
    QCOMPARE(json(frequencies, "0/alleleCountHomozygous").toInteger(), 4021);
    QCOMPARE(json(frequencies, "0/alleleFrequency").toDouble(), 123457.0 / 1613998.0);

    // The GDI mini-node sends start as a string; the GDI prefix is an alias.
    const QByteArray gdi = R"({"meta":{"apiVersion":"2.0"},"query":{"requestParameters":
        {"assemblyId":"GRCh38","referenceName":"17","start":"43045711","referenceBases":"G",
        "alternateBases":"A"},"requestedGranularity":"count"}})";
    object = QJsonDocument::fromJson(
                     answer("POST", QStringLiteral("/beacon/aggregated/v2/g_variants"), gdi))
                     .object();
    QCOMPARE(json(object, "responseSummary/numTotalResults").toInteger(), 1);

    // Wrong allele: boolean false.
    object = QJsonDocument::fromJson(answer("GET",
                                            QStringLiteral("/g_variants"),
                                            {},
                                            QStringLiteral("referenceName=17&start=43045711&"
                                                           "referenceBases=G&alternateBases=T")))
                     .object();
    QCOMPARE(json(object, "responseSummary/exists").toBool(true), false);

    // Range (GET): 4 sites in [43040000, 43050000); pages of 3.
    const QString range = QStringLiteral(
            "referenceName=17&start=43040000&end=43050000&requestedGranularity=record&limit=3");
    object = QJsonDocument::fromJson(answer("GET", QStringLiteral("/g_variants"), {}, range))
                     .object();
    QCOMPARE(json(object, "responseSummary/numTotalResults").toInteger(), 4);
    QCOMPARE(json(object, "response/resultSets/0/results").toArray().size(), 3);
    object = QJsonDocument::fromJson(answer("GET",
                                            QStringLiteral("/g_variants"),
                                            {},
                                            range + QStringLiteral("&skip=1")))
                     .object();
    const QJsonArray second = json(object, "response/resultSets/0/results").toArray();
    QCOMPARE(second.size(), 1);
    QCOMPARE(json(second, "0/variation/location/interval/start/value").toInteger(), 43049998);

    // Another assembly: nothing.
    object = QJsonDocument::fromJson(
                     answer("GET",
                            QStringLiteral("/g_variants"),
                            {},
                            QStringLiteral("assemblyId=GRCh37&referenceName=17&start=43040000&end="
                                           "43050000&requestedGranularity=count")))
                     .object();
    QCOMPARE(json(object, "responseSummary/numTotalResults").toInteger(), 0);
}

void TestBeaconFederation::malformedRequests()
{
    struct Case
    {
        QByteArray method;
        QString path;
        QByteArray body;
        QString query;
        int status;
    };
    const QList<Case> cases = {
            {"POST", QStringLiteral("/g_variants"), "{not json", {}, 400},
            {"POST", QStringLiteral("/g_variants"), "[]", {}, 400},
            {"POST", QStringLiteral("/g_variants"), R"({"query":{}})", {}, 400},
            {"POST",
             QStringLiteral("/g_variants"),
             R"({"meta":{},"query":{"requestParameters":{"referenceName":"17","start":[-5],"end":[9]}}})",
             {},
             400},
            {"POST",
             QStringLiteral("/g_variants"),
             R"({"meta":{},"query":{"requestParameters":{"referenceName":"17","start":[10],"end":[5]}}})",
             {},
             400},
            {"POST",
             QStringLiteral("/g_variants"),
             R"({"meta":{},"query":{"requestParameters":{"referenceName":"17","start":[1],"end":[900000000]}}})",
             {},
             400},
            {"POST",
             QStringLiteral("/g_variants"),
             R"({"meta":{},"query":{"requestedGranularity":"everything","requestParameters":{"referenceName":"17","start":[1],"end":[9]}}})",
             {},
             400},
            {"POST",
             QStringLiteral("/g_variants"),
             R"({"meta":{},"query":{"requestParameters":{"referenceName":"17","start":[1],"alternateBases":"<script>"}}})",
             {},
             400},
            {"GET",
             QStringLiteral("/g_variants"),
             {},
             QStringLiteral("referenceName=17&start=abc&end=5"),
             400},
            {"GET", QStringLiteral("/g_variants"), {}, QStringLiteral("start=1&end=5"), 400},
            {"GET", QStringLiteral("/nowhere"), {}, {}, 404},
            {"POST", QStringLiteral("/info"), {}, {}, 405},
    };
    for (const Case &c : cases) {
        int status = 0;
        const QJsonObject object
                = QJsonDocument::fromJson(answer(c.method, c.path, c.body, c.query, &status))
                          .object();
        QVERIFY2(status == c.status,
                 qPrintable(QStringLiteral("%1 %2: %3")
                                    .arg(QString::fromLatin1(c.body))
                                    .arg(c.query)
                                    .arg(status)));
        QCOMPARE(json(object, "error/errorCode").toInt(), c.status);
        QVERIFY(!json(object, "error/errorMessage").toString().isEmpty());
    }
    // Without the token: 401.
    const BeaconServer::Reply denied
            = m_server->answer("GET", QStringLiteral("/info"), {}, {}, "Bearer wrong");
    QCOMPARE(denied.status, 401);
}

void TestBeaconFederation::parsesBothShapes()
{
    // The GDI portal stub: frequencies[] with float counts, two result sets.
    const QString shared = QStringLiteral(GENOMEDESK_SHARED_DATA_DIR) + QStringLiteral("/beacon");
    QFile stub(shared + QStringLiteral("/gdi/derived/discovery-service-gvariants-response.json"));
    QFile miniNode(shared + QStringLiteral("/gdi/derived/mini-node-gvariants-response.json"));
    QFile mid(shared + QStringLiteral("/corrected/genomicVariant-MID-corrected.json"));
    if (!stub.open(QIODevice::ReadOnly) || !miniNode.open(QIODevice::ReadOnly))
        QSKIP("shared Beacon fixtures not found (GENOMEDESK_SHARED_DATA_DIR)");
    auto portal = parseBeaconVariantsResponse(stub.readAll(), "21", true);
    QVERIFY2(portal, qPrintable(portal ? QString() : portal.error().message()));
    QVERIFY(!portal->variants.isEmpty());
    QVERIFY(portal->datasetIds.size() >= 1);
    bool sawCounts = false;
    for (const BeaconVariant &variant : portal->variants)
        for (const BeaconPopulationFrequency &frequency : variant.frequencies)
            sawCounts = sawCounts || (frequency.alleleCount >= 0 && frequency.alleleNumber > 0);
    QVERIFY(sawCounts);

    // The mini-node README response leaves out "variation": records are skipped and counted.
    auto mini = parseBeaconVariantsResponse(miniNode.readAll(), "3", true);
    QVERIFY(mini);
    QCOMPARE(mini->variants.size() + mini->skippedRecords, qint64(1) + mini->variants.size());

    // Out-of-range numbers are refused.
    QVERIFY(!parseBeaconVariantsResponse(
            R"({"response":{"resultSets":[{"id":"a","results":[{"variation":{"referenceBases":"G","alternateBases":"A","location":{"interval":{"start":{"value":5}}}},"frequencyInPopulations":[{"source":"s","frequencies":[{"population":"p","alleleFrequency":1.5}]}]}]}]}})",
            "1",
            true));
    QVERIFY(!parseBeaconVariantsResponse(
            R"({"response":{"resultSets":[{"id":"a","results":[{"variation":{"referenceBases":"G","alternateBases":"A","location":{"interval":{"start":{"value":5}}}},"frequencyInPopulations":[{"source":"s","populations":[{"population":"p","alleleFrequency":0.5,"alleleCount":9,"alleleNumber":4}]}]}]}]}})",
            "1",
            true));
    QVERIFY(!parseBeaconVariantsResponse("{\"meta\":", "1", true));
    // The top-level resultSets form (upstream MIN example) is accepted.
    QVERIFY(parseBeaconVariantsResponse(
            R"({"meta":{},"responseSummary":{"exists":false},"resultSets":[]})", "1", true));
}

void TestBeaconFederation::paddingHidesThePosition()
{
    const QList<BeaconQueryVariant> variants{{"chr17", 43045712, "G", "A"},
                                             {"17", 43047100, "C", "T"}};
    const QList<BeaconRegion> regions = padBeaconRegions(variants, 5000);
    QCOMPARE(regions.size(), 1); // overlapping windows merge
    QCOMPARE(regions[0].first, qint64(43040001));
    QCOMPARE(regions[0].last, qint64(43053000));
    BeaconNode node;
    node.name = QStringLiteral("n");
    BeaconClient client(node);
    const QByteArray body = client.rangeBody(regions[0], 0, BeaconClient::kPageSize);
    QVERIFY(!body.contains("43045712"));
    QVERIFY(!body.contains("43045711"));
    QVERIFY(!body.contains("\"G\""));
    QVERIFY(body.contains("43040000"));
}

void TestBeaconFederation::federationSync()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("openssl is needed to make the test certificate");
    const QString certificate = m_directory.filePath(QStringLiteral("node.pem"));
    const QString key = m_directory.filePath(QStringLiteral("node.key"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"),
                   QStringLiteral("-x509"),
                   QStringLiteral("-newkey"),
                   QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"),
                   QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"),
                   key,
                   QStringLiteral("-out"),
                   certificate,
                   QStringLiteral("-days"),
                   QStringLiteral("1"),
                   QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY(openssl.waitForFinished(10000));
    QCOMPARE(openssl.exitCode(), 0);
    const QString tokenPath = m_directory.filePath(QStringLiteral("token.txt"));
    QFile token(tokenPath);
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write("s3cret-token\n");
    token.close();

    std::unique_ptr<QProcess> tls, slow, broken;
    const int tlsPort = startNode({QStringLiteral("--tls-cert"),
                                   certificate,
                                   QStringLiteral("--tls-key"),
                                   key,
                                   QStringLiteral("--token-file"),
                                   tokenPath},
                                  tls);
    const int slowPort
            = startNode({QStringLiteral("--simulate-delay-ms"), QStringLiteral("3000")}, slow);
    const int brokenPort = startNode(
            {QStringLiteral("--simulate-fault"), QStringLiteral("broken-json")}, broken);
    for (auto *process : {&tls, &slow, &broken})
        m_processes.push_back(std::move(*process));
    QVERIFY(tlsPort > 0 && slowPort > 0 && brokenPort > 0);
    GdiFixtureNode gdi;
    QVERIFY(gdi.listen(QHostAddress::LocalHost));

    const QString nodesPath = m_directory.filePath(QStringLiteral("nodes.json"));
    QFile nodesFile(nodesPath);
    QVERIFY(nodesFile.open(QIODevice::WriteOnly));
    nodesFile.write(QStringLiteral(R"({"nodes":[
        {"name":"tls","baseUrl":"https://127.0.0.1:%1","auth":{"type":"bearer","tokenFile":"token.txt"},"caBundle":"node.pem","timeoutMs":3000},
        {"name":"slow","baseUrl":"http://127.0.0.1:%2","timeoutMs":400,"retries":1},
        {"name":"broken","baseUrl":"http://127.0.0.1:%3","timeoutMs":2000},
        {"name":"gdi","baseUrl":"http://127.0.0.1:%4/","style":"gdi","timeoutMs":2000}]})")
                            .arg(tlsPort)
                            .arg(slowPort)
                            .arg(brokenPort)
                            .arg(gdi.serverPort())
                            .toUtf8());
    nodesFile.close();
    auto nodes = loadBeaconNodes(nodesPath);
    QVERIFY2(nodes, qPrintable(nodes ? QString() : nodes.error().toString()));
    QCOMPARE(nodes->size(), 4);
    QCOMPARE(nodes->at(0).secret, QByteArray("s3cret-token"));

    const QString resultPath = m_directory.filePath(QStringLiteral("result.gdfreq"));
    auto result = FrequencyStore::open(resultPath, FrequencyStore::OpenMode::ReadWrite);
    QVERIFY(result);
    BeaconSync sync(*result.value(), nodes.value());
    QSignalSpy finished(&sync, &BeaconSync::finished);
    QElapsedTimer timer;
    timer.start();
    sync.start({{"chr17", 43045712, "G", "A"}}, {});
    QVERIFY(finished.wait(8000));
    QVERIFY(timer.elapsed() < 6000);

    QHash<QString, BeaconNodeReport> reports;
    for (const BeaconNodeReport &report : sync.reports())
        reports.insert(report.node, report);
    QCOMPARE(reports.size(), 4);
    QVERIFY2(reports[QStringLiteral("tls")].ok, qPrintable(reports[QStringLiteral("tls")].message));
    QVERIFY2(reports[QStringLiteral("gdi")].ok, qPrintable(reports[QStringLiteral("gdi")].message));
    QVERIFY(!reports[QStringLiteral("slow")].ok);
    QVERIFY(reports[QStringLiteral("slow")].message.contains(QLatin1String("400 ms")));
    QVERIFY(!reports[QStringLiteral("broken")].ok);
    QVERIFY(reports[QStringLiteral("broken")].message.contains(QLatin1String("Malformed")));
    QVERIFY(result.value()->source(QStringLiteral("beacon:slow")) == nullptr);
    QVERIFY(result.value()->source(QStringLiteral("beacon:broken")) == nullptr);

    // Privacy: no request body (our log and what the fixture node received) holds the position.
    const QList<BeaconRequestLogEntry> log = sync.requestLog();
    QVERIFY(log.size() >= 4);
    QList<QByteArray> bodies = gdi.bodies;
    for (const BeaconRequestLogEntry &entry : log) {
        bodies.append(entry.body);
        QVERIFY(!entry.url.contains(QLatin1String("s3cret")));
    }
    QVERIFY(!sync.requestLogJson().contains("s3cret"));
    QVERIFY(!gdi.paths.isEmpty());
    QVERIFY(gdi.paths.first().contains("/beacon/aggregated/v2/g_variants"));
    for (const QByteArray &body : std::as_const(bodies)) {
        QVERIFY(!body.contains("43045712"));
        QVERIFY(!body.contains("43045711"));
        QVERIFY(body.contains("\"start\":[43040000]"));
    }

    // Round trip: every count of every site in the padded region, exactly.
    const FrequencySource *tlsSource = result.value()->source(QStringLiteral("beacon:tls"));
    QVERIFY(tlsSource);
    QCOMPARE(tlsSource->siteCount, qint64(4)); // 43200000 is outside the region
    QVERIFY(tlsSource->retrieved.isValid());
    QCOMPARE(tlsSource->version, QStringLiteral("cohort"));
    const QStringList populations{QStringLiteral("all"), QStringLiteral("nfe")};
    const QStringList metrics{
            QStringLiteral("AC"), QStringLiteral("AN"), QStringLiteral("nhomalt")};
    int compared = 0;
    for (const Site &site : kSites) {
        if (site.position > 43053000)
            continue;
        qint64 position = site.position;
        QByteArray reference = site.reference;
        QByteArray alternate = site.alternate;
        auto chunk = result.value()->chunk(*tlsSource, "17", FrequencyChunk::windowOf(position));
        QVERIFY(chunk && chunk.value());
        const qsizetype row = chunk.value()->find(position, reference, alternate);
        QVERIFY2(row >= 0, qPrintable(QString::number(position)));
        for (int p = 0; p < 2; ++p) {
            for (int m = 0; m < 3; ++m) {
                const int column = tlsSource->fieldIndex(metrics[m], populations[p]);
                QVERIFY(column >= 0);
                QCOMPARE(chunk.value()->integer(row, column), site.counts[p][m]);
                ++compared;
            }
        }
    }
    QCOMPARE(compared, 4 * 6);

    // GDI shape: populations[] with counts as floats, a null homozygous count.
    const FrequencySource *gdiSource = result.value()->source(QStringLiteral("beacon:gdi"));
    QVERIFY(gdiSource);
    QCOMPARE(gdiSource->version, QStringLiteral("goe-demo"));
    auto chunk = result.value()->chunk(*gdiSource, "17", FrequencyChunk::windowOf(43045712));
    QVERIFY(chunk && chunk.value());
    const qsizetype row = chunk.value()->find(43045712, "G", "A");
    QVERIFY(row >= 0);
    QCOMPARE(chunk.value()->integer(
                     row, gdiSource->fieldIndex(QStringLiteral("AC"), QStringLiteral("FR_M"))),
             qint64(16));
    QCOMPARE(chunk.value()->integer(
                     row, gdiSource->fieldIndex(QStringLiteral("AN"), QStringLiteral("FR_M"))),
             qint64(10000));
    QCOMPARE(chunk.value()->integer(
                     row, gdiSource->fieldIndex(QStringLiteral("nhomalt"), QStringLiteral("FR_M"))),
             FrequencyChunk::kMissing);
}

void TestBeaconFederation::syncCommand()
{
    std::unique_ptr<QProcess> plain;
    const int port = startNode({}, plain);
    m_processes.push_back(std::move(plain));
    QVERIFY(port > 0);
    // A real node refuses an oversized body with a Beacon error (413).
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/g_variants").arg(port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.post(request, QByteArray(100 * 1024, ' ') + "{}");
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);
    QCOMPARE(json(QJsonDocument::fromJson(reply->readAll()).object(), "error/errorCode").toInt(),
             413);
    delete reply;

    const QString nodesPath = m_directory.filePath(QStringLiteral("cli-nodes.json"));
    QFile nodesFile(nodesPath);
    QVERIFY(nodesFile.open(QIODevice::WriteOnly));
    nodesFile.write(QStringLiteral(R"({"nodes":[{"name":"plain","baseUrl":"http://127.0.0.1:%1"},
        {"name":"down","baseUrl":"http://127.0.0.1:1","retries":0,"timeoutMs":500}]})")
                            .arg(port)
                            .toUtf8());
    nodesFile.close();
    const QString cache = m_directory.filePath(QStringLiteral("cli.gdfreq"));
    const QString log = m_directory.filePath(QStringLiteral("requests.jsonl"));
    QProcess process;
    process.start(QStringLiteral(GENOMEDESK_BINARY),
                  {QStringLiteral("sync"),
                   QStringLiteral("--cache"),
                   cache,
                   QStringLiteral("--nodes"),
                   nodesPath,
                   QStringLiteral("--region"),
                   QStringLiteral("chr17:43040001-43050000"),
                   QStringLiteral("--request-log"),
                   log});
    QVERIFY(process.waitForFinished(8000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 1); // one node is down
    QVERIFY2(output.contains(QLatin1String("node plain: ok, 4 variants")), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("node down: FAILED")), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("source beacon:plain: 4 sites")), qPrintable(output));
    QFile logFile(log);
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    QVERIFY(logFile.readAll().contains("43040000"));

    QProcess usage;
    usage.start(QStringLiteral(GENOMEDESK_BINARY),
                {QStringLiteral("sync"), QStringLiteral("--cache"), cache});
    QVERIFY(usage.waitForFinished(5000));
    QCOMPARE(usage.exitCode(), 2);
}

// sync --gene: the span comes from a knowledge base built with `kb import --bed`, padded
// like a variant, and is synced as a region; unknown genes and other builds are refused.
void TestBeaconFederation::syncGene()
{
    std::unique_ptr<QProcess> plain;
    const int port = startNode({}, plain);
    m_processes.push_back(std::move(plain));
    QVERIFY(port > 0);
    const auto run = [](const QStringList &arguments) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(GENOMEDESK_BINARY), arguments);
        process->waitForFinished(15000);
        return process;
    };

    const QString bedPath = m_directory.filePath(QStringLiteral("genes.bed"));
    QFile bed(bedPath);
    QVERIFY(bed.open(QIODevice::WriteOnly));
    bed.write("chr13\t32315507\t32400268\tBRCA2\nchr17\t43044294\t43125483\tBRCA1\n");
    bed.close();
    const QString kb38 = m_directory.filePath(QStringLiteral("genes38.gdkb"));
    const QString kb37 = m_directory.filePath(QStringLiteral("genes37.gdkb"));
    for (const auto &[kb, build] :
         {std::pair{kb38, QStringLiteral("GRCh38")}, std::pair{kb37, QStringLiteral("GRCh37")}}) {
        auto import = run({QStringLiteral("kb"),
                           QStringLiteral("import"),
                           QStringLiteral("--kb"),
                           kb,
                           QStringLiteral("--bed"),
                           bedPath,
                           QStringLiteral("--build"),
                           build});
        QVERIFY2(import->exitCode() == 0, import->readAllStandardError().constData());
    }

    const QString nodesPath = m_directory.filePath(QStringLiteral("gene-nodes.json"));
    QFile nodesFile(nodesPath);
    QVERIFY(nodesFile.open(QIODevice::WriteOnly));
    nodesFile.write(
            QStringLiteral(R"({"nodes":[{"name":"plain","baseUrl":"http://127.0.0.1:%1"}]})")
                    .arg(port)
                    .toUtf8());
    nodesFile.close();
    const QString cache = m_directory.filePath(QStringLiteral("gene.gdfreq"));
    const QString log = m_directory.filePath(QStringLiteral("gene-requests.jsonl"));
    const QStringList common{QStringLiteral("sync"),
                             QStringLiteral("--cache"),
                             cache,
                             QStringLiteral("--nodes"),
                             nodesPath,
                             QStringLiteral("--request-log"),
                             log};

    // Known gene: BRCA1 17:43044295-43125483 padded by 5 kb to the 1 kb grid.
    auto sync = run(common
                    + QStringList{QStringLiteral("--gene"),
                                  QStringLiteral("brca1"),
                                  QStringLiteral("--kb"),
                                  kb38});
    const QString output = QString::fromUtf8(sync->readAllStandardOutput());
    QVERIFY2(sync->exitCode() == 0,
             qPrintable(output + QString::fromUtf8(sync->readAllStandardError())));
    // Four of the five sites lie in the padded span; 43200000 is outside.
    QVERIFY2(output.contains(QLatin1String("node plain: ok, 4 variants")), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("source beacon:plain: 4 sites")), qPrintable(output));
    QFile logFile(log);
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    const QJsonObject request = QJsonDocument::fromJson(logFile.readLine()).object();
    const QByteArray body = request.value(QLatin1String("body")).toString().toUtf8();
    const QJsonObject parameters
            = json(QJsonDocument::fromJson(body).object(), "query/requestParameters").toObject();
    QCOMPARE(parameters.value(QLatin1String("referenceName")).toString(), QStringLiteral("17"));
    QCOMPARE(json(parameters, "start/0").toInteger(), qint64(43039000)); // 0-based
    QCOMPARE(json(parameters, "end/0").toInteger(), qint64(43131000));
    logFile.close();
    auto store = FrequencyStore::open(cache);
    QVERIFY(store);
    const FrequencySource *source = store.value()->source(QStringLiteral("beacon:plain"));
    QVERIFY(source);
    QCOMPARE(source->siteCount, qint64(4));

    // Unknown gene: exit 2, the message names the gene and the knowledge base.
    auto unknown = run(common
                       + QStringList{QStringLiteral("--gene"),
                                     QStringLiteral("NOSUCHGENE"),
                                     QStringLiteral("--kb"),
                                     kb38});
    QCOMPARE(unknown->exitCode(), 2);
    const QString unknownError = QString::fromUtf8(unknown->readAllStandardError());
    QVERIFY2(unknownError.contains(QLatin1String("NOSUCHGENE")), qPrintable(unknownError));
    QVERIFY2(unknownError.contains(kb38), qPrintable(unknownError));

    // A GRCh37 gene model for a GRCh38 cache: exit 2, both builds named.
    auto otherBuild = run(common
                          + QStringList{QStringLiteral("--gene"),
                                        QStringLiteral("BRCA1"),
                                        QStringLiteral("--kb"),
                                        kb37});
    QCOMPARE(otherBuild->exitCode(), 2);
    const QString buildError = QString::fromUtf8(otherBuild->readAllStandardError());
    QVERIFY2(buildError.contains(QLatin1String("GRCh37"))
                     && buildError.contains(QLatin1String("GRCh38")) && buildError.contains(kb37),
             qPrintable(buildError));

    // --gene without --kb is bad usage.
    auto noKb = run(common + QStringList{QStringLiteral("--gene"), QStringLiteral("BRCA1")});
    QCOMPARE(noKb->exitCode(), 2);
}

void TestBeaconFederation::cancel()
{
    // A node that accepts connections and never answers; cancel() ends the sync at once.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    BeaconNode node;
    node.name = QStringLiteral("silent");
    node.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
    node.timeoutMilliseconds = 60000;
    auto store = FrequencyStore::open(m_directory.filePath(QStringLiteral("cancel.gdfreq")),
                                      FrequencyStore::OpenMode::ReadWrite);
    QVERIFY(store);
    BeaconSync sync(*store.value(), {node});
    QSignalSpy finished(&sync, &BeaconSync::finished);
    sync.start({}, {{"17", 1, 100000}});
    QTest::qWait(100);
    QElapsedTimer timer;
    timer.start();
    sync.cancel();
    QVERIFY(finished.count() == 1 || finished.wait(1000));
    QVERIFY(timer.elapsed() < 1000);
    QCOMPARE(sync.reports().size(), 1);
    QVERIFY(!sync.reports().constFirst().ok);
    QVERIFY(store.value()->source(QStringLiteral("beacon:silent")) == nullptr);
}

void TestBeaconFederation::schemaValidation()
{
    // Slow (one ajv run per response type): only when asked for by name, as CTest's
    // core/beacon/tst_beaconfederation_schemas entry does.
    if (!QCoreApplication::arguments().contains(QStringLiteral("schemaValidation")))
        QSKIP("run with the argument schemaValidation (CTest: "
              "core/beacon/tst_beaconfederation_schemas)");
    const QString prefix = qEnvironmentVariable("GENOMEDESK_AJV_PREFIX");
    const QString shared = QStringLiteral(GENOMEDESK_SHARED_DATA_DIR) + QStringLiteral("/beacon");
    if (prefix.isEmpty() || !QFile::exists(prefix + QStringLiteral("/node_modules/.bin/ajv")))
        QSKIP("ajv-cli not available: set GENOMEDESK_AJV_PREFIX to a directory prepared with "
              "'npm install --prefix DIR ajv-cli@5.0.0 ajv-formats@3.0.1'");
    if (!QFile::exists(shared + QStringLiteral("/schemas-ajv")))
        QSKIP("Beacon schemas not found (GENOMEDESK_SHARED_DATA_DIR)");

    const QByteArray range = R"({"meta":{"apiVersion":"2.0"},"query":{"requestParameters":
        {"assemblyId":"GRCh38","referenceName":"17","start":[43040000],"end":[43050000]},
        "requestedGranularity":"%1"}})";
    struct Document
    {
        QString schema;
        QByteArray body;
    };
    QList<Document> documents = {
            {QStringLiteral("beaconInfoResponse"), answer("GET", QStringLiteral("/info"))},
            {QStringLiteral("beaconMapResponse"), answer("GET", QStringLiteral("/map"))},
            {QStringLiteral("beaconConfigurationResponse"),
             answer("GET", QStringLiteral("/configuration"))},
            {QStringLiteral("beaconEntryTypesResponse"),
             answer("GET", QStringLiteral("/entry_types"))},
            {QStringLiteral("beaconFilteringTermsResponse"),
             answer("GET", QStringLiteral("/filtering_terms"))},
            {QStringLiteral("beaconBooleanResponse"),
             answer("POST",
                    QStringLiteral("/g_variants"),
                    QByteArray(range).replace("%1", "boolean"))},
            {QStringLiteral("beaconCountResponse"),
             answer("POST",
                    QStringLiteral("/g_variants"),
                    QByteArray(range).replace("%1", "count"))},
            {QStringLiteral("beaconErrorResponse"),
             answer("POST", QStringLiteral("/g_variants"), "{bad")},
            {QStringLiteral("composite"),
             answer("POST",
                    QStringLiteral("/g_variants"),
                    QByteArray(range).replace("%1", "record"))},
    };
    const QString ajv = prefix + QStringLiteral("/node_modules/.bin/ajv");
    const QString draft07
            = prefix + QStringLiteral("/node_modules/ajv/dist/refs/json-schema-draft-07.json");
    for (const Document &document : documents) {
        const QString dataPath = m_directory.filePath(document.schema + QStringLiteral(".json"));
        QFile data(dataPath);
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write(document.body);
        data.close();
        QStringList arguments{QStringLiteral("validate"),
                              QStringLiteral("--spec=draft2020"),
                              QStringLiteral("--strict=false"),
                              QStringLiteral("-c"),
                              QStringLiteral("ajv-formats"),
                              QStringLiteral("-m"),
                              draft07,
                              QStringLiteral("--all-errors"),
                              QStringLiteral("--errors=text")};
        if (document.schema == QLatin1String("composite")) {
            arguments << QStringLiteral("-s")
                      << QStringLiteral("schemas-local/gVariantsResultsetsResponse.json")
                      << QStringLiteral("-r") << QStringLiteral("schemas-ajv/**/*.json");
        } else {
            arguments << QStringLiteral("-s")
                      << QStringLiteral("schemas-ajv/framework/json/responses/%1.json")
                                 .arg(document.schema)
                      << QStringLiteral("-r")
                      << QStringLiteral("schemas-ajv/**/!(%1).json").arg(document.schema);
        }
        arguments << QStringLiteral("-d") << dataPath;
        QProcess process;
        process.setWorkingDirectory(shared);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(ajv, arguments);
        QVERIFY(process.waitForFinished(20000));
        QVERIFY2(process.exitCode() == 0,
                 qPrintable(document.schema + QStringLiteral(": ")
                            + QString::fromUtf8(process.readAll())));
    }
}

QTEST_GUILESS_MAIN(TestBeaconFederation)
#include "tst_beaconfederation.moc"
