// The transfer queue against our own portal (server::PortalServer on 127.0.0.1), through the
// fault proxy: with serverVerifiesSha256 the file goes in one PATCH without part checksums
// and without a second hash, a cut connection resumes at the server's offset, and a file
// whose content changes while its size and mtime stay the same is caught by the server's
// whole-file check and stopped as changed.

#include "PortalFixture.h"
#include "TransferFixture.h"

#include "transfer/ContentHash.h"
#include "transfer/UploadJournal.h"

#include <QDateTime>
#include <QFileInfo>

using namespace apd;
using namespace apd::testing;
using apd::transfer::TaskState;
using Kind = FaultProxy::FaultKind;

class TestPortalTransfer : public QObject
{
    Q_OBJECT

    static constexpr qint64 Size = 3 * 1024 * 1024 + 17;
    test::PortalFixture m_portal;
    std::unique_ptr<FaultProxy> m_proxy;
    QTemporaryDir m_dir;
    QString m_token;
    int m_case = 0;

    QString newFile(const QString& request)
    {
        const QString path = m_dir.filePath(QStringLiteral("case%1/Test_Title#%2.jpg").arg(m_case).arg(request));
        QDir().mkpath(QFileInfo(path).path());
        if (!writeRandomFile(path, Size, static_cast<quint32>(500 + m_case)))
            return {};
        return path;
    }

    transfer::TransferSettings settings() const
    {
        transfer::TransferSettings s;
        s.journalPath = m_dir.filePath(QStringLiteral("case%1/journal.sqlite").arg(m_case));
        s.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/v1/uploads").arg(m_proxy->port()));
        s.extraHeaders = {QByteArray("Authorization: Bearer ") + m_token.toLatin1()};
        s.serverVerifiesSha256 = true;
        s.stallTimeoutMs = 10000;
        s.retrySoonBaseMs = 50;
        s.retryLaterBaseMs = 100;
        s.retryCapMs = 400;
        s.connectTimeoutMs = 2000;
        s.progressIntervalMs = 50;
        return s;
    }

    void enqueue(QueueRun& run, const QString& path)
    {
        QVERIFY(run.queue().start().ok());
        run.queue().enqueue({path, QFileInfo(path).fileName(), QString::number(m_portal.projectId)});
    }

