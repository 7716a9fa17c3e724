#include "portal/KeychainTokenVault.h"

#include "portal/TokenStore.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace apd::portal {

namespace {

// Starts `job` and calls `finish(job, timedOut)` once: when it finishes or when the time is up,
// whichever comes first. The job deletes itself after finishing; one that never finishes is
// deleted with the timer's context.
template <typename JobType, typename Finish> void runJob(JobType* job, int timeoutMs, Finish finish)
{
    auto called = std::make_shared<bool>(false);
    auto* timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, called, finish](QKeychain::Job*) {
        if (*called)
            return;
        *called = true;
        finish(job, false);
    });
    QObject::connect(timer, &QTimer::timeout, job, [job, called, finish] {
        if (*called)
            return;
        *called = true;
        finish(job, true);
        job->deleteLater();
    });
    job->setAutoDelete(true);
    timer->start(timeoutMs);
    job->start();
}

Error keychainError(const QKeychain::Job* job, bool timedOut)
{
    if (timedOut)
        return Error{QStringLiteral("keychain"), KeychainTokenVault::tr("the system keychain did not answer")};
    // QtKeychain's own text is often just "Unknown error": name the cause where its code tells it.
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
        return Error{QStringLiteral("keychain"),
                     KeychainTokenVault::tr("no keychain service (such as GNOME Keyring or KWallet) runs on this "
                                            "computer")};
    case QKeychain::AccessDenied:
        return Error{QStringLiteral("keychain"), KeychainTokenVault::tr("the keychain refused access")};
    default:
        break;
    }
#if defined(Q_OS_LINUX)
    // The Secret Service lives on the session bus: without one, nothing can hold the token.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return Error{QStringLiteral("keychain"),
                     KeychainTokenVault::tr("no keychain service runs here (there is no desktop session bus)")};
#endif
    return Error{QStringLiteral("keychain"),
                 KeychainTokenVault::tr("the system keychain failed: %1").arg(job->errorString())};
}

} // namespace

KeychainTokenVault::KeychainTokenVault(QString service, int timeoutMs)
    : m_service(std::move(service)), m_timeoutMs(timeoutMs)
{
}

QString KeychainTokenVault::description() const
{
    return tr("the system keychain");
}

void KeychainTokenVault::read(const QUrl& server, std::function<void(const Result<QString>&)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(TokenStore::keyFor(server));
    runJob(job, m_timeoutMs, [done](QKeychain::ReadPasswordJob* j, bool timedOut) {
        if (!timedOut && j->error() == QKeychain::EntryNotFound)
            return done(QString());
        if (timedOut || j->error() != QKeychain::NoError)
            return done(keychainError(j, timedOut));
        done(j->textData());
    });
}

void KeychainTokenVault::write(const QUrl& server, const QString& token, std::function<void(const Result<bool>&)> done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(TokenStore::keyFor(server));
    job->setTextData(token);
    runJob(job, m_timeoutMs, [done](QKeychain::WritePasswordJob* j, bool timedOut) {
        if (timedOut || j->error() != QKeychain::NoError)
            return done(keychainError(j, timedOut));
        done(true);
    });
}

void KeychainTokenVault::remove(const QUrl& server, std::function<void(const Result<bool>&)> done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(TokenStore::keyFor(server));
    runJob(job, m_timeoutMs, [done](QKeychain::DeletePasswordJob* j, bool timedOut) {
        if (!timedOut && j->error() == QKeychain::EntryNotFound)
            return done(true);
        if (timedOut || j->error() != QKeychain::NoError)
            return done(keychainError(j, timedOut));
        done(true);
    });
}

} // namespace apd::portal
