#include "server/ProjectQueries.h"

#include "order/AutoLinker.h"
#include "order/DeliveryRules.h"
#include "server/EventLog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace apd::server {

namespace {

using sqlite::SqliteRow;

QJsonValue idOrNull(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

// Versions of every item of a project, by item id.
Result<QHash<qint64, QJsonArray>> versionsOf(sqlite::SqliteDatabase& db, qint64 projectId)
{
    const auto rows =
        db.query(QStringLiteral("SELECT v.item_id, v.version, v.size, v.sha256, v.uploaded_by, v.created_at "
                                "FROM versions v JOIN items i ON i.id = v.item_id "
                                "WHERE i.project_id = ? ORDER BY v.item_id, v.version"),
                 {projectId});
    if (!rows)
        return rows.error();
    QHash<qint64, QJsonArray> out;
    for (const SqliteRow& r : rows.value())
        out[r.integer(0)].append(QJsonObject{{QStringLiteral("version"), r.integer(1)},
                                             {QStringLiteral("size"), r.integer(2)},
                                             {QStringLiteral("sha256"), r.text(3)},
                                             {QStringLiteral("uploadedBy"), r.integer(4)},
                                             {QStringLiteral("createdAt"), ProjectQueries::isoTime(r.integer(5))}});
    return out;
}

QJsonObject assetJson(const order::Project& p, const order::Asset& a, const order::DeliveryRules& rules,
                      const QHash<qint64, QJsonArray>& versions)
{
    const order::Request* request = p.request(a.requestId);
    const order::RequiredLinks need = rules.requiredLinks(request ? request->type : QString());
    QJsonArray refusals;
    for (const order::Refusal& r : rules.assetRefusals(p, a))
        refusals.append(QJsonObject{{QStringLiteral("code"), r.code}, {QStringLiteral("message"), r.message}});
    if (p.assigneeId == 0)
        refusals.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("no-assignee")},
                                    {QStringLiteral("message"),
                                     order::DeliveryRules::tr("The project has no assignee; an agency admin sets one "
                                                              "before anything is delivered.")}});
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("requestId"), a.requestId},
                       {QStringLiteral("name"), a.name},
                       {QStringLiteral("state"), rules.displayState(p, a)},
                       {QStringLiteral("version"), a.version},
                       {QStringLiteral("versions"), versions.value(a.id)},
                       {QStringLiteral("sourceId"), idOrNull(a.sourceId)},
                       {QStringLiteral("backgroundId"), idOrNull(a.backgroundId)},
                       {QStringLiteral("requiredLinks"), QJsonObject{{QStringLiteral("source"), need.source},
                                                                     {QStringLiteral("background"), need.background}}},
                       {QStringLiteral("refusals"), refusals}};
}

} // namespace

QString ProjectQueries::isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString ProjectQueries::userColumns()
{
    return QStringLiteral("id, email, name, handle, role, company_id");
}

QJsonObject ProjectQueries::user(const SqliteRow& r)
{
    return QJsonObject{{QStringLiteral("id"), r.integer(0)}, {QStringLiteral("email"), r.text(1)},
                       {QStringLiteral("name"), r.text(2)},  {QStringLiteral("handle"), r.text(3)},
                       {QStringLiteral("role"), r.text(4)},  {QStringLiteral("companyId"), r.integer(5)}};
}

QJsonObject ProjectQueries::userRef(sqlite::SqliteDatabase& db, qint64 userId)
{
    const auto rows = db.query(QStringLiteral("SELECT id, name, handle FROM users WHERE id = ?"), {userId});
    if (!rows || rows.value().isEmpty())
        return {};
    const SqliteRow& r = rows.value().first();
    return QJsonObject{{QStringLiteral("id"), r.integer(0)},
                       {QStringLiteral("name"), r.text(1)},
                       {QStringLiteral("handle"), r.text(2)}};
}

