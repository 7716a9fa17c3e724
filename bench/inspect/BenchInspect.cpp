// Times core/inspect over files given on the command line, in one process.
//   apd_bench_inspect scan|decode|thumb [-jN] FILE...
// -jN: N files at once on N threads, as `validate` checks a folder (default 1).
// scan: metadata level (XMP bytes incl. ExtendedXMP, ancestor count; no pixel decoded)
// decode: full level (metadata + full decode)      thumb: 256 px thumbnails
// Prints files, seconds, files/s, totals and the peak resident memory of the process.
#include "inspect/Inspector.h"
#include "inspect/Thumbnailer.h"

#include <QElapsedTimer>
#include <QString>

#include <sys/resource.h>

#include <atomic>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

using namespace apd::inspect;

int main(int argc, char* argv[])
{
    if (argc < 3 || (std::strcmp(argv[1], "scan") != 0 && std::strcmp(argv[1], "decode") != 0 &&
                     std::strcmp(argv[1], "thumb") != 0)) {
        std::fprintf(stderr, "usage: apd_bench_inspect scan|decode|thumb FILE...\n");
        return 2;
    }
    const QByteArray mode(argv[1]);
    int first = 2;
    int threads = 1;
    if (argc > 3 && std::strncmp(argv[2], "-j", 2) == 0) {
        threads = std::max(1, std::atoi(argv[2] + 2));
        first = 3;
    }
    quint64 xmp = 0;
    qint64 ancestors = 0;
    int problems = 0;
    std::mutex totals;
    std::atomic<int> next{first};
    auto work = [&] {
        for (int i = next++; i < argc; i = next++) {
            const QString path = QString::fromLocal8Bit(argv[i]);
            if (mode == "thumb") {
                const bool ok = Thumbnailer::make(path, 256).ok();
                const std::lock_guard lock(totals);
                problems += ok ? 0 : 1;
                continue;
            }
            Inspector::Options o;
            o.level = mode == "scan" ? Level::Metadata : Level::Full;
            const InspectionReport r = Inspector::inspectFile(path, o);
            const std::lock_guard lock(totals);
            xmp += r.xmpSize;
            ancestors += r.documentAncestors;
            problems += r.findings.isEmpty() ? 0 : 1;
        }
    };
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread& t : pool)
        t.join();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const int files = argc - first;
    std::printf(
        "ours %s (%d thread%s): %d files in %.3f s = %.1f files/s; XMP %.1f MB, %lld ancestors, %d with problems; "
        "peak RSS %ld MB\n",
        argv[1], threads, threads == 1 ? "" : "s", files, seconds, files / seconds, double(xmp) / 1e6,
        static_cast<long long>(ancestors), problems, usage.ru_maxrss / 1024);
    return 0;
}
