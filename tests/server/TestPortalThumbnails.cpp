// GET /v1/projects/{id}/files/{itemId}/thumbnail over real HTTP: JPEGs and PNGs give a PNG
// no larger than the size asked (clamped), made once and then read from the server's cache;
// the file route's readers only; a PSD, a corrupt or a vanished file get a clear answer.
#include "PortalFixture.h"

#include "inspect/Thumbnailer.h"
#include "samples/ImageEncoder.h"

#include <QBuffer>

using namespace apd;
using namespace apd::test;

namespace {

QByteArray picture(const QString& format, int width, int height)
{
    const samples::RawImage image = samples::makeTestPicture(width, height, format == QLatin1String("png") ? 4 : 3, 3);
    const Result<QByteArray> bytes =
        format == QLatin1String("png") ? samples::encodePng(image) : samples::encodeJpeg(image, 85);
    return bytes ? bytes.value() : QByteArray();
}

// The PNG decoded by core's own decoder at full size: its width and height, or 0×0.
QSize decodedSize(const QByteArray& png)
{
    QByteArray copy = png;
    QBuffer buffer(&copy);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    const Result<inspect::Thumbnail> t = inspect::Thumbnailer::make(buffer, 100000);
    return t ? QSize(t.value().width, t.value().height) : QSize();
}

} // namespace

class TestPortalThumbnails : public QObject
{
    Q_OBJECT

    PortalFixture f;

    qint64 itemId(const QString& name) const
    {
        const auto rows = f.rows(QStringLiteral("SELECT id FROM items WHERE name = ?1"), {name});
        return rows.isEmpty() ? 0 : rows.first().integer(0);
    }

    QString thumbPath(qint64 id, const QString& query = {}) const
    {
        return f.projectPath(QStringLiteral("/files/%1/thumbnail").arg(id)) + query;
    }

private Q_SLOTS:
    void init() { QVERIFY(f.start()); }
    void cleanup()
    {
        QCOMPARE(f.consistencyProblem(), QString());
        QCOMPARE(ApiClient(f.port()).get(QStringLiteral("/v1/health")).status, 200);
        f.server.reset();
    }

