#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace apd::cli {

// `artwork-portal-cli validate [--json] [--recursive] [--names-only] [--quick] PATH...`
// Thread: the caller's; blocking (disk). Returns an ExitCode.
class ValidateCommand
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    ValidateCommand(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}

    // `arguments` excludes the program and the verb.
    int run(const QStringList& arguments);

private:
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace apd::cli
