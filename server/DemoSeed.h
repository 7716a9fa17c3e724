#pragma once

#include "common/Result.h"
#include "server/PortalAdmin.h"

#include <QTextStream>

namespace apd::server {

// Seeds an empty portal for a demonstration: a studio with its project owner, an agency
// with an admin and a designer, and a realistic project (resources/demo/demo-order.json).
// The passwords are random and printed once to `out`. A portal that has data is left alone.
class DemoSeed
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeed)

public:
    struct Account
    {
        QString email;
        QString password;
        QString role;
    };
    // Returns the accounts made (empty when the portal already had data).
    static Result<QList<Account>> seed(PortalStore& store, const ServerConfig& config, QTextStream& out);
};

} // namespace apd::server
