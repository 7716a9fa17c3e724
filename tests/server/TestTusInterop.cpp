#include "PortalFixture.h"

#include <QProcess>
#include <QStandardPaths>

using namespace apd::test;

// A third-party tus client (tus-js-client on Node) uploads to the portal, aborting once in
// the middle and resuming; the file arrives intact and is registered.
class TestTusInterop : public QObject
{
    Q_OBJECT

    PortalFixture f;

private Q_SLOTS:
    void tusJsClientUploadsWithAbortAndResume()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            QSKIP("node is not installed: the tus-js-client interop test needs Node.js");
        const QString modules = qEnvironmentVariable("APD_BINARY_DIR") + QStringLiteral("/interop/node_modules");
        if (!QFileInfo::exists(modules + QStringLiteral("/tus-js-client")))
            QSKIP("tus-js-client is not installed (the TestInteropSetup step runs npm ci)");
        QVERIFY(f.start());
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        const QByteArray content = randomBytes(1 << 20, 21);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("art.jpg")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_PATH"), modules);
        p.setProcessEnvironment(env);
        p.start(node,
                {qEnvironmentVariable("APD_SOURCE_DIR") + QStringLiteral("/tests/interop/tus-upload.js"),
                 QStringLiteral("http://127.0.0.1:%1/v1/uploads").arg(f.port()), QString::fromStdString(ana.token()),
                 QString::number(f.projectId), QStringLiteral("Interop#storyart_na_01_zxx.jpg"), file.fileName(),
                 QString::fromLatin1(apd::server::Secrets::sha256(content).toHex())});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0, err.constData());
        const QJsonObject result = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(result.value(QStringLiteral("aborted")).toBool(), true);
        // It resumed from what the server had, not from zero.
        QVERIFY2(result.value(QStringLiteral("resumedFrom")).toInteger() > 0,
                 qPrintable(QString::fromUtf8(QJsonDocument(result).toJson())));

        const QJsonArray assets = ana.get(f.projectPath()).json.value(QStringLiteral("assets")).toArray();
        QCOMPARE(assets.size(), 1);
        QCOMPARE(assets.first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Interop#storyart_na_01_zxx.jpg"));
        const auto path = f.rows(QStringLiteral("SELECT path FROM versions"));
        QFile stored(path.first().text(0));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY(stored.readAll() == content);
        QCOMPARE(f.consistencyProblem(), QString());
    }
};

QTEST_GUILESS_MAIN(TestTusInterop)
#include "TestTusInterop.moc"
