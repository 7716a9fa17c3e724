#pragma once

#include "server/PortalContext.h"
#include "server/Router.h"

namespace apd::server {

// Health, sign-in and sign-out, who am I, companies and their users, the catalog.
class SessionRoutes
{
    Q_DECLARE_TR_FUNCTIONS(SessionRoutes)

public:
    static void install(Router& router, PortalContext& context);
};

} // namespace apd::server
