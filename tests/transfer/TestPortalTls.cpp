// The portal over HTTPS, end to end: the reference server with a certificate issued by a
// private certificate authority (as an agency's IT or a studio's staging portal has one), and
// the portal client, the transfer queue and the CLI trusting it only through a CA file. A
// certificate from elsewhere, or one for another host, stops every one of them before a
// password or a byte of artwork goes out.

#include "PortalFixture.h"
#include "TransferFixture.h"

#include "portal/PortalClient.h"
#include "transfer/ContentHash.h"

#include <QFileInfo>
#include <QProcess>

using namespace apd;
using namespace apd::testing;
using apd::transfer::TaskState;

namespace {

bool openssl(const QStringList& args, const QString& dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
        return false;
    }
    return true;
}

// A self-signed certificate authority: NAME.pem and NAME.key in `dir`.
bool makeAuthority(const QString& dir, const QString& name)
{
    return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                    QStringLiteral("-out"), name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=%1").arg(name), QStringLiteral("-addext"),
                    QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                    QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                   dir);
}

// The portal's certificate for 127.0.0.1 only, signed by `authority`: portal.pem, portal.key.
bool makePortalCertificate(const QString& dir, const QString& authority)
{
    QFile ext(QDir(dir).filePath(QStringLiteral("portal.ext")));
    if (!ext.open(QIODevice::WriteOnly) ||
        ext.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n") < 0)
        return false;
    ext.close();
    return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    QStringLiteral("portal.key"), QStringLiteral("-out"), QStringLiteral("portal.csr"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")},
                   dir) &&
           openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("portal.csr"),
                    QStringLiteral("-CA"), authority + QStringLiteral(".pem"), QStringLiteral("-CAkey"),
                    authority + QStringLiteral(".key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                    QStringLiteral("portal.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-extfile"), QStringLiteral("portal.ext")},
                   dir);
}

} // namespace

class TestPortalTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::PortalFixture m_portal;
    QString m_token;
    int m_case = 0;

    QString file(const QString& name) const { return m_dir.filePath(name); }
    QString address(const QString& host = QStringLiteral("127.0.0.1")) const
    {
        return QStringLiteral("https://%1:%2").arg(host).arg(m_portal.port());
    }
    qint64 count(const QString& table)
    {
        return m_portal.rows(QStringLiteral("SELECT count(*) FROM %1").arg(table)).first().integer(0);
    }

    transfer::TransferSettings settings(const QString& caFile)
    {
        ++m_case;
        transfer::TransferSettings s;
        s.journalPath = file(QStringLiteral("journal%1.sqlite").arg(m_case));
        s.endpoint = QUrl(address() + QStringLiteral("/v1/uploads"));
        s.extraHeaders = {QByteArray("Authorization: Bearer ") + m_token.toLatin1()};
        s.serverVerifiesSha256 = true;
        s.caFile = caFile;
        s.retrySoonBaseMs = 50;
        s.retryLaterBaseMs = 100;
        s.retryCapMs = 400;
        s.connectTimeoutMs = 5000;
        return s;
    }

    QProcess* cli(const QStringList& args, const QByteArray& input = {})
    {
        auto* p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("APD_DATA_DIR"), file(QStringLiteral("cli-data")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // the token goes to the file store
        env.remove(QStringLiteral("APD_TOKEN"));
        p->setProcessEnvironment(env);
        p->start(QString::fromUtf8(APD_CLI_PATH), args);
        p->waitForStarted();
        p->write(input);
        p->closeWriteChannel();
        p->waitForFinished(60000);
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(makeAuthority(m_dir.path(), QStringLiteral("agency-ca")));
        QVERIFY(makeAuthority(m_dir.path(), QStringLiteral("stranger-ca")));
        QVERIFY(makePortalCertificate(m_dir.path(), QStringLiteral("agency-ca")));
        m_portal.tlsCertificate = file(QStringLiteral("portal.pem"));
        m_portal.tlsKey = file(QStringLiteral("portal.key"));
        QVERIFY(m_portal.start());
        QVERIFY(m_portal.server->baseUrl().startsWith(QLatin1String("https://")));
    }

    void theClientTrustsThePortalThroughTheCaFile()
    {
        portal::ConnectionSettings s{QUrl(address())};
        s.caFile = file(QStringLiteral("agency-ca.pem"));
        portal::PortalClient c(s);
        const auto session = c.signIn(QStringLiteral("ana@alpha.test"), QStringLiteral("pw-ana"));
        QVERIFY2(session.ok(), session ? "" : qPrintable(session.error().message));
        m_token = session.value().token;
        QVERIFY(!m_token.isEmpty());
        const auto projects = c.projects();
        QVERIFY(projects.ok());
        QCOMPARE(projects.value().size(), 1);
        QCOMPARE(projects.value().first().id, m_portal.projectId);
    }

    void anUntrustedPortalGetsNoPassword_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("caFile");
        QTest::newRow("the system's authorities") << QStringLiteral("127.0.0.1") << QString();
        QTest::newRow("another authority") << QStringLiteral("127.0.0.1") << QStringLiteral("stranger-ca.pem");
        QTest::newRow("the right authority, another host name")
            << QStringLiteral("localhost") << QStringLiteral("agency-ca.pem");
    }

    void anUntrustedPortalGetsNoPassword()
    {
        QFETCH(QString, host);
        QFETCH(QString, caFile);
        const qint64 sessions = count(QStringLiteral("sessions"));
        portal::ConnectionSettings s{QUrl(address(host))};
        if (!caFile.isEmpty())
            s.caFile = file(caFile);
        portal::PortalClient c(s);
        const auto r = c.signIn(QStringLiteral("ana@alpha.test"), QStringLiteral("pw-ana"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("network"));
        QVERIFY2(r.error().message.contains(QLatin1String("could not be verified")), qPrintable(r.error().message));
        QCOMPARE(count(QStringLiteral("sessions")), sessions);
    }

    void theQueueUploadsOverTls()
    {
        QVERIFY(!m_token.isEmpty());
        const QString path = file(QStringLiteral("Test_Title#storyart_na_01_zxx.jpg"));
        QVERIFY(writeRandomFile(path, 5 * 1024 * 1024 + 3, 77));
        QueueRun run(settings(file(QStringLiteral("agency-ca.pem"))));
        QVERIFY(run.queue().start().ok());
        run.queue().enqueue({path, QFileInfo(path).fileName(), QString::number(m_portal.projectId)});
        QVERIFY(run.waitIdle());
        const transfer::TaskReport r = run.report(QFileInfo(path).absoluteFilePath());
        QVERIFY2(r.state == TaskState::Done, qPrintable(r.message));
        const auto done = m_portal.rows(
            QStringLiteral("SELECT sha256, length FROM uploads WHERE name = ? AND completed_at IS NOT NULL"),
            {QFileInfo(path).fileName()});
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().text(0), transfer::ContentHash::sha256OfFile(path).value());
        QCOMPARE(m_portal.consistencyProblem(), QString());
    }

    void theQueueSendsNothingToAnUntrustedPortal()
    {
        const qint64 uploads = count(QStringLiteral("uploads"));
        const QString path = file(QStringLiteral("Test_Title#storyart_na_02_zxx.jpg"));
        QVERIFY(writeRandomFile(path, 1024 * 1024, 78));
        QueueRun run(settings(file(QStringLiteral("stranger-ca.pem"))));
        QVERIFY(run.queue().start().ok());
        run.queue().enqueue({path, QFileInfo(path).fileName(), QString::number(m_portal.projectId)});
        QVERIFY(run.waitIdle());
        const transfer::TaskReport r = run.report(QFileInfo(path).absoluteFilePath());
        // A certificate is a verdict, not a glitch: given up at once with the reason.
        QCOMPARE(r.state, TaskState::Failed);
        QCOMPARE(r.code, QStringLiteral("tls"));
        QCOMPARE(r.failures, 1);
        QCOMPARE(r.bodyBytesSent, qint64(0));
        QCOMPARE(count(QStringLiteral("uploads")), uploads);
    }

    void theCliTakesTheCaFile()
    {
        const QStringList login = {
            QStringLiteral("login"),   QStringLiteral("--server"),       address(),
            QStringLiteral("--email"), QStringLiteral("ana@alpha.test"), QStringLiteral("--password-stdin")};
        QProcess* refused = cli(login, "pw-ana\n");
        QVERIFY(refused->exitCode() != 0);
        const QString why = QString::fromUtf8(refused->readAllStandardError());
        QVERIFY2(why.contains(QLatin1String("could not be verified")), qPrintable(why));

        QProcess* in =
            cli(login + QStringList{QStringLiteral("--cacert"), file(QStringLiteral("agency-ca.pem"))}, "pw-ana\n");
        QVERIFY2(in->exitCode() == 0, in->readAllStandardError().constData());
        QProcess* status =
            cli({QStringLiteral("status"), QStringLiteral("--server"), address(), QStringLiteral("--project"),
                 QString::number(m_portal.projectId), QStringLiteral("--json"), QStringLiteral("--cacert"),
                 file(QStringLiteral("agency-ca.pem"))});
        QVERIFY2(status->exitCode() == 0, status->readAllStandardError().constData());
        QVERIFY(status->readAllStandardOutput().contains("storyart_na_01_zxx"));
    }

    void aPortalWithoutItsCertificateDoesNotStart_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::newRow("no such file") << QStringLiteral("missing.pem") << QStringLiteral("portal.key");
        QTest::newRow("a key of another certificate")
            << QStringLiteral("portal.pem") << QStringLiteral("agency-ca.key");
        QTest::newRow("not a certificate") << QStringLiteral("portal.ext") << QStringLiteral("portal.key");
    }

    void aPortalWithoutItsCertificateDoesNotStart()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        server::ServerConfig c = m_portal.config();
        c.tlsCertificate = file(certificate);
        c.tlsKey = file(key);
        server::PortalServer server(c);
        const Result<int> started = server.start();
        QVERIFY(!started);
        QCOMPARE(started.error().code, QStringLiteral("tls"));
    }
};

QTEST_GUILESS_MAIN(TestPortalTls)
#include "TestPortalTls.moc"
