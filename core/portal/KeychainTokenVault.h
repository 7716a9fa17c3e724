#pragma once

#include "portal/TokenVault.h"

#include <QCoreApplication>

namespace apd::portal {

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, the
// Credential Manager on Windows). Each call runs one QtKeychain job on the caller's event
// loop. A keychain that does not answer within `timeoutMs` counts as failed (code
// "keychain", with the reason): the app must never wait on it. Thread: the one that made it.
class KeychainTokenVault : public TokenVault
{
    Q_DECLARE_TR_FUNCTIONS(KeychainTokenVault)

public:
    explicit KeychainTokenVault(QString service = QStringLiteral("artwork-portal"), int timeoutMs = 15000);

    void read(const QUrl& server, std::function<void(const Result<QString>&)> done) override;
    void write(const QUrl& server, const QString& token, std::function<void(const Result<bool>&)> done) override;
    void remove(const QUrl& server, std::function<void(const Result<bool>&)> done) override;
    QString description() const override;

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace apd::portal
