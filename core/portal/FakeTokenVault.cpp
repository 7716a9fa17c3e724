#include "portal/FakeTokenVault.h"

#include "portal/TokenStore.h"

namespace apd::portal {

namespace {

Error failed(const QString& reason)
{
    return Error{QStringLiteral("keychain"), reason};
}

} // namespace

void FakeTokenVault::read(const QUrl& server, std::function<void(const Result<QString>&)> done)
{
    const Result<QString> r = m_failure.isEmpty() ? Result<QString>(m_tokens.value(TokenStore::keyFor(server)))
                                                  : Result<QString>(failed(m_failure));
    QTimer::singleShot(0, [done, r] { done(r); });
}

void FakeTokenVault::write(const QUrl& server, const QString& token, std::function<void(const Result<bool>&)> done)
{
    if (m_failure.isEmpty())
        m_tokens.insert(TokenStore::keyFor(server), token);
    const Result<bool> r = m_failure.isEmpty() ? Result<bool>(true) : Result<bool>(failed(m_failure));
    QTimer::singleShot(0, [done, r] { done(r); });
}

void FakeTokenVault::remove(const QUrl& server, std::function<void(const Result<bool>&)> done)
{
    if (m_failure.isEmpty())
        m_tokens.remove(TokenStore::keyFor(server));
    const Result<bool> r = m_failure.isEmpty() ? Result<bool>(true) : Result<bool>(failed(m_failure));
    QTimer::singleShot(0, [done, r] { done(r); });
}

} // namespace apd::portal
