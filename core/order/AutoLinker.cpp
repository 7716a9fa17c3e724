#include "order/AutoLinker.h"

namespace apd::order {

QString linkRoleName(LinkRole role)
{
    return role == LinkRole::Background ? QStringLiteral("background") : QStringLiteral("source");
}

bool parseLinkRole(QStringView text, LinkRole* role)
{
    if (text == QLatin1String("source"))
        *role = LinkRole::Source;
    else if (text == QLatin1String("background"))
        *role = LinkRole::Background;
    else
        return false;
    return true;
}

qint64 AutoLinker::sourceFor(const Project& project, const Asset& asset) const
{
    const Request* request = project.request(asset.requestId);
    const naming::AssetType* type = request ? m_catalog.find(request->type) : nullptr;
    if (!type || type->source == naming::SourceRelation::None)
        return 0;

    const QString stem = stemOf(asset.name);
    for (const Source& s : project.sources)
        if (!s.universal && stemOf(s.name) == stem)
            return s.id;
    if (type->source != naming::SourceRelation::Universal)
        return 0;

    QList<const Source*> bases;
    for (const Source& s : project.sources)
        if (s.universal)
            bases.append(&s);
    if (bases.size() == 1)
        return bases.first()->id;
    const QString title = titleOf(asset.name);
    const Source* found = nullptr;
    for (const Source* s : bases) {
        if (titleOf(s->name) != title)
            continue;
        if (found)
            return 0; // two bases of the same title: the user chooses
        found = s;
    }
    return found ? found->id : 0;
}

QList<Link> AutoLinker::proposals(const Project& project) const
{
    QList<Link> links;
    for (const Asset& a : project.assets) {
        if (a.state == AssetState::Approved || a.state == AssetState::Delivered)
            continue; // what is in QC stays as it was delivered
        if (a.sourceId == 0) {
            if (const qint64 s = sourceFor(project, a))
                links.append({a.id, LinkRole::Source, s});
        }
        if (a.backgroundId == 0) {
            const Request* request = project.request(a.requestId);
            const naming::AssetType* type = request ? m_catalog.find(request->type) : nullptr;
            if (type && type->needsBackground) {
                if (const Background* b = project.backgroundForRequest(a.requestId))
                    links.append({a.id, LinkRole::Background, b->id});
            }
        }
    }
    return links;
}

} // namespace apd::order
