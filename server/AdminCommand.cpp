#include "server/AdminCommand.h"

#include "server/PortalAdmin.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace apd::server {

namespace {

constexpr int kOk = 0;
constexpr int kRefused = 1;
constexpr int kUsage = 2;
constexpr int kStore = 3;

// "--key value" pairs and the words between them.
struct Parsed
{
    QHash<QString, QString> options;
    QStringList words;
    QStringList flags;
    QString error;
};

Parsed parse(const QStringList& args)
{
    static const QStringList flags = {QStringLiteral("--json")};
    Parsed p;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (flags.contains(a)) {
            p.flags.append(a);
        } else if (a.startsWith(QLatin1String("--"))) {
            if (i + 1 >= args.size()) {
                p.error = AdminCommand::tr("%1 needs a value.").arg(a);
                return p;
            }
            p.options.insert(a.mid(2), args[++i]);
        } else {
            p.words.append(a);
        }
    }
    return p;
}

} // namespace

int AdminCommand::usage(const QString& problem)
{
    if (!problem.isEmpty())
        m_err << problem << '\n';
    m_err << tr(
        "Usage: artwork-portal-server admin --data DIR VERB …\n"
        "  company add --name NAME --kind agency|studio\n"
        "  user add --company NAME --email E --name \"First Last\" --role agency-user|agency-admin|project-owner\n"
        "           [--handle H] [--password P]   (without --password one is made and printed once)\n"
        "  project create --order FILE.json\n"
        "  review --project ID --asset ID --as OWNER-EMAIL --verdict approved|rejected [--comment TEXT]\n"
        "  outbox [--json]\n");
    m_err.flush();
    return kUsage;
}

int AdminCommand::run(const QStringList& arguments)
{
    const Parsed p = parse(arguments);
    if (!p.error.isEmpty())
        return usage(p.error);
    const QString dataDir = p.options.value(QStringLiteral("data"));
    if (dataDir.isEmpty())
        return usage(tr("--data DIR is required."));
    const QString verb = p.words.join(QLatin1Char(' '));
    static const QStringList verbs = {QStringLiteral("company add"), QStringLiteral("user add"),
                                      QStringLiteral("project create"), QStringLiteral("review"),
                                      QStringLiteral("outbox")};
    if (!verbs.contains(verb))
        return usage(verb.isEmpty() ? tr("No verb given.") : tr("Unknown verb \"%1\".").arg(verb));

    ServerConfig config;
    config.dataDir = dataDir;
    PortalStore store;
    const Result<bool> opened = store.open(dataDir);
    if (!opened) {
        m_err << tr("Cannot open the portal in %1: %2").arg(dataDir, opened.error().message) << '\n';
        return kStore;
    }
    PortalAdmin admin(store, config);
    auto need = [&](const QStringList& keys) -> QString {
        for (const QString& k : keys)
            if (p.options.value(k).isEmpty())
                return tr("--%1 is required.").arg(k);
        return {};
    };
    auto fail = [&](const Error& e) {
        m_err << e.message << '\n';
        m_err.flush();
        return e.code == QLatin1String("sqlite") || e.code == QLatin1String("sqlite-busy") ? kStore : kRefused;
    };

    if (verb == QLatin1String("company add")) {
        if (const QString missing = need({QStringLiteral("name"), QStringLiteral("kind")}); !missing.isEmpty())
            return usage(missing);
        const auto id =
            admin.addCompany(p.options.value(QStringLiteral("name")), p.options.value(QStringLiteral("kind")));
        if (!id)
            return fail(id.error());
        m_out << tr("company %1 added").arg(id.value()) << '\n';
    } else if (verb == QLatin1String("user add")) {
        if (const QString missing = need(
                {QStringLiteral("company"), QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("role")});
            !missing.isEmpty())
            return usage(missing);
        const auto user =
            admin.addUser(p.options.value(QStringLiteral("company")), p.options.value(QStringLiteral("email")),
                          p.options.value(QStringLiteral("name")), p.options.value(QStringLiteral("role")),
                          p.options.value(QStringLiteral("handle")), p.options.value(QStringLiteral("password")));
        if (!user)
            return fail(user.error());
        m_out << tr("user %1 added").arg(user.value().id) << '\n';
        if (p.options.value(QStringLiteral("password")).isEmpty())
            m_out << tr("password (shown once): %1").arg(user.value().password) << '\n';
    } else if (verb == QLatin1String("project create")) {
        if (const QString missing = need({QStringLiteral("order")}); !missing.isEmpty())
            return usage(missing);
        QFile file(p.options.value(QStringLiteral("order")));
        if (!file.open(QIODevice::ReadOnly) || file.size() > (8 << 20))
            return fail({QStringLiteral("order"), tr("Cannot read the order %1.").arg(file.fileName())});
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return fail({QStringLiteral("order"), tr("The order is not a JSON object: %1").arg(error.errorString())});
        const auto id = admin.createProject(doc.object());
        if (!id)
            return fail(id.error());
        m_out << tr("project %1 created").arg(id.value()) << '\n';
    } else if (verb == QLatin1String("review")) {
        if (const QString missing = need(
                {QStringLiteral("project"), QStringLiteral("asset"), QStringLiteral("as"), QStringLiteral("verdict")});
            !missing.isEmpty())
            return usage(missing);
        bool okProject = false, okAsset = false;
        const qint64 project = p.options.value(QStringLiteral("project")).toLongLong(&okProject);
        const qint64 asset = p.options.value(QStringLiteral("asset")).toLongLong(&okAsset);
        if (!okProject || !okAsset)
            return usage(tr("--project and --asset are numbers."));
        const auto id =
            admin.review(project, asset, p.options.value(QStringLiteral("as")),
                         p.options.value(QStringLiteral("verdict")), p.options.value(QStringLiteral("comment")));
        if (!id)
            return fail(id.error());
        m_out << tr("review %1 recorded").arg(id.value()) << '\n';
    } else {
        const auto rows = admin.outbox();
        if (!rows)
            return fail(rows.error());
        if (p.flags.contains(QStringLiteral("--json"))) {
            QJsonArray list;
            for (const QJsonObject& o : rows.value())
                list.append(o);
            m_out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        } else {
            for (const QJsonObject& o : rows.value())
                m_out << QStringLiteral("#%1 %2 to %3: %4\n")
                             .arg(o.value(QStringLiteral("id")).toInteger())
                             .arg(o.value(QStringLiteral("createdAt")).toString(),
                                  o.value(QStringLiteral("recipient")).toString(),
                                  o.value(QStringLiteral("subject")).toString());
        }
    }
    m_out.flush();
    return kOk;
}

} // namespace apd::server
