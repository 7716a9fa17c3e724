#include "naming/NameAnalysis.h"

#include "naming/LanguageTag.h"

#include <algorithm>
#include <array>

namespace apd::naming {

namespace {

enum Role
{
    TypeRole,
    ToneRole,
    DirectionRole,
    SequenceRole,
    LanguageRole,
    RoleCount
};

bool isAsciiAlnum(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool allDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit() && c.unicode() < 0x80; });
}

bool hasDigit(QStringView s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

// Shaped like a recommendation ID: exactly ten ASCII letters or digits.
bool isAvaIdShape(QStringView s)
{
    return s.size() == 10 && std::all_of(s.begin(), s.end(), isAsciiAlnum);
}

// A lone last word of ID shape that also looks random rather than like a word of a title.
bool looksLikeAvaId(QStringView s)
{
    if (!isAvaIdShape(s))
        return false;
    const auto upper = std::count_if(s.begin(), s.end(), [](QChar c) { return c.isUpper(); });
    return upper >= 2 || hasDigit(s);
}

bool isRegionOrScriptShape(QStringView s)
{
    if (s.size() == 3)
        return allDigits(s);
    return (s.size() == 2 || s.size() == 4) &&
           std::all_of(s.begin(), s.end(), [](QChar c) { return c.isLetter() && c.unicode() < 0x80; });
}

// ASCII case-insensitive equality; the length decides first (this runs for every word).
bool sameWord(QStringView word, const char* ascii, qsizetype length)
{
    if (word.size() != length)
        return false;
    for (qsizetype i = 0; i < length; ++i) {
        const char16_t c = word[i].unicode();
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != char16_t(ascii[i]))
            return false;
    }
    return true;
}

bool isTone(QStringView word)
{
    return sameWord(word, "light", 5) || sameWord(word, "dark", 4) || sameWord(word, "na", 2);
}

bool isDirection(QStringView word)
{
    return sameWord(word, "ltr", 3) || sameWord(word, "rtl", 3);
}

// The lowercase form of a word. The words that make up most names (tones, directions,
// extensions) come from one shared copy each, so that a parse allocates only for what is
// particular to a name: this is the parser's hot path.
QString lowercase(QStringView word)
{
    static const std::array<QString, 11> common = {
        QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("na"),  QStringLiteral("ltr"),
        QStringLiteral("rtl"),   QStringLiteral("jpg"),  QStringLiteral("png"), QStringLiteral("psd"),
        QStringLiteral("psb"),   QStringLiteral("jpeg"), QStringLiteral("zxx")};
    for (const QString& c : common) {
        if (word.size() != c.size())
            continue;
        qsizetype i = 0;
        while (i < word.size() && (word[i].unicode() | 0x20) == c[i].unicode())
            ++i;
        if (i == word.size())
            return c;
    }
    return word.toString().toLower();
}

// A two-digit sequence ("07") from a shared table; anything else as written.
QString sequenceText(QStringView seq)
{
    static const std::array<QString, 100> table = [] {
        std::array<QString, 100> t;
        for (int i = 0; i < 100; ++i)
            t[size_t(i)] = QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
        return t;
    }();
    if (seq.size() == 2 && seq[0].isDigit() && seq[1].isDigit() && seq[0].unicode() < 0x80 && seq[1].unicode() < 0x80)
        return table[size_t((seq[0].unicode() - '0') * 10 + (seq[1].unicode() - '0'))];
    return seq.toString();
}

// "lihgt", "drak", "ligt": one edit or one swap away from a tone.
QString toneTypo(const QString& lower)
{
    for (const auto* tone : {"light", "dark"}) {
        const QString t = QLatin1String(tone);
        if (std::abs(t.size() - lower.size()) > 1)
            continue;
        qsizetype i = 0;
        while (i < t.size() && i < lower.size() && t[i] == lower[i])
            ++i;
        const QStringView a = QStringView(t).mid(i), b = QStringView(lower).mid(i);
        const bool swap = a.size() >= 2 && b.size() >= 2 && a[0] == b[1] && a[1] == b[0] && a.mid(2) == b.mid(2);
        if (a.mid(1) == b.mid(1) || a.mid(1) == b || a == b.mid(1) || swap)
            return t;
    }
    return {};
}

} // namespace

