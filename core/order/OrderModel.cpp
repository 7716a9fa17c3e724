#include "order/OrderModel.h"

#include "naming/NameParser.h"

#include <algorithm>

namespace apd::order {

namespace {

template <typename T, typename Pred> const T* findIn(const QList<T>& list, Pred pred)
{
    const auto it = std::find_if(list.begin(), list.end(), pred);
    return it == list.end() ? nullptr : &*it;
}

} // namespace

QString assetStateName(AssetState state)
{
    switch (state) {
    case AssetState::Delivered:
        return QStringLiteral("delivered");
    case AssetState::Approved:
        return QStringLiteral("approved");
    case AssetState::Rejected:
        return QStringLiteral("rejected");
    case AssetState::Uploaded:
        break;
    }
    return QStringLiteral("uploaded");
}

bool parseAssetState(QStringView text, AssetState* state)
{
    for (AssetState s : {AssetState::Uploaded, AssetState::Delivered, AssetState::Approved, AssetState::Rejected}) {
        if (text == assetStateName(s)) {
            *state = s;
            return true;
        }
    }
    return false;
}

QString fileRoleName(FileRole role)
{
    switch (role) {
    case FileRole::Source:
        return QStringLiteral("source");
    case FileRole::Background:
        return QStringLiteral("background");
    case FileRole::Asset:
        break;
    }
    return QStringLiteral("asset");
}

bool parseFileRole(QStringView text, FileRole* role)
{
    for (FileRole r : {FileRole::Asset, FileRole::Source, FileRole::Background}) {
        if (text == fileRoleName(r)) {
            *role = r;
            return true;
        }
    }
    return false;
}

const Request* Project::request(qint64 id) const
{
    return findIn(requests, [id](const Request& r) { return r.id == id; });
}

const Request* Project::requestByKey(QStringView key) const
{
    return findIn(requests, [key](const Request& r) { return r.key == key; });
}

const Asset* Project::asset(qint64 id) const
{
    return findIn(assets, [id](const Asset& a) { return a.id == id; });
}

const Asset* Project::assetForRequest(qint64 requestId) const
{
    return findIn(assets, [requestId](const Asset& a) { return a.requestId == requestId; });
}

const Source* Project::source(qint64 id) const
{
    return findIn(sources, [id](const Source& s) { return s.id == id; });
}

const Background* Project::background(qint64 id) const
{
    return findIn(backgrounds, [id](const Background& b) { return b.id == id; });
}

const Background* Project::backgroundForRequest(qint64 requestId) const
{
    return findIn(backgrounds, [requestId](const Background& b) { return b.requestId == requestId; });
}

int Project::minimumFor(const QString& type) const
{
    const auto it = minimums.constFind(type);
    if (it != minimums.constEnd())
        return it.value();
    return int(std::count_if(requests.begin(), requests.end(),
                             [&type](const Request& r) { return r.ordered && r.type == type; }));
}

QString stemOf(QStringView name)
{
    const qsizetype hash = name.lastIndexOf(QLatin1Char('#'));
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot > hash && dot > 0)
        return name.left(dot).toString();
    return name.toString();
}

QString titleOf(QStringView name)
{
    static const naming::NameParser parser;
    const naming::NameReport report = parser.parse(name);
    QString title = report.parts.freeform;
    if (!report.parts.avaIds.isEmpty()) {
        const qsizetype cut = title.lastIndexOf(QLatin1Char('_'));
        title = cut < 0 ? QString() : title.left(cut);
    }
    return title;
}

} // namespace apd::order
