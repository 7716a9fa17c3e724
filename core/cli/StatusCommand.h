#pragma once

#include "portal/FeedRules.h"
#include "portal/PortalClient.h"
#include "portal/TokenStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace apd::cli {

// `artwork-portal-cli status --server URL --project ID [--json]`
// The order as it stands: every line item with its asset's state and version, the owner's
// last verdict on it (with the rejection's comment), and why it cannot be delivered yet
// (the server's DeliveryRules: missing links, no assignee, in review).
// Exit: 0 shown; 2 wrong command line; 3 the portal could not be reached or refused (not
// signed in, no such project, not yours). Thread: the caller's; blocking.
class StatusCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    StatusCommand(QTextStream& out, QTextStream& err, portal::TokenStore tokens = portal::TokenStore::standard())
        : m_out(out), m_err(err), m_tokens(std::move(tokens))
    {
    }

    int run(const QStringList& arguments);

    using Verdict = portal::Verdict;
    // The owner's latest verdict per asset of a project, read from the event feed.
    static Result<QHash<qint64, Verdict>> latestVerdicts(portal::PortalClient& client, qint64 projectId);
    static void writeText(QTextStream& out, const portal::ProjectDetail& project,
                          const QHash<qint64, Verdict>& verdicts);
    static QJsonObject toJson(const portal::ProjectDetail& project, const QHash<qint64, Verdict>& verdicts);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    portal::TokenStore m_tokens;
};

} // namespace apd::cli