Result<order::Project> ProjectQueries::load(sqlite::SqliteDatabase& db, qint64 projectId)
{
    order::Project p;
    const auto head =
        db.query(QStringLiteral("SELECT id, COALESCE(assignee_id, 0) FROM projects WHERE id = ?"), {projectId});
    if (!head)
        return head.error();
    if (head.value().isEmpty())
        return Error{QStringLiteral("project-not-found"), QStringLiteral("no project %1").arg(projectId)};
    p.id = projectId;
    p.assigneeId = head.value().first().integer(1);

    const auto requests =
        db.query(QStringLiteral("SELECT id, key, type, ordered FROM requests WHERE project_id = ? ORDER BY type, key"),
                 {projectId});
    if (!requests)
        return requests.error();
    for (const SqliteRow& r : requests.value())
        p.requests.append({r.integer(0), r.text(1), r.text(2), r.integer(3) != 0});

    const auto items =
        db.query(QStringLiteral("SELECT id, role, name, COALESCE(request_id, 0), universal, state, version "
                                "FROM items WHERE project_id = ? ORDER BY id"),
                 {projectId});
    if (!items)
        return items.error();
    for (const SqliteRow& r : items.value()) {
        const QString role = r.text(1);
        if (role == QLatin1String("asset")) {
            order::Asset a;
            a.id = r.integer(0);
            a.requestId = r.integer(3);
            a.name = r.text(2);
            order::parseAssetState(r.text(5), &a.state);
            a.version = int(r.integer(6));
            p.assets.append(a);
        } else if (role == QLatin1String("source")) {
            p.sources.append({r.integer(0), r.text(2), r.integer(4) != 0, int(r.integer(6))});
        } else {
            p.backgrounds.append({r.integer(0), r.integer(3), r.text(2), int(r.integer(6))});
        }
    }
    const auto links = db.query(QStringLiteral("SELECT l.asset_id, l.role, l.target_id FROM links l "
                                               "JOIN items i ON i.id = l.asset_id WHERE i.project_id = ?"),
                                {projectId});
    if (!links)
        return links.error();
    for (const SqliteRow& r : links.value()) {
        for (order::Asset& a : p.assets) {
            if (a.id != r.integer(0))
                continue;
            if (r.text(1) == QLatin1String("source"))
                a.sourceId = r.integer(2);
            else
                a.backgroundId = r.integer(2);
        }
    }
    const auto minimums =
        db.query(QStringLiteral("SELECT type, minimum FROM type_minimums WHERE project_id = ?"), {projectId});
    if (!minimums)
        return minimums.error();
    for (const SqliteRow& r : minimums.value())
        p.minimums.insert(r.text(0), int(r.integer(1)));
    return p;
}

Result<QJsonObject> ProjectQueries::summary(sqlite::SqliteDatabase& db, qint64 projectId)
{
    const auto rows = db.query(
        QStringLiteral(
            "SELECT p.id, p.title, c.id, c.name, c.kind, p.owner_id, COALESCE(p.assignee_id, 0), p.updated_at, "
            "(SELECT COUNT(*) FROM requests r WHERE r.project_id = p.id), "
            "(SELECT COUNT(*) FROM items i WHERE i.project_id = p.id AND i.role = 'asset'), "
            "(SELECT COUNT(*) FROM items i WHERE i.project_id = p.id AND i.role = 'asset' AND i.state = 'delivered'), "
            "(SELECT COUNT(*) FROM items i WHERE i.project_id = p.id AND i.role = 'asset' AND i.state = 'approved'), "
            "(SELECT COUNT(*) FROM items i WHERE i.project_id = p.id AND i.role = 'asset' AND i.state = 'rejected') "
            "FROM projects p JOIN companies c ON c.id = p.company_id WHERE p.id = ?"),
        {projectId});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return Error{QStringLiteral("project-not-found"), QStringLiteral("no project %1").arg(projectId)};
    const SqliteRow& r = rows.value().first();
    const qint64 assignee = r.integer(6);
    return QJsonObject{
        {QStringLiteral("id"), r.integer(0)},
        {QStringLiteral("title"), r.text(1)},
        {QStringLiteral("company"), QJsonObject{{QStringLiteral("id"), r.integer(2)},
                                                {QStringLiteral("name"), r.text(3)},
                                                {QStringLiteral("kind"), r.text(4)}}},
        {QStringLiteral("owner"), userRef(db, r.integer(5))},
        {QStringLiteral("assignee"), assignee ? QJsonValue(userRef(db, assignee)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("requests"), r.integer(8)},
                                               {QStringLiteral("assets"), r.integer(9)},
                                               {QStringLiteral("delivered"), r.integer(10)},
                                               {QStringLiteral("approved"), r.integer(11)},
                                               {QStringLiteral("rejected"), r.integer(12)}}},
        {QStringLiteral("updatedAt"), isoTime(r.integer(7))}};
}

