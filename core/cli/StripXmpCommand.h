#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace apd::cli {

// `artwork-portal-cli strip-xmp [--ancestors-only] (--in-place | --output DIR) FILE...`
// Removes XMP bloat from JPEG and PNG files without re-encoding them (core/inspect's
// XmpStripper). Thread: the caller's; blocking (disk). Returns an ExitCode: 0 every file
// repaired or clean, 1 some file could not be repaired, 2 usage.
class StripXmpCommand
{
    Q_DECLARE_TR_FUNCTIONS(StripXmpCommand)

public:
    StripXmpCommand(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}

    // `arguments` excludes the program and the verb.
    int run(const QStringList& arguments);

private:
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace apd::cli
