// Fuzzes the delivery-name parser with arbitrary bytes decoded as UTF-8. Beyond "no crash,
// no sanitizer report", it checks the parser's promises: spans and fixes stay inside the
// name, and a suggested name is valid.
#include "naming/NameParser.h"

#include <cstdint>
#include <cstdlib>

using namespace apd::naming;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void checkReport(const NameReport& r)
{
    for (const NameProblem& p : r.problems) {
        require(!p.code.isEmpty() && !p.message.isEmpty());
        require(p.span.start >= 0 && p.span.length >= 0 && p.span.end() <= r.name.size());
        if (p.fix) {
            require(p.fix->span.start >= 0 && p.fix->span.length >= 0 && p.fix->span.end() <= r.name.size());
            applyFix(r.name, *p.fix);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 4096)
        return 0;
    static const NameParser parser;
    const QString name = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const NameReport file = parser.parse(name, NameParser::Mode::FileName);
    checkReport(file);
    checkReport(parser.parse(name, NameParser::Mode::RequestName));
    const QString suggestion = parser.suggest(name);
    if (!suggestion.isEmpty())
        require(parser.parse(suggestion).valid());
    return 0;
}
