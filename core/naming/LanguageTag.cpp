#include "naming/LanguageTag.h"

#include <QHash>
#include <QLocale>

#include <unordered_map>

namespace apd::naming {

namespace {

bool allLetters(QStringView s)
{
    for (QChar c : s)
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))))
            return false;
    return !s.isEmpty();
}

bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !s.isEmpty();
}

bool allAlnum(QStringView s)
{
    for (QChar c : s)
        if (!(allLetters(QStringView(&c, 1)) || allDigits(QStringView(&c, 1))))
            return false;
    return !s.isEmpty();
}

QString titleCase(QStringView s)
{
    QString out = s.toString().toLower();
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out;
}

LanguageTag compute(QStringView text)
{
    LanguageTag tag;
    QStringList subtags;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == QLatin1Char('-') || text[i] == QLatin1Char('_')) {
            subtags.append(text.mid(start, i - start).toString());
            start = i + 1;
        }
    }
    const QString& language = subtags.first();
    if (!allLetters(language) || language.size() < 2 || language.size() > 3)
        return tag;
    for (const QString& s : subtags)
        if (!allAlnum(s) || s.size() > 8)
            return tag;

    const QString lower = language.toLower();
    if (lower == QLatin1String("zxx")) {
        if (subtags.size() > 1)
            return tag;
        tag.status = LanguageTag::Status::NoLanguage;
        tag.canonical = lower;
        return tag;
    }

    tag.status = LanguageTag::Status::Unknown;
    const QLocale::Language known = QLocale::codeToLanguage(lower);
    if (known == QLocale::AnyLanguage) {
        if (subtags.size() > 1)
            tag.reason = QStringLiteral("unknown language \"%1\"").arg(language);
        return tag;
    }
    // BCP 47 writes a language with its shortest code: "spa" is "es", the old "iw" is "he".
    const QString shortest = QLocale::languageToCode(known, QLocale::ISO639Part1);
    QStringList canonical{shortest.isEmpty() ? lower : shortest};
    qsizetype i = 1;
    if (i < subtags.size() && subtags[i].size() == 4 && allLetters(subtags[i])) {
        const QString script = titleCase(subtags[i]);
        if (QLocale::codeToScript(script) == QLocale::AnyScript) {
            tag.reason = QStringLiteral("unknown script \"%1\"").arg(subtags[i]);
            return tag;
        }
        canonical.append(script);
        ++i;
    }
    if (i < subtags.size() &&
        ((subtags[i].size() == 2 && allLetters(subtags[i])) || (subtags[i].size() == 3 && allDigits(subtags[i])))) {
        const QString region = subtags[i].toUpper();
        if (QLocale::codeToTerritory(region) == QLocale::AnyTerritory) {
            tag.reason = QStringLiteral("unknown region \"%1\"").arg(subtags[i]);
            return tag;
        }
        canonical.append(region);
        ++i;
    }
    for (; i < subtags.size(); ++i) {
        const QString& v = subtags[i];
        const bool variant = (v.size() >= 5) || (v.size() == 4 && v[0].isDigit());
        if (!variant) {
            tag.reason = QStringLiteral("\"%1\" is not a valid part here").arg(v);
            return tag;
        }
        canonical.append(v.toLower());
    }
    tag.canonical = canonical.join(QLatin1Char('-'));
    tag.status = tag.canonical == text ? LanguageTag::Status::Canonical : LanguageTag::Status::NonCanonical;
    return tag;
}

// Looked up by view, so that a hit (nearly every name) allocates nothing.
struct ViewHash
{
    using is_transparent = void;
    size_t operator()(QStringView s) const noexcept { return qHash(s); }
};
struct ViewEqual
{
    using is_transparent = void;
    bool operator()(QStringView a, QStringView b) const noexcept { return a == b; }
};

} // namespace

LanguageTag LanguageTag::check(QStringView text)
{
    if (text.isEmpty() || text.size() > 35)
        return {};
    thread_local std::unordered_map<QString, LanguageTag, ViewHash, ViewEqual> memo;
    if (const auto it = memo.find(text); it != memo.end())
        return it->second;
    if (memo.size() > 4096)
        memo.clear();
    return memo.emplace(text.toString(), compute(text)).first->second;
}

} // namespace apd::naming
