#include "portal/FeedRules.h"

namespace apd::portal {

namespace {

qint64 idIn(const QJsonObject& data, const char* key)
{
    return data.value(QLatin1String(key)).toInteger();
}

QString nameOf(const ProjectDetail& project, qint64 userId)
{
    for (const UserRef& u : project.members)
        if (u.id == userId)
            return u.name;
    if (project.summary.owner.id == userId)
        return project.summary.owner.name;
    if (project.summary.assignee.id == userId)
        return project.summary.assignee.name;
    return FeedRules::tr("Someone");
}

} // namespace

bool FeedRules::changesOrder(const Event& event, qint64 projectId)
{
    static const QStringList types = {
        QStringLiteral("review.created"),  QStringLiteral("delivery.created"), QStringLiteral("upload.completed"),
        QStringLiteral("asset.linked"),    QStringLiteral("asset.unlinked"),   QStringLiteral("request.added"),
        QStringLiteral("request.removed"), QStringLiteral("project.assignee"), QStringLiteral("project.collaborators")};
    return event.projectId == projectId && types.contains(event.type);
}

std::optional<Notice> FeedRules::notice(const Event& event, const ProjectDetail& project, qint64 userId)
{
    if (event.projectId != project.summary.id || idIn(event.data, "by") == userId)
        return std::nullopt;
    Notice n;
    n.projectId = event.projectId;
    if (event.type == QLatin1String("review.created")) {
        n.assetId = idIn(event.data, "assetId");
        const AssetDetail* asset = project.asset(n.assetId);
        const QString name = asset ? asset->asset.name : tr("asset %1").arg(n.assetId);
        const QString verdict = event.data.value(QLatin1String("verdict")).toString();
        const QString comment = event.data.value(QLatin1String("comment")).toString();
        if (verdict == QLatin1String("rejected")) {
            n.kind = Notice::Kind::Rejected;
            n.title = tr("Rejected: %1").arg(name);
            n.body = comment.isEmpty() ? tr("The studio rejected it.") : comment;
        } else if (verdict == QLatin1String("approved")) {
            n.kind = Notice::Kind::Approved;
            n.title = tr("Approved: %1").arg(name);
            n.body = comment.isEmpty() ? tr("The studio approved it.") : comment;
        } else {
            return std::nullopt;
        }
        return n;
    }
    if (event.type == QLatin1String("chat.mention")) {
        n.kind = Notice::Kind::Mention;
        n.messageId = idIn(event.data, "messageId");
        n.title = tr("%1 mentioned you").arg(nameOf(project, idIn(event.data, "by")));
        n.body = tr("In the chat of \"%1\".").arg(project.summary.title);
        return n;
    }
    return std::nullopt;
}

void FeedRules::collectVerdicts(const QList<Event>& events, qint64 projectId, QHash<qint64, Verdict>* verdicts)
{
    for (const Event& e : events) {
        if (e.type != QLatin1String("review.created") || e.projectId != projectId)
            continue;
        verdicts->insert(idIn(e.data, "assetId"), {e.data.value(QLatin1String("verdict")).toString(),
                                                   e.data.value(QLatin1String("comment")).toString()});
    }
}

Result<QHash<qint64, Verdict>> FeedRules::latestVerdicts(PortalClient& client, qint64 projectId)
{
    QHash<qint64, Verdict> out;
    qint64 since = 0;
    // Bounded: 200 pages of 500 events is more than any project's life.
    for (int page = 0; page < 200; ++page) {
        const Result<EventPage> events = client.events(since, 0, 500);
        if (!events)
            return events.error();
        collectVerdicts(events.value().events, projectId, &out);
        if (events.value().events.isEmpty() || events.value().next <= since)
            break;
        since = events.value().next;
    }
    return out;
}

} // namespace apd::portal
