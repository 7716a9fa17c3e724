#pragma once

#include "common/Result.h"
#include "transfer/TransferSettings.h"
#include "transfer/TransferTypes.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace apd::transfer {

class TransferEngine;
class QueueListener;

// The upload queue as the application sees it: files go in, progress and outcomes come out
// as signals. The work happens on one worker thread that owns a libcurl multi handle and the
// journal's writing connection; every call here returns at once.
//
// Thread: create and call it from one thread (the GUI's or the CLI's); its signals arrive
// there, queued. Destroying it stops the worker: transfers in flight stop, and their journal
// rows stay unfinished for the next start to resume.
class TransferQueue : public QObject
{
    Q_OBJECT

public:
    explicit TransferQueue(const TransferSettings& settings, QObject* parent = nullptr);
    ~TransferQueue() override;

    // Opens the journal (creating or migrating it) and starts the worker.
    Result<bool> start();
    void stop();

    enum class Start
    {
        Now,
        Paused, // held until resume(): nothing is sent, not even the first request
    };
    // Adds a file. A file an earlier run left unfinished is resumed rather than sent anew.
    TaskId enqueue(const UploadRequest& request, Start start = Start::Now);
    // Adds every unfinished upload of the journal for this endpoint.
    void resumeUnfinished();
    // Both at once, as one step of the worker: idle() cannot come between them.
    QList<TaskId> submit(const QList<UploadRequest>& requests, bool alsoUnfinished);
    void pause(TaskId id);
    void resume(TaskId id);
    void cancel(TaskId id);
    // Moves a task to `index` in the order in which tasks get a slot.
    void move(TaskId id, int index);
    // Uploads waiting to try again after a failure try now: the caller knows the server is
    // back (it answered another request), so the backoff would only keep the user waiting.
    void retryNow();

Q_SIGNALS:
    void taskChanged(const apd::transfer::TaskReport& report);
    void taskEvent(int id, const QString& code, const QString& message);
    void progress(const QList<apd::transfer::TaskProgress>& tasks, const apd::transfer::TotalProgress& total);
    // Nothing left to do (every task finished, paused or interrupted).
    void idle();
    void fatal(const QString& message);

private:
    TransferSettings m_settings;
    std::unique_ptr<QueueListener> m_listener;
    std::unique_ptr<TransferEngine> m_engine;
    QThread* m_thread = nullptr;
    std::atomic<int> m_nextId{1};
};

} // namespace apd::transfer
