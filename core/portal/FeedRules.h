#pragma once

#include "portal/PortalClient.h"
#include "portal/PortalTypes.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace apd::portal {

// The owner's verdict on an asset, as the feed tells it.
struct Verdict
{
    QString verdict; // approved, rejected
    QString comment;
};

// Something the designer is told about at once (a desktop notification).
struct Notice
{
    enum class Kind
    {
        Rejected,
        Approved,
        Mention,
    };
    Kind kind = Kind::Rejected;
    qint64 projectId = 0;
    qint64 assetId = 0;   // Rejected, Approved
    qint64 messageId = 0; // Mention
    QString title;        // for people
    QString body;
};

// What the events of the feed mean for the app: which change the order (the window reads the
// project again), which are worth a notification, and the owner's latest verdicts.
class FeedRules
{
    Q_DECLARE_TR_FUNCTIONS(FeedRules)

public:
    // True for an event of `projectId` after which the order on the server is not what it was
    // (a review, a delivery, an upload, a link, a line item added or removed, the assignee).
    static bool changesOrder(const Event& event, qint64 projectId);
    // The notification for a live event of `project`, for the user `userId`: a rejection or
    // an approval of one of its assets, or a chat message that mentions the user (the
    // server addresses chat.mention events to the mentioned user only). Nothing for what
    // the user did themselves.
    static std::optional<Notice> notice(const Event& event, const ProjectDetail& project, qint64 userId);
    // Folds review.created events of `projectId` into the latest verdict per asset id.
    static void collectVerdicts(const QList<Event>& events, qint64 projectId, QHash<qint64, Verdict>* verdicts);
    // The latest verdict per asset of a project, read from the whole feed (blocking).
    static Result<QHash<qint64, Verdict>> latestVerdicts(PortalClient& client, qint64 projectId);
};

} // namespace apd::portal
