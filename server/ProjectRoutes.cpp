#include "server/ProjectRoutes.h"

#include "order/OrderRules.h"
#include "server/ProjectQueries.h"

#include <QFile>
#include <QJsonArray>

namespace apd::server {

namespace {

using sqlite::SqliteDatabase;

void answerProject(PortalContext& ctx, Exchange& ex, qint64 projectId, int status = 200)
{
    const auto detail = ProjectQueries::detail(ctx.store().db(), projectId, ctx.catalog());
    if (!detail)
        return ctx.failed(ex, detail.error());
    ex.json(status, detail.value());
}

// The agency user must belong to the project's company; returns false after answering 422.
bool agencyMember(PortalContext& ctx, Exchange& ex, qint64 projectId, qint64 userId)
{
    const auto rows = ctx.store().db().query(
        QStringLiteral("SELECT 1 FROM users u JOIN projects p ON p.company_id = u.company_id "
                       "WHERE p.id = ? AND u.id = ? AND u.role IN ('agency-user', 'agency-admin')"),
        {projectId, userId});
    if (!rows) {
        ctx.failed(ex, rows.error());
        return false;
    }
    if (rows.value().isEmpty()) {
        ex.problem(422, QStringLiteral("not-in-agency"),
                   ProjectRoutes::tr("User %1 is not a member of the project's agency.").arg(userId));
        return false;
    }
    return true;
}

} // namespace

void ProjectRoutes::install(Router& router, PortalContext& ctx)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/projects"), [&ctx](Exchange& ex) {
        const auto caller = ctx.authenticate(ex);
        if (!caller)
            return;
        auto lock = ctx.store().lock();
        SqliteDatabase& db = ctx.store().db();
        const auto ids = db.query(QStringLiteral("SELECT id FROM (") + PortalContext::visibleProjectsSql() +
                                      QStringLiteral(") ORDER BY id DESC"),
                                  {caller->id});
        if (!ids)
            return ctx.failed(ex, ids.error());
        QJsonArray list;
        for (const sqlite::SqliteRow& r : ids.value()) {
            const auto s = ProjectQueries::summary(db, r.integer(0));
            if (!s)
                return ctx.failed(ex, s.error());
            list.append(s.value());
        }
        ex.json(200, {{QStringLiteral("projects"), list}});
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/projects/{projectId}"), [&ctx](Exchange& ex) {
        const auto caller = ctx.authenticate(ex);
        if (!caller)
            return;
        const qint64 pid = ex.id(QStringLiteral("projectId"));
        auto lock = ctx.store().lock();
        if (!ctx.allow(ex, *caller, pid, ProjectNeed::See))
            return;
        answerProject(ctx, ex, pid);
    });

    router.add(QStringLiteral("PUT"), QStringLiteral("/v1/projects/{projectId}/assignee"), [&ctx](Exchange& ex) {
        const auto caller = ctx.authenticate(ex);
        if (!caller)
            return;
        const auto body = ex.jsonBody();
        if (!body)
            return;
        const auto userId = JsonFields(ex, *body).integer("userId");
        if (!userId)
            return;
        const qint64 pid = ex.id(QStringLiteral("projectId"));
        auto lock = ctx.store().lock();
        SqliteDatabase& db = ctx.store().db();
        if (!ctx.allow(ex, *caller, pid, ProjectNeed::AgencyAdmin) || !agencyMember(ctx, ex, pid, *userId))
            return;
        SqliteDatabase::Transaction t(db);
        if (!t.began())
            return ctx.failed(ex, t.beginError());
        const qint64 now = ctx.now();
        // The assignee works on the project: they become a member if they were not.
        const auto set = db.execute(QStringLiteral("UPDATE projects SET assignee_id = ?, updated_at = ? WHERE id = ?"),
                                    {*userId, now, pid});
        const auto member = db.execute(
            QStringLiteral(
                "INSERT OR IGNORE INTO project_members (project_id, user_id, collaborator) VALUES (?, ?, 0)"),
            {pid, *userId});
        const auto event = EventLog::record(db, now, QStringLiteral("project.assignee"), pid, 0,
                                            {{QStringLiteral("userId"), *userId}, {QStringLiteral("by"), caller->id}});
        if (!set || !member || !event)
            return ctx.failed(ex, !set ? set.error() : !member ? member.error() : event.error());
        if (!ctx.commit(ex, t))
            return;
        answerProject(ctx, ex, pid);
    });

    router.add(QStringLiteral("PUT"), QStringLiteral("/v1/projects/{projectId}/collaborators"), [&ctx](Exchange& ex) {
        const auto caller = ctx.authenticate(ex);
        if (!caller)
            return;
        const auto body = ex.jsonBody();
        if (!body)
            return;
        const auto ids = JsonFields(ex, *body).integers("userIds", 500);
        if (!ids)
            return;
        const qint64 pid = ex.id(QStringLiteral("projectId"));
        auto lock = ctx.store().lock();
        SqliteDatabase& db = ctx.store().db();
        if (!ctx.allow(ex, *caller, pid, ProjectNeed::AgencyAdmin))
            return;
        for (qint64 id : *ids)
            if (!agencyMember(ctx, ex, pid, id))
                return;
        SqliteDatabase::Transaction t(db);
        if (!t.began())
            return ctx.failed(ex, t.beginError());
        const qint64 now = ctx.now();
        // Collaborators are members with the flag; members who stop collaborating stay members.
        auto r = db.execute(QStringLiteral("UPDATE project_members SET collaborator = 0 WHERE project_id = ?"), {pid});
        if (!r)
            return ctx.failed(ex, r.error());
        QJsonArray list;
        for (qint64 id : *ids) {
            r = db.execute(
                QStringLiteral("INSERT INTO project_members (project_id, user_id, collaborator) VALUES (?, ?, 1) "
                               "ON CONFLICT (project_id, user_id) DO UPDATE SET collaborator = 1"),
                {pid, id});
            if (!r)
                return ctx.failed(ex, r.error());
            list.append(id);
        }
        const auto event = EventLog::record(db, now, QStringLiteral("project.collaborators"), pid, 0,
                                            {{QStringLiteral("userIds"), list}, {QStringLiteral("by"), caller->id}});
        const auto touched = ProjectQueries::touch(db, pid, now);
        if (!event || !touched)
            return ctx.failed(ex, !event ? event.error() : touched.error());
        if (!ctx.commit(ex, t))
            return;
        answerProject(ctx, ex, pid);
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/projects/{projectId}/requests"), [&ctx](Exchange& ex) {
        const auto caller = ctx.authenticate(ex);
        if (!caller)
            return;
        const auto body = ex.jsonBody();
        if (!body)
            return;
        JsonFields f(ex, *body);
        const bool byKey = f.has("key");
        const auto key = f.text("key", 200, byKey);
        if (!key)
            return;
        const auto type = f.text("type", 100, !byKey);
        if (!type)
            return;
        const auto tone = f.text("tone", 20, !byKey);
        if (!tone)
            return;
        const auto direction = f.text("direction", 10, false);
        const auto language = f.text("language", 40, false);
        if (!direction || !language)
            return;
        const qint64 pid = ex.id(QStringLiteral("projectId"));
        auto lock = ctx.store().lock();
        SqliteDatabase& db = ctx.store().db();
        if (!ctx.allow(ex, *caller, pid, ProjectNeed::AgencyWork))
            return;
        const auto project = ProjectQueries::load(db, pid);
        if (!project)
            return ctx.failed(ex, project.error());
        const order::OrderRules rules(ctx.catalog());
        const Result<QString> newKey =
            byKey ? Result<QString>(*key) : rules.nextKey(project.value(), *type, *tone, *direction, *language);
        if (!newKey)
            return ex.problem(422, newKey.error().code, newKey.error().message);
        const Result<QString> checked = rules.checkNewKey(project.value(), newKey.value());
        if (!checked)
            return ex.problem(checked.error().code == QLatin1String("request-exists") ? 409 : 422, checked.error().code,
                              checked.error().message);
        SqliteDatabase::Transaction t(db);
        if (!t.began())
            return ctx.failed(ex, t.beginError());
        const qint64 now = ctx.now();
        // Pin the minimum of the type to the ordered count before the first addition, so
        // that what the agency adds never raises the bar.
        auto r = db.execute(
            QStringLiteral("INSERT OR IGNORE INTO type_minimums (project_id, type, minimum) VALUES (?, ?, ?)"),
            {pid, checked.value(), project.value().minimumFor(checked.value())});
        if (!r)
            return ctx.failed(ex, r.error());
        r = db.execute(
            QStringLiteral("INSERT INTO requests (project_id, key, type, ordered, created_at) VALUES (?, ?, ?, 0, ?)"),
            {pid, newKey.value(), checked.value(), now});
        if (!r)
            return ctx.failed(ex, r.error());
        const qint64 requestId = db.lastInsertId();
        const auto event = EventLog::record(db, now, QStringLiteral("request.added"), pid, 0,
                                            {{QStringLiteral("requestId"), requestId},
                                             {QStringLiteral("key"), newKey.value()},
                                             {QStringLiteral("by"), caller->id}});
        const auto touched = ProjectQueries::touch(db, pid, now);
        if (!event || !touched)
            return ctx.failed(ex, !event ? event.error() : touched.error());
        if (!ctx.commit(ex, t))
            return;
        ex.json(201, {{QStringLiteral("id"), requestId},
                      {QStringLiteral("key"), newKey.value()},
                      {QStringLiteral("type"), checked.value()},
                      {QStringLiteral("ordered"), false},
                      {QStringLiteral("assetId"), QJsonValue(QJsonValue::Null)}});
    });

    router.add(
        QStringLiteral("DELETE"), QStringLiteral("/v1/projects/{projectId}/requests/{requestId}"),
        [&ctx](Exchange& ex) {
            const auto caller = ctx.authenticate(ex);
            if (!caller)
                return;
            const qint64 pid = ex.id(QStringLiteral("projectId"));
            const qint64 rid = ex.id(QStringLiteral("requestId"));
            auto lock = ctx.store().lock();
            SqliteDatabase& db = ctx.store().db();
            if (!ctx.allow(ex, *caller, pid, ProjectNeed::AgencyWork))
                return;
            const auto project = ProjectQueries::load(db, pid);
            if (!project)
                return ctx.failed(ex, project.error());
            const Result<bool> may = order::OrderRules(ctx.catalog()).canRemove(project.value(), rid);
            if (!may)
                return ex.problem(may.error().code == QLatin1String("unknown-request") ? 404 : 409, may.error().code,
                                  may.error().message);
            const order::Request* request = project.value().request(rid);
            // The files of the request's asset and background go with it, after the commit.
            const auto paths = db.query(QStringLiteral("SELECT v.path FROM versions v JOIN items i ON i.id = v.item_id "
                                                       "WHERE i.request_id = ? AND i.role IN ('asset', 'background')"),
                                        {rid});
            if (!paths)
                return ctx.failed(ex, paths.error());
            SqliteDatabase::Transaction t(db);
            if (!t.began())
                return ctx.failed(ex, t.beginError());
            const qint64 now = ctx.now();
            auto r = db.execute(
                QStringLiteral("INSERT OR IGNORE INTO type_minimums (project_id, type, minimum) VALUES (?, ?, ?)"),
                {pid, request->type, project.value().minimumFor(request->type)});
            if (r)
                r = db.execute(
                    QStringLiteral("UPDATE uploads SET item_id = NULL WHERE item_id IN "
                                   "(SELECT id FROM items WHERE request_id = ? AND role IN ('asset', 'background'))"),
                    {rid});
            if (r)
                r = db.execute(
                    QStringLiteral("DELETE FROM items WHERE request_id = ? AND role IN ('asset', 'background')"),
                    {rid});
            if (r)
                r = db.execute(QStringLiteral("DELETE FROM requests WHERE id = ?"), {rid});
            if (!r)
                return ctx.failed(ex, r.error());
            const auto event = EventLog::record(db, now, QStringLiteral("request.removed"), pid, 0,
                                                {{QStringLiteral("requestId"), rid},
                                                 {QStringLiteral("key"), request->key},
                                                 {QStringLiteral("by"), caller->id}});
            const auto touched = ProjectQueries::touch(db, pid, now);
            if (!event || !touched)
                return ctx.failed(ex, !event ? event.error() : touched.error());
            if (!ctx.commit(ex, t))
                return;
            for (const sqlite::SqliteRow& row : paths.value()) {
                // A version file may be shared by nothing else: names are upload ids.
                QFile::remove(row.text(0));
            }
            ex.noContent();
        });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/projects/{projectId}/sources"), [&ctx](Exchange& ex) {
        const auto caller = ctx.authenticate(ex);
        if (!caller)
            return;
        const qint64 pid = ex.id(QStringLiteral("projectId"));
        const std::optional<QString> unlinkedParam = ex.query("unlinked");
        if (unlinkedParam && *unlinkedParam != QLatin1String("true") && *unlinkedParam != QLatin1String("false"))
            return ex.problem(400, QStringLiteral("bad-parameter"), tr("\"unlinked\" is true or false."));
        const bool unlinked = unlinkedParam && *unlinkedParam == QLatin1String("true");
        auto lock = ctx.store().lock();
        if (!ctx.allow(ex, *caller, pid, ProjectNeed::See))
            return;
        const auto detail = ProjectQueries::detail(ctx.store().db(), pid, ctx.catalog());
        if (!detail)
            return ctx.failed(ex, detail.error());
        QJsonArray out;
        for (const QJsonValue& s : detail.value().value(QStringLiteral("sources")).toArray())
            if (!unlinked || s.toObject().value(QStringLiteral("linkedAssetIds")).toArray().isEmpty())
                out.append(s);
        ex.json(200, {{QStringLiteral("sources"), out}});
    });
}

} // namespace apd::server
