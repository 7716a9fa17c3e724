#pragma once

#include "portal/TokenVault.h"

#include <QHash>
#include <QTimer>

namespace apd::portal {

// A fake keychain in memory, for tests and the demo mode (whose tokens must not reach the
// user's keychain). Answers on the next turn of the event loop, as a real keychain would.
// setFailure() makes every later call fail with that reason, as a machine without a keychain.
class FakeTokenVault : public TokenVault
{
public:
    void read(const QUrl& server, std::function<void(const Result<QString>&)> done) override;
    void write(const QUrl& server, const QString& token, std::function<void(const Result<bool>&)> done) override;
    void remove(const QUrl& server, std::function<void(const Result<bool>&)> done) override;
    QString description() const override { return QStringLiteral("fake keychain"); }

    void setFailure(const QString& reason) { m_failure = reason; }
    // What is kept, by key (test hook).
    const QHash<QString, QString>& tokens() const { return m_tokens; }

private:
    QString m_failure;
    QHash<QString, QString> m_tokens;
};

} // namespace apd::portal
