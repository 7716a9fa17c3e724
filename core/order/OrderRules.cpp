#include "order/OrderRules.h"

#include "naming/NameParser.h"

#include <algorithm>

namespace apd::order {

Result<QString> OrderRules::checkNewKey(const Project& project, const QString& key) const
{
    const naming::NameParser parser(m_catalog);
    const naming::NameReport report =
        parser.parse(QString(QLatin1Char('#') + key), naming::NameParser::Mode::RequestName);
    if (report.parts.requestKey.isEmpty() || report.parts.requestKey != key || !report.parts.extension.isEmpty()) {
        QString why;
        for (const naming::NameProblem& p : report.problems)
            if (p.severity == naming::Severity::Error) {
                why = p.message;
                break;
            }
        return Error{
            QStringLiteral("bad-key"),
            tr("\"%1\" is not a request key (type_tone[_direction]_number_language). %2").arg(key, why).trimmed()};
    }
    if (project.requestByKey(key))
        return Error{QStringLiteral("request-exists"), tr("The project already has the request %1.").arg(key)};
    return report.parts.type;
}

Result<QString> OrderRules::nextKey(const Project& project, const QString& type, const QString& tone,
                                    const QString& direction, const QString& language) const
{
    const naming::AssetType* t = m_catalog.find(type);
    if (!t)
        return Error{QStringLiteral("unknown-type"), tr("\"%1\" is not an asset type of the catalog.").arg(type)};
    const QString lang = t->languageSpecific ? language : QStringLiteral("zxx");
    const QString prefix = t->needsDirection ? QStringList{type, tone, direction}.join(QLatin1Char('_'))
                                             : QStringList{type, tone}.join(QLatin1Char('_'));
    // The sequence counts across the whole type, as the order shows it: a fourth billboard
    // is number 04 whatever its tone.
    int highest = 0;
    for (const Request& r : project.requests) {
        if (r.type != type)
            continue;
        const QStringList parts = r.key.split(QLatin1Char('_'));
        if (parts.size() >= 2)
            highest = std::max(highest, parts[parts.size() - 2].toInt());
    }
    if (highest >= 99)
        return Error{QStringLiteral("bad-key"), tr("%1 has no free number left (01 to 99).").arg(type)};
    const QString key = prefix + QLatin1Char('_') + QString::number(highest + 1).rightJustified(2, QLatin1Char('0')) +
                        QLatin1Char('_') + lang;
    Result<QString> checked = checkNewKey(project, key);
    if (!checked)
        return checked.error();
    return key;
}

Result<bool> OrderRules::canRemove(const Project& project, qint64 requestId) const
{
    const Request* r = project.request(requestId);
    if (!r)
        return Error{QStringLiteral("unknown-request"), tr("Request %1 is not part of this project.").arg(requestId)};
    const int count = int(std::count_if(project.requests.begin(), project.requests.end(),
                                        [r](const Request& x) { return x.type == r->type; }));
    const int minimum = project.minimumFor(r->type);
    if (count - 1 < minimum)
        return Error{QStringLiteral("below-minimum"),
                     tr("The order needs at least %n %1 line item(s); ask the project owner before delivering fewer.",
                        nullptr, minimum)
                         .arg(r->type)};
    if (const Asset* a = project.assetForRequest(r->id)) {
        if (a->state == AssetState::Delivered || a->state == AssetState::Approved)
            return Error{QStringLiteral("request-in-use"),
                         tr("%1 holds \"%2\", which is delivered; it cannot be removed.").arg(r->key, a->name)};
    }
    return true;
}

} // namespace apd::order
