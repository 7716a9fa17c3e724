#include "server/SessionRoutes.h"

#include "server/ProjectQueries.h"
#include "server/Secrets.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <httplib.h>

namespace apd::server {

void SessionRoutes::install(Router& router, PortalContext& ctx)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/health"), [](Exchange& ex) {
        ex.json(200,
                {{QStringLiteral("status"), QStringLiteral("ok")}, {QStringLiteral("version"), QStringLiteral("1")}});
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/catalog"), [&ctx](Exchange& ex) {
        ex.response().status = 200;
        ex.response().set_content(ctx.catalogJson().toStdString(), "application/json");
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/sessions"), [&ctx](Exchange& ex) {
        const auto body = ex.jsonBody();
        if (!body)
            return;
        JsonFields f(ex, *body);
        const auto email = f.text("email", 254);
        if (!email)
            return;
        const auto password = f.text("password", 1024);
        if (!password)
            return;
        QByteArray stored;
        qint64 userId = 0;
        {
            auto lock = ctx.store().lock();
            const auto rows = ctx.store().db().query(
                QStringLiteral("SELECT id, password_hash FROM users WHERE email = ?"), {email->trimmed()});
            if (!rows)
                return ctx.failed(ex, rows.error());
            if (!rows.value().isEmpty()) {
                userId = rows.value().first().integer(0);
                stored = rows.value().first().text(1).toLatin1();
            }
        }
        // The slow hash runs outside the store lock. An unknown address costs the same
        // time as a wrong password, so answers do not tell which addresses exist.
        static const QByteArray decoy =
            Secrets::hashPassword("decoy", ctx.config().scryptN, ctx.config().scryptR, ctx.config().scryptP).value();
        const bool good = Secrets::verifyPassword(password->toUtf8(), stored.isEmpty() ? decoy : stored) && userId;
        if (!good) {
            ex.problem(401, QStringLiteral("bad-credentials"), tr("The e-mail address or the password is wrong."));
            return;
        }
        const QByteArray token = Secrets::randomToken();
        const qint64 now = ctx.now();
        const qint64 expires = now + ctx.config().sessionLifetimeMs;
        auto lock = ctx.store().lock();
        sqlite::SqliteDatabase& db = ctx.store().db();
        db.execute(QStringLiteral("DELETE FROM sessions WHERE expires_at <= ?"), {now});
        const auto inserted = db.execute(
            QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)"),
            {Secrets::sha256(token), userId, now, expires});
        if (!inserted)
            return ctx.failed(ex, inserted.error());
        const auto user = db.query(QStringLiteral("SELECT ") + ProjectQueries::userColumns() +
                                       QStringLiteral(" FROM users WHERE id = ?"),
                                   {userId});
        if (!user || user.value().isEmpty())
            return ctx.failed(ex,
                              user ? Error{QStringLiteral("internal"), QStringLiteral("user vanished")} : user.error());
        ex.json(201, {{QStringLiteral("token"), QString::fromLatin1(token)},
                      {QStringLiteral("expiresAt"), ProjectQueries::isoTime(expires)},
                      {QStringLiteral("user"), ProjectQueries::user(user.value().first())}});
    });

    router.add(QStringLiteral("DELETE"), QStringLiteral("/v1/sessions/current"), [&ctx](Exchange& ex) {
        if (!ctx.authenticate(ex))
            return;
        const QByteArray token = ex.header("Authorization").mid(7).trimmed().toLatin1();
        auto lock = ctx.store().lock();
        const auto r = ctx.store().db().execute(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"),
                                                {Secrets::sha256(token)});
        if (!r)
            return ctx.failed(ex, r.error());
        ex.noContent();
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/me"), [&ctx](Exchange& ex) {
        const auto caller = ctx.authenticate(ex);
        if (!caller)
            return;
        auto lock = ctx.store().lock();
        sqlite::SqliteDatabase& db = ctx.store().db();
        const auto user = db.query(QStringLiteral("SELECT ") + ProjectQueries::userColumns() +
                                       QStringLiteral(" FROM users WHERE id = ?"),
                                   {caller->id});
        const auto company =
            db.query(QStringLiteral("SELECT id, name, kind FROM companies WHERE id = ?"), {caller->companyId});
        if (!user || !company || user.value().isEmpty() || company.value().isEmpty())
            return ctx.failed(ex, Error{QStringLiteral("internal"), QStringLiteral("me: user or company missing")});
        const sqlite::SqliteRow& c = company.value().first();
        ex.json(200, {{QStringLiteral("user"), ProjectQueries::user(user.value().first())},
                      {QStringLiteral("company"), QJsonObject{{QStringLiteral("id"), c.integer(0)},
                                                              {QStringLiteral("name"), c.text(1)},
                                                              {QStringLiteral("kind"), c.text(2)}}}});
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/companies"), [&ctx](Exchange& ex) {
        const auto caller = ctx.authenticate(ex);
        if (!caller)
            return;
        auto lock = ctx.store().lock();
        const auto rows = ctx.store().db().query(
            caller->isOwner() ? QStringLiteral("SELECT id, name, kind FROM companies WHERE ?1 > 0 ORDER BY name")
                              : QStringLiteral("SELECT id, name, kind FROM companies WHERE id = ?1"),
            {caller->isOwner() ? 1 : caller->companyId});
        if (!rows)
            return ctx.failed(ex, rows.error());
        QJsonArray list;
        for (const sqlite::SqliteRow& r : rows.value())
            list.append(QJsonObject{{QStringLiteral("id"), r.integer(0)},
                                    {QStringLiteral("name"), r.text(1)},
                                    {QStringLiteral("kind"), r.text(2)}});
        ex.json(200, {{QStringLiteral("companies"), list}});
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/companies/{companyId}/users"), [&ctx](Exchange& ex) {
        const auto caller = ctx.authenticate(ex);
        if (!caller)
            return;
        const qint64 companyId = ex.id(QStringLiteral("companyId"));
        auto lock = ctx.store().lock();
        sqlite::SqliteDatabase& db = ctx.store().db();
        const auto exists = db.query(QStringLiteral("SELECT 1 FROM companies WHERE id = ?"), {companyId});
        if (!exists)
            return ctx.failed(ex, exists.error());
        if (exists.value().isEmpty())
            return ex.problem(404, QStringLiteral("company-not-found"), tr("There is no company %1.").arg(companyId));
        if (!caller->isOwner() && caller->companyId != companyId)
            return ex.problem(403, QStringLiteral("company-forbidden"),
                              tr("You may list only your own company's users."));
        const auto rows = db.query(QStringLiteral("SELECT ") + ProjectQueries::userColumns() +
                                       QStringLiteral(" FROM users WHERE company_id = ? ORDER BY name"),
                                   {companyId});
        if (!rows)
            return ctx.failed(ex, rows.error());
        QJsonArray list;
        for (const sqlite::SqliteRow& r : rows.value())
            list.append(ProjectQueries::user(r));
        ex.json(200, {{QStringLiteral("users"), list}});
    });
}

} // namespace apd::server
