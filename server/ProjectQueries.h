#pragma once

#include "common/Result.h"
#include "naming/AssetCatalog.h"
#include "order/OrderModel.h"
#include "sqlite/SqliteDatabase.h"

#include <QJsonObject>

namespace apd::server {

// Reads projects out of the store into the rules' model (apd::order) and into the API's JSON,
// and applies the links that set themselves. Every function needs the store lock held.
class ProjectQueries
{
public:
    static Result<order::Project> load(sqlite::SqliteDatabase& db, qint64 projectId);
    static Result<QJsonObject> summary(sqlite::SqliteDatabase& db, qint64 projectId);
    static Result<QJsonObject> detail(sqlite::SqliteDatabase& db, qint64 projectId,
                                      const naming::AssetCatalog& catalog);
    static Result<QJsonObject> asset(sqlite::SqliteDatabase& db, qint64 projectId, qint64 assetId,
                                     const naming::AssetCatalog& catalog);
    static QJsonObject userRef(sqlite::SqliteDatabase& db, qint64 userId);
    static QJsonObject user(const sqlite::SqliteRow& row); // id, email, name, handle, role, company_id

    // Inserts the links AutoLinker proposes, with one asset.linked event each; returns how many.
    // Inside the caller's transaction.
    static Result<int> autoLink(sqlite::SqliteDatabase& db, qint64 projectId, qint64 now,
                                const naming::AssetCatalog& catalog);
    static Result<bool> touch(sqlite::SqliteDatabase& db, qint64 projectId, qint64 now);

    static QString isoTime(qint64 ms);
    static QString userColumns(); // for user(): "id, email, name, handle, role, company_id"
};

} // namespace apd::server
