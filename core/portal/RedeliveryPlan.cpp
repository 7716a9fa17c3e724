#include "portal/RedeliveryPlan.h"

#include <algorithm>

namespace apd::portal {

RedeliveryPlan RedeliveryPlan::make(const ProjectDetail& project, const QList<files::CollectedFile>& files,
                                    const naming::NameParser& parser, const QHash<qint64, QString>& rejectionComments)
{
    RedeliveryPlan plan;
    for (const AssetDetail& a : project.assets)
        plan.m_rejected += a.asset.state == order::AssetState::Rejected ? 1 : 0;

    const validate::FileValidator full(parser, {false});
    const validate::FileValidator namesOnly(parser, {true, false});
    QList<qint64> covered; // rejected assets with a valid file in the folder
    for (const files::CollectedFile& file : files) {
        Entry e;
        e.path = file.path;
        e.name = file.fileName.normalized(QString::NormalizationForm_C);
        const AssetDetail* asset = project.assetNamed(e.name);
        if (asset) {
            e.assetId = asset->asset.id;
            e.version = asset->asset.version;
            e.state = asset->state;
            e.comment = rejectionComments.value(asset->asset.id);
        }
        if (asset && asset->asset.state != order::AssetState::Rejected) {
            e.action = Action::NotRejected;
        } else if (!asset) {
            // Not an asset of the project: misnamed, perhaps meant for a rejected one.
            const validate::FileReport check = namesOnly.check(file);
            const AssetDetail* meant = check.suggestion.isEmpty() ? nullptr : project.assetNamed(check.suggestion);
            if (!check.valid()) {
                e.action = Action::Misnamed;
                if (meant && meant->asset.state == order::AssetState::Rejected)
                    e.meant = meant->asset.name;
            } else {
                e.action = Action::NoSuchAsset;
            }
        } else {
            e.report = full.check(file);
            e.action = e.report->valid() ? Action::Replace : Action::Invalid;
            if (e.action == Action::Replace && !covered.contains(e.assetId))
                covered.append(e.assetId);
        }
        plan.m_entries.append(e);
    }
    for (const AssetDetail& a : project.assets) {
        if (a.asset.state != order::AssetState::Rejected || covered.contains(a.asset.id))
            continue;
        Entry e;
        e.action = Action::Missing;
        e.name = a.asset.name;
        e.assetId = a.asset.id;
        e.version = a.asset.version;
        e.state = a.state;
        e.comment = rejectionComments.value(a.asset.id);
        plan.m_entries.append(e);
    }
    return plan;
}

QList<RedeliveryPlan::Entry> RedeliveryPlan::entries(Action action) const
{
    QList<Entry> out;
    std::copy_if(m_entries.cbegin(), m_entries.cend(), std::back_inserter(out),
                 [action](const Entry& e) { return e.action == action; });
    return out;
}

int RedeliveryPlan::count(Action action) const
{
    return int(
        std::count_if(m_entries.cbegin(), m_entries.cend(), [action](const Entry& e) { return e.action == action; }));
}

} // namespace apd::portal
