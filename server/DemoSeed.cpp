#include "server/DemoSeed.h"

#include <QFile>
#include <QJsonDocument>

// The demo order is a resource of this static library: it must be registered by hand.
static void initDemoResource()
{
    Q_INIT_RESOURCE(demo);
}

namespace apd::server {

Result<QList<DemoSeed::Account>> DemoSeed::seed(PortalStore& store, const ServerConfig& config, QTextStream& out)
{
    {
        auto lock = store.lock();
        const auto rows = store.db().query(QStringLiteral("SELECT COUNT(*) FROM companies"));
        if (!rows)
            return rows.error();
        if (rows.value().first().integer(0) > 0)
            return QList<Account>();
    }
    initDemoResource();
    QFile file(QStringLiteral(":/apd/demo/demo-order.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("demo"), tr("The demo order is missing from the program.")};
    const QJsonObject order = QJsonDocument::fromJson(file.readAll()).object();

    PortalAdmin admin(store, config);
    for (const auto& [name, kind] : {std::pair{QStringLiteral("Northlight Studio"), QStringLiteral("studio")},
                                     std::pair{QStringLiteral("Lumen Creative"), QStringLiteral("agency")}}) {
        const auto c = admin.addCompany(name, kind);
        if (!c)
            return c.error();
    }
    struct Person
    {
        QString company, email, name, role;
    };
    const QList<Person> people = {
        {QStringLiteral("Northlight Studio"), QStringLiteral("olivia.reyes@northlight.example"),
         QStringLiteral("Olivia Reyes"), QStringLiteral("project-owner")},
        {QStringLiteral("Lumen Creative"), QStringLiteral("marco.bellini@lumen.example"),
         QStringLiteral("Marco Bellini"), QStringLiteral("agency-admin")},
        {QStringLiteral("Lumen Creative"), QStringLiteral("dana.okafor@lumen.example"), QStringLiteral("Dana Okafor"),
         QStringLiteral("agency-user")},
    };
    QList<Account> accounts;
    for (const Person& p : people) {
        const auto user = admin.addUser(p.company, p.email, p.name, p.role);
        if (!user)
            return user.error();
        accounts.append({p.email, user.value().password, p.role});
    }
    const auto project = admin.createProject(order);
    if (!project)
        return project.error();

    out << tr("Demo portal seeded: project %1 \"%2\". Sign in with (shown once):")
               .arg(project.value())
               .arg(order.value(QStringLiteral("title")).toString())
        << '\n';
    for (const Account& a : accounts)
        out << QStringLiteral("  %1  %2  password: %3").arg(a.role, -14).arg(a.email, -34).arg(a.password) << '\n';
    out.flush();
    return accounts;
}

} // namespace apd::server