    void imagesGiveAPngNoLargerThanAsked_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("jpeg, default size")
            << QStringLiteral("T#storyart_na_01_zxx.jpg") << 1600 << 900 << QString() << QSize(128, 72);
        QTest::newRow("png, 64") << QStringLiteral("T#logo-stacked_light_01_en.png") << 300 << 1200
                                 << QStringLiteral("?size=64") << QSize(16, 64);
        QTest::newRow("jpeg smaller than asked") << QStringLiteral("T#billboard_dark_ltr_01_zxx.jpg") << 40 << 30
                                                 << QStringLiteral("?size=200") << QSize(40, 30);
        QTest::newRow("too small a size is clamped to 32")
            << QStringLiteral("T#avatar_na_01_en.png") << 400 << 400 << QStringLiteral("?size=4") << QSize(32, 32);
        QTest::newRow("too large a size is clamped to 512")
            << QStringLiteral("T#sdp_na_01_en.jpg") << 2000 << 1000 << QStringLiteral("?size=90000") << QSize(512, 256);
    }
    void imagesGiveAPngNoLargerThanAsked()
    {
        QFETCH(QString, name);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(QString, query);
        QFETCH(QSize, expected);
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        const QByteArray bytes = picture(QFileInfo(name).suffix(), width, height);
        QVERIFY(!bytes.isEmpty());
        QCOMPARE(ana.upload(f.projectId, name, bytes).status, 204);
        const qint64 id = itemId(name);
        QVERIFY(id > 0);

        const Reply first = ana.get(thumbPath(id, query));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.header("Content-Type"), QStringLiteral("image/png"));
        QCOMPARE(first.header("Thumbnail-Cache"), QStringLiteral("miss"));
        QCOMPARE(first.header("File-Version"), QStringLiteral("1"));
        QCOMPARE(decodedSize(first.body), expected);

        // Made once: the second answer comes from the server's disk, byte for byte the same.
        const Reply second = ana.get(thumbPath(id, query));
        QCOMPARE(second.status, 200);
        QCOMPARE(second.header("Thumbnail-Cache"), QStringLiteral("hit"));
        QCOMPARE(second.body, first.body);
        QCOMPARE(second.header("ETag"), first.header("ETag"));
        const QStringList cached =
            QDir(f.dir->filePath(QStringLiteral("thumbnails"))).entryList({QStringLiteral("*.png")}, QDir::Files);
        QCOMPARE(cached.size(), 1);

        // The owner sees the project, so the owner sees its thumbnails too.
        QCOMPARE(f.signedIn(QStringLiteral("owner@studio.test")).get(thumbPath(id, query)).status, 200);
    }

    void aNewVersionMissesTheCacheAndOldOnesStay()
    {
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        const QString name = QStringLiteral("T#storyart_na_01_zxx.jpg");
        QCOMPARE(ana.upload(f.projectId, name, picture(QStringLiteral("jpg"), 800, 400)).status, 204);
        const qint64 id = itemId(name);
        QCOMPARE(decodedSize(ana.get(thumbPath(id)).body), QSize(128, 64));
        QCOMPARE(ana.upload(f.projectId, name, picture(QStringLiteral("jpg"), 400, 800)).status, 204);
        const Reply latest = ana.get(thumbPath(id));
        QCOMPARE(latest.header("Thumbnail-Cache"), QStringLiteral("miss"));
        QCOMPARE(latest.header("File-Version"), QStringLiteral("2"));
        QCOMPARE(decodedSize(latest.body), QSize(64, 128));
        const Reply old = ana.get(thumbPath(id, QStringLiteral("?version=1")));
        QCOMPARE(old.header("Thumbnail-Cache"), QStringLiteral("hit"));
        QCOMPARE(decodedSize(old.body), QSize(128, 64));
    }

    void aDamagedCacheEntryIsMadeAgain()
    {
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        const QString name = QStringLiteral("T#storyart_na_01_zxx.jpg");
        QCOMPARE(ana.upload(f.projectId, name, picture(QStringLiteral("jpg"), 300, 300)).status, 204);
        const qint64 id = itemId(name);
        const Reply first = ana.get(thumbPath(id));
        QCOMPARE(first.status, 200);
        const QDir cache(f.dir->filePath(QStringLiteral("thumbnails")));
        const QStringList entries = cache.entryList({QStringLiteral("*.png")}, QDir::Files);
        QCOMPARE(entries.size(), 1);
        QFile entry(cache.filePath(entries.first()));
        QVERIFY(entry.open(QIODevice::WriteOnly | QIODevice::Truncate));
        entry.write("not a png");
        entry.close();
        const Reply again = ana.get(thumbPath(id));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("Thumbnail-Cache"), QStringLiteral("miss"));
        QCOMPARE(again.body, first.body);
    }

    void onlyThoseWhoSeeTheProjectGetIt()
    {
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        const QString name = QStringLiteral("T#storyart_na_01_zxx.jpg");
        QCOMPARE(ana.upload(f.projectId, name, picture(QStringLiteral("jpg"), 200, 100)).status, 204);
        const qint64 id = itemId(name);

        const Reply unknown = ana.get(thumbPath(9999));
        QCOMPARE(unknown.status, 404);
        QVERIFY(unknown.isProblem());
        QCOMPARE(unknown.code(), QStringLiteral("file-not-found"));
        QCOMPARE(ana.get(thumbPath(id, QStringLiteral("?version=7"))).code(), QStringLiteral("file-not-found"));
        QCOMPARE(ana.get(QStringLiteral("/v1/projects/999/files/%1/thumbnail").arg(id)).code(),
                 QStringLiteral("project-not-found"));

        const Reply outsider = f.signedIn(QStringLiteral("bo@alpha.test")).get(thumbPath(id));
        QCOMPARE(outsider.status, 403);
        QCOMPARE(outsider.code(), QStringLiteral("project-forbidden"));
        QVERIFY(outsider.body.indexOf("\x89PNG") < 0);
        const Reply otherAgency = f.signedIn(QStringLiteral("admin@beta.test")).get(thumbPath(id));
        QCOMPARE(otherAgency.status, 403);
        const Reply anonymous = ApiClient(f.port()).get(thumbPath(id));
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.code(), QStringLiteral("unauthenticated"));

        const Reply badSize = ana.get(thumbPath(id, QStringLiteral("?size=big")));
        QCOMPARE(badSize.status, 400);
        QCOMPARE(badSize.code(), QStringLiteral("bad-parameter"));
    }

    void filesWithoutAPictureGetAProblem_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("corrupt jpeg") << QStringLiteral("T#storyart_na_01_zxx.jpg") << randomBytes(5000, 4)
                                      << QStringLiteral("unknown-format");
        const QByteArray jpeg = picture(QStringLiteral("jpg"), 640, 480);
        QTest::newRow("jpeg cut in half")
            << QStringLiteral("T#billboard_dark_ltr_01_zxx.jpg") << jpeg.left(jpeg.size() / 2) << QString();
        const QByteArray png = picture(QStringLiteral("png"), 320, 320);
        QByteArray garbled = png;
        for (qsizetype i = 200; i < garbled.size() - 20; i += 7)
            garbled[i] = char(garbled[i] ^ 0x5a);
        QTest::newRow("png with damaged pixels") << QStringLiteral("T#avatar_na_01_en.png") << garbled << QString();
        const auto psd = samples::encodePsd(samples::makeTestPicture(120, 80, 3));
        QTest::newRow("psd") << QStringLiteral("T#universal-base_na_01_zxx.psd") << psd.value()
                             << QStringLiteral("unsupported-format");
        // The portal refuses an empty file on upload; three bytes of a JPEG's start are the least.
        QTest::newRow("three bytes") << QStringLiteral("T#sdp_na_01_en.jpg") << QByteArray("\xff\xd8\xff") << QString();
    }
    void filesWithoutAPictureGetAProblem()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        QCOMPARE(ana.upload(f.projectId, name, bytes).status, 204);
        const qint64 id = itemId(name);
        QVERIFY(id > 0);
        const Reply r = ana.get(thumbPath(id));
        QCOMPARE(r.status, 415);
        QVERIFY(r.isProblem());
        QCOMPARE(r.code(), QStringLiteral("no-thumbnail"));
        QVERIFY(!r.json.value(QStringLiteral("detail")).toString().isEmpty());
        QVERIFY(!r.json.value(QStringLiteral("reason")).toString().isEmpty());
        if (!reason.isEmpty())
            QCOMPARE(r.json.value(QStringLiteral("reason")).toString(), reason);
        // Nothing is cached for a refusal, and the server goes on answering.
        QVERIFY(QDir(f.dir->filePath(QStringLiteral("thumbnails"))).entryList({QStringLiteral("*.png")}).isEmpty());
        QCOMPARE(ana.get(f.projectPath()).status, 200);
    }

    void storedBytesThatVanishedAreAServerFailure()
    {
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        const QString name = QStringLiteral("T#storyart_na_01_zxx.jpg");
        const QByteArray bytes = picture(QStringLiteral("jpg"), 200, 200);
        QCOMPARE(ana.upload(f.projectId, name, bytes).status, 204);
        const qint64 id = itemId(name);
        const QString path = f.rows(QStringLiteral("SELECT path FROM versions")).first().text(0);
        QFile stored(path);
        QVERIFY(stored.open(QIODevice::ReadWrite));
        QVERIFY(stored.resize(100));
        stored.close();
        const Reply r = ana.get(thumbPath(id));
        QCOMPARE(r.status, 500);
        QVERIFY(r.isProblem());
        QVERIFY(stored.open(QIODevice::WriteOnly | QIODevice::Truncate));
        stored.write(bytes); // the consistency check at cleanup wants the recorded file back
    }
};

QTEST_GUILESS_MAIN(TestPortalThumbnails)
#include "TestPortalThumbnails.moc"
