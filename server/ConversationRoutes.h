#pragma once

#include "server/PortalContext.h"
#include "server/Router.h"

namespace apd::server {

// Comment threads per asset and the project chat with @mentions.
class ConversationRoutes
{
    Q_DECLARE_TR_FUNCTIONS(ConversationRoutes)

public:
    static void install(Router& router, PortalContext& context);
    // The handles a message mentions ("@ana.perez"), each once, in order.
    static QStringList mentions(const QString& body);
};

} // namespace apd::server
