#include "naming/NameParser.h"

#include "naming/LanguageTag.h"
#include "naming/NameAnalysis.h"

#include <algorithm>

namespace apd::naming {

namespace {

constexpr qsizetype kMaxNameBytes = 255;

bool isWindowsForbidden(QChar c)
{
    switch (c.unicode()) {
    case '<':
    case '>':
    case ':':
    case '"':
    case '/':
    case '\\':
    case '?':
    case '*':
        return true;
    default:
        return false;
    }
}

bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case '_':
    case '#':
    case '.':
    case '|':
    case '-':
        return true;
    default:
        return c.isSpace();
    }
}

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f;
}

bool needsNormalization(QStringView s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x300; });
}

bool isWindowsReservedStem(QStringView stem)
{
    static const QStringList reserved = {
        QStringLiteral("CON"),    QStringLiteral("PRN"),     QStringLiteral("AUX"),  QStringLiteral("NUL"),
        QStringLiteral("CONIN$"), QStringLiteral("CONOUT$"), QStringLiteral("COM0"), QStringLiteral("LPT0"),
        QStringLiteral("COM1"),   QStringLiteral("COM2"),    QStringLiteral("COM3"), QStringLiteral("COM4"),
        QStringLiteral("COM5"),   QStringLiteral("COM6"),    QStringLiteral("COM7"), QStringLiteral("COM8"),
        QStringLiteral("COM9"),   QStringLiteral("LPT1"),    QStringLiteral("LPT2"), QStringLiteral("LPT3"),
        QStringLiteral("LPT4"),   QStringLiteral("LPT5"),    QStringLiteral("LPT6"), QStringLiteral("LPT7"),
        QStringLiteral("LPT8"),   QStringLiteral("LPT9")};
    return reserved.contains(stem, Qt::CaseInsensitive);
}

// What follows the last dot counts as an extension when it is short and holds no separator;
// an odd one ("jpg" with a zero-width space) is then reported as not deliverable, not as missing.
bool isExtensionShaped(QStringView s)
{
    if (s.isEmpty() || s.size() > 8)
        return false;
    return std::none_of(s.begin(), s.end(), [](QChar c) {
        return c == QLatin1Char('_') || c == QLatin1Char('#') || c == QLatin1Char('|') || c.isSpace();
    });
}

// The plain character that a full-width form, a foreign digit, a super- or subscript digit or
// a typographic dash stands for: they look right on screen (an input method in full-width
// mode types "＃＿０１") but the portal reads them as other characters. Null otherwise.
QChar plainLookalike(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xff01 && u <= 0xff5e) {
        // A full-width "＜" or "？" is a legal character in a file name; its plain form is not.
        const QChar plain(char16_t(u - 0xfee0));
        return isWindowsForbidden(plain) ? QChar() : plain;
    }
    if (u == 0xb9)
        return QLatin1Char('1');
    if (u == 0xb2 || u == 0xb3)
        return QLatin1Char(char('0' + (u - 0xb0)));
    if (u == 0x2070 || (u >= 0x2074 && u <= 0x2079))
        return QLatin1Char(char('0' + (u - 0x2070)));
    if (u >= 0x2080 && u <= 0x2089)
        return QLatin1Char(char('0' + (u - 0x2080)));
    if ((u >= 0x2010 && u <= 0x2015) || u == 0x2212 || u == 0xfe63)
        return QLatin1Char('-');
    if (u == 0xfe4d || u == 0xfe4e || u == 0xfe4f)
        return QLatin1Char('_');
    if (u == 0xfe5f)
        return QLatin1Char('#');
    if (u >= 0x80 && c.category() == QChar::Number_DecimalDigit && c.digitValue() >= 0)
        return QLatin1Char(char('0' + c.digitValue()));
    return {};
}

// Zero-width and direction-override characters: invisible, yet they change the name.
bool isInvisible(QChar c)
{
    return c.category() == QChar::Other_Format || c.unicode() == 0xfffe || c.unicode() == 0xffff;
}

} // namespace

