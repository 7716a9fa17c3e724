#pragma once

#include "server/PortalContext.h"
#include "server/Router.h"

namespace apd::server {

// The stored bytes of an asset, a source or a background, for the people who see the
// project: the designer's viewer and the owner's QC read the file as it was uploaded.
class FileRoutes
{
    Q_DECLARE_TR_FUNCTIONS(FileRoutes)

public:
    static void install(Router& router, PortalContext& context);
};

} // namespace apd::server
