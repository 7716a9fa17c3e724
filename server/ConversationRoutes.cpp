#include "server/ConversationRoutes.h"

#include "server/ProjectQueries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace apd::server {

namespace {

using sqlite::SqliteDatabase;

constexpr int kMaxBody = 10000;

QJsonObject message(SqliteDatabase& db, const sqlite::SqliteRow& r, bool withMentions)
{
    QJsonObject m{{QStringLiteral("id"), r.integer(0)},
                  {QStringLiteral("author"), ProjectQueries::userRef(db, r.integer(1))},
                  {QStringLiteral("body"), r.text(2)},
                  {QStringLiteral("createdAt"), ProjectQueries::isoTime(r.integer(3))}};
    if (withMentions)
        m.insert(QStringLiteral("mentions"), QJsonDocument::fromJson(r.text(4).toUtf8()).array());
    return m;
}

// The body of a message: text, not blank, at most kMaxBody characters. Answers otherwise.
std::optional<QString> messageBody(Exchange& ex)
{
    const auto body = ex.jsonBody();
    if (!body)
        return std::nullopt;
    const auto text = JsonFields(ex, *body).text("body", kMaxBody);
    if (!text)
        return std::nullopt;
    if (text->trimmed().isEmpty()) {
        ex.problem(422, QStringLiteral("empty-message"), ConversationRoutes::tr("The message is empty."));
        return std::nullopt;
    }
    return text;
}

bool assetOfProject(PortalContext& ctx, Exchange& ex, qint64 projectId, qint64 assetId)
{
    const auto rows = ctx.store().db().query(
        QStringLiteral("SELECT 1 FROM items WHERE id = ? AND project_id = ? AND role = 'asset'"), {assetId, projectId});
    if (!rows) {
        ctx.failed(ex, rows.error());
        return false;
    }
    if (rows.value().isEmpty()) {
        ex.problem(404, QStringLiteral("asset-not-found"),
                   ConversationRoutes::tr("This project has no asset %1.").arg(assetId));
        return false;
    }
    return true;
}

} // namespace

QStringList ConversationRoutes::mentions(const QString& body)
{
    static const QRegularExpression mention(QStringLiteral("(?<![\\w.@])@([A-Za-z0-9][A-Za-z0-9._-]{0,63})"));
    QStringList out;
    for (auto it = mention.globalMatch(body); it.hasNext();) {
        QString handle = it.next().captured(1);
        while (handle.endsWith(QLatin1Char('.')) || handle.endsWith(QLatin1Char('-')))
            handle.chop(1); // "@ana." at the end of a sentence
        if (!out.contains(handle, Qt::CaseInsensitive))
            out.append(handle);
    }
    return out;
}

