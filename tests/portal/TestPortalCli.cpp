// The portal verbs of artwork-portal-cli (login, logout, upload, status, deliver, redeliver)
// against the real reference portal on 127.0.0.1, with real image files; and the end-to-end
// QC loop of issue 7: deliver 8, the owner rejects 3 and approves 5, status shows it,
// redeliver replaces exactly the 3, the owner sees version 2, the feed has every step.

#include "ClosedPort.h"
#include "PortalFixture.h"

#include "cli/DeliverCommand.h"
#include "cli/LoginCommand.h"
#include "cli/StatusCommand.h"
#include "cli/UploadCommand.h"
#include "portal/PortalClient.h"
#include "samples/ImageEncoder.h"

#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

using namespace apd;
using namespace apd::test;

namespace {

// One run of a verb in this process: exit code, standard output and error.
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QByteArray imageFor(const QString& name, int seed)
{
    const QString ext = name.section(QLatin1Char('.'), -1).toLower();
    const bool transparent = name.contains(QLatin1String("avatar")) || name.contains(QLatin1String("character")) ||
                             name.contains(QLatin1String("logo"));
    Result<QByteArray> bytes = Error{};
    if (ext == QLatin1String("png"))
        bytes = samples::encodePng(samples::makeTestPicture(256, 256, transparent ? 4 : 3, seed));
    else if (ext == QLatin1String("psd"))
        bytes = samples::encodePsd(samples::makeTestPicture(160, 90, 3, seed));
    else
        bytes = samples::encodeJpeg(samples::makeTestPicture(480, 270, 3, seed));
    return bytes ? bytes.value() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    return !bytes.isEmpty() && f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
}

} // namespace

class TestPortalCli : public QObject
{
    Q_OBJECT

    PortalFixture f;
    std::unique_ptr<QTemporaryDir> m_work;

    QString server() const { return QStringLiteral("http://127.0.0.1:%1").arg(f.port()); }
    QString work(const QString& rest) const { return m_work->filePath(rest); }
    portal::TokenStore tokens() const
    {
        return portal::TokenStore(portal::TokenStore::Backend::File, work(QStringLiteral("credentials.json")));
    }

    template <typename Command, typename... Extra> Run run(const QStringList& args, Extra&&... extra)
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        Command command(out, err, std::forward<Extra>(extra)...);
        r.code = command.run(args);
        out.flush();
        err.flush();
        return r;
    }

    Run login(const QString& email, const QString& password, const QString& serverUrl = {})
    {
        QByteArray input = password.toUtf8() + '\n';
        QTextStream in(&input);
        return run<cli::LoginCommand>({QStringLiteral("--server"), serverUrl.isEmpty() ? server() : serverUrl,
                                       QStringLiteral("--email"), email, QStringLiteral("--password-stdin")},
                                      in, false, tokens());
    }
    bool loginAs(const QString& email)
    {
        const Run r = login(email, QStringLiteral("pw-") + email.section(QLatin1Char('@'), 0, 0));
        if (r.code != 0)
            qWarning("login failed: %s", qPrintable(r.err));
        return r.code == 0;
    }
    QStringList common(const QStringList& rest = {}) const
    {
        return QStringList{QStringLiteral("--server"),  server(),
                           QStringLiteral("--project"), QString::number(f.projectId),
                           QStringLiteral("--journal"), work(QStringLiteral("journal.sqlite"))} +
               rest;
    }
    Run upload(const QStringList& files) { return run<cli::UploadCommand>(common(files), false, tokens()); }
    Run status(bool json = false)
    {
        QStringList args{QStringLiteral("--server"), server(), QStringLiteral("--project"),
                         QString::number(f.projectId)};
        if (json)
            args << QStringLiteral("--json");
        return run<cli::StatusCommand>(args, tokens());
    }
    Run deliver(const QStringList& files) { return run<cli::DeliverCommand>(common(files), false, tokens()); }
    Run redeliver(const QString& dir, const QStringList& flags = {})
    {
        return run<cli::RedeliverCommand>(common(QStringList{dir} + flags), false, tokens());
    }

    portal::PortalClient as(const QString& email)
    {
        portal::PortalClient c(portal::ConnectionSettings{QUrl(server())});
        c.signIn(email, QStringLiteral("pw-") + email.section(QLatin1Char('@'), 0, 0));
        return c;
    }
    QString writeArt(const QString& dir, const QString& name, int seed)
    {
        const QString path = work(dir + QLatin1Char('/') + name);
        return writeFile(path, imageFor(name, seed)) ? path : QString();
    }
    qint64 uploadRows() const { return f.rows(QStringLiteral("SELECT COUNT(*) FROM uploads")).first().integer(0); }