void NameAnalysis::add(const QString& code, Severity severity, const QString& message, Span cleanedSpan,
                       std::optional<NameFix> fix)
{
    if (fix)
        fix->span = toOriginal(fix->span);
    addOriginal(code, severity, message, toOriginal(cleanedSpan), std::move(fix));
}

void NameAnalysis::addOriginal(const QString& code, Severity severity, const QString& message, Span span,
                               std::optional<NameFix> fix)
{
    if (m_structured && severity == Severity::Error)
        m_structureErrors = true;
    m_report.problems.append(NameProblem{code, severity, message, span, std::move(fix)});
}

void NameAnalysis::addWhole(const QString& code, Severity severity, const QString& message)
{
    addOriginal(code, severity, message, Span{0, 0});
}

Span NameAnalysis::toOriginal(Span s) const
{
    const auto position = [this](qsizetype p) -> qsizetype {
        if (p < m_map.size())
            return m_map[p];
        return m_map.isEmpty() ? m_report.name.size() : m_map.last() + 1;
    };
    if (m_map.isEmpty())
        return s;
    if (s.length == 0)
        return Span{position(s.start), 0};
    const qsizetype start = m_map[s.start];
    return Span{start, m_map[s.end() - 1] + 1 - start};
}

NameAnalysis::Tokens NameAnalysis::split(qsizetype begin, qsizetype end, QChar separator) const
{
    Tokens tokens;
    qsizetype start = begin;
    for (qsizetype i = begin; i <= end; ++i) {
        if (i == end || m_cleaned[i] == separator) {
            tokens.append(Token{start, i});
            start = i + 1;
        }
    }
    return tokens;
}

Span NameAnalysis::withSeparator(const Tokens& tokens, qsizetype index) const
{
    const Token& t = tokens[index];
    if (index > 0)
        return Span{t.start - 1, t.size() + 1};
    if (tokens.size() > 1)
        return Span{t.start, t.size() + 1};
    return Span{t.start, t.size()};
}

bool NameAnalysis::findHash(qsizetype begin, qsizetype end, qsizetype& hash)
{
    QVarLengthArray<qsizetype, 4> hashes;
    for (qsizetype i = begin; i < end; ++i)
        if (m_cleaned[i] == QLatin1Char('#'))
            hashes.append(i);

    if (!hashes.isEmpty()) {
        // With several, the separator is the last "#" that a type follows; the others are strays.
        hash = hashes.back();
        for (qsizetype k = hashes.size() - 1; k >= 0 && hashes.size() > 1; --k) {
            const qsizetype from = hashes[k] + 1;
            qsizetype to = from;
            while (to < end && m_cleaned[to] != QLatin1Char('#') && m_cleaned[to] != QLatin1Char('.'))
                ++to;
            const Tokens words = split(from, to, QLatin1Char('_'));
            bool typed = false;
            for (qsizetype n = std::min<qsizetype>(3, words.size()); n >= 1 && !typed; --n)
                typed = m_catalog.findLoose(text(words[0].start, words[n - 1].end)) != nullptr;
            if (typed) {
                hash = hashes[k];
                break;
            }
        }
        for (qsizetype k = 0; k < hashes.size(); ++k) {
            const qsizetype h = hashes[k];
            if (h == hash)
                continue;
            const bool doubled = (k + 1 < hashes.size() && hashes[k + 1] == h + 1) || (k > 0 && hashes[k - 1] == h - 1);
            const bool remove = doubled || h > hash;
            add(QStringLiteral("hash-multiple"), Severity::Error,
                tr("The name has more than one \"#\"; exactly one must separate the free part from the request."),
                {h, 1},
                NameFix{remove ? tr("remove the extra \"#\"") : tr("write \"_\" instead of this \"#\""),
                        {h, 1},
                        remove ? QString() : QStringLiteral("_")});
        }
        return true;
    }

    // No '#': find where the request part would start (the last word that names a type)
    // and offer to put the '#' there.
    const Tokens tokens = split(begin, end, QLatin1Char('_'));
    for (qsizetype i = tokens.size() - 2; i >= 0; --i) {
        for (qsizetype k = std::min<qsizetype>(3, tokens.size() - 1 - i); k >= 1; --k) {
            if (!m_catalog.findLoose(text(tokens[i].start, tokens[i + k - 1].end)))
                continue;
            const QString message = tr("The name has no \"#\" before the asset type.");
            if (i > 0) {
                hash = tokens[i].start - 1;
                add(QStringLiteral("hash-missing"), Severity::Error, message, {hash, 1},
                    NameFix{tr("write \"#\" instead of \"_\" before the type"), {hash, 1}, QStringLiteral("#")});
            } else {
                hash = begin - 1;
                add(QStringLiteral("hash-missing"), Severity::Error, message, {begin, 0},
                    NameFix{tr("put \"#\" before the type"), {begin, 0}, QStringLiteral("#")});
            }
            return true;
        }
    }
    // "Title-billboard_dark_…": the type glued to the title with "-".
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        for (qsizetype p = tokens[i].start; p < tokens[i].end; ++p) {
            if (m_cleaned[p] != QLatin1Char('-') || !m_catalog.find(text(p + 1, tokens[i].end)))
                continue;
            hash = p;
            add(QStringLiteral("hash-missing"), Severity::Error, tr("The name has no \"#\" before the asset type."),
                {p, 1}, NameFix{tr("write \"#\" instead of \"-\" before the type"), {p, 1}, QStringLiteral("#")});
            return true;
        }
    }
    add(QStringLiteral("hash-missing"), Severity::Error,
        tr("The name has no \"#\" and no asset type; copy the request's name from the order and add the "
           "extension."),
        {begin, 0});
    return false;
}

