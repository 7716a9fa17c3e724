#pragma once

#include "transfer/Backoff.h"
#include "transfer/CurlMulti.h"
#include "transfer/TransferSettings.h"
#include "transfer/TransferTypes.h"
#include "transfer/UploadJournal.h"
#include "transfer/UploadTask.h"

#include <QList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace apd::transfer {

// What the engine reports, called on the worker thread.
class EngineListener
{
public:
    virtual ~EngineListener() = default;
    virtual void engineTaskChanged(const TaskReport& report) = 0;
    virtual void engineTaskEvent(TaskId id, const QString& code, const QString& message) = 0;
    virtual void engineProgress(const QList<TaskProgress>& tasks, const TotalProgress& total) = 0;
    // Nothing left to do: every task is finished, paused or interrupted.
    virtual void engineIdle() = 0;
    virtual void engineFatal(const QString& message) = 0;
};

// The transfer loop: one thread, one curl multi handle, every upload task. Commands from
// other threads are queued (post) and wake the loop; everything else runs on the loop's
// thread, including the journal's one writing connection.
class TransferEngine : public TaskHost
{
public:
    TransferEngine(const TransferSettings& settings, EngineListener& listener);
    ~TransferEngine() override;

    // Runs until stop(). Call on the worker thread.
    void run();
    // Thread-safe.
    void post(std::function<void()> command);
    void stop();

    // Commands (run them through post()).
    void enqueue(TaskId id, const UploadRequest& request);
    void resumeUnfinished(const std::function<TaskId()>& newId);
    void pause(TaskId id);
    void resume(TaskId id);
    void cancel(TaskId id);
    void move(TaskId id, int index);
    void retryNow();

    // TaskHost
    const TransferSettings& settings() const override { return m_settings; }
    UploadJournal& journal() override { return m_journal; }
    std::optional<ServerCapabilities>& capabilities() override { return m_caps; }
    void taskEvent(TaskId id, const QString& code, const QString& message) override;
    void taskChanged(TaskId id) override;
    qint64 nowMs() const override;
    int nextDelayMs(FailureClass kind, int failures) override;
    int sharingSlots() const override;

private:
    struct Active
    {
        UploadTask* task;
        std::unique_ptr<TusRequest> request;
    };
    struct Rate
    {
        qint64 lastBytes = -1;
        qint64 lastMs = 0;
        double bytesPerSecond = 0;
    };

    UploadTask* find(TaskId id) const;
    void runCommands();
    void schedule(qint64 now);
    void start(UploadTask& task);
    void reap();
    void watch(qint64 now);
    void reportProgress(qint64 now);
    bool busy() const;

    TransferSettings m_settings;
    EngineListener& m_listener;
    UploadJournal m_journal;
    CurlMulti m_multi;
    Backoff m_soon;
    Backoff m_later;
    std::optional<ServerCapabilities> m_caps;
    std::vector<std::unique_ptr<UploadTask>> m_tasks;
    std::vector<Active> m_active;
    std::map<TaskId, Rate> m_rates;

    std::mutex m_commandsMutex;
    std::vector<std::function<void()>> m_commands;
    std::atomic<bool> m_stop{false};
    bool m_idleReported = true; // nothing to report before the first command
    qint64 m_lastProgressMs = 0;
    qint64 m_lastSourceCheckMs = 0;
};

} // namespace apd::transfer
