#include "validate/CheckQueue.h"

#include "files/FileCollector.h"
#include "validate/FileValidator.h"

#include <QThread>

namespace apd::validate {

CheckQueue::CheckQueue(QObject* parent) : QObject(parent), m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    qRegisterMetaType<apd::validate::FileReport>();
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

CheckQueue::~CheckQueue()
{
    cancel();
    m_pool.waitForDone();
}

void CheckQueue::cancel()
{
    m_cancelled->store(true);
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
}

void CheckQueue::check(const QStringList& paths, const QString& tag, bool namesOnly)
{
    ++m_running;
    auto cancelled = m_cancelled;
    m_pool.start([this, paths, tag, namesOnly, cancelled] {
        const files::CollectResult collected = files::FileCollector::collect(paths, {true});
        FileValidator::Options options;
        options.namesOnly = namesOnly;
        const FileValidator validator(m_parser, options);
        int done = 0;
        for (const files::CollectedFile& file : collected.files) {
            if (cancelled->load())
                break;
            const FileReport report = validator.check(file);
            ++done;
            QMetaObject::invokeMethod(
                this, [this, report, tag] { Q_EMIT checked(report, tag); }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(
            this,
            [this, done, tag] {
                --m_running;
                Q_EMIT batchFinished(done, tag);
            },
            Qt::QueuedConnection);
    });
}

} // namespace apd::validate