void NameAnalysis::analyseStem(qsizetype begin, qsizetype end)
{
    qsizetype hash = -1;
    if (!findHash(begin, end, hash)) {
        m_report.parts.freeform = text(begin, end).toString();
        m_structureErrors = true;
        return;
    }
    // "…_zxx.jpg.png": an extension inside the stem.
    const qsizetype inner = lastIndexBefore(m_cleaned, u'.', end);
    if (inner > hash && inner < end) {
        const QString innerExt = text(inner + 1, end).toString().toLower();
        if (m_catalog.isKnownExtension(innerExt) || innerExt == QLatin1String("jpeg")) {
            add(QStringLiteral("extension-double"), Severity::Error,
                tr("The name has two extensions (\".%1\" and another); keep only the real one.").arg(innerExt),
                {inner, end - inner}, NameFix{tr("remove \".%1\"").arg(innerExt), {inner, end - inner}, {}});
            end = inner;
        }
    }
    const qsizetype junk = m_cleaned.indexOf(QLatin1Char('.'), hash + 1);
    if (junk >= 0 && junk < end) {
        add(QStringLiteral("extension-junk"), Severity::Error,
            tr("\"%1\" stands between the language code and the extension.").arg(text(junk, end)), {junk, end - junk},
            NameFix{tr("remove \"%1\"").arg(text(junk, end)), {junk, end - junk}, {}});
        end = junk;
    }
    analyseFreeform(begin, std::max(begin, hash));
    analyseStructured(hash + 1, end);
}

