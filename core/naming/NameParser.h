#pragma once

#include "naming/AssetCatalog.h"
#include "naming/NameReport.h"

#include <QCoreApplication>

namespace apd::naming {

// Parses a delivery name of the shape
//     <freeform>[_<avaId>[|<avaId>…]]#<type>_<tone>[_<direction>]_<seq>_<lang>.<ext>
// and reports every problem found (not just the first), each with a fix where one exists.
// Pure and thread-safe: one parser may serve many threads.
class NameParser
{
    Q_DECLARE_TR_FUNCTIONS(NameParser)

public:
    enum class Mode
    {
        FileName,    // a file to deliver: the extension is required and checked
        RequestName, // a request's name as the portal shows it: the extension is optional
    };

    explicit NameParser(const AssetCatalog& catalog = AssetCatalog::builtIn());

    NameReport parse(QStringView name, Mode mode = Mode::FileName) const;
    // The same; the report shares `name` instead of copying it.
    NameReport parse(const QString& name, Mode mode = Mode::FileName) const;

    // Applies every fix, re-parsing after each round, until the name is valid or no fix is
    // left. Returns the valid name, or an empty string when some problem has no fix.
    QString suggest(QStringView name, Mode mode = Mode::FileName) const;

    const AssetCatalog& catalog() const { return m_catalog; }

private:
    const AssetCatalog& m_catalog;
};

} // namespace apd::naming
