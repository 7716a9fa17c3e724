#include "cli/DeliveryRun.h"

#include "cli/ExitCode.h"
#include "cli/UploadRun.h"

namespace apd::cli {

DeliveryRun::Outcome DeliveryRun::run(portal::PortalClient& client, const transfer::TransferSettings& settings,
                                      qint64 projectId, const QList<transfer::UploadRequest>& requests, bool strict)
{
    Outcome outcome;
    const UploadRun::Outcome uploaded = UploadRun(m_out, m_err, m_terminal).run(settings, requests);
    m_out
        << tr("%1 of %n file(s) on the server and verified.", nullptr, int(uploaded.reports.size())).arg(uploaded.done)
        << QLatin1Char('\n');
    m_out.flush();
    const int uploadExit = uploaded.exitCode();
    if (!uploaded.allDone() && (strict || uploaded.done == 0)) {
        m_err << tr("Nothing was delivered.") << QLatin1Char('\n');
        outcome.exitCode = uploadExit;
        return outcome;
    }

    const Result<portal::ProjectDetail> project = client.project(projectId);
    if (!project) {
        m_err << project.error().message << QLatin1Char('\n') << tr("Nothing was delivered.") << QLatin1Char('\n');
        outcome.exitCode = ExitNetwork;
        return outcome;
    }
    QList<qint64> ids;
    QStringList names;
    for (const transfer::TaskReport& r : uploaded.reports) {
        if (r.state != transfer::TaskState::Done)
            continue;
        const portal::AssetDetail* a = project.value().assetNamed(r.deliveryName);
        if (!a)
            continue; // a source or a background: linked, not delivered
        if (a->asset.state == order::AssetState::Delivered || a->asset.state == order::AssetState::Approved) {
            m_out << tr("%1: already %2, not delivered again.").arg(a->asset.name, a->state) << QLatin1Char('\n');
            continue;
        }
        if (!ids.contains(a->asset.id)) {
            ids.append(a->asset.id);
            names.append(a->asset.name);
        }
    }
    if (ids.isEmpty()) {
        m_out << tr("No asset to deliver.") << QLatin1Char('\n');
        m_out.flush();
        outcome.exitCode = uploadExit;
        return outcome;
    }

    QList<order::Refusal> refusals;
    const Result<portal::Delivery> delivery = client.deliver(projectId, ids, &refusals);
    if (!delivery) {
        m_err << tr("Not delivered: %1").arg(delivery.error().message) << QLatin1Char('\n');
        for (const order::Refusal& r : refusals) {
            const portal::AssetDetail* a = project.value().asset(r.assetId);
            m_err << QStringLiteral("  ") << (a ? a->asset.name : tr("the project")) << QStringLiteral(": ")
                  << r.message << QStringLiteral(" [") << r.code << QStringLiteral("]\n");
        }
        m_err.flush();
        outcome.exitCode = portal::PortalClient::isTransportError(delivery.error()) ? ExitNetwork : ExitProblems;
        return outcome;
    }
    outcome.deliveryId = delivery.value().id;
    outcome.deliveredIds = ids;
    outcome.deliveredNames = names;
    m_out << tr("Delivered %n asset(s) (delivery %1):", nullptr, int(ids.size())).arg(delivery.value().id)
          << QLatin1Char('\n');
    for (const QString& n : names) {
        const portal::AssetDetail* a = project.value().assetNamed(n);
        m_out << QStringLiteral("  ") << n << QStringLiteral("  v%1").arg(a ? a->asset.version : 0)
              << QLatin1Char('\n');
    }
    m_out.flush();
    outcome.exitCode = uploadExit;
    return outcome;
}

} // namespace apd::cli