private Q_SLOTS:
    // The user's own settings (a proxy, say) must not reach these tests.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        qunsetenv("APD_TOKEN");
        m_work = std::make_unique<QTemporaryDir>();
        QVERIFY(m_work->isValid());
        const QStringList requests{QStringLiteral("billboard_dark_ltr_01_zxx"),
                                   QStringLiteral("billboard_light_rtl_02_zxx"),
                                   QStringLiteral("storyart_na_01_zxx"),
                                   QStringLiteral("storyart_na_02_zxx"),
                                   QStringLiteral("short-panel_dark_01_zxx"),
                                   QStringLiteral("vertical-billboard_light_01_zxx"),
                                   QStringLiteral("avatar_na_01_en"),
                                   QStringLiteral("character-pose_na_01_zxx"),
                                   QStringLiteral("sdp_na_01_en")};
        QVERIFY(f.start(requests));
    }
    void cleanup()
    {
        QCOMPARE(f.consistencyProblem(), QString());
        f.server.reset();
        qunsetenv("APD_TOKEN");
    }

    void loginKeepsTheTokenAndLogoutRevokesIt()
    {
        QCOMPARE(login(QStringLiteral("ana@alpha.test"), QStringLiteral("wrong")).code, 1);
        QCOMPARE(tokens().load(QUrl(server())).value(), QString());

        const Run in = login(QStringLiteral("ana@alpha.test"), QStringLiteral("pw-ana"));
        QCOMPARE(in.code, 0);
        QVERIFY2(in.out.contains(QStringLiteral("Ana Perez")), qPrintable(in.out));
        const QString token = tokens().load(QUrl(server())).value();
        QVERIFY(!token.isEmpty());
        QCOMPARE(QFile(work(QStringLiteral("credentials.json"))).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(portal::PortalClient(portal::ConnectionSettings{QUrl(server())}, token).me());

        // No terminal and no --password-stdin: a usage error, nothing asked.
        QByteArray none;
        QTextStream nothing(&none);
        QCOMPARE((run<cli::LoginCommand>({QStringLiteral("--server"), server(), QStringLiteral("--email"),
                                          QStringLiteral("ana@alpha.test")},
                                         nothing, false, tokens())
                      .code),
                 2);
        QCOMPARE((run<cli::LoginCommand>(
                      {QStringLiteral("--email"), QStringLiteral("ana@alpha.test"), QStringLiteral("--password-stdin")},
                      nothing, false, tokens())
                      .code),
                 2); // no --server

        const Run out = run<cli::LogoutCommand>({QStringLiteral("--server"), server()}, tokens());
        QCOMPARE(out.code, 0);
        QCOMPARE(tokens().load(QUrl(server())).value(), QString());
        const auto revoked = portal::PortalClient(portal::ConnectionSettings{QUrl(server())}, token).me();
        QCOMPARE(revoked.error().code, QStringLiteral("unauthenticated"));
        QCOMPARE(run<cli::LogoutCommand>({QStringLiteral("--server"), server()}, tokens()).code,
                 0); // not signed in: fine

        // Without a token, the other verbs say how to sign in; APD_TOKEN serves scripts.
        const Run anonymous = status();
        QCOMPARE(anonymous.code, 3);
        QVERIFY2(anonymous.err.contains(QStringLiteral("login")), qPrintable(anonymous.err));
        qputenv("APD_TOKEN", as(QStringLiteral("ana@alpha.test")).token().toUtf8());
        QCOMPARE(status().code, 0);
        qunsetenv("APD_TOKEN");

        // A portal that is not there.
        const ClosedPort closed;
        const int port = closed.port();
        QCOMPARE(login(QStringLiteral("ana@alpha.test"), QStringLiteral("pw-ana"),
                       QStringLiteral("http://127.0.0.1:%1").arg(port))
                     .code,
                 3);
    }

    void uploadGoesToOurPortal()
    {
        QVERIFY(loginAs(QStringLiteral("ana@alpha.test")));
        const QString story = writeArt(QStringLiteral("up"), QStringLiteral("T#storyart_na_01_zxx.jpg"), 1);
        const QString base = writeArt(QStringLiteral("up"), QStringLiteral("T#universal-base_na_01_zxx.psd"), 2);
        const Run r = upload({story, base});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const portal::ProjectDetail p = as(QStringLiteral("ana@alpha.test")).project(f.projectId).value();
        const portal::AssetDetail* a = p.assetNamed(QStringLiteral("T#storyart_na_01_zxx.jpg"));
        QVERIFY(a);
        QFile file(story);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(a->versions.first().size, file.size());
        QCOMPARE(a->versions.first().sha256.toLatin1(), server::Secrets::sha256(file.readAll()).toHex());
        QCOMPARE(a->asset.sourceId, p.order.sources.first().id); // auto-linked by the server

        // A valid name the server refuses (no such line item): refused before any byte.
        const qint64 before = uploadRows();
        const QString stray = writeArt(QStringLiteral("up"), QStringLiteral("T#storyart_na_09_zxx.jpg"), 3);
        const Run refused = upload({stray});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("T#storyart_na_09_zxx.jpg")), qPrintable(refused.err));
        QCOMPARE(uploadRows(), before); // no upload was even created
        QVERIFY(!as(QStringLiteral("ana@alpha.test"))
                     .project(f.projectId)
                     .value()
                     .assetNamed(QStringLiteral("T#storyart_na_09_zxx.jpg")));

        // An invalid name: nothing is sent at all.
        const QString bad = writeArt(QStringLiteral("up"), QStringLiteral("T#Storyart_na_02_zxx.jpg"), 4);
        QCOMPARE(upload({bad}).code, 1);
        QCOMPARE(uploadRows(), before);
        // Usage.
        QCOMPARE(run<cli::UploadCommand>({QStringLiteral("--server"), server(), story}, false, tokens()).code, 2);
    }

    void statusAndDeliverRefusals()
    {
        QVERIFY(loginAs(QStringLiteral("ana@alpha.test")));
        const QString dir = QStringLiteral("first");
        writeArt(dir, QStringLiteral("T#avatar_na_01_en.png"), 1);
        writeArt(dir, QStringLiteral("T#storyart_na_01_zxx.jpg"), 2);
        // No assignee yet and the avatar has no PSD: the upload goes, the delivery is refused.
        const Run refused = deliver({work(dir)});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("no-assignee")) &&
                     refused.err.contains(QStringLiteral("missing-source")),
                 qPrintable(refused.err));

        const Run text = status();
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Assignee: none")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("billboard_dark_ltr_01_zxx")));
        QVERIFY(text.out.contains(QStringLiteral("no file yet")));
        QVERIFY(text.out.contains(QStringLiteral("[missing-source]")));
        const Run json = status(true);
        QCOMPARE(json.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("requests")).toArray().size(), 9);
        QVERIFY(o.value(QStringLiteral("project")).toObject().value(QStringLiteral("assignee")).isNull());
        int withAsset = 0;
        for (const QJsonValue& v : o.value(QStringLiteral("requests")).toArray()) {
            const QJsonObject asset = v.toObject().value(QStringLiteral("asset")).toObject();
            if (asset.isEmpty())
                continue;
            ++withAsset;
            QCOMPARE(asset.value(QStringLiteral("deliverable")).toBool(), false);
        }
        QCOMPARE(withAsset, 2);

        // The fixes: an assignee, the avatar's PSD; delivering again goes through.
        auto admin = as(QStringLiteral("admin@alpha.test"));
        QVERIFY(admin.setAssignee(f.projectId, as(QStringLiteral("ana@alpha.test")).me().value().user.id));
        writeArt(dir, QStringLiteral("T#avatar_na_01_en.psd"), 3);
        writeArt(dir, QStringLiteral("T#universal-base_na_01_zxx.psd"), 4);
        const Run ok = deliver({work(dir)});
        QVERIFY2(ok.code == 0, qPrintable(ok.err + ok.out));
        QVERIFY(ok.out.contains(QStringLiteral("Delivered 2 asset(s)")));
        // Again: nothing new to deliver, nothing refused.
        const Run again = deliver({work(dir)});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("already delivered")), qPrintable(again.out));

        // An invalid file stops everything before a byte; wrong command lines; no portal.
        const qint64 before = uploadRows();
        QCOMPARE(deliver({writeArt(QStringLiteral("bad"), QStringLiteral("T#storyart_na_1_zxx.jpg"), 5)}).code, 1);
        QCOMPARE(uploadRows(), before);
        QCOMPARE(run<cli::DeliverCommand>({QStringLiteral("--server"), server(), work(dir)}, false, tokens()).code, 2);
        QCOMPARE(
            run<cli::DeliverCommand>(common({QStringLiteral("--project"), QStringLiteral("x")}), false, tokens()).code,
            2);
        QCOMPARE(
            run<cli::StatusCommand>(
                {QStringLiteral("--server"), server(), QStringLiteral("--project"), QStringLiteral("999")}, tokens())
                .code,
            3);
        const ClosedPort closed;
        const int port = closed.port();
        qputenv("APD_TOKEN", "whatever");
        QCOMPARE(run<cli::StatusCommand>({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                                          QStringLiteral("--project"), QStringLiteral("1")},
                                         tokens())
                     .code,
                 3);
        qunsetenv("APD_TOKEN");
    }

    // Issue 7, the CLI part.
    void qcLoopEndToEnd()
    {
        QVERIFY(loginAs(QStringLiteral("ana@alpha.test")));
        portal::PortalClient owner = as(QStringLiteral("owner@studio.test"));
        portal::PortalClient admin = as(QStringLiteral("admin@alpha.test"));
        const qint64 anaId = as(QStringLiteral("ana@alpha.test")).me().value().user.id;
        QVERIFY(admin.setAssignee(f.projectId, anaId));
        const qint64 cursor = owner.events(0, 0, 500).value().next;

        // Deliver 8 assets (with their sources) from one folder.
        const QStringList assets{
            QStringLiteral("T#billboard_dark_ltr_01_zxx.jpg"), QStringLiteral("T#billboard_light_rtl_02_zxx.jpg"),
            QStringLiteral("T#storyart_na_01_zxx.jpg"),        QStringLiteral("T#storyart_na_02_zxx.jpg"),
            QStringLiteral("T#short-panel_dark_01_zxx.jpg"),   QStringLiteral("T#vertical-billboard_light_01_zxx.jpg"),
            QStringLiteral("T#avatar_na_01_en.png"),           QStringLiteral("T#character-pose_na_01_zxx.png")};
        const QStringList sources{QStringLiteral("T#universal-base_na_01_zxx.psd"),
                                  QStringLiteral("T#avatar_na_01_en.psd"),
                                  QStringLiteral("T#character-pose_na_01_zxx.psd")};
        int seed = 10;
        for (const QString& name : assets + sources)
            QVERIFY(!writeArt(QStringLiteral("delivery"), name, seed++).isEmpty());
        const Run delivered = deliver({work(QStringLiteral("delivery"))});
        QVERIFY2(delivered.code == 0, qPrintable(delivered.err + delivered.out));
        QVERIFY2(delivered.out.contains(QStringLiteral("Delivered 8 asset(s)")), qPrintable(delivered.out));

        // The owner rejects 3 with comments and approves 5.
        const QStringList rejected{assets[1], assets[3], assets[6]};
        QHash<QString, QString> comments;
        portal::ProjectDetail p = owner.project(f.projectId).value();
        for (const QString& name : assets) {
            const portal::AssetDetail* a = p.assetNamed(name);
            QVERIFY(a);
            QCOMPARE(a->state, QStringLiteral("delivered"));
            if (rejected.contains(name)) {
                comments.insert(name,
                                QStringLiteral("Please fix %1: the logo sits in the safe zone.").arg(a->asset.id));
                QVERIFY(owner.review(f.projectId, a->asset.id, false, comments.value(name)));
            } else {
                QVERIFY(owner.review(f.projectId, a->asset.id, true));
            }
        }

        // status shows it, in text and JSON.
        const Run text = status();
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("8 asset(s): 0 in review, 5 approved, 3 rejected")),
                 qPrintable(text.out));
        for (const QString& name : rejected)
            QVERIFY2(text.out.contains(QStringLiteral("rejected by the owner: \"%1\"").arg(comments.value(name))),
                     qPrintable(text.out));
        const QJsonObject json = QJsonDocument::fromJson(status(true).out.toUtf8()).object();
        int rejectedSeen = 0, approvedSeen = 0;
        for (const QJsonValue& v : json.value(QStringLiteral("requests")).toArray()) {
            const QJsonObject a = v.toObject().value(QStringLiteral("asset")).toObject();
            const QString state = a.value(QStringLiteral("state")).toString();
            if (state == QLatin1String("rejected")) {
                ++rejectedSeen;
                QCOMPARE(a.value(QStringLiteral("review")).toObject().value(QStringLiteral("comment")).toString(),
                         comments.value(a.value(QStringLiteral("name")).toString()));
            }
            approvedSeen += state == QLatin1String("approved");
        }
        QCOMPARE(rejectedSeen, 3);
        QCOMPARE(approvedSeen, 5);

        // The fixes folder: the 3 fixed files, 2 unrelated, 1 misnamed.
        const QString fixes = QStringLiteral("fixes");
        for (const QString& name : rejected)
            QVERIFY(!writeArt(fixes, name, seed++).isEmpty());
        QVERIFY(!writeArt(fixes, assets[0], seed++).isEmpty()); // approved: left alone
        QVERIFY(
            !writeArt(fixes, QStringLiteral("Other#storyart_na_05_zxx.jpg"), seed++).isEmpty()); // not in the project
        QVERIFY(!writeArt(fixes, QStringLiteral("T#Billboard_light_rtl_02_zxx.jpg"), seed++).isEmpty()); // misnamed fix

        const qint64 rowsBefore = uploadRows();
        const Run plan = redeliver(work(fixes), {QStringLiteral("--dry-run")});
        QVERIFY2(plan.code == 0, qPrintable(plan.err + plan.out));
        QCOMPARE(plan.out.count(QStringLiteral("  replace  ")), 3);
        QCOMPARE(plan.out.count(QStringLiteral("  skip     ")), 3);
        for (const QString& name : rejected)
            QVERIFY2(plan.out.contains(
                         QStringLiteral("replace  %1  v1 -> v2 (rejected: \"%2\")").arg(name, comments.value(name))),
                     qPrintable(plan.out));
        QVERIFY2(plan.out.contains(QStringLiteral("did you mean \"T#billboard_light_rtl_02_zxx.jpg\"")),
                 qPrintable(plan.out));
        QCOMPARE(uploadRows(), rowsBefore); // a dry run sends nothing
        QCOMPARE(owner.project(f.projectId).value().summary.counts.rejected, 3);

        const Run re = redeliver(work(fixes));
        QVERIFY2(re.code == 0, qPrintable(re.err + re.out));
        QVERIFY2(re.out.contains(QStringLiteral("Delivered 3 asset(s)")), qPrintable(re.out));
        QCOMPARE(uploadRows(), rowsBefore + 3);

        // The owner sees version 2 of each, in review again; the rest as they were.
        p = owner.project(f.projectId).value();
        for (const QString& name : assets) {
            const portal::AssetDetail* a = p.assetNamed(name);
            if (rejected.contains(name)) {
                QCOMPARE(a->asset.version, 2);
                QCOMPARE(a->versions.size(), 2);
                QCOMPARE(a->state, QStringLiteral("delivered"));
                QFile fixed(work(fixes + QLatin1Char('/') + name));
                QVERIFY(fixed.open(QIODevice::ReadOnly));
                QCOMPARE(a->versions.last().sha256.toLatin1(), server::Secrets::sha256(fixed.readAll()).toHex());
            } else {
                QCOMPARE(a->asset.version, 1);
                QCOMPARE(a->state, QStringLiteral("approved"));
            }
        }
        QVERIFY(!p.assetNamed(QStringLiteral("Other#storyart_na_05_zxx.jpg")));
        const QList<portal::Delivery> deliveries = owner.deliveries(f.projectId).value();
        QCOMPARE(deliveries.size(), 2);
        QCOMPARE(deliveries.first().assetIds.size(), 3); // newest first

        // The event feed has every step, in order.
        QList<portal::Event> events;
        qint64 since = cursor;
        for (;;) {
            const portal::EventPage page = owner.events(since, 0, 500).value();
            if (page.events.isEmpty())
                break;
            events += page.events;
            since = page.next;
        }
        QStringList steps;
        int uploadsV1 = 0, uploadsV2 = 0, deliveriesSeen = 0, approvals = 0, rejections = 0;
        for (const portal::Event& e : events) {
            if (e.type == QLatin1String("upload.completed")) {
                const int version = e.data.value(QStringLiteral("version")).toInt();
                const QString name = e.data.value(QStringLiteral("name")).toString();
                if (version == 2) {
                    ++uploadsV2;
                    QVERIFY2(rejected.contains(name), qPrintable(name));
                } else {
                    ++uploadsV1;
                }
            } else if (e.type == QLatin1String("delivery.created")) {
                ++deliveriesSeen;
            } else if (e.type == QLatin1String("review.created")) {
                (e.data.value(QStringLiteral("verdict")).toString() == QLatin1String("approved") ? approvals
                                                                                                 : rejections)++;
            }
            if (steps.isEmpty() || steps.last() != e.type)
                steps << e.type;
        }
        QCOMPARE(uploadsV1, 11); // 8 assets and 3 sources
        QCOMPARE(uploadsV2, 3);
        QCOMPARE(deliveriesSeen, 2);
        QCOMPARE(approvals, 5);
        QCOMPARE(rejections, 3);
        const int firstDelivery = int(steps.indexOf(QStringLiteral("delivery.created")));
        const int firstReview = int(steps.indexOf(QStringLiteral("review.created")));
        const int secondDelivery = int(steps.lastIndexOf(QStringLiteral("delivery.created")));
        QVERIFY2(firstDelivery > 0 && firstReview > firstDelivery && secondDelivery > firstReview,
                 qPrintable(steps.join(QLatin1Char(' '))));
        QVERIFY2(steps.lastIndexOf(QStringLiteral("upload.completed")) > firstReview,
                 qPrintable(steps.join(QLatin1Char(' '))));

        // Nothing left to redeliver.
        const Run none = redeliver(work(fixes));
        QCOMPARE(none.code, 0);
        QVERIFY2(none.out.contains(QStringLiteral("Nothing to redeliver")), qPrintable(none.out));
    }

    void redeliverWithAnInvalidFix()
    {
        QVERIFY(loginAs(QStringLiteral("ana@alpha.test")));
        portal::PortalClient owner = as(QStringLiteral("owner@studio.test"));
        QVERIFY(as(QStringLiteral("admin@alpha.test"))
                    .setAssignee(f.projectId, as(QStringLiteral("ana@alpha.test")).me().value().user.id));
        const QStringList names{QStringLiteral("T#storyart_na_01_zxx.jpg"), QStringLiteral("T#storyart_na_02_zxx.jpg")};
        for (const QString& n : names)
            writeArt(QStringLiteral("d"), n, 1 + int(names.indexOf(n)));
        writeArt(QStringLiteral("d"), QStringLiteral("T#universal-base_na_01_zxx.psd"), 3);
        QCOMPARE(deliver({work(QStringLiteral("d"))}).code, 0);
        for (const portal::AssetDetail& a : owner.project(f.projectId).value().assets)
            QVERIFY(owner.review(f.projectId, a.asset.id, false, QStringLiteral("Too dark.")));

        // One good fix, one whose content is broken (a truncated JPEG).
        writeArt(QStringLiteral("fix"), names[0], 7);
        const QByteArray whole = imageFor(names[1], 8);
        QVERIFY(writeFile(work(QStringLiteral("fix/") + names[1]), whole.left(whole.size() / 3)));

        const qint64 before = uploadRows();
        const Run strict = redeliver(work(QStringLiteral("fix")), {QStringLiteral("--all-or-nothing")});
        QCOMPARE(strict.code, 1);
        QVERIFY2(strict.err.contains(QStringLiteral("nothing was sent")), qPrintable(strict.err));
        QCOMPARE(uploadRows(), before);

        const Run lenient = redeliver(work(QStringLiteral("fix")));
        QCOMPARE(lenient.code, 1); // a matching file was not valid
        QVERIFY2(lenient.out.contains(QStringLiteral("Delivered 1 asset(s)")), qPrintable(lenient.out + lenient.err));
        const portal::ProjectDetail p = owner.project(f.projectId).value();
        QCOMPARE(p.assetNamed(names[0])->state, QStringLiteral("delivered"));
        QCOMPARE(p.assetNamed(names[0])->asset.version, 2);
        QCOMPARE(p.assetNamed(names[1])->state, QStringLiteral("rejected"));
        QCOMPARE(p.assetNamed(names[1])->asset.version, 1);
    }

    // Each verb's help shows how to call that verb, whatever path the program was started by.
    void everyVerbsHelpNamesTheVerb_data()
    {
        QTest::addColumn<QString>("verb");
        for (const char* verb : {"validate", "make-samples", "strip-xmp", "upload", "login", "logout", "status",
                                 "deliver", "redeliver"})
            QTest::newRow(verb) << QString::fromLatin1(verb);
    }

    void everyVerbsHelpNamesTheVerb()
    {
        QFETCH(QString, verb);
        QProcess p;
        p.start(QString::fromUtf8(APD_CLI_PATH), {verb, QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QString first = QString::fromUtf8(p.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(first.startsWith(QStringLiteral("Usage: artwork-portal-cli %1 ").arg(verb)), qPrintable(first));
    }

    // The verbs are reachable in the real program; login reads the password from stdin there.
    void theProgramHasTheVerbs()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("APD_DATA_DIR"), work(QStringLiteral("data")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("APD_TOKEN"));
        p.setProcessEnvironment(env);
        p.start(QString::fromUtf8(APD_CLI_PATH),
                {QStringLiteral("login"), QStringLiteral("--server"), server(), QStringLiteral("--email"),
                 QStringLiteral("ana@alpha.test"), QStringLiteral("--password-stdin")});
        QVERIFY(p.waitForStarted());
        p.write("pw-ana\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        p.start(QString::fromUtf8(APD_CLI_PATH),
                {QStringLiteral("status"), QStringLiteral("--server"), server(), QStringLiteral("--project"),
                 QString::number(f.projectId), QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QJsonDocument::fromJson(p.readAllStandardOutput())
                     .object()
                     .value(QStringLiteral("project"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInteger(),
                 f.projectId);
        p.start(QString::fromUtf8(APD_CLI_PATH), {QStringLiteral("logout"), QStringLiteral("--server"), server()});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        p.start(QString::fromUtf8(APD_CLI_PATH), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(30000));
        const QByteArray help = p.readAllStandardOutput();
        for (const char* verb : {"login", "logout", "status", "deliver", "redeliver"})
            QVERIFY2(help.contains(verb), verb);
    }
};

QTEST_GUILESS_MAIN(TestPortalCli)
#include "TestPortalCli.moc"
