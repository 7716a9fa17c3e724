#pragma once

#include "order/OrderModel.h"

#include <QStringList>

namespace apd::order::fixtures {

// A project shaped like a real order: requests are given by key, ids count from 1.
// The add* functions return a copy of what they added (the lists may move as they grow).
inline Project projectWith(const QStringList& keys)
{
    Project p;
    p.id = 1;
    p.assigneeId = 7;
    qint64 id = 0;
    for (const QString& key : keys)
        p.requests.append({++id, key, key.section(QLatin1Char('_'), 0, 0), true});
    return p;
}

inline Asset addAsset(Project& p, qint64 requestId, const QString& name, AssetState state = AssetState::Uploaded)
{
    p.assets.append({100 + p.assets.size(), requestId, name, state, 0, 0, 1});
    return p.assets.last();
}

inline Source addSource(Project& p, const QString& name, bool universal = false)
{
    p.sources.append({200 + p.sources.size(), name, universal, 1});
    return p.sources.last();
}

inline Background addBackground(Project& p, qint64 requestId, const QString& name)
{
    p.backgrounds.append({300 + p.backgrounds.size(), requestId, name, 1});
    return p.backgrounds.last();
}

} // namespace apd::order::fixtures
