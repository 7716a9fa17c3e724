#pragma once

#include "server/PortalContext.h"
#include "server/Router.h"

namespace apd::server {

// The events feed (cursor, long poll) and support: access requests, help tickets.
class FeedRoutes
{
    Q_DECLARE_TR_FUNCTIONS(FeedRoutes)

public:
    static void install(Router& router, PortalContext& context);
};

} // namespace apd::server