void NameAnalysis::analyseFreeform(qsizetype begin, qsizetype end)
{
    NameParts& parts = m_report.parts;
    parts.freeform = text(begin, end).toString();
    if (begin == end) {
        add(QStringLiteral("freeform-empty"), Severity::Warning,
            tr("The part before \"#\" is empty; the title there helps everyone find the file."), {begin, 0});
        return;
    }
    const qsizetype lastUnderscore = lastIndexBefore(m_cleaned, u'_', end);
    const qsizetype idsBegin = lastUnderscore >= begin ? lastUnderscore + 1 : begin;

    for (qsizetype i = begin; i < idsBegin; ++i)
        if (m_cleaned[i] == QLatin1Char('|'))
            add(QStringLiteral("ava-id-misplaced"), Severity::Error,
                tr("\"|\" only joins recommendation IDs at the very end of the free part, right before \"#\"."), {i, 1},
                NameFix{tr("remove this \"|\""), {i, 1}, {}});

    if (!text(idsBegin, end).contains(QLatin1Char('|'))) {
        const QStringView last = text(idsBegin, end);
        if (looksLikeAvaId(last)) {
            parts.avaIds.append(last.toString());
            add(QStringLiteral("ava-id-probable"), Severity::Info,
                tr("\"%1\" looks like a recommendation ID.").arg(last), {idsBegin, end - idsBegin});
        }
        return;
    }
    const Tokens pieces = split(idsBegin, end, QLatin1Char('|'));
    qsizetype lastBar = -1;
    for (qsizetype j = 0; j < pieces.size(); ++j) {
        const Token& p = pieces[j];
        if (p.size() == 0) {
            const Span bar = j > 0 ? Span{p.start - 1, 1} : Span{p.end, 1};
            if (bar.start == lastBar)
                continue; // "|" alone: one bar, one problem
            lastBar = bar.start;
            add(QStringLiteral("ava-id-empty"), Severity::Error,
                tr("An empty recommendation ID: \"|\" must stand between two IDs."), bar,
                NameFix{tr("remove the extra \"|\""), bar, {}});
        } else if (!isAvaIdShape(text(p))) {
            add(QStringLiteral("ava-id-shape"), Severity::Error,
                tr("\"%1\" is not a recommendation ID: an ID has 10 letters or digits.").arg(text(p)),
                {p.start, p.size()});
        } else {
            parts.avaIds.append(text(p).toString());
        }
    }
}

