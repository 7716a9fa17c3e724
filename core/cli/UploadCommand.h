#pragma once

#include "cli/VerbSupport.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace apd::cli {

// `artwork-portal-cli upload --server URL --project ID [--parallel N] FILE...`
// Sends to the portal's tus endpoint (SERVER/v1/uploads, or --tus-endpoint) with the token of
// `login` (or APD_TOKEN). Validates every name first (nothing is sent if one is invalid), then uploads through the
// transfer queue, resuming what an earlier run left unfinished (the upload journal).
// Progress: one bar per file and a total on a terminal; plain lines otherwise.
// Exit: 0 when every file is on the server and verified; 1 when a file is invalid, was
// refused by the server or changed on disk; 3 when the server could not be reached for
// long enough (what is unfinished resumes on the next run); 2 for a wrong command line.
// Thread: the caller's; runs an event loop until the queue is idle.
class UploadCommand : PortalVerb
{
    Q_DECLARE_TR_FUNCTIONS(UploadCommand)

public:
    UploadCommand(QTextStream& out, QTextStream& err, bool terminal,
                  portal::TokenStore tokens = portal::TokenStore::standard())
        : PortalVerb(out, err, terminal, std::move(tokens))
    {
    }

    // `arguments` excludes the program and the verb.
    int run(const QStringList& arguments);
};

} // namespace apd::cli
