#pragma once

#include "common/Result.h"

#include <QString>
#include <QUrl>

#include <functional>

namespace apd::portal {

// Where the desktop app keeps a portal's sign-in token between runs, keyed by the portal's
// origin (TokenStore::keyFor). Asynchronous: each call returns at once and answers `done`
// later on the caller's thread (an event loop must run there). A token is never written to a
// plain file through this interface: when the backend fails, the caller keeps the token in
// memory for the run and says so.
class TokenVault
{
public:
    virtual ~TokenVault() = default;

    // An empty string when no token is kept for that portal.
    virtual void read(const QUrl& server, std::function<void(const Result<QString>&)> done) = 0;
    virtual void write(const QUrl& server, const QString& token, std::function<void(const Result<bool>&)> done) = 0;
    virtual void remove(const QUrl& server, std::function<void(const Result<bool>&)> done) = 0;
    // Where the tokens go, for people ("the system keychain").
    virtual QString description() const = 0;
};

} // namespace apd::portal
