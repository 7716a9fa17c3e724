#include "server/WorkflowRoutes.h"

#include "order/AutoLinker.h"
#include "order/DeliveryRules.h"
#include "server/ProjectQueries.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace apd::server {

namespace {

using sqlite::SqliteDatabase;

// Notifies every agency member of the project (assignee and collaborators included).
Result<bool> notifyAgency(SqliteDatabase& db, qint64 now, qint64 projectId, const QString& subject, const QString& body)
{
    const auto members =
        db.query(QStringLiteral("SELECT user_id FROM project_members WHERE project_id = ? "
                                "UNION SELECT assignee_id FROM projects WHERE id = ? AND assignee_id IS NOT NULL"),
                 {projectId, projectId});
    if (!members)
        return members.error();
    for (const sqlite::SqliteRow& r : members.value()) {
        const auto n = EventLog::notify(db, now, r.integer(0), subject, body);
        if (!n)
            return n.error();
    }
    return true;
}

QString projectTitle(SqliteDatabase& db, qint64 projectId)
{
    const auto rows = db.query(QStringLiteral("SELECT title FROM projects WHERE id = ?"), {projectId});
    return rows && !rows.value().isEmpty() ? rows.value().first().text(0) : QString();
}

} // namespace

void WorkflowRoutes::install(Router& router, PortalContext& ctx)
{
    const QString linkPath = QStringLiteral("/v1/projects/{projectId}/assets/{assetId}/links/{role}");

    auto linkHandler = [&ctx](Exchange& ex, bool set) {
        const auto caller = ctx.authenticate(ex);
        if (!caller)
            return;
        order::LinkRole role;
        if (!order::parseLinkRole(ex.param(QStringLiteral("role")), &role))
            return ex.problem(404, QStringLiteral("not-found"), tr("A link is a \"source\" or a \"background\"."));
        qint64 targetId = 0;
        if (set) {
            const auto body = ex.jsonBody();
            if (!body)
                return;
            const auto target = JsonFields(ex, *body).integer("targetId");
            if (!target)
                return;
            targetId = *target;
        }
        const qint64 pid = ex.id(QStringLiteral("projectId"));
        const qint64 aid = ex.id(QStringLiteral("assetId"));
        auto lock = ctx.store().lock();
        SqliteDatabase& db = ctx.store().db();
        if (!ctx.allow(ex, *caller, pid, ProjectNeed::AgencyWork))
            return;
        const auto project = ProjectQueries::load(db, pid);
        if (!project)
            return ctx.failed(ex, project.error());
        const order::Project& p = project.value();
        const order::Asset* asset = p.asset(aid);
        if (!asset)
            return ex.problem(404, QStringLiteral("asset-not-found"), tr("This project has no asset %1.").arg(aid));
        if (asset->state == order::AssetState::Delivered || asset->state == order::AssetState::Approved)
            return ex.problem(409, QStringLiteral("asset-in-qc"),
                              tr("\"%1\" is in QC; its links stay as they were delivered.").arg(asset->name));
        const order::Request* request = p.request(asset->requestId);
        const order::RequiredLinks need =
            order::DeliveryRules(ctx.catalog()).requiredLinks(request ? request->type : QString());
        if (set) {
            if (role == order::LinkRole::Source && !need.source)
                return ex.problem(422, QStringLiteral("link-not-needed"),
                                  tr("\"%1\" takes no source.").arg(asset->name));
            if (role == order::LinkRole::Background && !need.background)
                return ex.problem(422, QStringLiteral("link-not-needed"),
                                  tr("\"%1\" takes no background.").arg(asset->name));
            if (role == order::LinkRole::Source && !p.source(targetId))
                return ex.problem(422, QStringLiteral("unknown-target"),
                                  tr("This project has no source %1.").arg(targetId));
            if (role == order::LinkRole::Background && !p.background(targetId))
                return ex.problem(422, QStringLiteral("unknown-target"),
                                  tr("This project has no background %1.").arg(targetId));
            if (role == order::LinkRole::Source && request) {
                // One-to-one types take only their own PSD: the one of the same stem.
                const naming::AssetType* type = ctx.catalog().find(request->type);
                if (type && type->source == naming::SourceRelation::Own &&
                    order::stemOf(p.source(targetId)->name) != order::stemOf(asset->name))
                    return ex.problem(
                        422, QStringLiteral("wrong-source"),
                        tr("\"%1\" is made in its own PSD; link the source of the same name.").arg(asset->name));
            }
        }
        SqliteDatabase::Transaction t(db);
        if (!t.began())
            return ctx.failed(ex, t.beginError());
        const qint64 now = ctx.now();
        const QString roleName = order::linkRoleName(role);
        const auto r =
            set ? db.execute(QStringLiteral(
                                 "INSERT INTO links (asset_id, role, target_id, manual, created_at) "
                                 "VALUES (?, ?, ?, 1, ?) ON CONFLICT (asset_id, role) DO UPDATE "
                                 "SET target_id = excluded.target_id, manual = 1, created_at = excluded.created_at"),
                             {aid, roleName, targetId, now})
                : db.execute(QStringLiteral("DELETE FROM links WHERE asset_id = ? AND role = ?"), {aid, roleName});
        if (!r)
            return ctx.failed(ex, r.error());
        const auto event =
            EventLog::record(db, now, set ? QStringLiteral("asset.linked") : QStringLiteral("asset.unlinked"), pid, 0,
                             {{QStringLiteral("assetId"), aid},
                              {QStringLiteral("role"), roleName},
                              {QStringLiteral("targetId"), targetId},
                              {QStringLiteral("automatic"), false},
                              {QStringLiteral("by"), caller->id}});
        const auto touched = ProjectQueries::touch(db, pid, now);
        if (!event || !touched)
            return ctx.failed(ex, !event ? event.error() : touched.error());
        if (!ctx.commit(ex, t))
            return;
        const auto json = ProjectQueries::asset(db, pid, aid, ctx.catalog());
        if (!json)
            return ctx.failed(ex, json.error());
        ex.json(200, json.value());
    };
    router.add(QStringLiteral("PUT"), linkPath, [linkHandler](Exchange& ex) { linkHandler(ex, true); });
    router.add(QStringLiteral("DELETE"), linkPath, [linkHandler](Exchange& ex) { linkHandler(ex, false); });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/projects/{projectId}/deliveries"), [&ctx](Exchange& ex) {
        const auto caller = ctx.authenticate(ex);
        if (!caller)
            return;
        const qint64 pid = ex.id(QStringLiteral("projectId"));
        auto lock = ctx.store().lock();
        SqliteDatabase& db = ctx.store().db();
        if (!ctx.allow(ex, *caller, pid, ProjectNeed::See))
            return;
        const auto rows =
            db.query(QStringLiteral("SELECT d.id, d.user_id, d.created_at, "
                                    "(SELECT json_group_array(asset_id) FROM delivery_items WHERE delivery_id = d.id) "
                                    "FROM deliveries d WHERE d.project_id = ? ORDER BY d.id DESC"),
                     {pid});
        if (!rows)
            return ctx.failed(ex, rows.error());
        QJsonArray list;
        for (const sqlite::SqliteRow& r : rows.value())
            list.append(QJsonObject{{QStringLiteral("id"), r.integer(0)},
                                    {QStringLiteral("projectId"), pid},
                                    {QStringLiteral("by"), ProjectQueries::userRef(db, r.integer(1))},
                                    {QStringLiteral("createdAt"), ProjectQueries::isoTime(r.integer(2))},
                                    {QStringLiteral("assetIds"), QJsonDocument::fromJson(r.text(3).toUtf8()).array()}});
        ex.json(200, {{QStringLiteral("deliveries"), list}});
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/projects/{projectId}/deliveries"), [&ctx](Exchange& ex) {
        const auto caller = ctx.authenticate(ex);
        if (!caller)
            return;
        const auto body = ex.jsonBody();
        if (!body)
            return;
        const auto ids = JsonFields(ex, *body).integers("assetIds", 1000);
        if (!ids)
            return;
        const qint64 pid = ex.id(QStringLiteral("projectId"));
        auto lock = ctx.store().lock();
        SqliteDatabase& db = ctx.store().db();
        if (!ctx.allow(ex, *caller, pid, ProjectNeed::AgencyWork))
            return;
        const auto project = ProjectQueries::load(db, pid);
        if (!project)
            return ctx.failed(ex, project.error());
        const QList<order::Refusal> refusals = order::DeliveryRules(ctx.catalog()).refusals(project.value(), *ids);
        if (!refusals.isEmpty()) {
            QJsonArray list;
            for (const order::Refusal& r : refusals)
                list.append(QJsonObject{{QStringLiteral("assetId"), r.assetId},
                                        {QStringLiteral("code"), r.code},
                                        {QStringLiteral("message"), r.message}});
            return ex.problem(422, QStringLiteral("not-deliverable"),
                              refusals.size() == 1
                                  ? refusals.first().message
                                  : tr("%1 reasons keep this selection from being delivered.").arg(refusals.size()),
                              {{QStringLiteral("refusals"), list}});
        }
        SqliteDatabase::Transaction t(db);
        if (!t.began())
            return ctx.failed(ex, t.beginError());
        const qint64 now = ctx.now();
        auto r = db.execute(QStringLiteral("INSERT INTO deliveries (project_id, user_id, created_at) VALUES (?, ?, ?)"),
                            {pid, caller->id, now});
        if (!r)
            return ctx.failed(ex, r.error());
        const qint64 deliveryId = db.lastInsertId();
        QJsonArray assetIds;
        QStringList names;
        for (qint64 id : *ids) {
            const order::Asset* a = project.value().asset(id);
            r = db.execute(
                QStringLiteral("INSERT INTO delivery_items (delivery_id, asset_id, version) VALUES (?, ?, ?)"),
                {deliveryId, id, a->version});
            if (r)
                // The state guard makes a concurrent second delivery of the same asset fail
                // instead of counting it twice.
                r = db.execute(QStringLiteral("UPDATE items SET state = 'delivered', updated_at = ? "
                                              "WHERE id = ? AND state IN ('uploaded', 'rejected')"),
                               {now, id});
            if (!r)
                return ctx.failed(ex, r.error());
            if (r.value() != 1)
                return ex.problem(409, QStringLiteral("state-changed"),
                                  tr("\"%1\" changed meanwhile; reload.").arg(a->name));
            assetIds.append(id);
            names.append(a->name);
        }
        const auto event = EventLog::record(db, now, QStringLiteral("delivery.created"), pid, 0,
                                            {{QStringLiteral("deliveryId"), deliveryId},
                                             {QStringLiteral("assetIds"), assetIds},
                                             {QStringLiteral("by"), caller->id}});
        if (!event)
            return ctx.failed(ex, event.error());
        const auto owner = db.query(QStringLiteral("SELECT owner_id FROM projects WHERE id = ?"), {pid});
        if (!owner || owner.value().isEmpty())
            return ctx.failed(ex, Error{QStringLiteral("internal"), QStringLiteral("delivery: no owner")});
        const QString title = projectTitle(db, pid);
        const auto mail =
            EventLog::notify(db, now, owner.value().first().integer(0),
                             tr("%1: %n asset(s) delivered", nullptr, int(names.size())).arg(title),
                             tr("%1 delivered for review:\n%2").arg(caller->name, names.join(QLatin1Char('\n'))));
        const auto touched = ProjectQueries::touch(db, pid, now);
        if (!mail || !touched)
            return ctx.failed(ex, !mail ? mail.error() : touched.error());
        if (!ctx.commit(ex, t))
            return;
        ex.json(201, {{QStringLiteral("id"), deliveryId},
                      {QStringLiteral("projectId"), pid},
                      {QStringLiteral("by"), ProjectQueries::userRef(db, caller->id)},
                      {QStringLiteral("createdAt"), ProjectQueries::isoTime(now)},
                      {QStringLiteral("assetIds"), assetIds}});
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/projects/{projectId}/assets/{assetId}/reviews"),
               [&ctx](Exchange& ex) {
                   const auto caller = ctx.authenticate(ex);
                   if (!caller)
                       return;
                   const auto body = ex.jsonBody();
                   if (!body)
                       return;
                   JsonFields f(ex, *body);
                   const auto verdict = f.text("verdict", 20);
                   if (!verdict)
                       return;
                   const auto comment = f.text("comment", 10000, false);
                   if (!comment)
                       return;
                   if (*verdict != QLatin1String("approved") && *verdict != QLatin1String("rejected"))
                       return ex.problem(400, QStringLiteral("bad-verdict"),
                                         tr("The verdict is \"approved\" or \"rejected\"."));
                   if (*verdict == QLatin1String("rejected") && comment->trimmed().isEmpty())
                       return ex.problem(422, QStringLiteral("comment-required"),
                                         tr("Say what to fix: a rejection needs a comment."));
                   const qint64 pid = ex.id(QStringLiteral("projectId"));
                   const qint64 aid = ex.id(QStringLiteral("assetId"));
                   auto lock = ctx.store().lock();
                   SqliteDatabase& db = ctx.store().db();
                   if (!ctx.allow(ex, *caller, pid, ProjectNeed::Owner))
                       return;
                   SqliteDatabase::Transaction t(db);
                   if (!t.began())
                       return ctx.failed(ex, t.beginError());
                   const qint64 now = ctx.now();
                   const Result<qint64> review = applyReview(db, now, pid, aid, caller->id, *verdict, *comment);
                   if (!review) {
                       if (review.error().code == QLatin1String("asset-not-found"))
                           return ex.problem(404, review.error().code, review.error().message);
                       if (review.error().code == QLatin1String("not-delivered"))
                           return ex.problem(409, review.error().code, review.error().message);
                       return ctx.failed(ex, review.error());
                   }
                   if (!ctx.commit(ex, t))
                       return;
                   const qint64 reviewId = review.value();
                   ex.json(201, {{QStringLiteral("id"), reviewId},
                                 {QStringLiteral("assetId"), aid},
                                 {QStringLiteral("verdict"), *verdict},
                                 {QStringLiteral("comment"), *comment},
                                 {QStringLiteral("by"), ProjectQueries::userRef(db, caller->id)},
                                 {QStringLiteral("createdAt"), ProjectQueries::isoTime(now)}});
               });
}

