#include "transfer/TransferQueue.h"

#include "transfer/TransferEngine.h"
#include "transfer/UploadJournal.h"

#include <QThread>

namespace apd::transfer {

// Relays the engine's reports (on the worker thread) as the queue's signals, which Qt
// queues to the receivers' threads.
class QueueListener : public EngineListener
{
public:
    explicit QueueListener(TransferQueue& queue) : m_queue(queue) {}
    void engineTaskChanged(const TaskReport& report) override { Q_EMIT m_queue.taskChanged(report); }
    void engineTaskEvent(TaskId id, const QString& code, const QString& message) override
    {
        Q_EMIT m_queue.taskEvent(id, code, message);
    }
    void engineProgress(const QList<TaskProgress>& tasks, const TotalProgress& total) override
    {
        Q_EMIT m_queue.progress(tasks, total);
    }
    void engineIdle() override { Q_EMIT m_queue.idle(); }
    void engineFatal(const QString& message) override { Q_EMIT m_queue.fatal(message); }

private:
    TransferQueue& m_queue;
};

TransferQueue::TransferQueue(const TransferSettings& settings, QObject* parent)
    : QObject(parent), m_settings(settings), m_listener(std::make_unique<QueueListener>(*this))
{
    qRegisterMetaType<TaskReport>();
    qRegisterMetaType<TaskProgress>();
    qRegisterMetaType<TotalProgress>();
    qRegisterMetaType<QList<TaskProgress>>();
}

TransferQueue::~TransferQueue()
{
    stop();
}

Result<bool> TransferQueue::start()
{
    if (m_thread)
        return true;
    {
        // Checked here, on the caller's thread, so that a journal that cannot be opened is an
        // error the caller sees at once; the worker opens its own connection.
        UploadJournal probe;
        const Result<bool> opened = probe.open(m_settings.journalPath);
        if (!opened)
            return opened;
    }
    m_engine = std::make_unique<TransferEngine>(m_settings, *m_listener);
    TransferEngine* engine = m_engine.get();
    m_thread = QThread::create([engine] { engine->run(); });
    m_thread->setObjectName(QStringLiteral("transfers"));
    m_thread->start();
    return true;
}

void TransferQueue::stop()
{
    if (!m_thread)
        return;
    m_engine->stop();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_engine.reset();
}

TaskId TransferQueue::enqueue(const UploadRequest& request, Start start)
{
    const TaskId id = m_nextId.fetch_add(1);
    if (m_engine) {
        TransferEngine* engine = m_engine.get();
        // Paused in the same step of the worker: a pause posted after the enqueue could come
        // when a small file has already been sent.
        m_engine->post([engine, id, request, start] {
            engine->enqueue(id, request);
            if (start == Start::Paused)
                engine->pause(id);
        });
    }
    return id;
}

void TransferQueue::resumeUnfinished()
{
    if (!m_engine)
        return;
    TransferEngine* engine = m_engine.get();
    m_engine->post([this, engine] { engine->resumeUnfinished([this] { return m_nextId.fetch_add(1); }); });
}

QList<TaskId> TransferQueue::submit(const QList<UploadRequest>& requests, bool alsoUnfinished)
{
    QList<QPair<TaskId, UploadRequest>> batch;
    for (const UploadRequest& r : requests)
        batch.append({m_nextId.fetch_add(1), r});
    QList<TaskId> ids;
    for (const auto& b : batch)
        ids.append(b.first);
    if (m_engine) {
        TransferEngine* engine = m_engine.get();
        m_engine->post([this, engine, batch, alsoUnfinished] {
            if (alsoUnfinished)
                engine->resumeUnfinished([this] { return m_nextId.fetch_add(1); });
            for (const auto& [id, request] : batch)
                engine->enqueue(id, request);
        });
    }
    return ids;
}

void TransferQueue::pause(TaskId id)
{
    if (m_engine)
        m_engine->post([e = m_engine.get(), id] { e->pause(id); });
}

void TransferQueue::resume(TaskId id)
{
    if (m_engine)
        m_engine->post([e = m_engine.get(), id] { e->resume(id); });
}

void TransferQueue::cancel(TaskId id)
{
    if (m_engine)
        m_engine->post([e = m_engine.get(), id] { e->cancel(id); });
}

void TransferQueue::retryNow()
{
    if (m_engine)
        m_engine->post([e = m_engine.get()] { e->retryNow(); });
}

void TransferQueue::move(TaskId id, int index)
{
    if (m_engine)
        m_engine->post([e = m_engine.get(), id, index] { e->move(id, index); });
}

} // namespace apd::transfer
