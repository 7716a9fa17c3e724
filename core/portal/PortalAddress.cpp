#include "portal/PortalAddress.h"

namespace apd::portal {

Result<QUrl> PortalAddress::parse(const QString& typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return Error{QStringLiteral("bad-address"), tr("Enter the address of the portal, such as portal.studio.com.")};
    // A bare host ("portal.example:8443") has no scheme: the portal speaks HTTPS.
    const bool hasScheme = text.contains(QStringLiteral("://"));
    QUrl url = QUrl::fromUserInput(hasScheme ? text : QStringLiteral("https://") + text);
    if (!url.isValid() || url.host().isEmpty())
        return Error{QStringLiteral("bad-address"), tr("\"%1\" is not a web address.").arg(text)};
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return Error{QStringLiteral("bad-address"),
                     tr("The portal's address must start with https:// (it starts with %1://).").arg(scheme)};
    if (!url.userInfo().isEmpty())
        return Error{QStringLiteral("bad-address"),
                     tr("Leave the user name out of the address; enter it as the e-mail below.")};
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

} // namespace apd::portal
