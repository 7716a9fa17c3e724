#pragma once

#include "common/Result.h"
#include "naming/AssetCatalog.h"
#include "order/OrderModel.h"

#include <QCoreApplication>

namespace apd::order {

// Why one asset may not be delivered now. Codes: no-assignee, unknown-asset, missing-source,
// missing-background, in-review, approved.
struct Refusal
{
    qint64 assetId = 0;
    QString code;
    QString message;
};

struct RequiredLinks
{
    bool source = false;
    bool background = false;
};

// Which links an asset needs and whether a set of assets may be delivered. Pure, thread-safe.
class DeliveryRules
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryRules)

public:
    explicit DeliveryRules(const naming::AssetCatalog& catalog = naming::AssetCatalog::builtIn()) : m_catalog(catalog)
    {
    }

    RequiredLinks requiredLinks(const QString& type) const;
    // The reasons `asset` cannot be delivered, empty when it can.
    QList<Refusal> assetRefusals(const Project& project, const Asset& asset) const;
    // Every reason for every asset of the set; empty: the set may be delivered. An empty set,
    // or a project without assignee, is refused as a whole (assetId 0).
    QList<Refusal> refusals(const Project& project, const QList<qint64>& assetIds) const;
    // "uploaded" assets whose links are complete are shown as "linked".
    QString displayState(const Project& project, const Asset& asset) const;

private:
    const naming::AssetCatalog& m_catalog;
};

} // namespace apd::order
