#include "order/NameMatcher.h"

#include "naming/NameParser.h"

namespace apd::order {

namespace {

// A request key split into its parts; the type ids use '-', never '_'.
struct KeyParts
{
    QString type, tone, direction, sequence, language;
};

KeyParts splitKey(const QString& key)
{
    const QStringList p = key.split(QLatin1Char('_'));
    KeyParts k;
    if (p.size() == 5)
        k = {p[0], p[1], p[2], p[3], p[4]};
    else if (p.size() == 4)
        k = {p[0], p[1], QString(), p[2], p[3]};
    return k;
}

Error error(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message};
}

} // namespace

NameMatcher::NameMatcher(const naming::AssetCatalog& catalog) : m_catalog(catalog) {}

Result<Match> NameMatcher::match(const Project& project, QStringView name, std::optional<FileRole> declared) const
{
    const naming::NameParser parser(m_catalog);
    const naming::NameReport report = parser.parse(name);
    if (!report.valid()) {
        QString first;
        for (const naming::NameProblem& p : report.problems) {
            if (p.severity == naming::Severity::Error) {
                first = p.message;
                break;
            }
        }
        const QString suggestion = parser.suggest(name);
        return error("name-invalid", suggestion.isEmpty()
                                         ? tr("The name cannot be delivered: %1").arg(first)
                                         : tr("The name cannot be delivered: %1 Try \"%2\".").arg(first, suggestion));
    }
    const naming::NameParts& parts = report.parts;
    const naming::AssetType* type = m_catalog.find(parts.type);

    Match m;
    m.name = report.name;
    m.type = parts.type;
    m.requestKey = parts.requestKey;
    const bool sourceFile =
        parts.kind == naming::FileKind::Source || (type && type->source == naming::SourceRelation::None);
    m.role = declared ? *declared : sourceFile ? FileRole::Source : FileRole::Asset;

    if (m.role == FileRole::Source && !sourceFile)
        return error("not-a-source",
                     tr("\"%1\" is not a source file; sources are PSD, PSB, AI or AE files.").arg(m.name));
    if (m.role != FileRole::Source && sourceFile)
        return error("not-a-source",
                     tr("\"%1\" is a source file; it is uploaded as a source, not as an asset.").arg(m.name));

    if (m.role == FileRole::Source) {
        for (const Source& s : project.sources)
            if (s.name == m.name)
                m.replacesId = s.id;
        // A universal base serves the whole project: it needs no request of its own.
        if (type && type->source == naming::SourceRelation::None) {
            m.universal = true;
            m.requestKey.clear();
            return m;
        }
        const Request* r = project.requestByKey(m.requestKey);
        if (!r)
            return noRequest(project, m.requestKey, m.type);
        m.requestId = r->id;
        return m;
    }

    const Request* r = project.requestByKey(m.requestKey);
    if (!r)
        return noRequest(project, m.requestKey, m.type);
    m.requestId = r->id;

    if (m.role == FileRole::Background) {
        if (!type || !type->needsBackground)
            return error(
                "background-not-needed",
                tr("\"%1\" takes no background; only SDP and boxshot come with a textless background.").arg(m.type));
        if (const Background* b = project.backgroundForRequest(r->id))
            m.replacesId = b->id;
        return m;
    }

    if (const Asset* a = project.assetForRequest(r->id)) {
        if (a->name != m.name)
            return error("request-has-asset",
                         tr("The request %1 already holds \"%2\"; to replace it, drop a file with that exact name.")
                             .arg(r->key, a->name));
        if (a->state == AssetState::Delivered)
            return error("request-in-review",
                         tr("\"%1\" is being reviewed by the project owner; it can be replaced once it is approved "
                            "or rejected.")
                             .arg(a->name));
        if (a->state == AssetState::Approved)
            return error("request-approved", tr("\"%1\" is approved; the request is closed.").arg(a->name));
        m.replacesId = a->id;
    }
    return m;
}

Result<Match> NameMatcher::matchDroppedOn(const Project& project, QStringView name, qint64 droppedOn,
                                          std::optional<FileRole> declared) const
{
    Result<Match> m = match(project, name, declared);
    if (!m || droppedOn == 0 || m.value().universal || m.value().requestId == droppedOn)
        return m;
    const Request* target = project.request(droppedOn);
    return error("wrong-row",
                 tr("\"%1\" was dropped on the row %2, but its name belongs to the row %3; drop it "
                    "there or on the drop zone.")
                     .arg(m.value().name, target ? target->key : QString::number(droppedOn), m.value().requestKey));
}

Error NameMatcher::noRequest(const Project& project, const QString& key, const QString& type) const
{
    const KeyParts want = splitKey(key);
    const Request* nearest = nullptr;
    QString differs;
    bool ambiguous = false;
    bool typeOrdered = false;
    for (const Request& r : project.requests) {
        if (r.type != type)
            continue;
        typeOrdered = true;
        const KeyParts have = splitKey(r.key);
        QStringList diff;
        if (have.tone != want.tone)
            diff << QStringLiteral("tone");
        if (have.direction != want.direction)
            diff << QStringLiteral("direction");
        if (have.sequence != want.sequence)
            diff << QStringLiteral("sequence");
        if (have.language != want.language)
            diff << QStringLiteral("language");
        if (diff.size() != 1)
            continue;
        // Requests differing in the same single part from the name (es and en of one
        // boxshot) are equally near: name them all.
        if (nearest && differs == diff.first())
            ambiguous = true;
        else if (!nearest) {
            nearest = &r;
            differs = diff.first();
        }
    }
    if (!typeOrdered)
        return error("type-not-ordered",
                     tr("This project has no request for %1; the name does not match any request.").arg(type));
    if (nearest) {
        const KeyParts have = splitKey(nearest->key);
        const QString expected = ambiguous ? QString() : tr(" The project has %1.").arg(nearest->key);
        if (differs == QLatin1String("language"))
            return error("wrong-language",
                         tr("No request of this project is in language \"%1\" for %2.%3")
                             .arg(want.language, type,
                                  ambiguous ? QString() : tr(" The request asks for \"%1\".").arg(have.language)));
        if (differs == QLatin1String("tone"))
            return error("wrong-tone",
                         tr("No %1 request of this project has the tone \"%2\".%3").arg(type, want.tone, expected));
        if (differs == QLatin1String("direction"))
            return error(
                "wrong-direction",
                tr("No %1 request of this project has the direction \"%2\".%3").arg(type, want.direction, expected));
        return error("wrong-sequence",
                     tr("No %1 request of this project has the number %2.%3").arg(type, want.sequence, expected));
    }
    return error("no-matching-request",
                 tr("The name does not match any request of this project: check the type, tone, number and "
                    "language after \"#\" (%1).")
                     .arg(key));
}

} // namespace apd::order
