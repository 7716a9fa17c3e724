#include "cli/CliApplication.h"

#include "cli/ExitCode.h"
#include "cli/MakeSamplesCommand.h"
#include "cli/ValidateCommand.h"

#include <QTextStream>

#include <cstdio>

namespace apd::cli {

namespace {

void usage(QTextStream& s)
{
    s << CliApplication::tr("Usage: artwork-portal-cli VERB [options]\n"
                            "\n"
                            "Verbs:\n"
                            "  validate       check names (and files) before they are delivered\n"
                            "  make-samples   write a folder of sample artwork, some of it misnamed\n"
                            "\n"
                            "Run 'artwork-portal-cli VERB --help' for the options of a verb.\n");
}

} // namespace

int CliApplication::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString verb = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (verb == QLatin1String("validate"))
        return ValidateCommand(out, err).run(rest);
    if (verb == QLatin1String("make-samples"))
        return MakeSamplesCommand(out, err).run(rest);
    if (verb == QLatin1String("--version")) {
        out << QCoreApplication::applicationName() << QLatin1Char(' ') << QCoreApplication::applicationVersion()
            << QLatin1Char('\n');
        return ExitOk;
    }
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h") || verb == QLatin1String("help")) {
        usage(out);
        return ExitOk;
    }
    if (verb.isEmpty())
        err << tr("No verb given.") << QLatin1Char('\n');
    else
        err << tr("Unknown verb \"%1\".").arg(verb) << QLatin1Char('\n');
    usage(err);
    return ExitUsage;
}

} // namespace apd::cli
