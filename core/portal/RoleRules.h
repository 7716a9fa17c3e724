#pragma once

#include <QCoreApplication>
#include <QString>

namespace apd::portal {

// What a role may do on the portal, as the portal enforces it (docs/api/openapi.yaml: an
// agency admin sets the assignee and the collaborators and asks access for team members): the
// window offers only what the portal would accept, and says why the rest is not offered.
// `role` is the user's, as the portal sent it ("agency-user", "agency-admin",
// "project-owner"); empty when it is not known (working offline).
class RoleRules
{
    Q_DECLARE_TR_FUNCTIONS(RoleRules)

public:
    struct Permission
    {
        bool allowed = false;
        QString reason; // why not, for people; empty when allowed
    };

    static Permission editTeam(const QString& role);
    static Permission requestAccess(const QString& role);
};

} // namespace apd::portal
