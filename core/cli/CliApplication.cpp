#include "cli/CliApplication.h"

#include "cli/DeliverCommand.h"
#include "cli/ExitCode.h"
#include "cli/LoginCommand.h"
#include "cli/MakeSamplesCommand.h"
#include "cli/StatusCommand.h"
#include "cli/StripXmpCommand.h"
#include "cli/UploadCommand.h"
#include "cli/ValidateCommand.h"

#include <QTextStream>

#include <cstdio>

#include <unistd.h>

namespace apd::cli {

namespace {

void usage(QTextStream& s)
{
    s << CliApplication::tr("Usage: artwork-portal-cli VERB [options]\n"
                            "\n"
                            "Verbs:\n"
                            "  validate       check names (and files) before they are delivered\n"
                            "  strip-xmp      remove XMP metadata bloat from JPEG/PNG files, pixels untouched\n"
                            "  make-samples   write a folder of sample artwork, some of it misnamed\n"
                            "  login          sign in to a portal and keep the token\n"
                            "  logout         sign out and forget the token\n"
                            "  upload         send files to a project, resumably\n"
                            "  status         a project's order: states, verdicts, what stops a delivery\n"
                            "  deliver        validate, upload and deliver files\n"
                            "  redeliver      upload and deliver again the fixed files of rejected assets\n"
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
    if (verb == QLatin1String("strip-xmp"))
        return StripXmpCommand(out, err).run(rest);
    if (verb == QLatin1String("make-samples"))
        return MakeSamplesCommand(out, err).run(rest);
    const bool terminal = isatty(fileno(stdout)) != 0;
    if (verb == QLatin1String("upload"))
        return UploadCommand(out, err, terminal).run(rest);
    if (verb == QLatin1String("login")) {
        QTextStream in(stdin);
        return LoginCommand(out, err, in, isatty(fileno(stdin)) != 0).run(rest);
    }
    if (verb == QLatin1String("logout"))
        return LogoutCommand(out, err).run(rest);
    if (verb == QLatin1String("status"))
        return StatusCommand(out, err).run(rest);
    if (verb == QLatin1String("deliver"))
        return DeliverCommand(out, err, terminal).run(rest);
    if (verb == QLatin1String("redeliver"))
        return RedeliverCommand(out, err, terminal).run(rest);
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
