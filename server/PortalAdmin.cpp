#include "server/PortalAdmin.h"

#include "order/OrderRules.h"
#include "server/EventLog.h"
#include "server/ProjectQueries.h"
#include "server/Secrets.h"
#include "server/WorkflowRoutes.h"

#include <QDateTime>
#include <QJsonArray>

namespace apd::server {

namespace {

using sqlite::SqliteDatabase;

Result<qint64> idOf(SqliteDatabase& db, const QString& sql, const QVariant& key, const QString& what)
{
    const auto rows = db.query(sql, {key});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return Error{QStringLiteral("not-found"), PortalAdmin::tr("There is no %1 \"%2\".").arg(what, key.toString())};
    return rows.value().first().integer(0);
}

} // namespace

qint64 PortalAdmin::now() const
{
    return m_config.clock ? m_config.clock() : QDateTime::currentMSecsSinceEpoch();
}

Result<qint64> PortalAdmin::addCompany(const QString& name, const QString& kind)
{
    if (name.trimmed().isEmpty())
        return Error{QStringLiteral("usage"), tr("A company needs a name.")};
    if (kind != QLatin1String("agency") && kind != QLatin1String("studio"))
        return Error{QStringLiteral("usage"), tr("A company is an \"agency\" or a \"studio\".")};
    auto lock = m_store.lock();
    const auto r =
        m_store.db().execute(QStringLiteral("INSERT INTO companies (name, kind, created_at) VALUES (?, ?, ?)"),
                             {name.trimmed(), kind, now()});
    if (!r)
        return Error{r.error().code, tr("Cannot add the company: %1").arg(r.error().message)};
    return m_store.db().lastInsertId();
}

Result<PortalAdmin::NewUser> PortalAdmin::addUser(const QString& company, const QString& email, const QString& name,
                                                  const QString& role, const QString& handle, const QString& password)
{
    static const QStringList roles = {QStringLiteral("agency-user"), QStringLiteral("agency-admin"),
                                      QStringLiteral("project-owner")};
    if (!roles.contains(role))
        return Error{QStringLiteral("usage"), tr("The role is one of %1.").arg(roles.join(QStringLiteral(", ")))};
    if (email.count(QLatin1Char('@')) != 1 || name.trimmed().isEmpty())
        return Error{QStringLiteral("usage"), tr("A user needs a name and an e-mail address.")};
    NewUser user;
    user.password = password.isEmpty() ? QString::fromLatin1(Secrets::randomToken(12)) : password;
    const Result<QByteArray> hash =
        Secrets::hashPassword(user.password.toUtf8(), m_config.scryptN, m_config.scryptR, m_config.scryptP);
    if (!hash)
        return hash.error();
    auto lock = m_store.lock();
    SqliteDatabase& db = m_store.db();
    // Handles are unique: "admin" at two agencies becomes "admin" and "admin2".
    QString userHandle = handle;
    if (userHandle.isEmpty()) {
        const QString base = email.section(QLatin1Char('@'), 0, 0).toLower();
        userHandle = base;
        for (int n = 2; n < 1000; ++n) {
            const auto taken = db.query(QStringLiteral("SELECT 1 FROM users WHERE handle = ?"), {userHandle});
            if (!taken)
                return taken.error();
            if (taken.value().isEmpty())
                break;
            userHandle = base + QString::number(n);
        }
    }
    const auto companyId =
        idOf(db, QStringLiteral("SELECT id, kind FROM companies WHERE name = ?"), company, tr("company"));
    if (!companyId)
        return companyId.error();
    const auto kind = db.query(QStringLiteral("SELECT kind FROM companies WHERE id = ?"), {companyId.value()});
    const bool studio = kind && !kind.value().isEmpty() && kind.value().first().text(0) == QLatin1String("studio");
    if (studio != (role == QLatin1String("project-owner")))
        return Error{QStringLiteral("usage"),
                     tr("Project owners belong to the studio, agency users and admins to an agency.")};
    const auto r = db.execute(
        QStringLiteral("INSERT INTO users (company_id, email, name, handle, role, password_hash, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {companyId.value(), email.trimmed(), name.trimmed(), userHandle, role, QString::fromLatin1(hash.value()),
         now()});
    if (!r)
        return Error{r.error().code, tr("Cannot add the user: %1").arg(r.error().message)};
    user.id = db.lastInsertId();
    return user;
}

Result<qint64> PortalAdmin::createProject(const QJsonObject& order)
{
    const QString title = order.value(QStringLiteral("title")).toString().trimmed();
    if (title.isEmpty())
        return Error{QStringLiteral("order"), tr("The order has no \"title\".")};
    const QJsonArray requests = order.value(QStringLiteral("requests")).toArray();
    if (requests.isEmpty())
        return Error{QStringLiteral("order"), tr("The order has no \"requests\".")};
    auto lock = m_store.lock();
    SqliteDatabase& db = m_store.db();
    const auto owner = idOf(db, QStringLiteral("SELECT id FROM users WHERE email = ? AND role = 'project-owner'"),
                            order.value(QStringLiteral("owner")).toString(), tr("project owner"));
    if (!owner)
        return owner.error();
    const auto agency = idOf(db, QStringLiteral("SELECT id FROM companies WHERE name = ? AND kind = 'agency'"),
                             order.value(QStringLiteral("agency")).toString(), tr("agency"));
    if (!agency)
        return agency.error();
    SqliteDatabase::Transaction t(db);
    if (!t.began())
        return t.beginError();
    const qint64 at = now();
    auto r = db.execute(QStringLiteral("INSERT INTO projects (title, company_id, owner_id, created_at, updated_at) "
                                       "VALUES (?, ?, ?, ?, ?)"),
                        {title, agency.value(), owner.value(), at, at});
    if (!r)
        return r.error();
    const qint64 projectId = db.lastInsertId();
    // Each key is checked against the project as it grows: a duplicate or a bad key stops
    // the whole order.
    order::Project shape;
    const order::OrderRules rules;
    for (const QJsonValue& v : requests) {
        const QString key = v.toString();
        const Result<QString> type = rules.checkNewKey(shape, key);
        if (!type)
            return Error{QStringLiteral("order"), tr("Request \"%1\": %2").arg(key, type.error().message)};
        r = db.execute(
            QStringLiteral("INSERT INTO requests (project_id, key, type, ordered, created_at) VALUES (?, ?, ?, 1, ?)"),
            {projectId, key, type.value(), at});
        if (!r)
            return r.error();
        shape.requests.append({db.lastInsertId(), key, type.value(), true});
    }
    const QJsonObject minimums = order.value(QStringLiteral("minimums")).toObject();
    for (auto it = minimums.begin(); it != minimums.end(); ++it) {
        r = db.execute(QStringLiteral("INSERT INTO type_minimums (project_id, type, minimum) VALUES (?, ?, ?)"),
                       {projectId, it.key(), it.value().toInt()});
        if (!r)
            return r.error();
    }
    for (const QJsonValue& m : order.value(QStringLiteral("members")).toArray()) {
        const auto user = idOf(db,
                               QStringLiteral("SELECT id FROM users WHERE email = ? AND company_id = ") +
                                   QString::number(agency.value()),
                               m.toString(), tr("agency member"));
        if (!user)
            return user.error();
        r = db.execute(QStringLiteral("INSERT OR IGNORE INTO project_members (project_id, user_id) VALUES (?, ?)"),
                       {projectId, user.value()});
        if (!r)
            return r.error();
    }
    if (order.contains(QStringLiteral("assignee"))) {
        const auto user = idOf(db,
                               QStringLiteral("SELECT id FROM users WHERE email = ? AND company_id = ") +
                                   QString::number(agency.value()),
                               order.value(QStringLiteral("assignee")).toString(), tr("agency member"));
        if (!user)
            return user.error();
        r = db.execute(QStringLiteral("UPDATE projects SET assignee_id = ? WHERE id = ?"), {user.value(), projectId});
        if (r)
            r = db.execute(QStringLiteral("INSERT OR IGNORE INTO project_members (project_id, user_id) VALUES (?, ?)"),
                           {projectId, user.value()});
        if (!r)
            return r.error();
    }
    const auto members =
        db.query(QStringLiteral("SELECT user_id FROM project_members WHERE project_id = ?"), {projectId});
    if (!members)
        return members.error();
    for (const sqlite::SqliteRow& m : members.value()) {
        const auto mail =
            EventLog::notify(db, at, m.integer(0), tr("You were added to %1").arg(title),
                             tr("Open the project to see its %n request(s).", nullptr, int(requests.size())));
        if (!mail)
            return mail.error();
    }
    const Result<bool> committed = t.commit();
    if (!committed)
        return committed.error();
    return projectId;
}

Result<qint64> PortalAdmin::review(qint64 projectId, qint64 assetId, const QString& ownerEmail, const QString& verdict,
                                   const QString& comment)
{
    if (verdict != QLatin1String("approved") && verdict != QLatin1String("rejected"))
        return Error{QStringLiteral("usage"), tr("The verdict is \"approved\" or \"rejected\".")};
    if (verdict == QLatin1String("rejected") && comment.trimmed().isEmpty())
        return Error{QStringLiteral("usage"), tr("A rejection needs a comment.")};
    auto lock = m_store.lock();
    SqliteDatabase& db = m_store.db();
    const auto owner = idOf(db,
                            QStringLiteral("SELECT u.id FROM users u JOIN projects p ON p.owner_id = u.id "
                                           "WHERE p.id = ") +
                                QString::number(projectId) + QStringLiteral(" AND u.email = ?"),
                            ownerEmail, tr("owner of this project"));
    if (!owner)
        return owner.error();
    SqliteDatabase::Transaction t(db);
    if (!t.began())
        return t.beginError();
    const Result<qint64> id =
        WorkflowRoutes::applyReview(db, now(), projectId, assetId, owner.value(), verdict, comment);
    if (!id)
        return id;
    const Result<bool> committed = t.commit();
    if (!committed)
        return committed.error();
    return id;
}

Result<QList<QJsonObject>> PortalAdmin::outbox()
{
    auto lock = m_store.lock();
    const auto rows =
        m_store.db().query(QStringLiteral("SELECT id, recipient, subject, body, created_at FROM outbox ORDER BY id"));
    if (!rows)
        return rows.error();
    QList<QJsonObject> out;
    for (const sqlite::SqliteRow& r : rows.value())
        out.append({{QStringLiteral("id"), r.integer(0)},
                    {QStringLiteral("recipient"), r.text(1)},
                    {QStringLiteral("subject"), r.text(2)},
                    {QStringLiteral("body"), r.text(3)},
                    {QStringLiteral("createdAt"), ProjectQueries::isoTime(r.integer(4))}});
    return out;
}

} // namespace apd::server
