#pragma once

#include "common/Result.h"
#include "portal/PortalTypes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace apd::portal {

// Reads the portal's JSON documents into PortalTypes. Each reader checks the fields the
// schema requires and fails with code "bad-response" (naming the missing field) rather than
// inventing a value: a proxy's error page or another server's JSON must not look like an
// empty project. Pure functions; any thread.
namespace json {

Result<Session> session(const QJsonObject& o);
Result<User> user(const QJsonObject& o);
Result<Me> me(const QJsonObject& o);
Result<Company> company(const QJsonObject& o);
UserRef userRef(const QJsonValue& v); // null or missing: id 0
Result<ProjectSummary> projectSummary(const QJsonObject& o);
Result<ProjectDetail> projectDetail(const QJsonObject& o);
Result<AssetDetail> asset(const QJsonObject& o);
Result<SourceDetail> source(const QJsonObject& o);
Result<order::Request> request(const QJsonObject& o);
Result<Delivery> delivery(const QJsonObject& o);
Result<Review> review(const QJsonObject& o);
Result<Message> message(const QJsonObject& o);
Result<EventPage> eventPage(const QJsonObject& o);
Result<AccessRequest> accessRequest(const QJsonObject& o);
Result<Ticket> ticket(const QJsonObject& o);
QList<order::Refusal> refusals(const QJsonArray& a, qint64 assetId = -1); // -1: each item's assetId

// Parses each object of o[key] with `read`; fails on the first that does not parse.
template <typename T, typename F> Result<QList<T>> list(const QJsonObject& o, const char* key, F read)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isArray())
        return Error{QStringLiteral("bad-response"),
                     QStringLiteral("The portal's answer has no list \"%1\".").arg(QLatin1String(key))};
    QList<T> out;
    for (const QJsonValue& item : v.toArray()) {
        Result<T> r = read(item.toObject());
        if (!r)
            return r.error();
        out.append(std::move(r).value());
    }
    return out;
}

} // namespace json
} // namespace apd::portal
