#include "order/DeliveryRules.h"

namespace apd::order {

RequiredLinks DeliveryRules::requiredLinks(const QString& type) const
{
    const naming::AssetType* t = m_catalog.find(type);
    if (!t)
        return {};
    return {t->source != naming::SourceRelation::None, t->needsBackground};
}

QList<Refusal> DeliveryRules::assetRefusals(const Project& project, const Asset& asset) const
{
    QList<Refusal> out;
    if (asset.state == AssetState::Delivered)
        out.append({asset.id, QStringLiteral("in-review"),
                    tr("\"%1\" is already delivered and waits for the owner's review.").arg(asset.name)});
    if (asset.state == AssetState::Approved)
        out.append({asset.id, QStringLiteral("approved"), tr("\"%1\" is already approved.").arg(asset.name)});
    const Request* request = project.request(asset.requestId);
    const RequiredLinks need = requiredLinks(request ? request->type : QString());
    if (need.source && (asset.sourceId == 0 || !project.source(asset.sourceId)))
        out.append({asset.id, QStringLiteral("missing-source"),
                    tr("\"%1\" has no source linked; upload its PSD or link one by hand.").arg(asset.name)});
    if (need.background && (asset.backgroundId == 0 || !project.background(asset.backgroundId)))
        out.append({asset.id, QStringLiteral("missing-background"),
                    tr("\"%1\" needs its textless background; upload it for the same request.").arg(asset.name)});
    return out;
}

QList<Refusal> DeliveryRules::refusals(const Project& project, const QList<qint64>& assetIds) const
{
    QList<Refusal> out;
    if (project.assigneeId == 0)
        out.append({0, QStringLiteral("no-assignee"),
                    tr("The project has no assignee; an agency admin sets one before anything is delivered.")});
    if (assetIds.isEmpty())
        out.append({0, QStringLiteral("nothing-selected"), tr("Select at least one asset to deliver.")});
    for (qint64 id : assetIds) {
        const Asset* a = project.asset(id);
        if (!a) {
            out.append({id, QStringLiteral("unknown-asset"), tr("Asset %1 is not part of this project.").arg(id)});
            continue;
        }
        out.append(assetRefusals(project, *a));
    }
    return out;
}

QString DeliveryRules::displayState(const Project& project, const Asset& asset) const
{
    if (asset.state != AssetState::Uploaded)
        return assetStateName(asset.state);
    const Request* request = project.request(asset.requestId);
    const RequiredLinks need = requiredLinks(request ? request->type : QString());
    const bool linked = (!need.source || asset.sourceId != 0) && (!need.background || asset.backgroundId != 0);
    return linked ? QStringLiteral("linked") : QStringLiteral("uploaded");
}

} // namespace apd::order
