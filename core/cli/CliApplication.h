#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace apd::cli {

// Dispatches `artwork-portal-cli VERB ...` to the verb's command class.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    // `arguments` as QCoreApplication::arguments(): the program first. Returns the exit code.
    static int run(const QStringList& arguments);
};

} // namespace apd::cli
