// Where the desktop app keeps the sign-in token: the real QtKeychain backend on this machine
// (which has no Secret Service: it must report that, and quickly), and the fake the GUI tests use.
#include "portal/FakeTokenVault.h"
#include "portal/KeychainTokenVault.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <optional>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace apd;

namespace {

template <typename T>
std::optional<Result<T>> waitFor(const std::function<void(std::function<void(const Result<T>&)>)>& call, int timeoutMs)
{
    std::optional<Result<T>> answer;
    call([&answer](const Result<T>& r) { answer = r; });
    const bool answered = QTest::qWaitFor([&] { return answer.has_value(); }, timeoutMs);
    Q_UNUSED(answered); // the caller checks the optional
    return answer;
}

} // namespace

class TestTokenVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Headless, without a Secret Service on D-Bus: QtKeychain fails, the vault says why, and
    // the answer comes well before the vault's own time limit (nothing hangs).
    void keychainReportsItsErrorHereWithoutHanging()
    {
        if (!qEnvironmentVariableIsEmpty("APD_HAVE_KEYCHAIN"))
            QSKIP("a desktop session with a keychain: the failure path cannot be seen here");
        portal::KeychainTokenVault vault(QStringLiteral("artwork-portal-test"), 20000);
        const QUrl server(QStringLiteral("https://portal.example"));
        QElapsedTimer clock;
        clock.start();
        const auto written = waitFor<bool>(
            [&](auto done) { vault.write(server, QStringLiteral("secret-token"), std::move(done)); }, 30000);
        QVERIFY2(written.has_value(), "the keychain never answered");
        QVERIFY(!written->ok());
        QCOMPARE(written->error().code, QStringLiteral("keychain"));
        QVERIFY(!written->error().message.isEmpty());
        // What a user reads here.
        qInfo("the keychain said, after %lld ms: %s", qint64(clock.elapsed()), qPrintable(written->error().message));
        // The answer is QtKeychain's, not the vault's time limit.
        QVERIFY2(written->error().message != portal::KeychainTokenVault::tr("the system keychain did not answer"),
                 qPrintable(written->error().message));

        const auto read = waitFor<QString>([&](auto done) { vault.read(server, std::move(done)); }, 30000);
        QVERIFY(read.has_value());
        QVERIFY(!read->ok());
        QCOMPARE(read->error().code, QStringLiteral("keychain"));
        QVERIFY(!vault.description().isEmpty());
    }

    // A session bus that takes the connection and then never says a word: the vault still
    // answers (QtKeychain gives up at once on this machine; on one where it would wait, the
    // vault's own time limit answers instead).
    void aBusThatNeverAnswersDoesNotHangTheVault()
    {
        QTemporaryDir dir;
        const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("bus")));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        QVERIFY(size_t(path.size()) < sizeof addr.sun_path);
        std::memcpy(addr.sun_path, path.constData(), size_t(path.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
        QCOMPARE(::listen(fd, 4), 0);
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + path);
        portal::KeychainTokenVault vault(QStringLiteral("artwork-portal-test"), 500);
        const auto r = waitFor<QString>(
            [&](auto done) { vault.read(QUrl(QStringLiteral("https://portal.example")), std::move(done)); }, 60000);
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        ::close(fd);
        QVERIFY2(r.has_value(), "no answer within a minute");
        QVERIFY(!r->ok());
        QCOMPARE(r->error().code, QStringLiteral("keychain"));
        qInfo("with a silent bus: %s", qPrintable(r->error().message));
    }

    void fakeKeepsTokensPerPortalOrigin()
    {
        portal::FakeTokenVault vault;
        const QUrl a(QStringLiteral("https://portal.example/api"));
        const QUrl b(QStringLiteral("https://other.example"));
        QVERIFY(waitFor<bool>([&](auto done) { vault.write(a, QStringLiteral("ta"), std::move(done)); }, 1000)->ok());
        QVERIFY(waitFor<bool>([&](auto done) { vault.write(b, QStringLiteral("tb"), std::move(done)); }, 1000)->ok());
        // Same origin, other path: the same portal.
        QCOMPARE(
            waitFor<QString>(
                [&](auto done) { vault.read(QUrl(QStringLiteral("https://portal.example")), std::move(done)); }, 1000)
                ->value(),
            QStringLiteral("ta"));
        QVERIFY(waitFor<bool>([&](auto done) { vault.remove(a, std::move(done)); }, 1000)->ok());
        QCOMPARE(waitFor<QString>([&](auto done) { vault.read(a, std::move(done)); }, 1000)->value(), QString());
        QCOMPARE(waitFor<QString>([&](auto done) { vault.read(b, std::move(done)); }, 1000)->value(),
                 QStringLiteral("tb"));
        vault.setFailure(QStringLiteral("no keychain"));
        const auto failed =
            waitFor<bool>([&](auto done) { vault.write(b, QStringLiteral("x"), std::move(done)); }, 1000);
        QVERIFY(!failed->ok());
        QCOMPARE(failed->error().message, QStringLiteral("no keychain"));
        QCOMPARE(vault.tokens().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTokenVault)
#include "TestTokenVault.moc"
