#pragma once

#include "server/PortalContext.h"
#include "server/Router.h"

namespace apd::server {

// A small PNG of a stored JPEG or PNG, for the rows of the order: made once per stored
// version and size with core's thumbnailer (memory bounded by a few rows of the image, whatever
// its size) and kept under the data directory, keyed by the bytes' SHA-256 and the size, so
// a new version misses the cache by itself. Same readers as the file itself (FileRoutes).
class ThumbnailRoutes
{
    Q_DECLARE_TR_FUNCTIONS(ThumbnailRoutes)

public:
    static constexpr int kMinSide = 32;
    static constexpr int kMaxSide = 512;
    static constexpr int kDefaultSide = 128;

    static void install(Router& router, PortalContext& context);
};

} // namespace apd::server
