#include "PortalFixture.h"

#include <QProcess>

#include <thread>

using namespace apd::test;

// Many clients at once: no lost update, no torn registration, the store stays sound.
class TestPortalConcurrency : public QObject
{
    Q_OBJECT

    PortalFixture f;

    static QStringList storyKeys()
    {
        QStringList keys;
        for (int i = 1; i <= 16; ++i)
            keys << QStringLiteral("storyart_na_%1_zxx").arg(i, 2, 10, QLatin1Char('0'));
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // What is tested is that no update is lost, not how long a starved client may stay silent.
        f.readTimeoutSeconds = 60;
        f.keepAliveSeconds = 60;
        QVERIFY(f.start(storyKeys()));
    }

    void sixteenUploadsAtOnce()
    {
        std::vector<std::thread> clients;
        std::vector<int> statuses(16, -1);
        std::vector<QString> failures(16);
        std::vector<QByteArray> contents;
        for (int i = 0; i < 16; ++i)
            contents.push_back(randomBytes(256 * 1024 + i, char(i)));
        for (int i = 0; i < 16; ++i) {
            clients.emplace_back([&, i] {
                Reply signIn;
                ApiClient c = f.signedIn(QStringLiteral("ana@alpha.test"), &signIn);
                if (signIn.status != 201) {
                    failures[size_t(i)] = QStringLiteral("sign-in: %1 %2 %3")
                                              .arg(signIn.status)
                                              .arg(signIn.failure, QString::fromUtf8(signIn.body.left(300)));
                    return;
                }
                const QString name = QStringLiteral("T#storyart_na_%1_zxx.jpg").arg(i + 1, 2, 10, QLatin1Char('0'));
                const Reply created = c.createUpload(f.projectId, name, contents[size_t(i)]);
                if (created.status != 201) {
                    failures[size_t(i)] = QStringLiteral("creation: %1 %2 %3")
                                              .arg(created.status)
                                              .arg(created.failure, QString::fromUtf8(created.body.left(300)));
                    return;
                }
                // In four pieces, to interleave with the others.
                const QString location = created.header("Location");
                const QByteArray& data = contents[size_t(i)];
                const qint64 piece = data.size() / 4 + 1;
                Reply last;
                for (qint64 at = 0; at < data.size() && (at == 0 || last.status == 204); at += piece)
                    last = c.patch(location, at, data.mid(at, piece));
                statuses[size_t(i)] = last.status;
                if (last.status != 204)
                    failures[size_t(i)] = QStringLiteral("patch: %1 %2 %3")
                                              .arg(last.status)
                                              .arg(last.failure, QString::fromUtf8(last.body.left(300)));
            });
        }
        for (std::thread& t : clients)
            t.join();
        QStringList failed;
        for (int i = 0; i < 16; ++i)
            if (statuses[size_t(i)] != 204)
                failed << QStringLiteral("client %1: %2").arg(i).arg(failures[size_t(i)]);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.join(QLatin1Char('\n'))));
        const auto rows = f.rows(QStringLiteral(
            "SELECT i.name, v.sha256, v.size FROM items i JOIN versions v ON v.item_id = i.id ORDER BY i.name"));
        QCOMPARE(rows.size(), 16);
        for (int i = 0; i < 16; ++i) {
            QCOMPARE(rows[i].text(0), QStringLiteral("T#storyart_na_%1_zxx.jpg").arg(i + 1, 2, 10, QLatin1Char('0')));
            QCOMPARE(rows[i].text(1), QString::fromLatin1(apd::server::Secrets::sha256(contents[size_t(i)]).toHex()));
        }
        QCOMPARE(f.consistencyProblem(), QString());
    }

    // The listening socket's backlog (`ss` shows it as Send-Q) is the system's maximum, not
    // the library's five, which a burst of clients overflows.
    void theListenBacklogTakesABurst()
    {
        QProcess ss;
        ss.start(QStringLiteral("ss"), {QStringLiteral("-ltnH"), QStringLiteral("sport = :%1").arg(f.port())});
        if (!ss.waitForStarted())
            QSKIP("ss (iproute2) is not installed");
        QVERIFY(ss.waitForFinished(10000));
        const QString line = QString::fromUtf8(ss.readAllStandardOutput()).simplified();
        const QStringList columns = line.split(QLatin1Char(' '));
        QVERIFY2(columns.size() >= 4 && columns[0] == QLatin1String("LISTEN"), qPrintable(line));
        QVERIFY2(columns[2].toInt() >= 64, qPrintable(line));
    }

    // Many connections arriving in the same instant are all served: none is dropped for a
    // full accept queue (the library's own backlog is five).
    void aBurstOfConnectionsIsServed()
    {
        constexpr int kClients = 64;
        std::vector<std::thread> clients;
        std::vector<QString> failures(kClients);
        std::atomic<int> ready{0};
        for (int i = 0; i < kClients; ++i) {
            clients.emplace_back([&, i] {
                ApiClient c(f.port());
                ++ready;
                while (ready.load() < kClients)
                    std::this_thread::yield();
                for (int k = 0; k < 3; ++k) {
                    const Reply r = c.get(QStringLiteral("/v1/catalog"));
                    if (r.status != 200) {
                        failures[size_t(i)] = QStringLiteral("%1 %2").arg(r.status).arg(r.failure);
                        return;
                    }
                }
            });
        }
        for (std::thread& t : clients)
            t.join();
        QStringList failed;
        for (int i = 0; i < kClients; ++i)
            if (!failures[size_t(i)].isEmpty())
                failed << QStringLiteral("client %1: %2").arg(i).arg(failures[size_t(i)]);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.join(QLatin1Char('\n'))));
    }

    void deliverAndReviewStorm()
    {
        ApiClient admin = f.signedIn(QStringLiteral("admin@alpha.test"));
        const qint64 anaId = f.signedIn(QStringLiteral("ana@alpha.test"))
                                 .get(QStringLiteral("/v1/me"))
                                 .json.value(QStringLiteral("user"))
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toInteger();
        QCOMPARE(admin.put(f.projectPath(QStringLiteral("/assignee")), {{QStringLiteral("userId"), anaId}}).status,
                 200);
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        QCOMPARE(ana.upload(f.projectId, QStringLiteral("T#universal-base_na_01_zxx.psd"), randomBytes(1000)).status,
                 204);
        QList<qint64> assets;
        for (const QJsonValue& v : ana.get(f.projectPath()).json.value(QStringLiteral("assets")).toArray()) {
            QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("linked"));
            assets << v.toObject().value(QStringLiteral("id")).toInteger();
        }
        QCOMPARE(assets.size(), 16);

        // Eight agency clients each try to deliver every asset, one by one; then eight owner
        // clients each try to review every asset. Each asset is delivered once, reviewed once.
        std::atomic<int> delivered{0}, deliverRefused{0}, reviewed{0}, reviewRefused{0}, other{0};
        std::vector<std::thread> storm;
        for (int c = 0; c < 8; ++c) {
            storm.emplace_back([&, c] {
                ApiClient me =
                    f.signedIn(c % 2 ? QStringLiteral("ana@alpha.test") : QStringLiteral("admin@alpha.test"));
                for (int k = 0; k < assets.size(); ++k) {
                    const qint64 id = assets[(k + c) % assets.size()];
                    const Reply r = me.post(f.projectPath(QStringLiteral("/deliveries")),
                                            {{QStringLiteral("assetIds"), QJsonArray{id}}});
                    (r.status == 201 ? delivered : r.status == 422 || r.status == 409 ? deliverRefused : other)++;
                }
            });
        }
        for (std::thread& t : storm)
            t.join();
        storm.clear();
        for (int c = 0; c < 8; ++c) {
            storm.emplace_back([&, c] {
                ApiClient owner = f.signedIn(QStringLiteral("owner@studio.test"));
                for (int k = 0; k < assets.size(); ++k) {
                    const qint64 id = assets[(k + c) % assets.size()];
                    const QJsonObject verdict =
                        id % 2 ? QJsonObject{{QStringLiteral("verdict"), QStringLiteral("approved")}}
                               : QJsonObject{{QStringLiteral("verdict"), QStringLiteral("rejected")},
                                             {QStringLiteral("comment"), QStringLiteral("Again.")}};
                    const Reply r = owner.post(f.projectPath(QStringLiteral("/assets/%1/reviews").arg(id)), verdict);
                    (r.status == 201 ? reviewed : r.status == 409 ? reviewRefused : other)++;
                }
            });
        }
        for (std::thread& t : storm)
            t.join();
        QCOMPARE(other.load(), 0);
        QCOMPARE(delivered.load(), 16);
        QCOMPARE(deliverRefused.load(), 8 * 16 - 16);
        QCOMPARE(reviewed.load(), 16);
        QCOMPARE(reviewRefused.load(), 8 * 16 - 16);
        QCOMPARE(f.rows(QStringLiteral("SELECT COUNT(*) FROM delivery_items")).first().integer(0), 16);
        QCOMPARE(f.rows(QStringLiteral("SELECT COUNT(*) FROM reviews")).first().integer(0), 16);
        QCOMPARE(
            f.rows(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'delivery.created'")).first().integer(0),
            16);
        QCOMPARE(f.rows(QStringLiteral(
                            "SELECT COUNT(*) FROM items WHERE role = 'asset' AND state IN ('approved', 'rejected')"))
                     .first()
                     .integer(0),
                 16);
        QCOMPARE(f.consistencyProblem(), QString());
    }
};

QTEST_GUILESS_MAIN(TestPortalConcurrency)
#include "TestPortalConcurrency.moc"
