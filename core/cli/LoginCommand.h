#pragma once

#include "portal/TokenStore.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace apd::cli {

// `artwork-portal-cli login --server URL --email ADDRESS [--password-stdin]`
// Signs in and keeps the token for that server (TokenStore: the keychain, else a 0600 file).
// The password is read from standard input with --password-stdin (its first line), else
// asked on the terminal without echo; there is no option that takes it on the command line
// (it would show in `ps` and the shell's history).
// Exit: 0 signed in; 1 refused (wrong e-mail or password) or the token could not be kept;
// 2 wrong command line or no terminal to ask on; 3 the portal could not be reached.
// Thread: the caller's; blocking.
class LoginCommand
{
    Q_DECLARE_TR_FUNCTIONS(LoginCommand)

public:
    // `in` is standard input; `terminal`: it is a terminal (prompt there, echo off).
    LoginCommand(QTextStream& out, QTextStream& err, QTextStream& in, bool terminal,
                 portal::TokenStore tokens = portal::TokenStore::standard())
        : m_out(out), m_err(err), m_in(in), m_terminal(terminal), m_tokens(std::move(tokens))
    {
    }

    int run(const QStringList& arguments);

private:
    QString askPassword();

    QTextStream& m_out;
    QTextStream& m_err;
    QTextStream& m_in;
    bool m_terminal;
    portal::TokenStore m_tokens;
};

// `artwork-portal-cli logout --server URL`: signs out on the server (the token stops working
// there) and forgets it here. Exit: 0 done (also when no token was kept); 3 the server could
// not be told (the local copy is removed all the same, and the message says so).
class LogoutCommand
{
    Q_DECLARE_TR_FUNCTIONS(LogoutCommand)

public:
    LogoutCommand(QTextStream& out, QTextStream& err, portal::TokenStore tokens = portal::TokenStore::standard())
        : m_out(out), m_err(err), m_tokens(std::move(tokens))
    {
    }

    int run(const QStringList& arguments);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    portal::TokenStore m_tokens;
};

} // namespace apd::cli