void ConversationRoutes::install(Router& router, PortalContext& ctx)
{
    const QString commentsPath = QStringLiteral("/v1/projects/{projectId}/assets/{assetId}/comments");
    router.add(QStringLiteral("GET"), commentsPath, [&ctx](Exchange& ex) {
        const auto caller = ctx.authenticate(ex);
        if (!caller)
            return;
        const qint64 pid = ex.id(QStringLiteral("projectId"));
        const qint64 aid = ex.id(QStringLiteral("assetId"));
        auto lock = ctx.store().lock();
        SqliteDatabase& db = ctx.store().db();
        if (!ctx.allow(ex, *caller, pid, ProjectNeed::See) || !assetOfProject(ctx, ex, pid, aid))
            return;
        const auto rows = db.query(QStringLiteral("SELECT id, user_id, body, created_at FROM comments "
                                                  "WHERE asset_id = ? ORDER BY id"),
                                   {aid});
        if (!rows)
            return ctx.failed(ex, rows.error());
        QJsonArray list;
        for (const sqlite::SqliteRow& r : rows.value())
            list.append(message(db, r, false));
        ex.json(200, {{QStringLiteral("comments"), list}});
    });

    router.add(QStringLiteral("POST"), commentsPath, [&ctx](Exchange& ex) {
        const auto caller = ctx.authenticate(ex);
        if (!caller)
            return;
        const auto body = messageBody(ex);
        if (!body)
            return;
        const qint64 pid = ex.id(QStringLiteral("projectId"));
        const qint64 aid = ex.id(QStringLiteral("assetId"));
        auto lock = ctx.store().lock();
        SqliteDatabase& db = ctx.store().db();
        if (!ctx.allow(ex, *caller, pid, ProjectNeed::See) || !assetOfProject(ctx, ex, pid, aid))
            return;
        SqliteDatabase::Transaction t(db);
        if (!t.began())
            return ctx.failed(ex, t.beginError());
        const qint64 now = ctx.now();
        const auto r =
            db.execute(QStringLiteral("INSERT INTO comments (asset_id, user_id, body, created_at) VALUES (?, ?, ?, ?)"),
                       {aid, caller->id, *body, now});
        if (!r)
            return ctx.failed(ex, r.error());
        const qint64 id = db.lastInsertId();
        const auto event = EventLog::record(
            db, now, QStringLiteral("comment.created"), pid, 0,
            {{QStringLiteral("commentId"), id}, {QStringLiteral("assetId"), aid}, {QStringLiteral("by"), caller->id}});
        if (!event)
            return ctx.failed(ex, event.error());
        if (!ctx.commit(ex, t))
            return;
        ex.json(201, {{QStringLiteral("id"), id},
                      {QStringLiteral("author"), ProjectQueries::userRef(db, caller->id)},
                      {QStringLiteral("body"), *body},
                      {QStringLiteral("createdAt"), ProjectQueries::isoTime(now)}});
    });

    const QString chatPath = QStringLiteral("/v1/projects/{projectId}/chat");
    router.add(QStringLiteral("GET"), chatPath, [&ctx](Exchange& ex) {
        const auto caller = ctx.authenticate(ex);
        if (!caller)
            return;
        qint64 since = 0;
        if (const auto s = ex.query("since")) {
            bool ok = false;
            since = s->toLongLong(&ok);
            if (!ok || since < 0)
                return ex.problem(400, QStringLiteral("bad-parameter"),
                                  tr("\"since\" is a message id (a whole number)."));
        }
        const qint64 pid = ex.id(QStringLiteral("projectId"));
        auto lock = ctx.store().lock();
        SqliteDatabase& db = ctx.store().db();
        if (!ctx.allow(ex, *caller, pid, ProjectNeed::See))
            return;
        const auto rows = db.query(QStringLiteral("SELECT id, user_id, body, created_at, mentions FROM chat_messages "
                                                  "WHERE project_id = ? AND id > ? ORDER BY id LIMIT 1000"),
                                   {pid, since});
        if (!rows)
            return ctx.failed(ex, rows.error());
        QJsonArray list;
        for (const sqlite::SqliteRow& r : rows.value())
            list.append(message(db, r, true));
        ex.json(200, {{QStringLiteral("messages"), list}});
    });

    router.add(QStringLiteral("POST"), chatPath, [&ctx](Exchange& ex) {
        const auto caller = ctx.authenticate(ex);
        if (!caller)
            return;
        const auto body = messageBody(ex);
        if (!body)
            return;
        const qint64 pid = ex.id(QStringLiteral("projectId"));
        auto lock = ctx.store().lock();
        SqliteDatabase& db = ctx.store().db();
        if (!ctx.allow(ex, *caller, pid, ProjectNeed::See))
            return;
        // Only people who see the project can be mentioned; other handles stay plain text.
        QJsonArray mentioned;
        QList<qint64> notifyIds;
        for (const QString& handle : mentions(*body)) {
            const auto rows =
                db.query(QStringLiteral(
                             "SELECT u.id, u.handle FROM users u JOIN projects p ON p.id = ?2 WHERE u.handle = ?1 AND ("
                             "(u.role = 'project-owner' AND p.owner_id = u.id) OR "
                             "(u.role = 'agency-admin' AND p.company_id = u.company_id) OR "
                             "(u.role = 'agency-user' AND p.company_id = u.company_id AND EXISTS "
                             "(SELECT 1 FROM project_members m WHERE m.project_id = p.id AND m.user_id = u.id)))"),
                         {handle, pid});
            if (!rows)
                return ctx.failed(ex, rows.error());
            if (rows.value().isEmpty())
                continue;
            mentioned.append(rows.value().first().text(1));
            notifyIds.append(rows.value().first().integer(0));
        }
        SqliteDatabase::Transaction t(db);
        if (!t.began())
            return ctx.failed(ex, t.beginError());
        const qint64 now = ctx.now();
        const auto r = db.execute(
            QStringLiteral("INSERT INTO chat_messages (project_id, user_id, body, mentions, created_at) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {pid, caller->id, *body, QString::fromUtf8(QJsonDocument(mentioned).toJson(QJsonDocument::Compact)), now});
        if (!r)
            return ctx.failed(ex, r.error());
        const qint64 id = db.lastInsertId();
        auto event = EventLog::record(db, now, QStringLiteral("chat.message"), pid, 0,
                                      {{QStringLiteral("messageId"), id}, {QStringLiteral("by"), caller->id}});
        if (!event)
            return ctx.failed(ex, event.error());
        const auto titleRows = db.query(QStringLiteral("SELECT title FROM projects WHERE id = ?"), {pid});
        const QString title = titleRows && !titleRows.value().isEmpty() ? titleRows.value().first().text(0) : QString();
        for (qint64 userId : std::as_const(notifyIds)) {
            if (userId == caller->id)
                continue;
            event = EventLog::record(db, now, QStringLiteral("chat.mention"), pid, userId,
                                     {{QStringLiteral("messageId"), id}, {QStringLiteral("by"), caller->id}});
            const auto mail =
                EventLog::notify(db, now, userId, tr("%1 mentioned you in %2").arg(caller->name, title), *body);
            if (!event || !mail)
                return ctx.failed(ex, !event ? event.error() : mail.error());
        }
        if (!ctx.commit(ex, t))
            return;
        ex.json(201, {{QStringLiteral("id"), id},
                      {QStringLiteral("author"), ProjectQueries::userRef(db, caller->id)},
                      {QStringLiteral("body"), *body},
                      {QStringLiteral("mentions"), mentioned},
                      {QStringLiteral("createdAt"), ProjectQueries::isoTime(now)}});
    });
}

} // namespace apd::server
