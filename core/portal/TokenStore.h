#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace apd::portal {

// Keeps the portal's sign-in token per server: in the OS keychain where there is one, else in
// a file only the user can read (0600, in a 0700 folder), as gh and docker do. A headless
// Linux machine has no keychain (no Secret Service on D-Bus): the file is used there, and
// lastNote() says so. Thread: any, one call at a time; blocking.
class TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(TokenStore)

public:
    enum class Backend
    {
        Auto,     // the keychain if one answers, else the file
        Keychain, // only the keychain (an error when there is none)
        File,     // only the file
    };

    TokenStore(Backend backend, const QString& filePath) : m_backend(backend), m_filePath(filePath) {}
    // Auto, with the file in the configuration folder.
    static TokenStore standard();

    Result<bool> save(const QUrl& server, const QString& token);
    // An empty string when no token is kept for that server.
    Result<QString> load(const QUrl& server);
    Result<bool> remove(const QUrl& server);

    // Where the last call found or put the token, for people ("keychain", "file: …").
    QString lastNote() const { return m_note; }
    // The key a token is kept under: the server's origin (scheme, host, port).
    static QString keyFor(const QUrl& server);

private:
    bool keychainUsable() const;
    Result<bool> fileSave(const QString& key, const QString* token);
    Result<QString> fileLoad(const QString& key);

    Backend m_backend;
    QString m_filePath;
    QString m_note;
};

} // namespace apd::portal
