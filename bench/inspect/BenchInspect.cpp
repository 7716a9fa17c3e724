// Times core/inspect over files given on the command line, in one process.
//   apd_bench_inspect scan|decode|thumb FILE...
// scan: metadata level (XMP bytes incl. ExtendedXMP, ancestor count; no pixel decoded)
// decode: full level (metadata + full decode)      thumb: 256 px thumbnails
// Prints files, seconds, files/s, totals and the peak resident memory of the process.
#include "inspect/Inspector.h"
#include "inspect/Thumbnailer.h"

#include <QElapsedTimer>
#include <QString>

#include <sys/resource.h>

#include <cstdio>
#include <cstring>

using namespace apd::inspect;

int main(int argc, char* argv[])
{
    if (argc < 3 || (std::strcmp(argv[1], "scan") != 0 && std::strcmp(argv[1], "decode") != 0
                     && std::strcmp(argv[1], "thumb") != 0)) {
        std::fprintf(stderr, "usage: apd_bench_inspect scan|decode|thumb FILE...\n");
        return 2;
    }
    const QByteArray mode(argv[1]);
    quint64 xmp = 0;
    qint64 ancestors = 0;
    int problems = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 2; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (mode == "thumb") {
            problems += Thumbnailer::make(path, 256).ok() ? 0 : 1;
            continue;
        }
        Inspector::Options o;
        o.level = mode == "scan" ? Level::Metadata : Level::Full;
        const InspectionReport r = Inspector::inspectFile(path, o);
        xmp += r.xmpSize;
        ancestors += r.documentAncestors;
        problems += r.findings.isEmpty() ? 0 : 1;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const int files = argc - 2;
    std::printf("ours %s: %d files in %.3f s = %.1f files/s; XMP %.1f MB, %lld ancestors, %d with problems; "
                "peak RSS %ld MB\n",
                argv[1], files, seconds, files / seconds, double(xmp) / 1e6, static_cast<long long>(ancestors),
                problems, usage.ru_maxrss / 1024);
    return 0;
}
