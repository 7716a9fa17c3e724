#pragma once

#include "transfer/TransferSettings.h"
#include "transfer/TransferTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QTextStream>

namespace apd::cli {

// Runs the transfer queue over a set of files until it is idle, showing progress: one bar
// per file and a total on a terminal, plain lines otherwise. Shared by upload, deliver and
// redeliver. Thread: the caller's; runs an event loop until the queue is idle.
class UploadRun
{
    Q_DECLARE_TR_FUNCTIONS(UploadRun)

public:
    struct Outcome
    {
        QList<transfer::TaskReport> reports; // one per request, in the order given
        int done = 0;                        // on the server and verified
        int refused = 0;                     // refused by the server, changed on disk, cancelled
        int unreachable = 0;                 // left unfinished (resumes on the next run)
        QString fatal;                       // the journal or the queue could not work at all

        bool allDone() const { return fatal.isEmpty() && done == reports.size(); }
        // 0 every file done; 1 a file refused (or fatal); 3 the server unreachable.
        int exitCode() const;
    };

    UploadRun(QTextStream& out, QTextStream& err, bool terminal) : m_out(out), m_err(err), m_terminal(terminal) {}

    Outcome run(const transfer::TransferSettings& settings, const QList<transfer::UploadRequest>& requests);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    bool m_terminal;
};

} // namespace apd::cli