void NameAnalysis::analyseStructured(qsizetype begin, qsizetype end)
{
    m_structured = true;
    if (begin >= end) {
        add(QStringLiteral("type-missing"), Severity::Error,
            tr("Nothing follows \"#\"; the request part (type, tone, sequence, language) is missing."), {begin, 0});
        return;
    }

    Tokens tokens;
    const Tokens raw = split(begin, end, QLatin1Char('_'));
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i].size() > 0) {
            tokens.append(raw[i]);
            continue;
        }
        const Span sep = i > 0 ? Span{raw[i].start - 1, 1} : Span{raw[i].end, 1};
        add(QStringLiteral("separator-repeated"), Severity::Error,
            tr("Two \"_\" in a row, or a \"_\" at an end of the request part."), sep,
            NameFix{tr("remove the extra \"_\""), sep, {}});
    }
    if (tokens.isEmpty())
        return;

    // The type: the first run of up to three words that names a catalog type, loosely.
    std::array<int, RoleCount> idx;
    idx.fill(-1);
    for (qsizetype s = 0; s < tokens.size() && idx[TypeRole] < 0; ++s) {
        // A type written exactly, that no longer type extends, needs no further look (the
        // common case); otherwise the longest run wins: "vertical-background_animated".
        if (const AssetType* exact = m_catalog.find(text(tokens[s])); exact && !m_catalog.isExtended(exact)) {
            m_type = exact;
            idx[TypeRole] = int(s);
            break;
        }
        for (qsizetype k = std::min<qsizetype>(3, tokens.size() - s); k >= 1; --k) {
            if (k == 1) {
                if (const AssetType* exact = m_catalog.find(text(tokens[s]))) {
                    m_type = exact;
                    idx[TypeRole] = int(s);
                    break;
                }
            }
            const AssetType* t = m_catalog.findLoose(text(tokens[s].start, tokens[s + k - 1].end));
            if (!t)
                continue;
            m_type = t;
            tokens[s].end = tokens[s + k - 1].end;
            tokens.erase(tokens.begin() + s + 1, tokens.begin() + s + k);
            idx[TypeRole] = int(s);
            break;
        }
    }
    if (m_type) {
        const Token t = tokens[idx[TypeRole]];
        const QStringView written = text(t);
        if (written != m_type->id) {
            const bool caseOnly = written.toString().toLower() == m_type->id;
            add(caseOnly ? QStringLiteral("type-case") : QStringLiteral("type-spelling"), Severity::Error,
                caseOnly ? tr("Write the asset type in lowercase: \"%1\".").arg(m_type->id)
                         : tr("The asset type is spelled \"%1\".").arg(m_type->id),
                {t.start, t.size()}, NameFix{tr("write \"%1\"").arg(m_type->id), {t.start, t.size()}, m_type->id});
        }
    } else {
        const Token t = tokens.first();
        idx[TypeRole] = 0;
        m_type = m_catalog.nearest(text(t));
        if (m_type)
            add(QStringLiteral("type-unknown"), Severity::Error,
                tr("\"%1\" is not an asset type; did you mean \"%2\"?").arg(text(t), m_type->id), {t.start, t.size()},
                NameFix{tr("write \"%1\"").arg(m_type->id), {t.start, t.size()}, m_type->id});
        else
            add(QStringLiteral("type-unknown"), Severity::Error,
                tr("\"%1\" is not an asset type of the catalog.").arg(text(t)), {t.start, t.size()});
    }

    // The other words, by what they look like.
    LanguageTag language;
    bool unexpected = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (i == idx[TypeRole])
            continue;
        const QStringView word = text(tokens[i]);
        LanguageTag tag;
        if (idx[ToneRole] < 0 && isTone(word)) {
            idx[ToneRole] = int(i);
        } else if (idx[DirectionRole] < 0 && isDirection(word)) {
            idx[DirectionRole] = int(i);
        } else if (isTone(word) || isDirection(word)) {
            unexpected = true;
            add(QStringLiteral("token-unexpected"), Severity::Error,
                isTone(word) ? tr("\"%1\" is a second tone; a name has one.").arg(word)
                             : tr("\"%1\" is a second direction; a name has one.").arg(word),
                {tokens[i].start, tokens[i].size()},
                NameFix{tr("remove \"%1\"").arg(word), withSeparator(tokens, i), {}});
        } else if (idx[SequenceRole] < 0 && ((word.size() <= 4 && hasDigit(word)) || allDigits(word))) {
            idx[SequenceRole] = int(i);
        } else if (idx[LanguageRole] < 0 && (tag = LanguageTag::check(word)).status != LanguageTag::Status::NotATag) {
            language = tag;
            // "pt_BR": a region or script written as a word of its own.
            // Only when the next word cannot be a tone or direction, and either ends the name
            // or is written like a region ("BR", "419"): "es_na_01" is Spanish, tone na.
            const QStringView next = i + 1 < tokens.size() ? text(tokens[i + 1]) : QStringView();
            bool regionLike = isRegionOrScriptShape(next) && !isTone(next) && !isDirection(next) &&
                              (i + 2 == tokens.size() || next.at(0).isUpper() || next.at(0).isDigit());
            // Up to two more words: "zh_Hant_TW".
            for (int more = 0; more < 2 && regionLike && i + 1 != idx[TypeRole]; ++more) {
                const LanguageTag joined = LanguageTag::check(text(tokens[i].start, tokens[i + 1].end));
                if (!joined.isReal())
                    break;
                language = joined;
                tokens[i].end = tokens[i + 1].end;
                tokens.erase(tokens.begin() + i + 1);
                if (idx[TypeRole] > i)
                    --idx[TypeRole];
                const QStringView after = i + 1 < tokens.size() ? text(tokens[i + 1]) : QStringView();
                regionLike = i + 1 < tokens.size() && isRegionOrScriptShape(after) && !isTone(after) &&
                             !isDirection(after) &&
                             (i + 2 == tokens.size() || after.at(0).isUpper() || after.at(0).isDigit());
            }
            idx[LanguageRole] = int(i);
        } else if (QString tone = toneTypo(word.toString().toLower()); idx[ToneRole] < 0 && !tone.isEmpty()) {
            idx[ToneRole] = int(i);
            if (m_type && !m_type->allowsTone(tone))
                tone = m_type->tones.size() == 1 ? m_type->tones.first() : QString();
            std::optional<NameFix> fix;
            if (!tone.isEmpty())
                fix = NameFix{tr("write \"%1\"").arg(tone), {tokens[i].start, tokens[i].size()}, tone};
            add(QStringLiteral("tone-unknown"), Severity::Error,
                tone.isEmpty() ? tr("\"%1\" is not a tone.").arg(word)
                : m_type && m_type->tones.size() == 1
                    ? tr("\"%1\" is not a tone; \"%2\" takes \"%3\".").arg(word, m_type->id, tone)
                    : tr("\"%1\" is not a tone; did you mean \"%2\"?").arg(word, tone),
                {tokens[i].start, tokens[i].size()}, fix);
        } else {
            unexpected = true;
            const Span span = withSeparator(tokens, i);
            add(QStringLiteral("token-unexpected"), Severity::Error,
                tr("\"%1\" has no place in the request part (type_tone[_direction]_sequence_language).").arg(word),
                {tokens[i].start, tokens[i].size()}, NameFix{tr("remove \"%1\"").arg(word), span, {}});
        }
    }

    NameParts& parts = m_report.parts;
    const Token typeToken = tokens[idx[TypeRole]];
    const qsizetype lastEnd = tokens.last().end;

    // Tone
    if (idx[ToneRole] < 0) {
        if (m_type && m_type->tones.size() == 1)
            add(QStringLiteral("tone-missing"), Severity::Error,
                tr("The tone is missing; \"%1\" takes \"%2\".").arg(m_type->id, m_type->tones.first()),
                {typeToken.end, 0},
                NameFix{tr("add \"_%1\" after the type").arg(m_type->tones.first()),
                        {typeToken.end, 0},
                        QLatin1Char('_') + m_type->tones.first()});
        else
            add(QStringLiteral("tone-missing"), Severity::Error,
                tr("The tone is missing: write light or dark after the type."), {typeToken.end, 0});
    } else if (!m_report.hasProblem(QStringLiteral("tone-unknown"))) {
        const Token t = tokens[idx[ToneRole]];
        const QString lower = lowercase(text(t));
        parts.tone = lower;
        if (m_type && !m_type->allowsTone(lower)) {
            const QString allowed = m_type->tones.join(tr(" or "));
            std::optional<NameFix> fix;
            if (m_type->tones.size() == 1)
                fix = NameFix{tr("write \"%1\"").arg(allowed), {t.start, t.size()}, m_type->tones.first()};
            add(QStringLiteral("tone-not-allowed"), Severity::Error,
                tr("\"%1\" takes the tone %2, not \"%3\".").arg(m_type->id, allowed, lower), {t.start, t.size()}, fix);
        } else if (text(t) != lower) {
            add(QStringLiteral("tone-case"), Severity::Error, tr("Write the tone in lowercase: \"%1\".").arg(lower),
                {t.start, t.size()}, NameFix{tr("write \"%1\"").arg(lower), {t.start, t.size()}, lower});
        }
    }

    // Direction
    bool directionCounts = false;
    if (idx[DirectionRole] < 0) {
        if (m_type && m_type->needsDirection)
            add(QStringLiteral("direction-missing"), Severity::Error,
                tr("\"%1\" needs its direction after the tone: ltr (left to right) or rtl (right to left).")
                    .arg(m_type->id),
                {m_type && idx[ToneRole] >= 0 ? tokens[idx[ToneRole]].end : typeToken.end, 0});
    } else {
        const Token t = tokens[idx[DirectionRole]];
        const QString lower = lowercase(text(t));
        if (m_type && !m_type->needsDirection) {
            add(QStringLiteral("direction-not-allowed"), Severity::Error,
                tr("Only billboards take a direction; \"%1\" does not.").arg(m_type->id), {t.start, t.size()},
                NameFix{tr("remove \"%1\"").arg(text(t)), withSeparator(tokens, idx[DirectionRole]), {}});
        } else {
            directionCounts = true;
            parts.direction = lower;
            if (text(t) != lower)
                add(QStringLiteral("direction-case"), Severity::Error,
                    tr("Write the direction in lowercase: \"%1\".").arg(lower), {t.start, t.size()},
                    NameFix{tr("write \"%1\"").arg(lower), {t.start, t.size()}, lower});
        }
    }

    // Sequence
    if (idx[SequenceRole] < 0) {
        add(QStringLiteral("sequence-missing"), Severity::Error,
            tr("The two-digit sequence number (01, 02, …) is missing."), {lastEnd, 0});
    } else {
        const Token t = tokens[idx[SequenceRole]];
        const QStringView seq = text(t);
        parts.sequence = sequenceText(seq);
        if (!(seq.size() == 2 && allDigits(seq))) {
            const bool fixable = allDigits(seq) && seq.toInt() <= 99;
            const QString two = QStringLiteral("%1").arg(seq.toInt(), 2, 10, QLatin1Char('0'));
            std::optional<NameFix> fix;
            if (fixable)
                fix = NameFix{tr("write \"%1\"").arg(two), {t.start, t.size()}, two};
            add(QStringLiteral("sequence-format"), Severity::Error,
                tr("The sequence is exactly two digits, 00 to 99; \"%1\" is not.").arg(seq), {t.start, t.size()}, fix);
        }
    }

    // Language
    if (idx[LanguageRole] < 0) {
        if (m_type && !m_type->languageSpecific)
            add(QStringLiteral("language-missing"), Severity::Error,
                tr("The language code is missing; \"%1\" has no language and ends with \"zxx\".").arg(m_type->id),
                {lastEnd, 0}, NameFix{tr("add \"_zxx\" at the end"), {lastEnd, 0}, QStringLiteral("_zxx")});
        else
            add(QStringLiteral("language-missing"), Severity::Error,
                tr("The language code of the artwork is missing at the end, like es or pt-BR."), {lastEnd, 0});
    } else {
        const Token t = tokens[idx[LanguageRole]];
        const Span span{t.start, t.size()};
        const QStringView written = text(t);
        if (language.status == LanguageTag::Status::Unknown) {
            add(QStringLiteral("language-unknown"), Severity::Error,
                language.reason.isEmpty()
                    ? tr("\"%1\" is not a known language code; use one like es, en or pt-BR.").arg(written)
                    : tr("\"%1\" is not a language code: %2.").arg(written, language.reason),
                span);
        } else if (language.status == LanguageTag::Status::NoLanguage) {
            if (m_type && m_type->languageSpecific)
                add(QStringLiteral("language-zxx-not-allowed"), Severity::Error,
                    tr("\"%1\" is made for one language: end the name with its code, like es or pt-BR, not zxx.")
                        .arg(m_type->id),
                    span);
            else if (written != language.canonical)
                add(QStringLiteral("language-case"), Severity::Error, tr("Write \"zxx\" in lowercase."), span,
                    NameFix{tr("write \"zxx\""), span, QStringLiteral("zxx")});
            parts.language = language.canonical;
        } else {
            parts.language = language.canonical;
            if (m_type && !m_type->languageSpecific)
                add(QStringLiteral("language-not-allowed"), Severity::Error,
                    tr("\"%1\" has no language: it ends with \"zxx\", not \"%2\".").arg(m_type->id, written), span,
                    NameFix{tr("write \"zxx\""), span, QStringLiteral("zxx")});
            else if (language.status == LanguageTag::Status::NonCanonical)
                add(QStringLiteral("language-case"), Severity::Error,
                    tr("Write the language code as \"%1\".").arg(language.canonical), span,
                    NameFix{tr("write \"%1\"").arg(language.canonical), span, language.canonical});
        }
    }

    if (!directionCounts)
        idx[DirectionRole] = -1;
    if (!unexpected)
        checkOrder(tokens, idx.data());
    else if (std::is_sorted(idx.begin(), idx.end()) == false)
        m_structureErrors = true;

    if (m_type && m_report.parts.type.isEmpty())
        parts.type = m_type->id;
}

