#pragma once

#include "server/PortalContext.h"
#include "server/Router.h"

namespace apd::server {

// Links by hand, deliveries and reviews: the way from uploaded to approved.
class WorkflowRoutes
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowRoutes)

public:
    static void install(Router& router, PortalContext& context);

    // The owner's verdict on a delivered asset: state, review row, event, mail to the agency,
    // inside the caller's transaction (store lock held). Error codes: asset-not-found,
    // not-delivered, or a store error. Returns the review's id.
    static Result<qint64> applyReview(sqlite::SqliteDatabase& db, qint64 now, qint64 projectId, qint64 assetId,
                                      qint64 reviewerId, const QString& verdict, const QString& comment);
};

} // namespace apd::server
