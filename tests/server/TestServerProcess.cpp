#include "PortalFixture.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <mutex>
#include <thread>

using namespace apd::test;

namespace {

QString serverBinary()
{
    return qEnvironmentVariable("APD_BINARY_DIR") + QStringLiteral("/app/artwork-portal-server");
}

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run run(const QStringList& args)
{
    QProcess p;
    p.start(serverBinary(), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Starts the server binary; returns its port (0 on failure) once it says it listens.
int startServer(QProcess& p, const QStringList& args, QString* output = nullptr)
{
    p.start(serverBinary(), args);
    QString text;
    static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    for (int i = 0; i < 200; ++i) {
        p.waitForReadyRead(100);
        text += QString::fromUtf8(p.readAllStandardOutput());
        if (const auto m = listening.match(text); m.hasMatch()) {
            if (output)
                *output = text;
            return m.captured(1).toInt();
        }
        if (p.state() == QProcess::NotRunning)
            break;
    }
    if (output)
        *output = text + QString::fromUtf8(p.readAllStandardError());
    return 0;
}

// A studio with owner o@s.test, an agency with user a@a.test (password "pw"), and project 1
// for the agency with the story art requests 01 to `requests`, all through the admin verbs.
bool seedThroughAdmin(const QString& data, int requests)
{
    const QString adm = QStringLiteral("admin"), d = QStringLiteral("--data");
    QStringList keys;
    for (int i = 1; i <= requests; ++i)
        keys.append(QStringLiteral("\"storyart_na_%1_zxx\"").arg(i, 2, 10, QLatin1Char('0')));
    QFile order(QDir(data).filePath(QStringLiteral("order.json")));
    if (!order.open(QIODevice::WriteOnly) ||
        order.write(QStringLiteral("{\"title\":\"T\",\"owner\":\"o@s.test\",\"agency\":\"A\",\"members\":"
                                   "[\"a@a.test\"],\"requests\":[%1]}")
                        .arg(keys.join(QLatin1Char(',')))
                        .toUtf8()) < 0)
        return false;
    order.close();
    const QList<QStringList> steps = {
        {adm, d, data, QStringLiteral("company"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("S"),
         QStringLiteral("--kind"), QStringLiteral("studio")},
        {adm, d, data, QStringLiteral("company"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("A"),
         QStringLiteral("--kind"), QStringLiteral("agency")},
        {adm, d, data, QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("S"),
         QStringLiteral("--email"), QStringLiteral("o@s.test"), QStringLiteral("--name"), QStringLiteral("O W"),
         QStringLiteral("--role"), QStringLiteral("project-owner")},
        {adm, d, data, QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("A"),
         QStringLiteral("--email"), QStringLiteral("a@a.test"), QStringLiteral("--name"), QStringLiteral("A G"),
         QStringLiteral("--role"), QStringLiteral("agency-user"), QStringLiteral("--password"), QStringLiteral("pw")},
        {adm, d, data, QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("--order"),
         order.fileName()},
    };
    for (const QStringList& step : steps) {
        const Run r = run(step);
        if (r.exitCode != 0) {
            qWarning("%s: %s", qPrintable(step.join(QLatin1Char(' '))), qPrintable(r.err));
            return false;
        }
    }
    return true;
}

std::string signIn(int port)
{
    ApiClient a(port);
    return a
        .post(QStringLiteral("/v1/sessions"), {{QStringLiteral("email"), QStringLiteral("a@a.test")},
                                               {QStringLiteral("password"), QStringLiteral("pw")}})
        .json.value(QStringLiteral("token"))
        .toString()
        .toStdString();
}

} // namespace

// The artwork-portal-server program: the admin verbs, --demo, and kill -9 in mid-upload.
class TestServerProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFileInfo(serverBinary()).isExecutable(), qPrintable(serverBinary())); }
    // The program's answers, too, are as the spec says.
    void cleanup() { QCOMPARE(SpecViolations::take(), QStringList()); }

    void adminVerbs()
    {
        QTemporaryDir dir;
        const QString data = dir.path();
        QCOMPARE(run({QStringLiteral("admin"), QStringLiteral("--data"), data, QStringLiteral("company"),
                      QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Studio"),
                      QStringLiteral("--kind"), QStringLiteral("studio")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("admin"), QStringLiteral("--data"), data, QStringLiteral("company"),
                      QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Alpha"),
                      QStringLiteral("--kind"), QStringLiteral("agency")})
                     .exitCode,
                 0);
        const Run owner = run({QStringLiteral("admin"), QStringLiteral("--data"), data, QStringLiteral("user"),
                               QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("Studio"),
                               QStringLiteral("--email"), QStringLiteral("o@s.test"), QStringLiteral("--name"),
                               QStringLiteral("O Wner"), QStringLiteral("--role"), QStringLiteral("project-owner")});
        QCOMPARE(owner.exitCode, 0);
        QVERIFY(owner.out.contains(QStringLiteral("password (shown once): ")));
        QCOMPARE(run({QStringLiteral("admin"), QStringLiteral("--data"), data, QStringLiteral("user"),
                      QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("Alpha"),
                      QStringLiteral("--email"), QStringLiteral("a@a.test"), QStringLiteral("--name"),
                      QStringLiteral("A Gent"), QStringLiteral("--role"), QStringLiteral("agency-user"),
                      QStringLiteral("--password"), QStringLiteral("secret-a")})
                     .exitCode,
                 0);
        // Refusals: a duplicate, a role in the wrong company, a bad order, usage errors.
        QCOMPARE(run({QStringLiteral("admin"), QStringLiteral("--data"), data, QStringLiteral("company"),
                      QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Alpha"),
                      QStringLiteral("--kind"), QStringLiteral("agency")})
                     .exitCode,
                 1);
        QCOMPARE(run({QStringLiteral("admin"), QStringLiteral("--data"), data, QStringLiteral("user"),
                      QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("Alpha"),
                      QStringLiteral("--email"), QStringLiteral("x@a.test"), QStringLiteral("--name"),
                      QStringLiteral("X Y"), QStringLiteral("--role"), QStringLiteral("project-owner")})
                     .exitCode,
                 1);
        QCOMPARE(run({QStringLiteral("admin"), QStringLiteral("--data"), data, QStringLiteral("frobnicate")}).exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("admin"), QStringLiteral("company"), QStringLiteral("add")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--nonsense")}).exitCode, 2);

        QFile order(dir.filePath(QStringLiteral("order.json")));
        QVERIFY(order.open(QIODevice::WriteOnly));
        order.write("{\"title\":\"T\",\"owner\":\"o@s.test\",\"agency\":\"Alpha\",\"members\":[\"a@a.test\"],"
                    "\"assignee\":\"a@a.test\",\"requests\":[\"storyart_na_01_zxx\",\"storyart_na_02_zxx\"]}");
        order.close();
        const Run created = run({QStringLiteral("admin"), QStringLiteral("--data"), data, QStringLiteral("project"),
                                 QStringLiteral("create"), QStringLiteral("--order"), order.fileName()});
        QCOMPARE(created.exitCode, 0);
        QVERIFY(created.out.contains(QStringLiteral("project 1 created")));
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"title\":\"T\",\"owner\":\"o@s.test\",\"agency\":\"Alpha\",\"requests\":[\"storyart_na_1_zxx\"]}");
        bad.close();
        QCOMPARE(run({QStringLiteral("admin"), QStringLiteral("--data"), data, QStringLiteral("project"),
                      QStringLiteral("create"), QStringLiteral("--order"), bad.fileName()})
                     .exitCode,
                 1);

        // The agency delivers over HTTP; the owner reviews through the admin command.
        QProcess server;
        const int port = startServer(
            server, {QStringLiteral("--data"), data, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(port > 0);
        ApiClient a(port);
        a.setToken(a.post(QStringLiteral("/v1/sessions"), {{QStringLiteral("email"), QStringLiteral("a@a.test")},
                                                           {QStringLiteral("password"), QStringLiteral("secret-a")}})
                       .json.value(QStringLiteral("token"))
                       .toString());
        QCOMPARE(a.upload(1, QStringLiteral("T#storyart_na_01_zxx.jpg"), randomBytes(100)).status, 204);
        QCOMPARE(a.upload(1, QStringLiteral("T#storyart_na_01_zxx.psd"), randomBytes(100)).status, 204);
        QCOMPARE(a.upload(1, QStringLiteral("T#storyart_na_02_zxx.jpg"), randomBytes(100, 2)).status, 204);
        QCOMPARE(a.upload(1, QStringLiteral("T#storyart_na_02_zxx.psd"), randomBytes(100, 3)).status, 204);
        const qint64 second = [&] {
            for (const QJsonValue& v :
                 a.get(QStringLiteral("/v1/projects/1")).json.value(QStringLiteral("assets")).toArray())
                if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("T#storyart_na_02_zxx.jpg"))
                    return v.toObject().value(QStringLiteral("id")).toInteger();
            return qint64(0);
        }();
        QVERIFY(second > 0);
        QCOMPARE(
            a.post(QStringLiteral("/v1/projects/1/deliveries"), {{QStringLiteral("assetIds"), QJsonArray{1, second}}})
                .status,
            201);
        QCOMPARE(run({QStringLiteral("admin"), QStringLiteral("--data"), data, QStringLiteral("review"),
                      QStringLiteral("--project"), QStringLiteral("1"), QStringLiteral("--asset"), QStringLiteral("1"),
                      QStringLiteral("--as"), QStringLiteral("o@s.test"), QStringLiteral("--verdict"),
                      QStringLiteral("rejected")})
                     .exitCode,
                 1); // a rejection needs a comment
        QCOMPARE(run({QStringLiteral("admin"), QStringLiteral("--data"), data, QStringLiteral("review"),
                      QStringLiteral("--project"), QStringLiteral("1"), QStringLiteral("--asset"), QStringLiteral("1"),
                      QStringLiteral("--as"), QStringLiteral("o@s.test"), QStringLiteral("--verdict"),
                      QStringLiteral("approved")})
                     .exitCode,
                 0);
        QCOMPARE(a.get(QStringLiteral("/v1/projects/1"))
                     .json.value(QStringLiteral("assets"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("approved"));
        QCOMPARE(
            run({QStringLiteral("admin"), QStringLiteral("--data"), data, QStringLiteral("review"),
                 QStringLiteral("--project"), QStringLiteral("1"), QStringLiteral("--asset"), QString::number(second),
                 QStringLiteral("--as"), QStringLiteral("o@s.test"), QStringLiteral("--verdict"),
                 QStringLiteral("rejected"), QStringLiteral("--comment"), QStringLiteral("The horizon is tilted.")})
                .exitCode,
            0);
        const QJsonObject rejected = [&] {
            for (const QJsonValue& v :
                 a.get(QStringLiteral("/v1/projects/1")).json.value(QStringLiteral("assets")).toArray())
                if (v.toObject().value(QStringLiteral("id")).toInteger() == second)
                    return v.toObject();
            return QJsonObject();
        }();
        QCOMPARE(rejected.value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
        // The agency reads the reason in the feed.
        const Reply feed = a.get(QStringLiteral("/v1/events?since=0"));
        QVERIFY2(feed.body.contains("The horizon is tilted."), feed.body.constData());
        const Run outbox = run({QStringLiteral("admin"), QStringLiteral("--data"), data, QStringLiteral("outbox")});
        QCOMPARE(outbox.exitCode, 0);
        QVERIFY2(outbox.out.contains(QStringLiteral("o@s.test")) && outbox.out.contains(QStringLiteral("approved")),
                 qPrintable(outbox.out));
        QVERIFY2(outbox.out.contains(QStringLiteral("a@a.test")) && outbox.out.contains(QStringLiteral("rejected")),
                 qPrintable(outbox.out));
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitCode(), 0);
    }

    void demoSeedsOnce()
    {
        QTemporaryDir dir;
        QProcess server;
        QString output;
        const int port = startServer(server,
                                     {QStringLiteral("--data"), dir.path(), QStringLiteral("--listen"),
                                      QStringLiteral("127.0.0.1:0"), QStringLiteral("--demo")},
                                     &output);
        QVERIFY2(port > 0, qPrintable(output));
        static const QRegularExpression account(QStringLiteral("agency-user\\s+(\\S+)\\s+password: (\\S+)"));
        const auto m = account.match(output);
        QVERIFY2(m.hasMatch(), qPrintable(output));
        ApiClient c(port);
        const Reply signedIn = c.post(QStringLiteral("/v1/sessions"), {{QStringLiteral("email"), m.captured(1)},
                                                                       {QStringLiteral("password"), m.captured(2)}});
        QCOMPARE(signedIn.status, 201);
        c.setToken(signedIn.json.value(QStringLiteral("token")).toString());
        const QJsonObject project = c.get(QStringLiteral("/v1/projects/1")).json;
        QStringList keys;
        for (const QJsonValue& r : project.value(QStringLiteral("requests")).toArray())
            keys << r.toObject().value(QStringLiteral("key")).toString();
        for (const char* k :
             {"billboard_dark_rtl_03_zxx", "boxshot_na_01_es", "boxshot_na_01_en", "sdp_na_01_en",
              "logo-stacked_dark_01_en", "tcard-background_dark_01_zxx", "character-pose_na_01_zxx", "avatar_na_01_en"})
            QVERIFY2(keys.contains(QLatin1String(k)), k);
        QCOMPARE(keys.filter(QStringLiteral("billboard_")).size(), 3);
        QCOMPARE(keys.filter(QStringLiteral("storyart_")).size(), 2);
        QCOMPARE(keys.filter(QStringLiteral("logo-")).size(), 4);
        // Demo mode prints notifications as they are queued.
        QCOMPARE(c.post(QStringLiteral("/v1/projects/1/chat"),
                        {{QStringLiteral("body"), QStringLiteral("@olivia.reyes the first billboard is up")}})
                     .status,
                 201);
        QTest::qWait(300);
        QVERIFY(QString::fromUtf8(server.readAllStandardOutput())
                    .contains(QStringLiteral("[mail to olivia.reyes@northlight.example]")));
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        // A second start leaves the data alone and prints no passwords.
        QString again;
        QVERIFY(startServer(server,
                            {QStringLiteral("--data"), dir.path(), QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:0"), QStringLiteral("--demo")},
                            &again) > 0);
        QVERIFY(!again.contains(QStringLiteral("password")));
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
    }

    void killNineMidUploadLosesNothingAcknowledged()
    {
        QTemporaryDir dir;
        QVERIFY(seedThroughAdmin(dir.path(), 1));

        QProcess server;
        int port = startServer(
            server, {QStringLiteral("--data"), dir.path(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(port > 0);
        const QByteArray content = randomBytes(3 << 20, 11);
        ApiClient a(port);
        a.setToken(QString::fromStdString(signIn(port)));
        const QString location =
            a.createUpload(1, QStringLiteral("T#storyart_na_01_zxx.jpg"), content).header("Location");
        QCOMPARE(a.patch(location, 0, content.left(1 << 20)).status, 204);

        // A second PATCH trickles in; the server dies in the middle of it.
        std::atomic<qint64> sent{0};
        std::thread trickle([&] {
            httplib::Client c("127.0.0.1", port);
            c.set_write_timeout(5, 0);
            httplib::Headers h{{"Authorization", "Bearer " + a.token()},
                               {"Tus-Resumable", "1.0.0"},
                               {"Upload-Offset", std::to_string(1 << 20)}};
            c.Patch(
                location.toStdString(), h, size_t(1 << 20),
                [&](size_t offset, size_t, httplib::DataSink& sink) {
                    // Fast to 512 KiB, then a trickle until the dead server breaks the write.
                    const size_t n = offset >= (512u << 10) ? 1024 : 64 << 10;
                    if (offset >= (512u << 10))
                        std::this_thread::sleep_for(std::chrono::milliseconds(20));
                    if (offset + n > (1u << 20) || !sink.write(content.constData() + (1 << 20) + offset, n))
                        return false;
                    sent += qint64(n);
                    return true;
                },
                "application/offset+octet-stream");
        });
        for (int i = 0; i < 100 && sent.load() < (512 << 10); ++i)
            QTest::qWait(20);
        QTest::qWait(200);
        server.kill(); // SIGKILL
        QVERIFY(server.waitForFinished(10000));
        trickle.join();

        port = startServer(
            server, {QStringLiteral("--data"), dir.path(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(port > 0);
        ApiClient b(port);
        b.setToken(QString::fromStdString(a.token()));
        const Reply head = b.head(location);
        QCOMPARE(head.status, 200);
        const qint64 offset = head.header("Upload-Offset").toLongLong();
        QCOMPARE(offset, qint64(1) << 20); // what was acknowledged, and nothing of the broken request
        QCOMPARE(b.get(QStringLiteral("/v1/projects/1")).json.value(QStringLiteral("assets")).toArray().size(), 0);
        QCOMPARE(b.patch(location, offset, content.mid(offset)).status, 204);
        const QJsonArray assets =
            b.get(QStringLiteral("/v1/projects/1")).json.value(QStringLiteral("assets")).toArray();
        QCOMPARE(assets.size(), 1);
        QCOMPARE(assets.first()
                     .toObject()
                     .value(QStringLiteral("versions"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("sha256"))
                     .toString(),
                 QString::fromLatin1(apd::server::Secrets::sha256(content).toHex()));
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        apd::sqlite::SqliteDatabase db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("portal.sqlite"))).ok());
        QVERIFY(db.checkIntegrity().value());
    }

    // Small files uploaded back to back, so that most of the time goes to creating and
    // registering them, and the server killed at a random moment, ten times. Right after each
    // kill (no server running, no recovery yet) the store holds no half-registered asset: every
    // version's file is complete and hashes to its recorded SHA-256, every completed upload is a
    // version, and every upload the server acknowledged is there.
    void killNineAtRandomPointsLeavesNoHalfRegisteredAsset()
    {
        QTemporaryDir dir;
        constexpr int kRequests = 4;
        QVERIFY(seedThroughAdmin(dir.path(), kRequests));
        QRandomGenerator rng(20261204);
        QStringList acknowledged; // SHA-256 (hex) of every upload answered 204
        int orphaned = 0;         // kills that left a file without its row, for the next start to remove
        for (int round = 0; round < 10; ++round) {
            QProcess server;
            const int port = startServer(server, {QStringLiteral("--data"), dir.path(), QStringLiteral("--listen"),
                                                  QStringLiteral("127.0.0.1:0")});
            QVERIFY(port > 0);
            // Started: what the last kill left half made (a file without its row) is gone.
            QCOMPARE(storeProblem(dir.path()), QString());
            const std::string token = signIn(port);
            QVERIFY(!token.empty());
            std::atomic<bool> stop{false};
            std::mutex lock;
            QStringList unexpected;
            std::thread client([&] {
                ApiClient a(port);
                a.setToken(QString::fromStdString(token));
                for (int i = 0; !stop; ++i) {
                    const QString name =
                        QStringLiteral("T#storyart_na_%1_zxx.jpg").arg(i % kRequests + 1, 2, 10, QLatin1Char('0'));
                    const QByteArray content = randomBytes((16 << 10) + i, char(round * 31 + i));
                    const Reply r = a.upload(1, name, content);
                    std::lock_guard<std::mutex> g(lock);
                    if (r.status == 204)
                        acknowledged.append(QString::fromLatin1(apd::server::Secrets::sha256(content).toHex()));
                    else if (!r.failure.isEmpty())
                        break; // the server is gone
                    else
                        unexpected.append(QStringLiteral("%1 %2").arg(r.status).arg(r.code()));
                }
            });
            QTest::qWait(int(rng.bounded(150, 900)));
            server.kill(); // SIGKILL
            QVERIFY(server.waitForFinished(10000));
            stop = true;
            client.join();
            QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QStringLiteral(", "))));
            QCOMPARE(storeProblem(dir.path(), true, false), QString());
            if (!storeProblem(dir.path(), false, true).isEmpty())
                ++orphaned;
            apd::sqlite::SqliteDatabase db;
            QVERIFY(db.open(dir.filePath(QStringLiteral("portal.sqlite"))).ok());
            for (const QString& sha : std::as_const(acknowledged))
                QVERIFY2(db.query(QStringLiteral("SELECT 1 FROM versions WHERE sha256 = ?"), {sha}).value().size() == 1,
                         qPrintable(sha));
        }
        qInfo("%lld uploads acknowledged over 10 kills; %d kills left a file without its row",
              qlonglong(acknowledged.size()), orphaned);
        // Enough happened to mean something.
        QVERIFY2(acknowledged.size() >= 20, qPrintable(QString::number(acknowledged.size())));

        // The portal starts again on that store and takes the next version.
        QProcess server;
        const int port = startServer(
            server, {QStringLiteral("--data"), dir.path(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(port > 0);
        ApiClient a(port);
        a.setToken(QString::fromStdString(signIn(port)));
        QCOMPARE(a.upload(1, QStringLiteral("T#storyart_na_01_zxx.jpg"), randomBytes(1000, 99)).status, 204);
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(storeProblem(dir.path(), true), QString());
    }
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "TestServerProcess.moc"
