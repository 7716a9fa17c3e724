// `artwork-portal-cli upload` as a user runs it: a subprocess against @tus/server on
// 127.0.0.1, killed with SIGKILL at random points, then run once more to the end.

#include "samples/ImageEncoder.h"
#include "TransferFixture.h"
#include "transfer/ContentHash.h"
#include "transfer/UploadJournal.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <QThread>

using namespace apd;
using namespace apd::testing;

class TestUploadCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TusNodeServer> m_server;

    QStringList baseArgs(const QString& journal) const
    {
        // @tus/server serves tus under /files (our portal's default is /v1/uploads).
        return {QStringLiteral("upload"), QStringLiteral("--server"),
                QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()), QStringLiteral("--tus-endpoint"),
                QStringLiteral("http://127.0.0.1:%1/files").arg(m_server->port()), QStringLiteral("--project"),
                QStringLiteral("p-42"), QStringLiteral("--journal"), journal};
    }

    static QString cli() { return QString::fromUtf8(APD_CLI_PATH); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<TusNodeServer>(m_dir.filePath(QStringLiteral("store")));
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }

    void refusesBadInputBeforeSendingAnything()
    {
        const QString bad = m_dir.filePath(QStringLiteral("no type.psd"));
        QVERIFY(writeRandomFile(bad, 1000, 1));
        QProcess p;
        p.start(cli(), baseArgs(m_dir.filePath(QStringLiteral("j0.sqlite"))) << bad);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("nothing was sent"));
        QVERIFY(m_server->uploads().isEmpty());

        p.start(cli(), {QStringLiteral("upload"), QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:1"), bad});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2); // no --project
    }

    void survivesTwentyKillsThenCompletes()
    {
        const QString work = m_dir.filePath(QStringLiteral("kill"));
        QDir().mkpath(work);
        QStringList files;
        for (int i = 1; i <= 3; ++i) {
            const QString path = work + QStringLiteral("/Kill#storyart_na_0%1_zxx.psd").arg(i);
            // A real Photoshop file: upload inspects what it sends.
            const auto psd = apd::samples::encodePsd(apd::samples::makeTestPicture(1024, 500 + i, 3, i));
            QVERIFY(psd.ok());
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(psd.value()) == psd.value().size());
            files << path;
        }
        const QString journal = work + QStringLiteral("/journal.sqlite");
        // A fixed seed: a failure is reproducible; the log says where each kill fell.
        QRandomGenerator random(20240601);
        int finishedBeforeKill = 0;
        for (int round = 0; round < 20; ++round) {
            QProcess p;
            // Slowed down so that every kill lands in the middle of the work (20 runs of at
            // most 0.75 s at 250 kB/s cannot send the 4.6 MB).
            p.start(cli(), baseArgs(journal) << QStringLiteral("--limit-rate") << QStringLiteral("250000") << files);
            QVERIFY(p.waitForStarted(10000));
            const int ms = 30 + static_cast<int>(random.bounded(720));
            if (p.waitForFinished(ms)) {
                qWarning("run %d ended by itself (exit %d): %s", round, p.exitCode(),
                         QByteArray(p.readAllStandardOutput() + p.readAllStandardError()).constData());
                ++finishedBeforeKill;
                continue;
            }
            p.kill(); // SIGKILL: no cleanup, no flush
            QVERIFY(p.waitForFinished(10000));
        }
        QCOMPARE(finishedBeforeKill, 0);
        // Something was confirmed along the way: the kills interrupted real transfers.
        {
            transfer::UploadJournal j;
            QVERIFY(j.open(journal).ok());
            qint64 confirmed = 0;
            const QList<transfer::JournalRow> rows = j.all().value(); // not a temporary: range-for would dangle
            for (const transfer::JournalRow& r : rows)
                confirmed += r.confirmedOffset;
            QVERIFY(confirmed > 0);
        }

        QProcess last;
        last.start(cli(), baseArgs(journal) << files);
        QVERIFY(last.waitForFinished(120000));
        const QByteArray out = last.readAllStandardOutput();
        const QByteArray detail = out + last.readAllStandardError();
        QVERIFY2(last.exitCode() == 0, detail.constData());
        QVERIFY(out.contains("3 of 3 file(s) on the server and verified."));

        // Each file is on the server exactly once, complete, with its SHA-256.
        for (const QString& path : files) {
            const QString name = QFileInfo(path).fileName();
            const QString sha = transfer::ContentHash::sha256OfFile(path).value();
            int complete = 0;
            for (const TusNodeServer::StoredUpload& u : m_server->uploads()) {
                if (u.name != name || u.offset != u.size)
                    continue;
                ++complete;
                QCOMPARE(u.contentSha256, sha);
            }
            QCOMPARE(complete, 1);
        }
        // The journal survived every kill and holds one finished row per file.
        transfer::UploadJournal j;
        QVERIFY(j.open(journal).ok());
        const auto integrity = j.database().query(QStringLiteral("PRAGMA integrity_check"));
        QCOMPARE(integrity.value().value(0).text(0), QStringLiteral("ok"));
        const QList<transfer::JournalRow> rows = j.all().value();
        for (const QString& path : files) {
            int done = 0;
            for (const transfer::JournalRow& r : rows)
                done += r.path == QFileInfo(path).absoluteFilePath() && r.state == transfer::JournalRow::State::Done;
            QCOMPARE(done, 1);
        }
        QVERIFY(j.unfinished(rows.constFirst().endpoint).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUploadCli)
#include "TestUploadCli.moc"
