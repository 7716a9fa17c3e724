#pragma once

#include "cli/VerbSupport.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace apd::cli {

// `artwork-portal-cli deliver --server URL --project ID FILE...|DIR`
// Validates every file (name and content; nothing is sent while one is wrong), uploads them
// (the server registers and auto-links each), and delivers the assets they became in one
// delivery. Sources (PSD, …) among the files are uploaded and linked, not delivered.
// Exit codes as `validate`: 0 delivered; 1 problems (a file invalid or refused, the delivery
// refused with its reasons per asset); 2 wrong command line; 3 network or server.
// Thread: the caller's; blocking, with an event loop while uploading.
class DeliverCommand : PortalVerb
{
    Q_DECLARE_TR_FUNCTIONS(DeliverCommand)

public:
    DeliverCommand(QTextStream& out, QTextStream& err, bool terminal,
                   portal::TokenStore tokens = portal::TokenStore::standard())
        : PortalVerb(out, err, terminal, std::move(tokens))
    {
    }

    int run(const QStringList& arguments);
};

// `artwork-portal-cli redeliver --server URL --project ID DIR [--dry-run] [--all-or-nothing]`
// Every file of DIR whose name is the name of a REJECTED asset of the project is validated,
// uploaded (the same name makes it a new version of that asset) and delivered again. Files
// that match no rejected asset are listed and left alone (a misnamed one with the name it
// probably meant). A matching file that fails validation is reported and the others go on,
// unless --all-or-nothing (then nothing is sent). --dry-run prints the plan and sends nothing.
// Exit: 0 every matching file redelivered (or nothing to do); 1 a matching file invalid or
// refused; 2 wrong command line; 3 network or server.
class RedeliverCommand : PortalVerb
{
    Q_DECLARE_TR_FUNCTIONS(RedeliverCommand)

public:
    RedeliverCommand(QTextStream& out, QTextStream& err, bool terminal,
                     portal::TokenStore tokens = portal::TokenStore::standard())
        : PortalVerb(out, err, terminal, std::move(tokens))
    {
    }

    int run(const QStringList& arguments);
};

} // namespace apd::cli
