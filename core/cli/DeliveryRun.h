#pragma once

#include "portal/PortalClient.h"
#include "transfer/TransferSettings.h"
#include "transfer/TransferTypes.h"

#include <QCoreApplication>
#include <QTextStream>

namespace apd::cli {

// Upload, then deliver: the common tail of `deliver` and `redeliver`. The files are sent
// through the transfer queue (the server registers and auto-links each one), the project is
// read again, and the assets the files became are delivered in one delivery. Sources and
// backgrounds among the files are uploaded (and linked by the server), not delivered.
// Thread: the caller's; blocking, with an event loop while uploading.
class DeliveryRun
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryRun)

public:
    struct Outcome
    {
        int exitCode = 0;           // as ExitCode: 0 delivered, 1 refused, 3 network/server
        QList<qint64> deliveredIds; // the assets delivered
        QStringList deliveredNames;
        qint64 deliveryId = 0;
    };

    DeliveryRun(QTextStream& out, QTextStream& err, bool terminal) : m_out(out), m_err(err), m_terminal(terminal) {}

    // `strict`: nothing is delivered unless every file was uploaded; else what was uploaded
    // is delivered and the failures are reported (and make the exit code non-zero).
    Outcome run(portal::PortalClient& client, const transfer::TransferSettings& settings, qint64 projectId,
                const QList<transfer::UploadRequest>& requests, bool strict);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    bool m_terminal;
};

} // namespace apd::cli