Result<QJsonObject> ProjectQueries::detail(sqlite::SqliteDatabase& db, qint64 projectId,
                                           const naming::AssetCatalog& catalog)
{
    Result<QJsonObject> head = summary(db, projectId);
    if (!head)
        return head;
    const Result<order::Project> loaded = load(db, projectId);
    if (!loaded)
        return loaded.error();
    const order::Project& p = loaded.value();
    const auto versions = versionsOf(db, projectId);
    if (!versions)
        return versions.error();
    const order::DeliveryRules rules(catalog);
    QJsonObject out = head.value();

    const auto members = db.query(QStringLiteral("SELECT m.user_id, m.collaborator FROM project_members m "
                                                 "WHERE m.project_id = ? ORDER BY m.user_id"),
                                  {projectId});
    if (!members)
        return members.error();
    QJsonArray memberList, collaborators;
    for (const sqlite::SqliteRow& r : members.value()) {
        const QJsonObject ref = userRef(db, r.integer(0));
        memberList.append(ref);
        if (r.integer(1))
            collaborators.append(ref);
    }
    out.insert(QStringLiteral("members"), memberList);
    out.insert(QStringLiteral("collaborators"), collaborators);

    QJsonObject minimums;
    QStringList types;
    for (const order::Request& r : p.requests)
        if (!types.contains(r.type))
            types.append(r.type);
    for (const QString& t : types)
        minimums.insert(t, p.minimumFor(t));
    out.insert(QStringLiteral("minimums"), minimums);

    QJsonArray requests;
    for (const order::Request& r : p.requests) {
        const order::Asset* a = p.assetForRequest(r.id);
        requests.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("key"), r.key},
                                    {QStringLiteral("type"), r.type},
                                    {QStringLiteral("ordered"), r.ordered},
                                    {QStringLiteral("assetId"), idOrNull(a ? a->id : 0)}});
    }
    out.insert(QStringLiteral("requests"), requests);

    QJsonArray assets;
    for (const order::Asset& a : p.assets)
        assets.append(assetJson(p, a, rules, versions.value()));
    out.insert(QStringLiteral("assets"), assets);

    QJsonArray sources;
    for (const order::Source& s : p.sources) {
        QJsonArray linked;
        for (const order::Asset& a : p.assets)
            if (a.sourceId == s.id)
                linked.append(a.id);
        sources.append(QJsonObject{{QStringLiteral("id"), s.id},
                                   {QStringLiteral("name"), s.name},
                                   {QStringLiteral("universal"), s.universal},
                                   {QStringLiteral("version"), s.version},
                                   {QStringLiteral("versions"), versions.value().value(s.id)},
                                   {QStringLiteral("linkedAssetIds"), linked}});
    }
    out.insert(QStringLiteral("sources"), sources);

    QJsonArray backgrounds;
    for (const order::Background& b : p.backgrounds)
        backgrounds.append(QJsonObject{{QStringLiteral("id"), b.id},
                                       {QStringLiteral("requestId"), b.requestId},
                                       {QStringLiteral("name"), b.name},
                                       {QStringLiteral("version"), b.version},
                                       {QStringLiteral("versions"), versions.value().value(b.id)}});
    out.insert(QStringLiteral("backgrounds"), backgrounds);
    return out;
}

Result<QJsonObject> ProjectQueries::asset(sqlite::SqliteDatabase& db, qint64 projectId, qint64 assetId,
                                          const naming::AssetCatalog& catalog)
{
    const Result<order::Project> loaded = load(db, projectId);
    if (!loaded)
        return loaded.error();
    const order::Asset* a = loaded.value().asset(assetId);
    if (!a)
        return Error{QStringLiteral("asset-not-found"), QStringLiteral("no asset %1").arg(assetId)};
    const auto versions = versionsOf(db, projectId);
    if (!versions)
        return versions.error();
    return assetJson(loaded.value(), *a, order::DeliveryRules(catalog), versions.value());
}

Result<int> ProjectQueries::autoLink(sqlite::SqliteDatabase& db, qint64 projectId, qint64 now,
                                     const naming::AssetCatalog& catalog)
{
    const Result<order::Project> loaded = load(db, projectId);
    if (!loaded)
        return loaded.error();
    const QList<order::Link> links = order::AutoLinker(catalog).proposals(loaded.value());
    for (const order::Link& l : links) {
        const auto r = db.execute(QStringLiteral("INSERT INTO links (asset_id, role, target_id, manual, created_at) "
                                                 "VALUES (?, ?, ?, 0, ?)"),
                                  {l.assetId, order::linkRoleName(l.role), l.targetId, now});
        if (!r)
            return r.error();
        const auto e = EventLog::record(db, now, QStringLiteral("asset.linked"), projectId, 0,
                                        {{QStringLiteral("assetId"), l.assetId},
                                         {QStringLiteral("role"), order::linkRoleName(l.role)},
                                         {QStringLiteral("targetId"), l.targetId},
                                         {QStringLiteral("automatic"), true}});
        if (!e)
            return e.error();
    }
    return int(links.size());
}

Result<bool> ProjectQueries::touch(sqlite::SqliteDatabase& db, qint64 projectId, qint64 now)
{
    const auto r = db.execute(QStringLiteral("UPDATE projects SET updated_at = ? WHERE id = ?"), {now, projectId});
    if (!r)
        return r.error();
    return true;
}

} // namespace apd::server
