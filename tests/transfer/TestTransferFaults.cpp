// The transfer engine against a real tus server (@tus/server under Node) on 127.0.0.1,
// through a fault-injecting proxy. Each fault must end in a complete upload whose bytes on
// the server have the right SHA-256, with little sent again.

#include "TransferFixture.h"
#include "transfer/ContentHash.h"
#include "transfer/UploadJournal.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace apd;
using namespace apd::testing;
using Fault = FaultProxy::Fault;
using Kind = FaultProxy::FaultKind;
using transfer::TaskState;

class TestTransferFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TusNodeServer> m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    int m_case = 0;
    static constexpr qint64 Size = 3 * 1024 * 1024 + 12345; // not a multiple of anything

    QString newFile(qint64 size = Size)
    {
        const QString path = m_dir.filePath(QStringLiteral("case%1/Title#storyart_na_%2_zxx.psd").arg(m_case).arg(m_case % 100, 2, 10, QLatin1Char('0')));
        QDir().mkpath(QFileInfo(path).path());
        if (!writeRandomFile(path, size, static_cast<quint32>(1000 + m_case)))
            return {};
        return path;
    }

    transfer::TransferSettings settings()
    {
        transfer::TransferSettings s;
        s.journalPath = m_dir.filePath(QStringLiteral("case%1/journal.sqlite").arg(m_case));
        s.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/files").arg(m_proxy->port()));
        s.stallTimeoutMs = 1000;
        s.retrySoonBaseMs = 50;
        s.retryLaterBaseMs = 100;
        s.retryCapMs = 400;
        s.connectTimeoutMs = 2000;
        s.progressIntervalMs = 50;
        return s;
    }

    // The one complete upload of `path` on the server, checked against the file.
    void verifyOnServer(const QString& path, const QString& name = {})
    {
        const QString expected = transfer::ContentHash::sha256OfFile(path).value();
        const QString delivery = name.isEmpty() ? QFileInfo(path).fileName() : name;
        int complete = 0;
        for (const TusNodeServer::StoredUpload& u : m_server->uploads()) {
            if (u.name != delivery || u.offset != u.size)
                continue;
            ++complete;
            QCOMPARE(u.contentSha256, expected);
            QCOMPARE(u.sha256, expected); // the metadata the client sent
        }
        QCOMPARE(complete, 1);
    }

    qint64 patchBodies() const
    {
        qint64 total = 0;
        for (const FaultProxy::Exchange& e : m_proxy->exchanges()) {
            if (e.method == "PATCH" || e.method == "POST")
                total += e.bodyFromClient;
        }
        return total;
    }

    transfer::TaskReport upload(QueueRun& run, const QString& path)
    {
        [&] { QVERIFY(run.queue().start().ok()); }();
        run.queue().enqueue({path, QFileInfo(path).fileName(), QStringLiteral("project-7")});
        [&] { QVERIFY2(run.waitIdle(), "the queue never went idle"); }();
        return run.report(QFileInfo(path).absoluteFilePath());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<TusNodeServer>(m_dir.filePath(QStringLiteral("store")));
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        m_proxy = std::make_unique<FaultProxy>(m_server->port());
        QVERIFY(m_proxy->start() != 0);
    }

    void init()
    {
        ++m_case;
        m_proxy->clearFaults();
        m_proxy->clearLog();
        m_proxy->setAdvertiseChecksum(false);
    }

    void cleanupTestCase()
    {
        m_proxy.reset();
        m_server.reset();
    }

    void uploadsInOnePatch()
    {
        const QString path = newFile();
        QueueRun run(settings());
        const transfer::TaskReport r = upload(run, path);
        QCOMPARE(r.state, TaskState::Done);
        verifyOnServer(path);
        int patches = 0;
        for (const auto& e : m_proxy->exchanges())
            patches += e.method == "PATCH";
        QCOMPARE(patches, 1);
        QCOMPARE(patchBodies(), Size);

        // The journal says done, and the same file again is recognised, not sent twice.
        QueueRun again(settings());
        m_proxy->clearLog();
        const transfer::TaskReport second = upload(again, path);
        QCOMPARE(second.state, TaskState::Done);
        QCOMPARE(second.code, QStringLiteral("already-uploaded"));
        QCOMPARE(patchBodies(), 0);
    }

    void uploadsSeveralInParallel()
    {
        QStringList paths;
        for (int i = 0; i < 4; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("case%1/F%2#storyart_na_0%2_zxx.psd").arg(m_case).arg(i + 1));
            QDir().mkpath(QFileInfo(path).path());
            QVERIFY(writeRandomFile(path, 600 * 1024 + i, 77 + i));
            paths << path;
        }
        transfer::TransferSettings s = settings();
        s.parallel = 3;
        QueueRun run(s);
        QVERIFY(run.queue().start().ok());
        for (const QString& p : paths)
            run.queue().enqueue({p, QFileInfo(p).fileName(), QStringLiteral("project-7")});
        QVERIFY(run.waitIdle());
        for (const QString& p : paths) {
            QCOMPARE(run.report(p).state, TaskState::Done);
            verifyOnServer(p);
        }
    }

    void survivesADroppedConnection_data()
    {
        QTest::addColumn<qint64>("chunk");
        QTest::addColumn<bool>("creationWithUpload");
        QTest::newRow("one PATCH") << qint64(0) << false;
        QTest::newRow("512 KiB parts") << qint64(512 * 1024) << false;
        QTest::newRow("creation with upload, 1 MiB parts") << qint64(1024 * 1024) << true;
    }

    void survivesADroppedConnection()
    {
        QFETCH(qint64, chunk);
        QFETCH(bool, creationWithUpload);
        const QString path = newFile();
        // The second part when there are parts (the first PATCH after a POST that carried one).
        m_proxy->addFault({"PATCH", chunk && !creationWithUpload ? 2 : 1, Kind::DropAtByte, 300 * 1024});
        transfer::TransferSettings s = settings();
        s.chunkSize = chunk;
        s.creationWithUpload = creationWithUpload;
        QueueRun run(s);
        const transfer::TaskReport r = upload(run, path);
        QCOMPARE(r.state, TaskState::Done);
        verifyOnServer(path);
        QVERIFY(r.failures >= 1);

        // The client asked where the server stood and went on from exactly there.
        const QList<FaultProxy::Exchange> log = m_proxy->exchanges();
        qint64 headOffset = -1;
        qint64 broken = 0;
        qint64 brokenOffset = -1;
        for (const auto& e : log) {
            if (e.faulted) {
                broken = e.bodyFromClient;
                brokenOffset = e.requestOffset;
            }
            if (e.method == "HEAD" && e.status == 200)
                headOffset = e.responseOffset;
            if (e.method == "PATCH" && headOffset >= 0) {
                QCOMPARE(e.requestOffset, headOffset);
                break;
            }
        }
        QVERIFY(headOffset > 0);
        QVERIFY(brokenOffset >= 0);
        // Sent again: only what the cut PATCH carried beyond what the server kept.
        const qint64 kept = headOffset - brokenOffset;
        const qint64 resent = patchBodies() - Size;
        QVERIFY2(resent <= broken - kept,
                 qPrintable(QStringLiteral("resent %1, cut PATCH carried %2, server kept %3").arg(resent).arg(broken).arg(kept)));
        if (chunk > 0)
            QVERIFY(resent <= chunk);
        // The client counts what it wrote to its socket; the proxy what arrived.
        QVERIFY(r.bodyBytesSent >= patchBodies());
    }

    void survivesAStall()
    {
        const QString path = newFile();
        m_proxy->addFault({"PATCH", 1, Kind::StallAtByte, 1024 * 1024, 4000});
        QueueRun run(settings());
        const transfer::TaskReport r = upload(run, path);
        QCOMPARE(r.state, TaskState::Done);
        verifyOnServer(path);
        QCOMPARE(r.stalls, 1);
        QVERIFY(run.events().contains(QStringLiteral("stall")));
        // The stalled PATCH's unconfirmed tail is all that went twice.
        qint64 stalled = 0;
        for (const auto& e : m_proxy->exchanges()) {
            if (e.faulted)
                stalled = e.bodyFromClient;
        }
        QVERIFY(patchBodies() - Size <= stalled);
    }

    void survivesServerErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("500") << 500 << QStringLiteral("http-500");
        QTest::newRow("502") << 502 << QStringLiteral("http-502");
        QTest::newRow("503") << 503 << QStringLiteral("http-503");
        QTest::newRow("423 locked") << 423 << QStringLiteral("http-423");
        QTest::newRow("507 disk full") << 507 << QStringLiteral("http-507");
    }

    void survivesServerErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        const QString path = newFile();
        Fault f{"PATCH", 1, Kind::Respond};
        f.status = status;
        f.times = 2;
        m_proxy->addFault(f);
        QueueRun run(settings());
        const transfer::TaskReport r = upload(run, path);
        QCOMPARE(r.state, TaskState::Done);
        verifyOnServer(path);
        QCOMPARE(run.events().count(code), 2);
        // The two refused PATCHes never reached the server: each was one PATCH sent again.
        QVERIFY(patchBodies() <= 3 * Size);
    }

    void detectsAWrongOffset_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<qint64>("delta");
        QTest::newRow("PATCH answers past the end") << QByteArray("PATCH") << qint64(4096);
        QTest::newRow("HEAD answers ahead (409 follows)") << QByteArray("HEAD") << qint64(70000);
    }

    void detectsAWrongOffset()
    {
        QFETCH(QByteArray, method);
        QFETCH(qint64, delta);
        const QString path = newFile();
        if (method == "HEAD")
            m_proxy->addFault({"PATCH", 1, Kind::DropAtByte, 900 * 1024});
        Fault f{method, 1, Kind::RewriteOffset};
        f.delta = delta;
        m_proxy->addFault(f);
        QueueRun run(settings());
        const transfer::TaskReport r = upload(run, path);
        QCOMPARE(r.state, TaskState::Done);
        verifyOnServer(path);
        QString log;
        for (const auto& e : m_proxy->exchanges())
            log += QStringLiteral("%1 at %2 sent %3 -> %4 offset %5%6\n")
                       .arg(QString::fromLatin1(e.method))
                       .arg(e.requestOffset)
                       .arg(e.bodyFromClient)
                       .arg(e.status)
                       .arg(e.responseOffset)
                       .arg(e.faulted ? QStringLiteral(" (fault)") : QString());
        if (method == "HEAD") {
            // The PATCH at the wrong offset was refused (a 409, which Node may send before
            // reading the body and then close: the client can see either), and the client
            // asked again and went on from the server's true offset.
            const QList<FaultProxy::Exchange> x = m_proxy->exchanges();
            qint64 wrong = -1, truth = -1;
            bool refused = false, resumed = false;
            for (const auto& e : x) {
                if (e.method == "HEAD" && e.faulted)
                    wrong = e.responseOffset;
                else if (e.method == "HEAD" && wrong >= 0)
                    truth = e.responseOffset;
                if (e.method == "PATCH" && wrong >= 0 && e.requestOffset == wrong)
                    refused = e.status != 204;
                if (e.method == "PATCH" && truth >= 0 && e.requestOffset == truth && e.status == 204)
                    resumed = true;
            }
            QVERIFY2(refused && resumed && truth < wrong, qPrintable(log));
            QVERIFY(run.events().contains(QStringLiteral("http-409")) || run.events().contains(QStringLiteral("reset")));
        } else {
            QVERIFY(run.events().contains(QStringLiteral("malformed")));
        }
    }

    void startsAgainWhenTheUploadIsGone()
    {
        const QString path = newFile();
        Fault f{"PATCH", 1, Kind::Respond};
        f.status = 410;
        m_proxy->addFault(f);
        QueueRun run(settings());
        const transfer::TaskReport r = upload(run, path);
        QCOMPARE(r.state, TaskState::Done);
        QCOMPARE(r.restarts, 1);
        QVERIFY(run.events().contains(QStringLiteral("http-410")));
        int posts = 0;
        for (const auto& e : m_proxy->exchanges())
            posts += e.method == "POST";
        QCOMPARE(posts, 2);
        verifyOnServer(path);
    }

    void halvesThePartAfter413()
    {
        const QString path = newFile();
        Fault f{"PATCH", 1, Kind::Respond};
        f.status = 413;
        m_proxy->addFault(f);
        QueueRun run(settings());
        const transfer::TaskReport r = upload(run, path);
        QCOMPARE(r.state, TaskState::Done);
        verifyOnServer(path);
        const QList<FaultProxy::Exchange> log = m_proxy->exchanges();
        bool after = false;
        int parts = 0;
        for (const auto& e : log) {
            if (e.method != "PATCH")
                continue;
            if (e.faulted) {
                after = true;
                continue;
            }
            if (after) {
                QVERIFY(e.bodyFromClient <= Size / 2 + 1);
                ++parts;
            }
        }
        QCOMPARE(parts, 3);
    }

    void sendsChecksumsWhenOffered()
    {
        const QString path = newFile();
        m_proxy->setAdvertiseChecksum(true);
        Fault f{"PATCH", 2, Kind::Respond};
        f.status = 460;
        m_proxy->addFault(f);
        transfer::TransferSettings s = settings();
        s.checksumChunkSize = 1024 * 1024;
        QueueRun run(s);
        const transfer::TaskReport r = upload(run, path);
        QCOMPARE(r.state, TaskState::Done);
        verifyOnServer(path);
        QVERIFY(run.events().contains(QStringLiteral("http-460")));
        int checked = 0;
        for (const auto& e : m_proxy->exchanges()) {
            if (e.method != "PATCH" || e.faulted)
                continue;
            QVERIFY(e.checksumPresent);
            QVERIFY(e.checksumMatched);
            ++checked;
        }
        QCOMPARE(checked, 4); // 3 MiB + a bit in 1 MiB parts
        // The refused part alone went twice.
        QVERIFY(patchBodies() - Size <= s.checksumChunkSize);
    }

    void givesUpOnARefusal()
    {
        const QString path = newFile();
        Fault f{"POST", 1, Kind::Respond};
        f.status = 400;
        m_proxy->addFault(f);
        QueueRun run(settings());
        const transfer::TaskReport r = upload(run, path);
        QCOMPARE(r.state, TaskState::Failed);
        QCOMPARE(r.code, QStringLiteral("http-400"));
        QVERIFY2(r.message.contains(QStringLiteral("injected by the test proxy")), qPrintable(r.message));
        QCOMPARE(patchBodies(), 0);
        transfer::UploadJournal journal;
        QVERIFY(journal.open(settings().journalPath).ok());
        const auto row = journal.find(r.journalId).value();
        QVERIFY(row.has_value());
        QCOMPARE(row->state, transfer::JournalRow::State::Failed);
    }

    void survivesAServerRestart()
    {
        const QString path = newFile();
        m_proxy->addFault({"PATCH", 1, Kind::StallAtByte, 1024 * 1024, 1500});
        transfer::TransferSettings s = settings();
        s.stallTimeoutMs = 10000; // the restart, not the stall detector, breaks this one
        QueueRun run(s);
        QVERIFY(run.queue().start().ok());
        run.queue().enqueue({path, QFileInfo(path).fileName(), QStringLiteral("project-7")});
        QVERIFY(run.waitFor([&] {
            const auto log = m_proxy->exchanges();
            return !log.isEmpty() && log.constLast().method == "PATCH" && log.constLast().bodyForwarded >= 1024 * 1024;
        }));
        const quint16 port = m_server->port();
        m_server->kill();
        QVERIFY2(m_server->start(port), qPrintable(m_server->error()));
        QVERIFY(run.waitIdle());
        const transfer::TaskReport r = run.report(QFileInfo(path).absoluteFilePath());
        QCOMPARE(r.state, TaskState::Done);
        verifyOnServer(path);
    }

    void survivesTheNetworkGoingAway()
    {
        const QString path = newFile();
        m_proxy->addFault({"PATCH", 1, Kind::StallAtByte, 1024 * 1024, 500});
        transfer::TransferSettings s = settings();
        s.maxFailures = 50;
        QueueRun run(s);
        QVERIFY(run.queue().start().ok());
        run.queue().enqueue({path, QFileInfo(path).fileName(), QStringLiteral("project-7")});
        QVERIFY(run.waitFor([&] {
            const auto log = m_proxy->exchanges();
            return !log.isEmpty() && log.constLast().bodyForwarded >= 1024 * 1024;
        }));
        m_proxy->setOffline(true); // connections refused: the network is gone
        QVERIFY(run.waitFor([&] { return run.events().count(QStringLiteral("connect")) >= 3; }));
        m_proxy->setOffline(false);
        QVERIFY(run.waitIdle());
        const transfer::TaskReport r = run.report(QFileInfo(path).absoluteFilePath());
        QCOMPARE(r.state, TaskState::Done);
        verifyOnServer(path);
    }

    void triesAtOnceWhenToldTheServerIsBack()
    {
        // A backoff of half a minute or more: only retryNow() can finish the upload sooner.
        const QString path = newFile();
        transfer::TransferSettings s = settings();
        s.retrySoonBaseMs = 60000;
        s.retryLaterBaseMs = 60000;
        s.retryCapMs = 60000;
        s.maxFailures = 50;
        m_proxy->setOffline(true);
        QueueRun run(s);
        QVERIFY(run.queue().start().ok());
        run.queue().enqueue({path, QFileInfo(path).fileName(), QStringLiteral("project-7")});
        QVERIFY(run.waitFor([&] { return run.events().count(QStringLiteral("connect")) >= 1; }));
        m_proxy->setOffline(false);
        QTest::qWait(500);
        QCOMPARE(run.report(QFileInfo(path).absoluteFilePath()).state, TaskState::Waiting);
        run.queue().retryNow();
        QVERIFY2(run.waitIdle(20000), "the upload kept waiting out its backoff");
        QCOMPARE(run.report(QFileInfo(path).absoluteFilePath()).state, TaskState::Done);
        verifyOnServer(path);
    }

    void stopsWhenTheFileChanges_data()
    {
        QTest::addColumn<bool>("deleteIt");
        QTest::newRow("changed") << false;
        QTest::newRow("deleted") << true;
    }

    void stopsWhenTheFileChanges()
    {
        QFETCH(bool, deleteIt);
        const QString path = newFile();
        m_proxy->addFault({"PATCH", 1, Kind::StallAtByte, 1024 * 1024, 3000});
        transfer::TransferSettings s = settings();
        s.stallTimeoutMs = 10000;
        QueueRun run(s);
        QVERIFY(run.queue().start().ok());
        run.queue().enqueue({path, QFileInfo(path).fileName(), QStringLiteral("project-7")});
        QVERIFY(run.waitFor([&] {
            const auto log = m_proxy->exchanges();
            return !log.isEmpty() && log.constLast().bodyForwarded >= 1024 * 1024;
        }));
        if (deleteIt) {
            QVERIFY(QFile::remove(path));
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(Size - 10));
            QVERIFY(f.write("changed!!!") == 10);
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
            f.close();
        }
        QVERIFY(run.waitIdle());
        const transfer::TaskReport r = run.report(QFileInfo(path).absoluteFilePath());
        QCOMPARE(r.state, TaskState::Changed);
        QCOMPARE(r.code, QStringLiteral("file-changed"));
        // The server's partial copy was terminated; nothing complete under that name.
        bool deleted = false;
        for (const auto& e : m_proxy->exchanges())
            deleted |= e.method == "DELETE" && e.status == 204;
        QVERIFY(deleted);
        for (const auto& u : m_server->uploads())
            QVERIFY(u.name != QFileInfo(path).fileName() || u.offset < u.size);
        transfer::UploadJournal journal;
        QVERIFY(journal.open(s.journalPath).ok());
        QCOMPARE(journal.find(r.journalId).value()->state, transfer::JournalRow::State::Changed);
    }

    void resumesInANewQueueAndRefusesAChangedFile()
    {
        const QString path = newFile();
        m_proxy->addFault({"PATCH", 1, Kind::StallAtByte, 2 * 1024 * 1024, 3000});
        transfer::TransferSettings s = settings();
        s.stallTimeoutMs = 10000;
        {
            QueueRun run(s);
            QVERIFY(run.queue().start().ok());
            run.queue().enqueue({path, QFileInfo(path).fileName(), QStringLiteral("project-7")});
            QVERIFY(run.waitFor([&] {
                const auto log = m_proxy->exchanges();
                return !log.isEmpty() && log.constLast().bodyForwarded >= 2 * 1024 * 1024;
            }));
        } // the queue goes away mid-PATCH, as if the program quit
        m_proxy->clearFaults();
        QueueRun second(s);
        QVERIFY(second.queue().start().ok());
        second.queue().resumeUnfinished();
        QVERIFY(second.waitIdle());
        const transfer::TaskReport r = second.report(QFileInfo(path).absoluteFilePath());
        QCOMPARE(r.state, TaskState::Done);
        QCOMPARE(r.restarts, 0);
        verifyOnServer(path);
        // Only the second PATCH carried the rest, from where the server stood.
        QVERIFY(r.bodyBytesSent <= Size - 1024 * 1024);

        // A journal row whose file changed since is stopped, never resumed under the old hash.
        ++m_case;
        const QString other = newFile();
        m_proxy->clearLog();
        m_proxy->addFault({"PATCH", 1, Kind::StallAtByte, 1024 * 1024, 3000});
        transfer::TransferSettings s2 = settings();
        s2.stallTimeoutMs = 10000;
        {
            QueueRun run(s2);
            QVERIFY(run.queue().start().ok());
            run.queue().enqueue({other, QFileInfo(other).fileName(), QStringLiteral("project-7")});
            QVERIFY(run.waitFor([&] {
                const auto log = m_proxy->exchanges();
                return !log.isEmpty() && log.constLast().bodyForwarded >= 1024 * 1024;
            }));
        }
        m_proxy->clearFaults();
        QVERIFY(writeRandomFile(other, Size, 4242));
        QueueRun third(s2);
        QVERIFY(third.queue().start().ok());
        third.queue().resumeUnfinished();
        QVERIFY(third.waitIdle());
        QCOMPARE(third.report(QFileInfo(other).absoluteFilePath()).state, TaskState::Changed);
        bool terminated = false;
        for (const auto& e : m_proxy->exchanges()) {
            QVERIFY(e.method != "PATCH" || e.faulted); // nothing sent under the old hash
            terminated |= e.method == "DELETE";
        }
        QVERIFY(terminated);
    }

    void pausesResumesAndCancels()
    {
        const QString path = newFile();
        m_proxy->addFault({"PATCH", 1, Kind::StallAtByte, 1024 * 1024, 2000});
        transfer::TransferSettings s = settings();
        s.stallTimeoutMs = 10000;
        QueueRun run(s);
        QVERIFY(run.queue().start().ok());
        const transfer::TaskId id = run.queue().enqueue({path, QFileInfo(path).fileName(), QStringLiteral("p")});
        QVERIFY(run.waitFor([&] {
            const auto log = m_proxy->exchanges();
            return !log.isEmpty() && log.constLast().bodyForwarded >= 1024 * 1024;
        }));
        const QString key = QFileInfo(path).absoluteFilePath();
        run.queue().pause(id);
        QVERIFY(run.waitFor([&] { return run.report(key).state == TaskState::Paused; }));
        run.queue().resume(id);
        QVERIFY(run.waitIdle());
        QCOMPARE(run.report(key).state, TaskState::Done);
        verifyOnServer(path, QFileInfo(path).fileName());

        ++m_case;
        const QString other = newFile();
        m_proxy->clearLog();
        m_proxy->addFault({"PATCH", 1, Kind::StallAtByte, 1024 * 1024, 2000});
        const transfer::TaskId id2 = run.queue().enqueue({other, QFileInfo(other).fileName(), QStringLiteral("p")});
        QVERIFY(run.waitFor([&] {
            const auto log = m_proxy->exchanges();
            return !log.isEmpty() && log.constLast().method == "PATCH" && log.constLast().bodyForwarded >= 1024 * 1024;
        }));
        run.queue().cancel(id2);
        QVERIFY(run.waitIdle());
        QCOMPARE(run.report(QFileInfo(other).absoluteFilePath()).state, TaskState::Cancelled);
        QCOMPARE(m_proxy->exchanges().constLast().method, QByteArray("DELETE"));
    }
};

QTEST_GUILESS_MAIN(TestTransferFaults)
#include "TestTransferFaults.moc"
