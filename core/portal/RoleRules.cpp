#include "portal/RoleRules.h"

namespace apd::portal {

namespace {

const QLatin1String kAgencyAdmin("agency-admin");

} // namespace

RoleRules::Permission RoleRules::editTeam(const QString& role)
{
    if (role == kAgencyAdmin)
        return {true, {}};
    if (role.isEmpty())
        return {false, tr("Your role on the portal is not known while offline; only an agency admin sets the "
                          "assignee and the collaborators.")};
    return {false, tr("Only your agency's admin sets the assignee and the collaborators.")};
}

RoleRules::Permission RoleRules::requestAccess(const QString& role)
{
    if (role == kAgencyAdmin)
        return {true, {}};
    if (role.isEmpty())
        return {false, tr("Your role on the portal is not known while offline; only an agency admin asks for "
                          "access for team members.")};
    return {false, tr("Only your agency's admin asks for access for team members; ask them to do it.")};
}

} // namespace apd::portal
