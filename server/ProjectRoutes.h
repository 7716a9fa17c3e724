#pragma once

#include "server/PortalContext.h"
#include "server/Router.h"

namespace apd::server {

// Projects: list, detail, assignee, collaborators, line items, sources.
class ProjectRoutes
{
    Q_DECLARE_TR_FUNCTIONS(ProjectRoutes)

public:
    static void install(Router& router, PortalContext& context);
};

} // namespace apd::server
