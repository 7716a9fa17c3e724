#include "cli/MakeSamplesCommand.h"

#include "cli/ExitCode.h"
#include "samples/SampleFolder.h"

namespace apd::cli {

int MakeSamplesCommand::run(const QStringList& arguments)
{
    if (arguments.size() != 1 || arguments.first().startsWith(QLatin1Char('-'))) {
        const bool help = arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"));
        (help ? m_out : m_err) << tr("Usage: artwork-portal-cli make-samples DIR") << QLatin1Char('\n');
        if (help)
            m_out << tr("Writes a folder of sample artwork named after the demo order: real JPG, PNG and PSD "
                        "files, a few misnamed on purpose and one bloated with XMP.")
                  << QLatin1Char('\n');
        return help ? ExitOk : ExitUsage;
    }
    const auto written = samples::SampleFolder::write(arguments.first());
    if (!written.ok()) {
        m_err << written.error().message << QLatin1Char('\n');
        return ExitProblems;
    }
    for (const QString& path : written.value())
        m_out << path << QLatin1Char('\n');
    m_out << tr("%n sample file(s) written.", nullptr, int(written.value().size())) << QLatin1Char('\n');
    return ExitOk;
}

} // namespace apd::cli
