#pragma once

#include "files/FileCollector.h"
#include "naming/NameParser.h"
#include "validate/FileReport.h"

namespace apd::validate {

// Checks one collected file: its delivery name, and (unless names only) its content.
// Thread-safe; blocking (disk) when content is checked.
class FileValidator
{
public:
    struct Options
    {
        bool namesOnly = false;
        bool quick = false; // inspect metadata only: no full decode of the pixels
    };

    explicit FileValidator(const naming::NameParser& parser, Options options) : m_parser(parser), m_options(options) {}

    // `deliveryName` overrides the file's own name (a name a file system cannot hold).
    FileReport check(const files::CollectedFile& file, const QString& deliveryName = {}) const;

private:
    const naming::NameParser& m_parser;
    Options m_options;
};

} // namespace apd::validate
