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

    struct StoredVersion
    {
        QString name;
        QString path;
        QString sha256;
        qint64 size = 0;
        qint64 version = 0;
    };
    // The version of /v1/projects/{projectId}/files/{itemId} that the request names (its
    // "version" query; none: the latest), for a caller who sees the project. Anything else
    // (no token, another company's project, a bad or unknown version) is answered here with
    // its problem, and nothing is returned.
    static std::optional<StoredVersion> find(Exchange& exchange, PortalContext& context);
};

} // namespace apd::server