Result<qint64> WorkflowRoutes::applyReview(SqliteDatabase& db, qint64 now, qint64 pid, qint64 aid, qint64 reviewerId,
                                           const QString& verdict, const QString& comment)
{
    const auto project = ProjectQueries::load(db, pid);
    if (!project)
        return project.error();
    const order::Asset* asset = project.value().asset(aid);
    if (!asset)
        return Error{QStringLiteral("asset-not-found"), tr("This project has no asset %1.").arg(aid)};
    // The state guard in the UPDATE makes two concurrent reviews of one asset count once.
    auto r =
        db.execute(QStringLiteral("UPDATE items SET state = ?, updated_at = ? WHERE id = ? AND state = 'delivered'"),
                   {verdict, now, aid});
    if (!r)
        return r.error();
    if (r.value() != 1)
        return Error{
            QStringLiteral("not-delivered"),
            tr("\"%1\" is not waiting for review (it is %2).").arg(asset->name, order::assetStateName(asset->state))};
    r = db.execute(QStringLiteral("INSERT INTO reviews (asset_id, version, user_id, verdict, comment, created_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"),
                   {aid, asset->version, reviewerId, verdict, comment, now});
    if (!r)
        return r.error();
    const qint64 reviewId = db.lastInsertId();
    const auto event = EventLog::record(db, now, QStringLiteral("review.created"), pid, 0,
                                        {{QStringLiteral("reviewId"), reviewId},
                                         {QStringLiteral("assetId"), aid},
                                         {QStringLiteral("verdict"), verdict},
                                         {QStringLiteral("comment"), comment},
                                         {QStringLiteral("by"), reviewerId}});
    if (!event)
        return event.error();
    const QString title = projectTitle(db, pid);
    const auto mail =
        notifyAgency(db, now, pid,
                     verdict == QLatin1String("approved") ? tr("%1: \"%2\" approved").arg(title, asset->name)
                                                          : tr("%1: \"%2\" rejected").arg(title, asset->name),
                     comment.isEmpty() ? tr("No comment.") : comment);
    if (!mail)
        return mail.error();
    const auto touched = ProjectQueries::touch(db, pid, now);
    if (!touched)
        return touched.error();
    return reviewId;
}

} // namespace apd::server