void NameAnalysis::checkOrder(const Tokens& tokens, const int* roles)
{
    QVarLengthArray<int, RoleCount> present; // token indexes in the order the roles must appear
    QVarLengthArray<int, RoleCount> withoutDirection;
    for (int r = 0; r < RoleCount; ++r) {
        if (roles[r] < 0)
            continue;
        present.append(roles[r]);
        if (r != DirectionRole)
            withoutDirection.append(roles[r]);
    }
    if (std::is_sorted(present.begin(), present.end()))
        return;
    const bool onlyDirection =
        roles[DirectionRole] >= 0 && std::is_sorted(withoutDirection.begin(), withoutDirection.end());

    QStringList ordered;
    for (int i : present)
        ordered.append(text(tokens[i]).toString());
    const qsizetype start = tokens[*std::min_element(present.begin(), present.end())].start;
    const qsizetype end = tokens[*std::max_element(present.begin(), present.end())].end;
    const QString replacement = ordered.join(QLatin1Char('_'));
    if (onlyDirection)
        add(QStringLiteral("direction-misplaced"), Severity::Error,
            tr("The direction goes right after the tone: type_tone_direction_sequence_language."), {start, end - start},
            NameFix{tr("write \"%1\"").arg(replacement), {start, end - start}, replacement});
    else
        add(QStringLiteral("order"), Severity::Error,
            tr("The parts after \"#\" are out of order; the order is type_tone[_direction]_sequence_language."),
            {start, end - start}, NameFix{tr("write \"%1\"").arg(replacement), {start, end - start}, replacement});
}