NameParser::NameParser(const AssetCatalog& catalog) : m_catalog(catalog) {}

NameReport NameParser::parse(QStringView input, Mode mode) const
{
    return parse(input.toString(), mode);
}

NameReport NameParser::parse(const QString& input, Mode mode) const
{
    NameReport report;
    report.name = needsNormalization(input) ? input.normalized(QString::NormalizationForm_C) : input;
    const QString& name = report.name;
    if (name.isEmpty()) {
        report.problems.append({QStringLiteral("name-empty"), Severity::Error, tr("The name is empty."), {}, {}});
        return report;
    }

    NameAnalysis a(report, m_catalog);

    // One pass over the name for everything that is about single characters.
    qsizetype utf8Bytes = 0;
    bool clean = true;
    bool badText = false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        const char16_t u = c.unicode();
        if (u < 0x80) {
            utf8Bytes += 1;
            clean = clean && u > 0x20 && u != 0x7f && !isWindowsForbidden(c);
            continue;
        }
        utf8Bytes += u < 0x800 ? 2 : 3;
        clean = clean && !c.isSpace() && !isInvisible(c) && plainLookalike(c).isNull();
        if (c.isHighSurrogate() && i + 1 < name.size() && name[i + 1].isLowSurrogate()) {
            ++utf8Bytes; // four bytes for the pair
            ++i;
        } else if (c.isSurrogate() || u == QChar::ReplacementCharacter) {
            badText = true;
        }
    }
    if (utf8Bytes > kMaxNameBytes)
        a.addWhole(QStringLiteral("name-too-long"), Severity::Error,
                   tr("The name is %1 bytes long; file systems allow at most %2.").arg(utf8Bytes).arg(kMaxNameBytes));
    if (badText)
        a.addWhole(QStringLiteral("name-encoding"), Severity::Error,
                   tr("The name contains bytes that are not valid text (UTF-8); rename the file."));

    // Characters that can never be part of a delivery name are reported once per run and
    // left out of the structural analysis, which works on what remains.
    QString cleaned;
    QList<qsizetype> map;
    if (clean) {
        cleaned = name;
    } else {
        cleaned.reserve(name.size());
        map.reserve(name.size());
    }
    struct SpaceRun
    {
        Span span;
        QString replacement;
    };
    QList<SpaceRun> spaces;
    for (qsizetype i = 0; !clean && i < name.size();) {
        const QChar c = name[i];
        const bool space = c.isSpace();
        const bool control = !space && (isControl(c) || isInvisible(c));
        const bool forbidden = isWindowsForbidden(c);
        if (c.unicode() >= 0x80 && !plainLookalike(c).isNull()) {
            // Read as the plain characters, so that the rest of the name is judged as meant.
            qsizetype j = i;
            QString plain;
            for (QChar p; j < name.size() && !(p = plainLookalike(name[j])).isNull(); ++j) {
                plain.append(p);
                cleaned.append(p);
                map.append(j);
            }
            const Span span{i, j - i};
            a.addOriginal(QStringLiteral("lookalike-character"), Severity::Error,
                          tr("\"%1\" only looks like \"%2\": the portal reads other characters; write the plain ones.")
                              .arg(name.mid(i, j - i), plain),
                          span, NameFix{tr("write \"%1\"").arg(plain), span, plain});
            i = j;
            continue;
        }
        if (!space && !control && !forbidden) {
            cleaned.append(c);
            map.append(i);
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < name.size() && (space     ? name[j].isSpace()
                                   : control ? isControl(name[j]) || isInvisible(name[j])
                                             : name[j] == c))
            ++j;
        const Span span{i, j - i};
        if (space) {
            // Between two words a space most likely separates them ("Red Notice"): it becomes
            // "_" and the structure is read that way; next to a separator it simply goes.
            const bool betweenWords = i > 0 && j < name.size() && !isSeparator(name[i - 1]) && !isSeparator(name[j]);
            if (betweenWords) {
                cleaned.append(QLatin1Char('_'));
                map.append(i);
            }
            spaces.append({span, betweenWords ? QStringLiteral("_") : QString()});
        } else if (control)
            a.addOriginal(QStringLiteral("control-character"), Severity::Error,
                          tr("The name contains an invisible character (a control, zero-width or direction mark)."),
                          span, NameFix{tr("remove it"), span, QString()});
        else
            a.addOriginal(QStringLiteral("forbidden-character"), Severity::Error,
                          tr("\"%1\" is not allowed in file names.").arg(c), span,
                          NameFix{tr("remove \"%1\"").arg(c), span, QString()});
        i = j;
    }
    // All spaces are one problem: one line for the designer, one fix for the whole run of them.
    if (!spaces.isEmpty()) {
        const Span all{spaces.first().span.start, spaces.last().span.end() - spaces.first().span.start};
        QString replaced = name.mid(all.start, all.length);
        for (auto it = spaces.crbegin(); it != spaces.crend(); ++it)
            replaced.replace(it->span.start - all.start, it->span.length, it->replacement);
        const bool single = spaces.size() == 1;
        a.addOriginal(QStringLiteral("whitespace"), Severity::Error,
                      single
                          ? tr("The name contains a space; the portal refuses names with spaces.")
                          : tr("The name contains %1 spaces; the portal refuses names with spaces.").arg(spaces.size()),
                      all,
                      NameFix{single && replaced.isEmpty() ? tr("remove the space")
                              : single                     ? tr("write \"_\" instead of the space")
                                       : tr("write \"_\" between words and remove the other spaces"),
                              all, replaced});
    }
    a.setCleaned(cleaned, map);

    qsizetype end = cleaned.size();
    while (end > 0 && cleaned[end - 1] == QLatin1Char('.'))
        --end;
    if (end < cleaned.size())
        a.add(QStringLiteral("trailing-dot"), Severity::Error, tr("The name ends with a dot."),
              {end, cleaned.size() - end}, NameFix{tr("remove the trailing dot"), {end, cleaned.size() - end}, {}});

    const qsizetype lastHash = lastIndexBefore(cleaned, u'#', end);
    qsizetype stemEnd = end;
    const qsizetype dot = lastIndexBefore(cleaned, u'.', end);
    if (dot > lastHash && dot >= 0 && isExtensionShaped(QStringView(cleaned).mid(dot + 1, end - dot - 1))) {
        stemEnd = dot;
        a.extension = {dot + 1, end - dot - 1};
    }
    const qsizetype firstDot = cleaned.indexOf(QLatin1Char('.'));
    const QStringView firstStem = QStringView(cleaned).left(firstDot < 0 ? end : firstDot);
    if (firstStem.size() <= 7 && isWindowsReservedStem(firstStem))
        a.addWhole(QStringLiteral("windows-reserved-name"), Severity::Error,
                   tr("Windows reserves this name for a device; choose another name."));

    a.analyseStem(0, stemEnd);
    a.analyseExtension(mode);
    a.finish();
    return report;
}

QString NameParser::suggest(QStringView input, Mode mode) const
{
    QString name = input.toString();
    for (int round = 0; round < 8; ++round) {
        const NameReport report = parse(name, mode);
        name = report.name;
        QList<NameFix> fixes;
        for (const NameProblem& p : report.problems)
            if (p.fix)
                fixes.append(*p.fix);
        if (fixes.isEmpty())
            return report.valid() ? name : QString();
        // Apply from the end so earlier spans stay where they are; skip overlapping fixes,
        // the next round sees them again.
        std::stable_sort(fixes.begin(), fixes.end(),
                         [](const NameFix& x, const NameFix& y) { return x.span.start > y.span.start; });
        qsizetype limit = name.size() + 1;
        for (const NameFix& f : fixes) {
            if (f.span.end() > limit || (f.span.end() == limit && f.span.length == 0))
                continue;
            name = applyFix(name, f);
            limit = f.span.start;
        }
    }
    const NameReport last = parse(name, mode);
    return last.valid() ? last.name : QString();
}

} // namespace apd::naming
