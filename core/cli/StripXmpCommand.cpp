#include "cli/StripXmpCommand.h"

#include "cli/ExitCode.h"
#include "cli/VerbSupport.h"
#include "inspect/ContentRules.h"
#include "inspect/XmpStripper.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <climits>

namespace apd::cli {

using inspect::XmpStripper;

int StripXmpCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Removes XMP metadata bloat from JPEG and PNG files without touching a pixel or the ICC profile."));
    const QCommandLineOption ancestors(
        QStringLiteral("ancestors-only"),
        tr("Remove only document ancestors and Pantry copies; keep the rest of the XMP."));
    const QCommandLineOption inPlace(QStringLiteral("in-place"),
                                     tr("Replace each file (once the new one is verified)."));
    const QCommandLineOption output(QStringLiteral("output"), tr("Write the repaired files into DIR."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOptions({ancestors, inPlace, output, help});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("JPEG or PNG files to repair."), QStringLiteral("FILE..."));
    const QString usage =
        tr("Usage: artwork-portal-cli strip-xmp [--ancestors-only] (--in-place | --output DIR) FILE...");

    if (const auto done = VerbSupport::parse(parser, QStringLiteral("strip-xmp"), arguments, help, usage, m_out, m_err))
        return *done;
    const QStringList files = parser.positionalArguments();
    QString problem;
    if (files.isEmpty())
        problem = tr("No file given.");
    else if (parser.isSet(inPlace) == parser.isSet(output))
        problem = tr("Give either --in-place or --output DIR.");
    else if (parser.isSet(output) && !QFileInfo(parser.value(output)).isDir())
        problem = tr("The output folder \"%1\" does not exist.").arg(parser.value(output));
    if (!problem.isEmpty()) {
        m_err << problem << QLatin1Char('\n') << usage << QLatin1Char('\n');
        return ExitUsage;
    }

    const XmpStripper::Mode mode = parser.isSet(ancestors) ? XmpStripper::Mode::CopiesOnly : XmpStripper::Mode::All;
    const QDir outDir(parser.value(output));
    int failed = 0;
    for (const QString& file : files) {
        const Result<XmpStripper::Outcome> r =
            parser.isSet(inPlace) ? XmpStripper::stripInPlace(file, mode)
                                  : XmpStripper::stripTo(file, outDir.filePath(QFileInfo(file).fileName()), mode);
        if (!r) {
            ++failed;
            m_err << tr("not repaired: %1 [%2] %3").arg(file, r.error().code, r.error().message) << QLatin1Char('\n');
            continue;
        }
        const XmpStripper::Outcome& o = r.value();
        if (!o.changed) {
            m_out << tr("clean: %1 (no XMP)").arg(file) << QLatin1Char('\n');
            continue;
        }
        m_out << tr("repaired: %1 -> %2: %3 -> %4 (XMP %5 -> %6, %n document ancestor(s) before)", nullptr,
                    int(std::min<qint64>(o.ancestorsBefore, INT_MAX)))
                     .arg(file, o.output, inspect::ContentRules::megabytes(o.sizeBefore),
                          inspect::ContentRules::megabytes(o.sizeAfter), inspect::ContentRules::megabytes(o.xmpBefore),
                          inspect::ContentRules::megabytes(o.xmpAfter))
              << QLatin1Char('\n');
    }
    m_out.flush();
    m_err.flush();
    return failed > 0 ? ExitProblems : ExitOk;
}

} // namespace apd::cli
