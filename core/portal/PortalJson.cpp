#include "portal/PortalJson.h"

namespace apd::portal {

const AssetDetail* ProjectDetail::asset(qint64 id) const
{
    for (const AssetDetail& a : assets)
        if (a.asset.id == id)
            return &a;
    return nullptr;
}

const AssetDetail* ProjectDetail::assetNamed(const QString& name) const
{
    const QString nfc = name.normalized(QString::NormalizationForm_C);
    for (const AssetDetail& a : assets)
        if (a.asset.name == nfc)
            return &a;
    return nullptr;
}

namespace json {

namespace {

Error missing(const char* field)
{
    return Error{QStringLiteral("bad-response"),
                 QStringLiteral("The portal's answer lacks the field \"%1\".").arg(QLatin1String(field))};
}

bool hasId(const QJsonObject& o)
{
    return o.value(QLatin1String("id")).isDouble();
}

qint64 id(const QJsonValue& v)
{
    return v.isDouble() ? qint64(v.toDouble()) : 0;
}

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QDateTime time(const QJsonObject& o, const char* key)
{
    QDateTime t = QDateTime::fromString(text(o, key), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text(o, key), Qt::ISODate);
    return t.toUTC();
}

QList<Version> versions(const QJsonValue& v)
{
    QList<Version> out;
    for (const QJsonValue& item : v.toArray()) {
        const QJsonObject o = item.toObject();
        out.append({o.value(QLatin1String("version")).toInt(), id(o.value(QLatin1String("size"))), text(o, "sha256"),
                    time(o, "createdAt"), id(o.value(QLatin1String("uploadedBy")))});
    }
    return out;
}

QList<UserRef> userRefs(const QJsonValue& v)
{
    QList<UserRef> out;
    for (const QJsonValue& item : v.toArray())
        out.append(userRef(item));
    return out;
}

QList<qint64> ids(const QJsonValue& v)
{
    QList<qint64> out;
    for (const QJsonValue& item : v.toArray())
        out.append(id(item));
    return out;
}

} // namespace

UserRef userRef(const QJsonValue& v)
{
    const QJsonObject o = v.toObject();
    return {id(o.value(QLatin1String("id"))), text(o, "name"), text(o, "handle")};
}

Result<User> user(const QJsonObject& o)
{
    if (!hasId(o))
        return missing("user.id");
    return User{
        id(o.value(QLatin1String("id"))),       text(o, "email"), text(o, "name"), text(o, "handle"), text(o, "role"),
        id(o.value(QLatin1String("companyId")))};
}

Result<Company> company(const QJsonObject& o)
{
    if (!hasId(o))
        return missing("company.id");
    return Company{id(o.value(QLatin1String("id"))), text(o, "name"), text(o, "kind")};
}

Result<Session> session(const QJsonObject& o)
{
    const QString token = text(o, "token");
    if (token.isEmpty())
        return missing("token");
    const QDateTime expires = time(o, "expiresAt");
    if (!expires.isValid())
        return missing("expiresAt");
    Result<User> u = user(o.value(QLatin1String("user")).toObject());
    if (!u)
        return u.error();
    return Session{token, expires, std::move(u).value()};
}

Result<Me> me(const QJsonObject& o)
{
    Result<User> u = user(o.value(QLatin1String("user")).toObject());
    if (!u)
        return u.error();
    Result<Company> c = company(o.value(QLatin1String("company")).toObject());
    if (!c)
        return c.error();
    return Me{std::move(u).value(), std::move(c).value()};
}

Result<ProjectSummary> projectSummary(const QJsonObject& o)
{
    if (!hasId(o))
        return missing("project.id");
    ProjectSummary p;
    p.id = id(o.value(QLatin1String("id")));
    p.title = text(o, "title");
    const QJsonObject c = o.value(QLatin1String("company")).toObject();
    p.company = {id(c.value(QLatin1String("id"))), text(c, "name"), text(c, "kind")};
    p.owner = userRef(o.value(QLatin1String("owner")));
    p.assignee = userRef(o.value(QLatin1String("assignee")));
    const QJsonObject n = o.value(QLatin1String("counts")).toObject();
    p.counts = {n.value(QLatin1String("requests")).toInt(), n.value(QLatin1String("assets")).toInt(),
                n.value(QLatin1String("delivered")).toInt(), n.value(QLatin1String("approved")).toInt(),
                n.value(QLatin1String("rejected")).toInt()};
    p.updatedAt = time(o, "updatedAt");
    return p;
}

QList<order::Refusal> refusals(const QJsonArray& a, qint64 assetId)
{
    QList<order::Refusal> out;
    for (const QJsonValue& item : a) {
        const QJsonObject o = item.toObject();
        out.append(
            {assetId >= 0 ? assetId : id(o.value(QLatin1String("assetId"))), text(o, "code"), text(o, "message")});
    }
    return out;
}

Result<AssetDetail> asset(const QJsonObject& o)
{
    if (!hasId(o))
        return missing("asset.id");
    AssetDetail d;
    d.asset.id = id(o.value(QLatin1String("id")));
    d.asset.requestId = id(o.value(QLatin1String("requestId")));
    d.asset.name = text(o, "name");
    d.state = text(o, "state");
    // "linked" is a display state: the stored state is "uploaded".
    if (d.state == QLatin1String("linked"))
        d.asset.state = order::AssetState::Uploaded;
    else if (!order::parseAssetState(d.state, &d.asset.state))
        return Error{QStringLiteral("bad-response"), QStringLiteral("Unknown asset state \"%1\".").arg(d.state)};
    d.asset.version = o.value(QLatin1String("version")).toInt(1);
    d.asset.sourceId = id(o.value(QLatin1String("sourceId")));
    d.asset.backgroundId = id(o.value(QLatin1String("backgroundId")));
    d.versions = versions(o.value(QLatin1String("versions")));
    const QJsonObject need = o.value(QLatin1String("requiredLinks")).toObject();
    d.requiredLinks.source = need.value(QLatin1String("source")).toBool();
    d.requiredLinks.background = need.value(QLatin1String("background")).toBool();
    d.refusals = refusals(o.value(QLatin1String("refusals")).toArray(), d.asset.id);
    return d;
}

Result<SourceDetail> source(const QJsonObject& o)
{
    if (!hasId(o))
        return missing("source.id");
    SourceDetail s;
    s.source = {id(o.value(QLatin1String("id"))), text(o, "name"), o.value(QLatin1String("universal")).toBool(),
                o.value(QLatin1String("version")).toInt(1)};
    s.versions = versions(o.value(QLatin1String("versions")));
    s.linkedAssetIds = ids(o.value(QLatin1String("linkedAssetIds")));
    return s;
}

Result<order::Request> request(const QJsonObject& o)
{
    if (!hasId(o))
        return missing("request.id");
    if (!o.value(QLatin1String("key")).isString())
        return missing("request.key");
    return order::Request{id(o.value(QLatin1String("id"))), text(o, "key"), text(o, "type"),
                          o.value(QLatin1String("ordered")).toBool(true)};
}

Result<ProjectDetail> projectDetail(const QJsonObject& o)
{
    Result<ProjectSummary> head = projectSummary(o);
    if (!head)
        return head.error();
    for (const char* key : {"requests", "assets", "sources", "backgrounds"})
        if (!o.value(QLatin1String(key)).isArray())
            return missing(key);
    ProjectDetail p;
    p.summary = std::move(head).value();
    p.order.id = p.summary.id;
    p.order.assigneeId = p.summary.assignee.id;
    p.members = userRefs(o.value(QLatin1String("members")));
    p.collaborators = userRefs(o.value(QLatin1String("collaborators")));
    const QJsonObject minimums = o.value(QLatin1String("minimums")).toObject();
    for (auto it = minimums.begin(); it != minimums.end(); ++it)
        p.order.minimums.insert(it.key(), it.value().toInt());
    for (const QJsonValue& v : o.value(QLatin1String("requests")).toArray()) {
        Result<order::Request> r = request(v.toObject());
        if (!r)
            return r.error();
        p.order.requests.append(std::move(r).value());
    }
    for (const QJsonValue& v : o.value(QLatin1String("assets")).toArray()) {
        Result<AssetDetail> a = asset(v.toObject());
        if (!a)
            return a.error();
        p.order.assets.append(a.value().asset);
        p.assets.append(std::move(a).value());
    }
    for (const QJsonValue& v : o.value(QLatin1String("sources")).toArray()) {
        Result<SourceDetail> s = source(v.toObject());
        if (!s)
            return s.error();
        p.order.sources.append(s.value().source);
        p.sources.append(std::move(s).value());
    }
    for (const QJsonValue& v : o.value(QLatin1String("backgrounds")).toArray()) {
        const QJsonObject b = v.toObject();
        if (!hasId(b))
            return missing("background.id");
        BackgroundDetail d;
        d.background = {id(b.value(QLatin1String("id"))), id(b.value(QLatin1String("requestId"))), text(b, "name"),
                        b.value(QLatin1String("version")).toInt(1)};
        d.versions = versions(b.value(QLatin1String("versions")));
        p.order.backgrounds.append(d.background);
        p.backgrounds.append(std::move(d));
    }
    return p;
}

Result<Delivery> delivery(const QJsonObject& o)
{
    if (!hasId(o))
        return missing("delivery.id");
    return Delivery{id(o.value(QLatin1String("id"))), id(o.value(QLatin1String("projectId"))),
                    userRef(o.value(QLatin1String("by"))), time(o, "createdAt"),
                    ids(o.value(QLatin1String("assetIds")))};
}

Result<Review> review(const QJsonObject& o)
{
    if (!hasId(o))
        return missing("review.id");
    return Review{id(o.value(QLatin1String("id"))),
                  id(o.value(QLatin1String("assetId"))),
                  text(o, "verdict"),
                  text(o, "comment"),
                  userRef(o.value(QLatin1String("by"))),
                  time(o, "createdAt")};
}

Result<Message> message(const QJsonObject& o)
{
    if (!hasId(o))
        return missing("message.id");
    QStringList mentions;
    for (const QJsonValue& v : o.value(QLatin1String("mentions")).toArray())
        mentions.append(v.toString());
    return Message{id(o.value(QLatin1String("id"))), userRef(o.value(QLatin1String("author"))), text(o, "body"),
                   mentions, time(o, "createdAt")};
}

Result<EventPage> eventPage(const QJsonObject& o)
{
    if (!o.value(QLatin1String("events")).isArray())
        return missing("events");
    if (!o.value(QLatin1String("next")).isDouble())
        return missing("next");
    EventPage page;
    page.next = id(o.value(QLatin1String("next")));
    for (const QJsonValue& v : o.value(QLatin1String("events")).toArray()) {
        const QJsonObject e = v.toObject();
        if (!hasId(e))
            return missing("event.id");
        page.events.append({id(e.value(QLatin1String("id"))), text(e, "type"), id(e.value(QLatin1String("projectId"))),
                            time(e, "createdAt"), e.value(QLatin1String("data")).toObject()});
    }
    return page;
}

Result<AccessRequest> accessRequest(const QJsonObject& o)
{
    if (!hasId(o))
        return missing("accessRequest.id");
    return AccessRequest{id(o.value(QLatin1String("id"))),
                         text(o, "name"),
                         text(o, "email"),
                         text(o, "company"),
                         text(o, "role"),
                         time(o, "createdAt")};
}

Result<Ticket> ticket(const QJsonObject& o)
{
    if (!hasId(o))
        return missing("ticket.id");
    return Ticket{id(o.value(QLatin1String("id"))),        text(o, "subject"),  text(o, "body"), text(o, "status"),
                  id(o.value(QLatin1String("projectId"))), time(o, "createdAt")};
}

} // namespace json
} // namespace apd::portal
