#include "cli/StatusCommand.h"

#include "cli/ExitCode.h"
#include "cli/PortalOptions.h"
#include "cli/VerbSupport.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace apd::cli {

namespace {

// Refusals that only restate the state ("in review", "approved") are not reasons to act on.
bool actionable(const order::Refusal& r)
{
    return r.code != QLatin1String("in-review") && r.code != QLatin1String("approved");
}

QJsonValue idOrNull(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

} // namespace

Result<QHash<qint64, StatusCommand::Verdict>> StatusCommand::latestVerdicts(portal::PortalClient& client,
                                                                            qint64 projectId)
{
    return portal::FeedRules::latestVerdicts(client, projectId);
}

void StatusCommand::writeText(QTextStream& out, const portal::ProjectDetail& p, const QHash<qint64, Verdict>& verdicts)
{
    const portal::ProjectSummary& s = p.summary;
    out << tr("Project %1 \"%2\" (%3), owner %4").arg(s.id).arg(s.title, s.company.name, s.owner.name)
        << QLatin1Char('\n');
    if (s.assignee.id)
        out << tr("Assignee: %1").arg(s.assignee.name) << QLatin1Char('\n');
    else
        out << tr("Assignee: none (an agency admin sets one before anything can be delivered)") << QLatin1Char('\n');
    out << tr("%1 line item(s), %2 asset(s): %3 in review, %4 approved, %5 rejected")
               .arg(s.counts.requests)
               .arg(s.counts.assets)
               .arg(s.counts.delivered)
               .arg(s.counts.approved)
               .arg(s.counts.rejected)
        << QLatin1Char('\n') << QLatin1Char('\n');

    int width = 0;
    for (const order::Request& r : p.order.requests)
        width = std::max(width, int(r.key.size()));
    for (const order::Request& r : p.order.requests) {
        const order::Asset* a = p.order.assetForRequest(r.id);
        const portal::AssetDetail* d = a ? p.asset(a->id) : nullptr;
        out << r.key.leftJustified(width + 2);
        if (!d) {
            out << tr("no file yet") << (r.ordered ? QString() : tr(" (added by the agency)")) << QLatin1Char('\n');
            continue;
        }
        out << d->state.leftJustified(10) << QStringLiteral("v%1  ").arg(d->asset.version) << d->asset.name;
        QList<order::Refusal> reasons;
        for (const order::Refusal& ref : d->refusals)
            if (actionable(ref))
                reasons.append(ref);
        if (reasons.isEmpty() && (d->state == QLatin1String("linked") || d->state == QLatin1String("uploaded")))
            out << tr("  (ready to deliver)");
        else if (d->asset.state == order::AssetState::Rejected)
            out << tr("  (upload a fixed file under the same name, then deliver it again)");
        out << QLatin1Char('\n');
        const auto verdict = verdicts.constFind(d->asset.id);
        if (verdict != verdicts.cend() &&
            (d->asset.state == order::AssetState::Rejected || d->asset.state == order::AssetState::Approved)) {
            if (verdict->comment.isEmpty())
                out << QStringLiteral("    ") << tr("%1 by the owner").arg(verdict->verdict) << QLatin1Char('\n');
            else
                out << QStringLiteral("    ") << tr("%1 by the owner: \"%2\"").arg(verdict->verdict, verdict->comment)
                    << QLatin1Char('\n');
        }
        for (const order::Refusal& ref : reasons)
            out << QStringLiteral("    ") << tr("cannot deliver yet [%1]: %2").arg(ref.code, ref.message)
                << QLatin1Char('\n');
    }
    if (!p.sources.isEmpty()) {
        out << QLatin1Char('\n') << tr("Sources:") << QLatin1Char('\n');
        for (const portal::SourceDetail& src : p.sources)
            out << QStringLiteral("  ") << src.source.name << QStringLiteral("  v%1").arg(src.source.version)
                << (src.linkedAssetIds.isEmpty()
                        ? tr("  (linked to nothing)")
                        : tr("  (linked to %n asset(s))", nullptr, int(src.linkedAssetIds.size())))
                << QLatin1Char('\n');
    }
    if (!p.backgrounds.isEmpty()) {
        out << QLatin1Char('\n') << tr("Backgrounds:") << QLatin1Char('\n');
        for (const portal::BackgroundDetail& b : p.backgrounds)
            out << QStringLiteral("  ") << b.background.name << QStringLiteral("  v%1").arg(b.background.version)
                << QLatin1Char('\n');
    }
    out.flush();
}

QJsonObject StatusCommand::toJson(const portal::ProjectDetail& p, const QHash<qint64, Verdict>& verdicts)
{
    const portal::ProjectSummary& s = p.summary;
    QJsonObject project{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("company"), s.company.name},
        {QStringLiteral("owner"), s.owner.name},
        {QStringLiteral("assignee"), s.assignee.id ? QJsonValue(QJsonObject{{QStringLiteral("id"), s.assignee.id},
                                                                            {QStringLiteral("name"), s.assignee.name}})
                                                   : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("requests"), s.counts.requests},
                                               {QStringLiteral("assets"), s.counts.assets},
                                               {QStringLiteral("delivered"), s.counts.delivered},
                                               {QStringLiteral("approved"), s.counts.approved},
                                               {QStringLiteral("rejected"), s.counts.rejected}}}};
    QJsonArray requests;
    for (const order::Request& r : p.order.requests) {
        QJsonObject item{{QStringLiteral("id"), r.id},
                         {QStringLiteral("key"), r.key},
                         {QStringLiteral("type"), r.type},
                         {QStringLiteral("ordered"), r.ordered}};
        const order::Asset* a = p.order.assetForRequest(r.id);
        const portal::AssetDetail* d = a ? p.asset(a->id) : nullptr;
        if (!d) {
            item.insert(QStringLiteral("asset"), QJsonValue(QJsonValue::Null));
        } else {
            QJsonArray reasons;
            for (const order::Refusal& ref : d->refusals)
                reasons.append(
                    QJsonObject{{QStringLiteral("code"), ref.code}, {QStringLiteral("message"), ref.message}});
            QJsonObject asset{{QStringLiteral("id"), d->asset.id},
                              {QStringLiteral("name"), d->asset.name},
                              {QStringLiteral("state"), d->state},
                              {QStringLiteral("version"), d->asset.version},
                              {QStringLiteral("sourceId"), idOrNull(d->asset.sourceId)},
                              {QStringLiteral("backgroundId"), idOrNull(d->asset.backgroundId)},
                              {QStringLiteral("refusals"), reasons},
                              {QStringLiteral("deliverable"), reasons.isEmpty()}};
            const auto verdict = verdicts.constFind(d->asset.id);
            if (verdict != verdicts.cend() &&
                (d->asset.state == order::AssetState::Rejected || d->asset.state == order::AssetState::Approved))
                asset.insert(QStringLiteral("review"), QJsonObject{{QStringLiteral("verdict"), verdict->verdict},
                                                                   {QStringLiteral("comment"), verdict->comment}});
            else
                asset.insert(QStringLiteral("review"), QJsonValue(QJsonValue::Null));
            item.insert(QStringLiteral("asset"), asset);
        }
        requests.append(item);
    }
    QJsonArray sources;
    for (const portal::SourceDetail& src : p.sources) {
        QJsonArray linked;
        for (qint64 id : src.linkedAssetIds)
            linked.append(id);
        sources.append(QJsonObject{{QStringLiteral("id"), src.source.id},
                                   {QStringLiteral("name"), src.source.name},
                                   {QStringLiteral("universal"), src.source.universal},
                                   {QStringLiteral("version"), src.source.version},
                                   {QStringLiteral("linkedAssetIds"), linked}});
    }
    QJsonArray backgrounds;
    for (const portal::BackgroundDetail& b : p.backgrounds)
        backgrounds.append(QJsonObject{{QStringLiteral("id"), b.background.id},
                                       {QStringLiteral("requestId"), b.background.requestId},
                                       {QStringLiteral("name"), b.background.name},
                                       {QStringLiteral("version"), b.background.version}});
    return QJsonObject{{QStringLiteral("project"), project},
                       {QStringLiteral("requests"), requests},
                       {QStringLiteral("sources"), sources},
                       {QStringLiteral("backgrounds"), backgrounds}};
}

int StatusCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows a project's order: states, verdicts, and what stops a delivery."));
    PortalOptions portalOptions;
    portalOptions.addTo(parser);
    const QCommandLineOption project(QStringLiteral("project"), tr("The project."), QStringLiteral("ID"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON for scripts."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOptions({project, json, help});
    const QString usageLine = tr("Usage: artwork-portal-cli status --server URL --project ID [--json]");
    if (const auto done =
            VerbSupport::parse(parser, QStringLiteral("status"), arguments, help, usageLine, m_out, m_err))
        return *done;
    QStringList problems;
    qint64 projectId = 0;
    portalOptions.read(parser, &problems);
    PortalOptions::readProjectId(parser.value(project), &projectId, &problems);
    if (!parser.positionalArguments().isEmpty())
        problems << tr("status takes no file.");
    if (!problems.isEmpty())
        return VerbSupport::usage(problems, usageLine, m_err);
    Result<portal::PortalClient> client = portalOptions.client(m_tokens);
    if (!client) {
        m_err << client.error().message << QLatin1Char('\n');
        return ExitNetwork;
    }
    const Result<portal::ProjectDetail> detail = client.value().project(projectId);
    if (!detail) {
        m_err << detail.error().message << QLatin1Char('\n');
        return ExitNetwork;
    }
    const Result<QHash<qint64, Verdict>> verdicts = latestVerdicts(client.value(), projectId);
    if (!verdicts) {
        m_err << verdicts.error().message << QLatin1Char('\n');
        return ExitNetwork;
    }
    if (parser.isSet(json))
        m_out << QJsonDocument(toJson(detail.value(), verdicts.value())).toJson(QJsonDocument::Indented);
    else
        writeText(m_out, detail.value(), verdicts.value());
    m_out.flush();
    return ExitOk;
}

} // namespace apd::cli
