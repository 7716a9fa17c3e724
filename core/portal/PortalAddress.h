#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QUrl>

namespace apd::portal {

// The portal address a person types, made into the URL the client calls: "portal.example"
// becomes https://portal.example, a trailing slash goes, a path prefix stays. Only http and
// https are accepted, with a host; anything else is refused with code "bad-address" and the
// reason. Pure; any thread.
class PortalAddress
{
    Q_DECLARE_TR_FUNCTIONS(PortalAddress)

public:
    static Result<QUrl> parse(const QString& typed);
};

} // namespace apd::portal
