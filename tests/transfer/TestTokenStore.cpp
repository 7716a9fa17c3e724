#include "portal/TokenStore.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace apd::portal;

class TestTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTokensInAFileOnlyTheUserCanRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cfg/credentials.json"));
        TokenStore store(TokenStore::Backend::File, path);
        const QUrl a(QStringLiteral("https://portal.example/some/path"));
        const QUrl b(QStringLiteral("https://other.example:8443"));
        QCOMPARE(store.load(a).value(), QString()); // none yet, and no file
        QVERIFY(store.save(a, QStringLiteral("token-a")).ok());
        QVERIFY(store.save(b, QStringLiteral("token-b")).ok());
        QCOMPARE(QFileInfo(path).permissions() & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::Permissions());
        QCOMPARE(QFileInfo(QFileInfo(path).path()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        // Any path of a server shares its token: the key is the origin.
        QCOMPARE(store.load(QUrl(QStringLiteral("https://portal.example/"))).value(), QStringLiteral("token-a"));
        QCOMPARE(store.load(b).value(), QStringLiteral("token-b"));
        QVERIFY(store.remove(a).ok());
        QCOMPARE(store.load(a).value(), QString());
        QCOMPARE(store.load(b).value(), QStringLiteral("token-b"));
    }

    void fallsBackToTheFileWithoutAKeychain()
    {
        // No session bus: no Secret Service to ask (a headless machine, CI).
        const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QTemporaryDir dir;
        TokenStore store(TokenStore::Backend::Auto, dir.filePath(QStringLiteral("credentials.json")));
        QVERIFY(store.save(QUrl(QStringLiteral("https://p.example")), QStringLiteral("t")).ok());
        QVERIFY2(store.lastNote().contains(QStringLiteral("no keychain")), qPrintable(store.lastNote()));
        QCOMPARE(store.load(QUrl(QStringLiteral("https://p.example"))).value(), QStringLiteral("t"));
        if (!saved.isEmpty())
            qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
    }

    void reportsAnUnreadableFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("credentials.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not json");
        f.close();
        TokenStore store(TokenStore::Backend::File, path);
        const auto r = store.load(QUrl(QStringLiteral("https://p.example")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("token-file"));
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "TestTokenStore.moc"
