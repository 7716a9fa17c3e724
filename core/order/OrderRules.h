#pragma once

#include "common/Result.h"
#include "naming/AssetCatalog.h"
#include "order/OrderModel.h"

#include <QCoreApplication>

namespace apd::order {

// The rules of the order itself: adding line items and removing them, never below the
// minimum of their type. Error codes: unknown-request, below-minimum, request-in-use,
// unknown-type, bad-key, request-exists. Pure and thread-safe.
class OrderRules
{
    Q_DECLARE_TR_FUNCTIONS(OrderRules)

public:
    explicit OrderRules(const naming::AssetCatalog& catalog = naming::AssetCatalog::builtIn()) : m_catalog(catalog) {}

    // Checks a request key given in full ("billboard_dark_ltr_04_zxx"); returns its type.
    Result<QString> checkNewKey(const Project& project, const QString& key) const;
    // The key of a new line item of `type` with the next free sequence number.
    Result<QString> nextKey(const Project& project, const QString& type, const QString& tone, const QString& direction,
                            const QString& language) const;
    // May the request go? Refused below the minimum of its type, or while its asset is in QC.
    Result<bool> canRemove(const Project& project, qint64 requestId) const;

private:
    const naming::AssetCatalog& m_catalog;
};

} // namespace apd::order