    // The portal registered `path` once, complete, with the file's SHA-256.
    void verifyOnPortal(const QString& path)
    {
        const QString expected = transfer::ContentHash::sha256OfFile(path).value();
        const auto done = m_portal.rows(
            QStringLiteral("SELECT sha256, length FROM uploads WHERE name = ? AND completed_at IS NOT NULL"),
            {QFileInfo(path).fileName()});
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().text(0), expected);
        QCOMPARE(done.first().integer(1), Size);
        QCOMPARE(m_portal.consistencyProblem(), QString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_portal.start());
        m_token = QString::fromStdString(m_portal.signedIn(QStringLiteral("ana@alpha.test")).token());
        QVERIFY(!m_token.isEmpty());
        m_proxy = std::make_unique<FaultProxy>(static_cast<quint16>(m_portal.port()));
        QVERIFY(m_proxy->start() != 0);
    }

    void init()
    {
        ++m_case;
        m_proxy->clearFaults();
        m_proxy->clearLog();
    }

    void cleanupTestCase()
    {
        m_proxy.reset();
        m_portal.server.reset();
    }

    void uploadsInOnePatchWithoutPartChecksums()
    {
        // The portal offers the checksum extension; its whole-file check makes parts needless.
        const QString path = newFile(QStringLiteral("storyart_na_01_zxx"));
        QueueRun run(settings());
        enqueue(run, path);
        QVERIFY(run.waitIdle());
        const transfer::TaskReport r = run.report(QFileInfo(path).absoluteFilePath());
        QCOMPARE(r.state, TaskState::Done);
        int patches = 0;
        for (const auto& e : m_proxy->exchanges()) {
            if (e.method != "PATCH")
                continue;
            ++patches;
            QVERIFY(!e.checksumPresent);
            QCOMPARE(e.bodyFromClient, Size);
            QCOMPARE(e.status, 204);
        }
        QCOMPARE(patches, 1);
        verifyOnPortal(path);
    }

    void heldFromTheStartSendsNothingUntilResumed()
    {
        // A file dropped while uploads are paused: not even the first request goes out.
        const QString path = newFile(QStringLiteral("billboard_dark_ltr_01_zxx"));
        QueueRun run(settings());
        QVERIFY(run.queue().start().ok());
        const transfer::TaskId id = run.queue().enqueue(
            {path, QFileInfo(path).fileName(), QString::number(m_portal.projectId)},
            transfer::TransferQueue::Start::Paused);
        QVERIFY(run.waitIdle());
        const QString key = QFileInfo(path).absoluteFilePath();
        QCOMPARE(run.report(key).state, TaskState::Paused);
        QVERIFY(m_proxy->exchanges().empty());

        run.queue().resume(id);
        QVERIFY(run.waitFor([&] { return run.report(key).state == TaskState::Done; }));
        verifyOnPortal(path);
    }

    void resumesAtThePortalsOffset()
    {
        const QString path = newFile(QStringLiteral("sdp_na_01_es"));
        m_proxy->addFault({"PATCH", 1, Kind::DropAtByte, 1024 * 1024 + 5});
        QueueRun run(settings());
        enqueue(run, path);
        QVERIFY(run.waitIdle());
        const transfer::TaskReport r = run.report(QFileInfo(path).absoluteFilePath());
        QCOMPARE(r.state, TaskState::Done);
        // The resumed PATCH starts exactly where the portal's HEAD said it stood.
        qint64 headOffset = -1, resumedAt = -1;
        for (const auto& e : m_proxy->exchanges()) {
            if (e.method == "HEAD")
                headOffset = e.responseOffset;
            else if (e.method == "PATCH" && headOffset >= 0 && resumedAt < 0)
                resumedAt = e.requestOffset;
        }
        QVERIFY(headOffset > 0);
        QVERIFY(headOffset <= 1024 * 1024 + 5);
        QCOMPARE(resumedAt, headOffset);
        verifyOnPortal(path);
    }

    void stopsWhenThePortalFindsOtherContent()
    {
        // Bytes change behind the same size and mtime: only the portal's whole-file check can
        // see it, since nothing hashes the bytes as they leave.
        const QString path = newFile(QStringLiteral("sdp_na_01_en"));
        const QDateTime mtime = QFileInfo(path).lastModified();
        // At 1 MiB/s the end of the file is read from disk seconds after the change below.
        transfer::TransferSettings s = settings();
        s.bandwidthLimit = 1024 * 1024;
        QueueRun run(s);
        enqueue(run, path);
        QVERIFY(run.waitFor([&] {
            const auto log = m_proxy->exchanges();
            return !log.isEmpty() && log.constLast().method == "PATCH" && log.constLast().bodyFromClient >= 256 * 1024;
        }));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(Size - 10));
            QVERIFY(f.write("changed!!!") == 10);
            QVERIFY(f.flush()); // written now, so that the mtime set next is the last
            QVERIFY(f.setFileTime(mtime, QFileDevice::FileModificationTime));
        }
        QCOMPARE(QFileInfo(path).size(), Size);
        QVERIFY(run.waitIdle());
        const transfer::TaskReport r = run.report(QFileInfo(path).absoluteFilePath());
        QCOMPARE(r.state, TaskState::Changed);
        QCOMPARE(r.code, QStringLiteral("file-changed"));
        bool refused = false, deleted = false;
        for (const auto& e : m_proxy->exchanges()) {
            refused |= e.method == "PATCH" && e.status == 460;
            deleted |= e.method == "DELETE" && e.status == 204;
        }
        QVERIFY(refused);
        QVERIFY(deleted);
        QVERIFY(m_portal.rows(QStringLiteral("SELECT id FROM uploads WHERE name = ?"), {QFileInfo(path).fileName()})
                    .isEmpty());
        transfer::UploadJournal journal;
        QVERIFY(journal.open(s.journalPath).ok());
        QCOMPARE(journal.find(r.journalId).value()->state, transfer::JournalRow::State::Changed);
    }
};

QTEST_GUILESS_MAIN(TestPortalTransfer)
#include "TestPortalTransfer.moc"
