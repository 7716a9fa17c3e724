#pragma once

#include "naming/AssetCatalog.h"
#include "naming/NameParser.h"
#include "naming/NameReport.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>

namespace apd::naming {

// The last `c` before `end`, or -1. A plain loop: names are short, and this runs several
// times for every name parsed (QString::lastIndexOf costs several times more here).
inline qsizetype lastIndexBefore(QStringView s, char16_t c, qsizetype end)
{
    for (qsizetype i = std::min(end, s.size()) - 1; i >= 0; --i)
        if (s[i].unicode() == c)
            return i;
    return -1;
}

// The working state of one NameParser::parse call. Internal to core/naming.
//
// The structure is read from `cleaned` (the name without spaces, control and forbidden
// characters, each already reported); spans found there are mapped back onto the name so
// every fix applies to the name the user gave.
class NameAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(NameParser)

public:
    NameAnalysis(NameReport& report, const AssetCatalog& catalog) : m_report(report), m_catalog(catalog) {}

    // `map` gives, for each character of `cleaned`, its index in the name; empty when
    // nothing was removed (the identity).
    void setCleaned(const QString& cleaned, const QList<qsizetype>& map)
    {
        m_cleaned = cleaned;
        m_map = map;
    }

    // Problems located in the cleaned name, in the original name, or on the whole name.
    void add(const QString& code, Severity severity, const QString& message, Span cleanedSpan,
             std::optional<NameFix> fix = {});
    void addOriginal(const QString& code, Severity severity, const QString& message, Span span,
                     std::optional<NameFix> fix = {});
    void addWhole(const QString& code, Severity severity, const QString& message);

    void analyseStem(qsizetype begin, qsizetype end);
    void analyseExtension(NameParser::Mode mode);
    void finish();

    Span extension; // in cleaned coordinates; length 0 when the name has none

private:
    struct Token
    {
        qsizetype start = 0;
        qsizetype end = 0;
        qsizetype size() const { return end - start; }
    };

    Span toOriginal(Span cleanedSpan) const;
    QStringView text(Token t) const { return QStringView(m_cleaned).mid(t.start, t.size()); }
    QStringView text(qsizetype start, qsizetype end) const { return QStringView(m_cleaned).mid(start, end - start); }
    using Tokens = QVarLengthArray<Token, 12>;
    Tokens split(qsizetype begin, qsizetype end, QChar separator) const;
    // The span of a token together with the separator before it (or after, for the first).
    Span withSeparator(const Tokens& tokens, qsizetype index) const;

    bool findHash(qsizetype begin, qsizetype end, qsizetype& hash);
    void analyseFreeform(qsizetype begin, qsizetype end);
    void analyseStructured(qsizetype begin, qsizetype end);
    void checkOrder(const Tokens& tokens, const int* roles);

    NameReport& m_report;
    const AssetCatalog& m_catalog;
    QString m_cleaned;
    QList<qsizetype> m_map;

    const AssetType* m_type = nullptr;
    bool m_structureErrors = false;
    bool m_structured = false;
};

} // namespace apd::naming