void NameAnalysis::analyseExtension(NameParser::Mode mode)
{
    NameParts& parts = m_report.parts;
    m_structured = false;
    if (extension.length == 0) {
        if (mode == NameParser::Mode::FileName) {
            add(QStringLiteral("extension-missing"), Severity::Error,
                tr("The name has no extension; the portal takes .jpg, .png and source files (.psd, .psb, .ai, "
                   ".aep)."),
                {m_cleaned.size(), 0});
            parts.kind = FileKind::NotDeliverable;
        }
        return;
    }
    const QStringView written = text(extension.start, extension.end());
    const QString lower = lowercase(written);
    const QString ext = lower == QLatin1String("jpeg") ? lowercase(u"jpg") : lower;
    parts.extension = ext;
    if (written != ext)
        add(lower == QLatin1String("jpeg") ? QStringLiteral("extension-alias") : QStringLiteral("extension-case"),
            Severity::Info, tr("\".%1\" is taken as \".%2\".").arg(written, ext), extension,
            NameFix{tr("write \".%1\"").arg(ext), extension, ext});

    if (m_catalog.isSourceExtension(ext) && !(m_type && m_type->allowsFormat(ext))) {
        parts.kind = FileKind::Source;
    } else if (m_type && m_type->allowsFormat(ext)) {
        parts.kind = FileKind::Deliverable;
    } else if (!m_catalog.isKnownExtension(ext)) {
        parts.kind = FileKind::NotDeliverable;
        add(QStringLiteral("extension-not-deliverable"), Severity::Error,
            tr("\".%1\" files cannot be delivered; the portal takes .jpg, .png and source files (.psd, .psb, .ai, "
               ".aep).")
                .arg(written),
            extension);
    } else if (m_type) {
        parts.kind = FileKind::NotDeliverable;
        const QString formats = m_type->formats.join(QLatin1String(", ")).toUpper();
        add(QStringLiteral("format-not-allowed"), Severity::Error,
            m_type->needsTransparency
                ? tr("\"%1\" is delivered as %2, because it needs transparency; export it again as %2.")
                      .arg(m_type->id, formats)
                : tr("\"%1\" is delivered as %2; \".%3\" is not one of them.").arg(m_type->id, formats, written),
            extension);
    }
}

void NameAnalysis::finish()
{
    NameParts& parts = m_report.parts;
    if (!m_type || m_structureErrors || parts.tone.isEmpty() || parts.sequence.isEmpty() || parts.language.isEmpty())
        return;
    if (m_type->needsDirection && parts.direction.isEmpty())
        return;
    const QLatin1Char sep('_');
    if (m_type->needsDirection)
        parts.requestKey =
            parts.type + sep + parts.tone + sep + parts.direction + sep + parts.sequence + sep + parts.language;
    else
        parts.requestKey = parts.type + sep + parts.tone + sep + parts.sequence + sep + parts.language;
}

} // namespace apd::naming
