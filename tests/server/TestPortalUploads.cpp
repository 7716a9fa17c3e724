#include "PortalFixture.h"

#include <QCryptographicHash>

using namespace apd::test;

namespace {

QByteArray b64(const QByteArray& digest)
{
    return digest.toBase64();
}

} // namespace

// The tus endpoint: every extension, every refusal, restarts; over real HTTP.
class TestPortalUploads : public QObject
{
    Q_OBJECT

    PortalFixture f;

private Q_SLOTS:
    void init() { QVERIFY(f.start(PortalFixture::defaultRequests(), 4 << 20)); }
    void cleanup()
    {
        QCOMPARE(f.consistencyProblem(), QString());
        QCOMPARE(ApiClient(f.port()).get(QStringLiteral("/v1/health")).status, 200);
        f.server.reset();
    }

    void discovery()
    {
        const Reply r = ApiClient(f.port()).send("OPTIONS", QStringLiteral("/v1/uploads"));
        QCOMPARE(r.status, 204);
        QCOMPARE(r.header("Tus-Version"), QStringLiteral("1.0.0"));
        QCOMPARE(r.header("Tus-Extension"),
                 QStringLiteral("creation,creation-with-upload,termination,expiration,checksum"));
        QCOMPARE(r.header("Tus-Checksum-Algorithm"), QStringLiteral("sha1,sha256"));
        QCOMPARE(r.header("Tus-Max-Size"), QString::number(4 << 20));
    }

    void uploadInPiecesRegistersAnAsset()
    {
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        const QByteArray content = randomBytes(300000, 3);
        const Reply created = ana.createUpload(f.projectId, QStringLiteral("Title#storyart_na_01_zxx.jpg"), content);
        QCOMPARE(created.status, 201);
        const QString location = created.header("Location");
        QVERIFY(location.startsWith(QStringLiteral("/v1/uploads/")));
        QCOMPARE(created.header("Upload-Offset"), QStringLiteral("0"));
        QVERIFY(!created.header("Upload-Expires").isEmpty());

        QCOMPARE(ana.patch(location, 0, content.left(100000)).header("Upload-Offset"), QStringLiteral("100000"));
        const Reply head = ana.head(location);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("Upload-Offset"), QStringLiteral("100000"));
        QCOMPARE(head.header("Upload-Length"), QStringLiteral("300000"));
        QCOMPARE(head.header("Cache-Control"), QStringLiteral("no-store"));
        // The middle piece with a sha1 checksum, the last with sha256.
        const Reply mid = ana.patch(
            location, 100000, content.mid(100000, 100000),
            {{"Upload-Checksum",
              "sha1 " +
                  b64(QCryptographicHash::hash(content.mid(100000, 100000), QCryptographicHash::Sha1)).toStdString()}});
        QCOMPARE(mid.status, 204);
        const Reply last = ana.patch(
            location, 200000, content.mid(200000),
            {{"Upload-Checksum",
              "sha256 " +
                  b64(QCryptographicHash::hash(content.mid(200000), QCryptographicHash::Sha256)).toStdString()}});
        QCOMPARE(last.status, 204);
        QCOMPARE(last.header("Upload-Offset"), QStringLiteral("300000"));
        QVERIFY(last.header("Upload-Asset").startsWith(QStringLiteral("asset:")));

