#include "server/FeedRoutes.h"

#include "server/ProjectQueries.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <chrono>

namespace apd::server {

namespace {

using sqlite::SqliteDatabase;

std::optional<qint64> numberParam(Exchange& ex, const char* name, qint64 def, qint64 min, qint64 max)
{
    const auto text = ex.query(name);
    if (!text)
        return def;
    bool ok = false;
    const qint64 v = text->toLongLong(&ok);
    if (!ok || v < min || v > max) {
        ex.problem(
            400, QStringLiteral("bad-parameter"),
            FeedRoutes::tr("\"%1\" is a whole number from %2 to %3.").arg(QLatin1String(name)).arg(min).arg(max));
        return std::nullopt;
    }
    return v;
}

// Store lock held. Events after `since` that `caller` may see.
Result<QJsonArray> eventsAfter(SqliteDatabase& db, const Caller& caller, qint64 since, qint64 limit)
{
    const auto rows = db.query(QStringLiteral("SELECT e.id, e.type, COALESCE(e.project_id, 0), e.data, e.created_at "
                                              "FROM events e WHERE e.id > ?2 AND "
                                              "((e.user_id IS NULL AND e.project_id IN (") +
                                   PortalContext::visibleProjectsSql() +
                                   QStringLiteral(")) OR e.user_id = ?1) ORDER BY e.id LIMIT ?3"),
                               {caller.id, since, limit});
    if (!rows)
        return rows.error();
    QJsonArray out;
    for (const sqlite::SqliteRow& r : rows.value())
        out.append(QJsonObject{
            {QStringLiteral("id"), r.integer(0)},
            {QStringLiteral("type"), r.text(1)},
            {QStringLiteral("projectId"), r.integer(2) ? QJsonValue(r.integer(2)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("data"), QJsonDocument::fromJson(r.text(3).toUtf8()).object()},
            {QStringLiteral("createdAt"), ProjectQueries::isoTime(r.integer(4))}});
    return out;
}

} // namespace

void FeedRoutes::install(Router& router, PortalContext& ctx)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/events"), [&ctx](Exchange& ex) {
        const auto caller = ctx.authenticate(ex);
        if (!caller)
            return;
        const auto since = numberParam(ex, "since", 0, 0, std::numeric_limits<qint64>::max());
        if (!since)
            return;
        const auto wait = numberParam(ex, "wait", 0, 0, ctx.config().longPollMaxSeconds);
        if (!wait)
            return;
        const auto limit = numberParam(ex, "limit", 100, 1, 500);
        if (!limit)
            return;
        using Clock = std::chrono::steady_clock;
        const Clock::time_point deadline = Clock::now() + std::chrono::seconds(*wait);
        for (;;) {
            const quint64 generation = ctx.events().generation();
            Result<QJsonArray> events = QJsonArray();
            {
                auto lock = ctx.store().lock();
                events = eventsAfter(ctx.store().db(), *caller, *since, *limit);
            }
            if (!events)
                return ctx.failed(ex, events.error());
            const Clock::time_point now = Clock::now();
            if (!events.value().isEmpty() || now >= deadline) {
                const qint64 next = events.value().isEmpty()
                                        ? *since
                                        : events.value().last().toObject().value(QStringLiteral("id")).toInteger();
                return ex.json(200, {{QStringLiteral("events"), events.value()}, {QStringLiteral("next"), next}});
            }
            // Wakes on every commit of this process; the one-second slices also catch what
            // another process (the admin command) wrote.
            if (!ctx.events().waitPast(generation, std::min(deadline, now + std::chrono::seconds(1))))
                return ex.json(200, {{QStringLiteral("events"), QJsonArray()}, {QStringLiteral("next"), *since}});
        }
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/support/access-requests"), [&ctx](Exchange& ex) {
        const auto caller = ctx.authenticate(ex);
        if (!caller)
            return;
        if (!caller->isAgencyAdmin())
            return ex.problem(403, QStringLiteral("role-forbidden"),
                              tr("Only an agency admin asks access for team members."));
        const auto body = ex.jsonBody();
        if (!body)
            return;
        JsonFields f(ex, *body);
        const auto name = f.text("name", 200);
        if (!name)
            return;
        const auto email = f.text("email", 254);
        if (!email)
            return;
        const auto company = f.text("company", 200);
        if (!company)
            return;
        const auto roleText = f.text("role", 20, false);
        if (!roleText)
            return;
        const QString role = roleText->isEmpty() ? QStringLiteral("agency-user") : *roleText;
        if (role != QLatin1String("agency-user") && role != QLatin1String("agency-admin"))
            return ex.problem(422, QStringLiteral("bad-role"), tr("The role is \"agency-user\" or \"agency-admin\"."));
        if (name->trimmed().count(QLatin1Char(' ')) < 1)
            return ex.problem(422, QStringLiteral("full-name-needed"),
                              tr("Give the team member's first and last name."));
        const QString mail = email->trimmed();
        if (mail.count(QLatin1Char('@')) != 1 || mail.startsWith(QLatin1Char('@')) || mail.endsWith(QLatin1Char('@')) ||
            mail.contains(QLatin1Char(' ')))
            return ex.problem(422, QStringLiteral("bad-email"), tr("\"%1\" is not an e-mail address.").arg(mail));
        if (company->trimmed().isEmpty())
            return ex.problem(422, QStringLiteral("company-needed"),
                              tr("Give the company the team member belongs to."));
        auto lock = ctx.store().lock();
        SqliteDatabase& db = ctx.store().db();
        SqliteDatabase::Transaction t(db);
        if (!t.began())
            return ctx.failed(ex, t.beginError());
        const qint64 now = ctx.now();
        const auto r = db.execute(
            QStringLiteral("INSERT INTO access_requests (requested_by, name, email, company, role, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {caller->id, name->trimmed(), mail, company->trimmed(), role, now});
        if (!r)
            return ctx.failed(ex, r.error());
        const qint64 id = db.lastInsertId();
        const auto event = EventLog::record(db, now, QStringLiteral("support.access-request"), 0, caller->id,
                                            {{QStringLiteral("accessRequestId"), id}});
        if (!event)
            return ctx.failed(ex, event.error());
        if (!ctx.commit(ex, t))
            return;
        ex.json(201, {{QStringLiteral("id"), id},
                      {QStringLiteral("name"), name->trimmed()},
                      {QStringLiteral("email"), mail},
                      {QStringLiteral("company"), company->trimmed()},
                      {QStringLiteral("role"), role},
                      {QStringLiteral("createdAt"), ProjectQueries::isoTime(now)}});
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/support/tickets"), [&ctx](Exchange& ex) {
        const auto caller = ctx.authenticate(ex);
        if (!caller)
            return;
        auto lock = ctx.store().lock();
        const auto rows = ctx.store().db().query(
            QStringLiteral("SELECT id, subject, body, COALESCE(project_id, 0), status, created_at FROM tickets "
                           "WHERE user_id = ? ORDER BY id DESC"),
            {caller->id});
        if (!rows)
            return ctx.failed(ex, rows.error());
        QJsonArray list;
        for (const sqlite::SqliteRow& r : rows.value())
            list.append(QJsonObject{
                {QStringLiteral("id"), r.integer(0)},
                {QStringLiteral("subject"), r.text(1)},
                {QStringLiteral("body"), r.text(2)},
                {QStringLiteral("projectId"), r.integer(3) ? QJsonValue(r.integer(3)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("status"), r.text(4)},
                {QStringLiteral("createdAt"), ProjectQueries::isoTime(r.integer(5))}});
        ex.json(200, {{QStringLiteral("tickets"), list}});
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/support/tickets"), [&ctx](Exchange& ex) {
        const auto caller = ctx.authenticate(ex);
        if (!caller)
            return;
        const auto body = ex.jsonBody();
        if (!body)
            return;
        JsonFields f(ex, *body);
        const auto subject = f.text("subject", 200);
        if (!subject)
            return;
        const auto text = f.text("body", 20000);
        if (!text)
            return;
        const auto projectId = f.integer("projectId", false);
        if (!projectId)
            return;
        if (subject->trimmed().isEmpty() || text->trimmed().isEmpty())
            return ex.problem(422, QStringLiteral("empty-ticket"),
                              tr("Give the ticket a subject and say what happened."));
        auto lock = ctx.store().lock();
        SqliteDatabase& db = ctx.store().db();
        if (*projectId && !ctx.allow(ex, *caller, *projectId, ProjectNeed::See))
            return;
        SqliteDatabase::Transaction t(db);
        if (!t.began())
            return ctx.failed(ex, t.beginError());
        const qint64 now = ctx.now();
        const auto r =
            db.execute(QStringLiteral("INSERT INTO tickets (user_id, project_id, subject, body, created_at) "
                                      "VALUES (?, ?, ?, ?, ?)"),
                       {caller->id, *projectId ? QVariant(*projectId) : QVariant(), subject->trimmed(), *text, now});
        if (!r)
            return ctx.failed(ex, r.error());
        const qint64 id = db.lastInsertId();
        const auto event = EventLog::record(db, now, QStringLiteral("support.ticket"), 0, caller->id,
                                            {{QStringLiteral("ticketId"), id}});
        if (!event)
            return ctx.failed(ex, event.error());
        if (!ctx.commit(ex, t))
            return;
        ex.json(201, {{QStringLiteral("id"), id},
                      {QStringLiteral("subject"), subject->trimmed()},
                      {QStringLiteral("body"), *text},
                      {QStringLiteral("projectId"), *projectId ? QJsonValue(*projectId) : QJsonValue(QJsonValue::Null)},
                      {QStringLiteral("status"), QStringLiteral("open")},
                      {QStringLiteral("createdAt"), ProjectQueries::isoTime(now)}});
    });
}

} // namespace apd::server
