#include "validate/OrderedChecks.h"

#include <QThread>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace apd::validate {

void checkInOrder(const FileValidator& validator, const QList<files::CollectedFile>& files,
                  const std::function<void(const FileReport&)>& sink, int threads)
{
    const qsizetype count = files.size();
    if (threads <= 0)
        threads = std::max(1, QThread::idealThreadCount());
    if (threads == 1 || count < 2) {
        for (const files::CollectedFile& f : files)
            sink(validator.check(f));
        return;
    }
    // Workers take the next index; a worker that runs too far ahead of the reader waits, so
    // that memory stays bounded on a folder of any size.
    const qsizetype window = qsizetype(threads) * 16;
    std::vector<std::optional<FileReport>> done(static_cast<size_t>(count));
    std::mutex mutex;
    std::condition_variable readyChanged;
    qsizetype next = 0;
    qsizetype delivered = 0;
    auto work = [&] {
        for (;;) {
            qsizetype i = 0;
            {
                std::unique_lock lock(mutex);
                readyChanged.wait(lock, [&] { return next >= count || next < delivered + window; });
                if (next >= count)
                    return;
                i = next++;
            }
            FileReport report = validator.check(files[i]);
            {
                const std::lock_guard lock(mutex);
                done[size_t(i)] = std::move(report);
            }
            readyChanged.notify_all();
        }
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < std::min<qsizetype>(threads, count); ++t)
        pool.emplace_back(work);
    for (qsizetype i = 0; i < count; ++i) {
        FileReport report;
        {
            std::unique_lock lock(mutex);
            readyChanged.wait(lock, [&] { return done[size_t(i)].has_value(); });
            report = std::move(*done[size_t(i)]);
            done[size_t(i)].reset();
            delivered = i + 1;
        }
        readyChanged.notify_all();
        sink(report);
    }
    for (std::thread& t : pool)
        t.join();
}

} // namespace apd::validate