        const Reply project = ana.get(f.projectPath());
        const QJsonArray assets = project.json.value(QStringLiteral("assets")).toArray();
        QCOMPARE(assets.size(), 1);
        const QJsonObject asset = assets.first().toObject();
        QCOMPARE(asset.value(QStringLiteral("name")).toString(), QStringLiteral("Title#storyart_na_01_zxx.jpg"));
        QCOMPARE(asset.value(QStringLiteral("state")).toString(), QStringLiteral("uploaded"));
        QCOMPARE(asset.value(QStringLiteral("versions"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("sha256"))
                     .toString(),
                 QString::fromLatin1(apd::server::Secrets::sha256(content).toHex()));
        // The bytes on disk are the bytes sent.
        const auto path = f.rows(QStringLiteral("SELECT path FROM versions"));
        QFile stored(path.first().text(0));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), content);
    }

    void creationWithUploadAndReplacement()
    {
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        const QString name = QStringLiteral("Title#billboard_dark_ltr_01_zxx.jpg");
        const QByteArray v1 = randomBytes(5000, 4);
        const Reply once = ana.createUpload(f.projectId, name, v1, {}, {}, v1);
        QCOMPARE(once.status, 201);
        QCOMPARE(once.header("Upload-Offset"), QStringLiteral("5000"));
        QVERIFY(once.header("Upload-Asset").startsWith(QStringLiteral("asset:")));
        const QByteArray v2 = randomBytes(6000, 5);
        const Reply again = ana.upload(f.projectId, name, v2);
        QCOMPARE(again.status, 204);
        QCOMPARE(again.header("Upload-Asset"), once.header("Upload-Asset")); // same asset, new version
        const QJsonObject asset =
            ana.get(f.projectPath()).json.value(QStringLiteral("assets")).toArray().first().toObject();
        QCOMPARE(asset.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(asset.value(QStringLiteral("versions")).toArray().size(), 2);
        QCOMPARE(
            asset.value(QStringLiteral("versions")).toArray().last().toObject().value(QStringLiteral("size")).toInt(),
            6000);
    }

    void namesAreCheckedBeforeAnyByte_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong language") << QStringLiteral("T#sdp_na_01_fr.jpg") << QString() << 422
                                        << QStringLiteral("wrong-language");
        QTest::newRow("no request") << QStringLiteral("T#billboard_light_ltr_07_zxx.jpg") << QString() << 422
                                    << QStringLiteral("no-matching-request");
        QTest::newRow("space") << QStringLiteral("T T#storyart_na_01_zxx.jpg") << QString() << 422
                               << QStringLiteral("name-invalid");
        QTest::newRow("dot dot slash") << QStringLiteral("../../etc/passwd#storyart_na_01_zxx.jpg") << QString() << 422
                                       << QStringLiteral("name-invalid");
        QTest::newRow("nul") << QStringLiteral("a\0b#storyart_na_01_zxx.jpg") << QString() << 422
                             << QStringLiteral("name-invalid");
        QTest::newRow("4 KB") << QString(4096, QLatin1Char('x')) + QStringLiteral("#storyart_na_01_zxx.jpg")
                              << QString() << 400 << QStringLiteral("metadata");
        QTest::newRow("300 bytes") << QString(300, QLatin1Char('x')) + QStringLiteral("#storyart_na_01_zxx.jpg")
                                   << QString() << 422 << QStringLiteral("name-invalid");
        QTest::newRow("background of storyart")
            << QStringLiteral("T#storyart_na_01_zxx.jpg") << QStringLiteral("background") << 422
            << QStringLiteral("background-not-needed");
        QTest::newRow("bad role") << QStringLiteral("T#storyart_na_01_zxx.jpg") << QStringLiteral("poster") << 400
                                  << QStringLiteral("metadata");
    }
    void namesAreCheckedBeforeAnyByte()
    {
        QFETCH(QString, name);
        QFETCH(QString, role);
        QFETCH(int, status);
        QFETCH(QString, code);
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        const QByteArray content = randomBytes(1000);
        const Reply r = ana.createUpload(f.projectId, name, content, role, {}, content);
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        QVERIFY(r.header("Location").isEmpty());
        QCOMPARE(f.rows(QStringLiteral("SELECT COUNT(*) FROM uploads")).first().integer(0), 0);
        QCOMPARE(QDir(f.dir->filePath(QStringLiteral("files"))).entryList(QDir::Files).size(), 0);
    }

    void creationRefusals()
    {
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        const QString name = QStringLiteral("T#storyart_na_01_zxx.jpg");
        auto post = [&](httplib::Headers h) {
            return ana.send("POST", QStringLiteral("/v1/uploads"), QByteArray(), "", std::move(h));
        };
        const std::string meta = "project " + QByteArray::number(f.projectId).toBase64().toStdString() + ",name " +
                                 name.toUtf8().toBase64().toStdString() + ",sha256 " +
                                 QByteArray(64, 'a').toBase64().toStdString();
        QCOMPARE(post({{"Upload-Length", "10"}, {"Upload-Metadata", meta}}).status, 412);
        QCOMPARE(post({{"Tus-Resumable", "0.2.2"}, {"Upload-Length", "10"}, {"Upload-Metadata", meta}})
                     .header("Tus-Version"),
                 QStringLiteral("1.0.0"));
        QCOMPARE(post({{"Tus-Resumable", "1.0.0"}, {"Upload-Metadata", meta}}).code(), QStringLiteral("upload-length"));
        QCOMPARE(post({{"Tus-Resumable", "1.0.0"}, {"Upload-Length", "-5"}, {"Upload-Metadata", meta}}).status, 400);
        QCOMPARE(post({{"Tus-Resumable", "1.0.0"}, {"Upload-Length", "0"}, {"Upload-Metadata", meta}}).code(),
                 QStringLiteral("empty-file"));
        const Reply tooLarge =
            post({{"Tus-Resumable", "1.0.0"}, {"Upload-Length", std::to_string(5 << 20)}, {"Upload-Metadata", meta}});
        QCOMPARE(tooLarge.status, 413);
        QCOMPARE(post({{"Tus-Resumable", "1.0.0"}, {"Upload-Length", "10"}, {"Upload-Metadata", "project !!!"}}).code(),
                 QStringLiteral("metadata"));
        QCOMPARE(post({{"Tus-Resumable", "1.0.0"},
                       {"Upload-Length", "10"},
                       {"Upload-Metadata", "name " + name.toUtf8().toBase64().toStdString()}})
                     .code(),
                 QStringLiteral("missing-field"));
        const std::string badSha = "project " + QByteArray::number(f.projectId).toBase64().toStdString() + ",name " +
                                   name.toUtf8().toBase64().toStdString() + ",sha256 " +
                                   QByteArray("abc").toBase64().toStdString();
        QCOMPARE(post({{"Tus-Resumable", "1.0.0"}, {"Upload-Length", "10"}, {"Upload-Metadata", badSha}}).code(),
                 QStringLiteral("metadata"));
        const Reply wrongType =
            ana.send("POST", QStringLiteral("/v1/uploads"), QByteArray("0123456789"), "text/plain",
                     {{"Tus-Resumable", "1.0.0"}, {"Upload-Length", "10"}, {"Upload-Metadata", meta}});
        QCOMPARE(wrongType.status, 415);
        // Another company, another role, no such project, no token.
        const std::string other = "project " + QByteArray("999").toBase64().toStdString() + ",name " +
                                  name.toUtf8().toBase64().toStdString() + ",sha256 " +
                                  QByteArray(64, 'a').toBase64().toStdString();
        QCOMPARE(post({{"Tus-Resumable", "1.0.0"}, {"Upload-Length", "10"}, {"Upload-Metadata", other}}).status, 404);
        ApiClient beta = f.signedIn(QStringLiteral("admin@beta.test"));
        QCOMPARE(beta.createUpload(f.projectId, name, randomBytes(10)).status, 403);
        ApiClient owner = f.signedIn(QStringLiteral("owner@studio.test"));
        QCOMPARE(owner.createUpload(f.projectId, name, randomBytes(10)).code(), QStringLiteral("role-forbidden"));
        ApiClient bo = f.signedIn(QStringLiteral("bo@alpha.test")); // same agency, not on the project
        QCOMPARE(bo.createUpload(f.projectId, name, randomBytes(10)).status, 403);
        QCOMPARE(ApiClient(f.port()).createUpload(f.projectId, name, randomBytes(10)).status, 401);
        QCOMPARE(f.rows(QStringLiteral("SELECT COUNT(*) FROM uploads")).first().integer(0), 0);
    }

    void patchRefusals()
    {
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        const QByteArray content = randomBytes(20000, 6);
        const QString location =
            ana.createUpload(f.projectId, QStringLiteral("T#storyart_na_01_zxx.jpg"), content).header("Location");
        QVERIFY(!location.isEmpty());
        QCOMPARE(ana.patch(location, 0, content.left(5000)).status, 204);

        const Reply mismatch = ana.patch(location, 4000, content.mid(4000, 1000));
        QCOMPARE(mismatch.status, 409);
        QCOMPARE(mismatch.code(), QStringLiteral("offset-mismatch"));
        QCOMPARE(mismatch.header("Upload-Offset"), QStringLiteral("5000"));

        const Reply wrongType = ana.send("PATCH", location, content.mid(5000, 10), "application/json",
                                         {{"Tus-Resumable", "1.0.0"}, {"Upload-Offset", "5000"}});
        QCOMPARE(wrongType.status, 415);
        const Reply beyond = ana.patch(location, 5000, randomBytes(16000));
        QCOMPARE(beyond.status, 413);
        const Reply badSum = ana.patch(location, 5000, content.mid(5000, 1000),
                                       {{"Upload-Checksum", "sha256 " + b64(QByteArray(32, 'x')).toStdString()}});
        QCOMPARE(badSum.status, 460);
        QCOMPARE(badSum.code(), QStringLiteral("checksum-mismatch"));
        QCOMPARE(ana.patch(location, 5000, content.mid(5000, 10), {{"Upload-Checksum", "md5 AAAA"}}).status, 400);
        QCOMPARE(ana.patch(location, 5000, content.mid(5000, 10), {{"Upload-Offset", "x"}}).status,
                 400); // "x" comes first
        QCOMPARE(ana.head(location).header("Upload-Offset"),
                 QStringLiteral("5000")); // nothing of the refused bytes kept

        ApiClient bo = f.signedIn(QStringLiteral("bo@alpha.test"));
        QCOMPARE(bo.patch(location, 5000, content.mid(5000)).status, 403);
        QCOMPARE(bo.head(location).status, 403);
        QCOMPARE(ana.patch(QStringLiteral("/v1/uploads/0123456789abcdef0123456789abcdef"), 0, content).status, 404);
        QCOMPARE(ana.patch(QStringLiteral("/v1/uploads/../../etc"), 0, content).status, 404);

        QCOMPARE(ana.patch(location, 5000, content.mid(5000)).status, 204);
        const Reply done = ana.patch(location, 20000, QByteArray("x"));
        QCOMPARE(done.status, 409);
    }

    void wholeFileChecksumMismatchStartsOver()
    {
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        const QByteArray content = randomBytes(9000, 7);
        const QString location =
            ana.createUpload(f.projectId, QStringLiteral("T#storyart_na_01_zxx.jpg"), content).header("Location");
        QByteArray corrupted = content;
        corrupted[4500] = char(corrupted[4500] ^ 1);
        const Reply r = ana.patch(location, 0, corrupted);
        QCOMPARE(r.status, 460);
        QCOMPARE(r.code(), QStringLiteral("file-checksum-mismatch"));
        QCOMPARE(ana.head(location).header("Upload-Offset"), QStringLiteral("0"));
        QCOMPARE(f.rows(QStringLiteral("SELECT COUNT(*) FROM items")).first().integer(0), 0);
        QCOMPARE(ana.patch(location, 0, content).status, 204);
        QCOMPARE(f.rows(QStringLiteral("SELECT COUNT(*) FROM items")).first().integer(0), 1);
    }

    void terminationAndExpiration()
    {
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        const QByteArray content = randomBytes(3000, 8);
        const QString gone =
            ana.createUpload(f.projectId, QStringLiteral("T#storyart_na_01_zxx.jpg"), content).header("Location");
        QCOMPARE(ana.patch(gone, 0, content.left(1000)).status, 204);
        QCOMPARE(f.signedIn(QStringLiteral("bo@alpha.test"))
                     .send("DELETE", gone, QByteArray(), "", {{"Tus-Resumable", "1.0.0"}})
                     .status,
                 403);
        QCOMPARE(ana.send("DELETE", gone, QByteArray(), "", {{"Tus-Resumable", "1.0.0"}}).status, 204);
        QCOMPARE(ana.head(gone).status, 404);
        QCOMPARE(ana.send("DELETE", gone, QByteArray(), "", {{"Tus-Resumable", "1.0.0"}}).status, 404);

        const QString stale =
            ana.createUpload(f.projectId, QStringLiteral("T#storyart_na_01_zxx.jpg"), content).header("Location");
        QCOMPARE(ana.patch(stale, 0, content.left(1000)).status, 204);
        f.clock->fetch_add(25LL * 3600 * 1000); // past Upload-Expires
        ana.setToken(QString::fromStdString(f.signedIn(QStringLiteral("ana@alpha.test")).token()));
        QCOMPARE(ana.head(stale).status, 410);
        QCOMPARE(ana.patch(stale, 1000, content.mid(1000)).status, 410);
        // The next creation sweeps it away, bytes and all.
        QCOMPARE(ana.createUpload(f.projectId, QStringLiteral("T#billboard_dark_ltr_01_zxx.jpg"), content).status, 201);
        QCOMPARE(ana.head(stale).status, 404);
        QCOMPARE(QDir(f.dir->filePath(QStringLiteral("files"))).entryList(QDir::Files).size(), 1);

        // A complete upload is an asset: it cannot be terminated.
        const Reply done = ana.upload(f.projectId, QStringLiteral("T#storyart_na_01_zxx.jpg"), content);
        QCOMPARE(done.status, 204);
        const auto id = f.rows(QStringLiteral("SELECT id FROM uploads WHERE completed_at IS NOT NULL")).first().text(0);
        QCOMPARE(ana.send("DELETE", QStringLiteral("/v1/uploads/") + id, QByteArray(), "", {{"Tus-Resumable", "1.0.0"}})
                     .status,
                 409);
    }

    void offsetSurvivesARestart()
    {
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        const QByteArray content = randomBytes(50000, 9);
        const QString location =
            ana.createUpload(f.projectId, QStringLiteral("T#storyart_na_01_zxx.jpg"), content).header("Location");
        QCOMPARE(ana.patch(location, 0, content.left(20000)).status, 204);
        const QString token = QString::fromStdString(ana.token());
        f.server->stop();
        // Bytes past the recorded offset (a write the crash cut short) must not survive.
        const auto path = f.rows(QStringLiteral("SELECT path FROM uploads")).first().text(0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(randomBytes(7000, 10));
        file.close();
        // A creation the crash cut between the file and its row: a file nobody can name.
        const QString stray = QFileInfo(path).dir().filePath(QStringLiteral("made-but-never-recorded"));
        QFile strayFile(stray);
        QVERIFY(strayFile.open(QIODevice::WriteOnly));
        strayFile.write("partial");
        strayFile.close();
        QVERIFY(!storeProblem(f.dir->path()).isEmpty()); // the check sees it
        QVERIFY(f.restart(4 << 20));
        QVERIFY(!QFileInfo::exists(stray));
        QVERIFY(QFileInfo::exists(path));
        ApiClient again(f.port());
        again.setToken(token);
        QCOMPARE(again.head(location).header("Upload-Offset"), QStringLiteral("20000"));
        QCOMPARE(QFileInfo(path).size(), 20000);
        QCOMPARE(again.patch(location, 20000, content.mid(20000)).status, 204);
        const auto stored = f.rows(QStringLiteral("SELECT sha256 FROM versions"));
        QCOMPARE(stored.first().text(0), QString::fromLatin1(apd::server::Secrets::sha256(content).toHex()));
    }

    // The portal started on its data directory by another path (a link): the rows name the
    // files by the old one, and the start-up clean-up keeps every file all the same.
    void aDataDirectoryReachedByALinkKeepsItsFiles()
    {
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        const QByteArray done = randomBytes(30000, 21), half = randomBytes(40000, 22);
        QCOMPARE(ana.upload(f.projectId, QStringLiteral("T#storyart_na_01_zxx.jpg"), done).status, 204);
        const QString location =
            ana.createUpload(f.projectId, QStringLiteral("T#avatar_na_01_en.png"), half).header("Location");
        QCOMPARE(ana.patch(location, 0, half.left(10000)).status, 204);
        const auto files = f.rows(QStringLiteral("SELECT path FROM uploads"));
        QCOMPARE(files.size(), 2);
        f.server.reset();
        QTemporaryDir links;
        const QString linked = links.filePath(QStringLiteral("portal"));
        QVERIFY(QFile::link(f.dir->path(), linked));
        apd::server::ServerConfig c = f.config();
        c.dataDir = linked;
        apd::server::PortalServer other(c);
        QVERIFY(other.start().ok());
        for (const auto& r : files)
            QVERIFY2(QFileInfo::exists(r.text(0)), qPrintable(r.text(0)));
        other.stop();
        QVERIFY(f.restart(4 << 20));
        QCOMPARE(f.consistencyProblem(), QString());
    }

    void sourcesAndBackgroundsRegisterAndLink()
    {
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        QCOMPARE(ana.upload(f.projectId, QStringLiteral("T#sdp_na_01_es.jpg"), randomBytes(100, 1)).status, 204);
        QCOMPARE(ana.upload(f.projectId, QStringLiteral("T#sdp_na_01_es.jpg"), randomBytes(100, 2),
                            QStringLiteral("background"))
                     .status,
                 204);
        QCOMPARE(ana.upload(f.projectId, QStringLiteral("T#universal-base_na_01_zxx.psd"), randomBytes(100, 3)).status,
                 204);
        QCOMPARE(ana.upload(f.projectId, QStringLiteral("T#logo-stacked_light_01_en.png"), randomBytes(100, 4)).status,
                 204);
        QCOMPARE(ana.upload(f.projectId, QStringLiteral("T#logo-stacked_light_01_en.psd"), randomBytes(100, 5)).status,
                 204);
        const QJsonObject p = ana.get(f.projectPath()).json;
        QCOMPARE(p.value(QStringLiteral("sources")).toArray().size(), 2);
        QCOMPARE(p.value(QStringLiteral("backgrounds")).toArray().size(), 1);
        for (const QJsonValue& v : p.value(QStringLiteral("assets")).toArray()) {
            const QJsonObject a = v.toObject();
            QVERIFY2(a.value(QStringLiteral("sourceId")).isDouble(),
                     qPrintable(a.value(QStringLiteral("name")).toString()));
            QCOMPARE(a.value(QStringLiteral("state")).toString(), QStringLiteral("linked"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPortalUploads)
#include "TestPortalUploads.moc"
