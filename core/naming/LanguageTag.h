#pragma once

#include <QString>

namespace apd::naming {

// Checks a BCP 47 language tag of the shape language[-Script][-REGION][-variant…]
// against Qt's CLDR tables (QLocale), not a hand-written list.
// Thread-safe; results are memoised per thread.
struct LanguageTag
{
    enum class Status
    {
        Canonical,    // a real tag written canonically: "es", "pt-BR", "es-419", "zh-Hant"
        NonCanonical, // a real tag in the wrong case or with '_': "ES", "pt-br", "pt_BR"
        NoLanguage,   // "zxx" (any case; `canonical` is "zxx")
        Unknown,      // shaped like a tag but not a real language/script/region
        NotATag,      // not shaped like a language tag at all
    };

    Status status = Status::NotATag;
    QString canonical; // the canonical form when the tag is real
    QString reason;    // for Unknown: which subtag is not real

    static LanguageTag check(QStringView text);
    bool isReal() const { return status == Status::Canonical || status == Status::NonCanonical; }
};

} // namespace apd::naming
