#include "transfer/TransferEngine.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace apd::transfer {

namespace {
// A transfer asked to stop whose progress callback has not run by then is removed by force.
constexpr qint64 AbortGraceMs = 2000;
constexpr qint64 SourceCheckIntervalMs = 1000;
} // namespace

TransferEngine::TransferEngine(const TransferSettings& settings, EngineListener& listener)
    : m_settings(settings), m_listener(listener), m_soon(settings.retrySoonBaseMs, settings.retryCapMs),
      m_later(settings.retryLaterBaseMs, settings.retryCapMs)
{
}

TransferEngine::~TransferEngine()
{
    for (Active& a : m_active)
        m_multi.remove(a.request->easy());
}

qint64 TransferEngine::nowMs() const
{
    // Wall-clock time: after a laptop sleeps, waits that are due are due at once.
    return QDateTime::currentMSecsSinceEpoch();
}

int TransferEngine::nextDelayMs(FailureClass kind, int failures)
{
    return kind == FailureClass::RetryLater ? m_later.delayMs(failures) : m_soon.delayMs(failures);
}

int TransferEngine::sharingSlots() const
{
    const auto open = std::count_if(m_tasks.begin(), m_tasks.end(), [](const auto& t) {
        return !isFinal(t->state()) && t->state() != TaskState::Paused;
    });
    return static_cast<int>(std::clamp<qint64>(open, 1, std::max(1, m_settings.parallel)));
}

void TransferEngine::post(std::function<void()> command)
{
    {
        const std::lock_guard<std::mutex> lock(m_commandsMutex);
        m_commands.push_back(std::move(command));
    }
    m_multi.wakeup();
}

void TransferEngine::stop()
{
    m_stop.store(true);
    m_multi.wakeup();
}

void TransferEngine::runCommands()
{
    std::vector<std::function<void()>> commands;
    {
        const std::lock_guard<std::mutex> lock(m_commandsMutex);
        commands.swap(m_commands);
    }
    for (auto& c : commands)
        c();
    if (!commands.empty())
        m_idleReported = false;
}

UploadTask* TransferEngine::find(TaskId id) const
{
    for (const auto& t : m_tasks) {
        if (t->id() == id)
            return t.get();
    }
    return nullptr;
}

void TransferEngine::taskEvent(TaskId id, const QString& code, const QString& message)
{
    m_listener.engineTaskEvent(id, code, message);
}

void TransferEngine::taskChanged(TaskId id)
{
    if (const UploadTask* t = find(id))
        m_listener.engineTaskChanged(t->report());
}

void TransferEngine::enqueue(TaskId id, const UploadRequest& request)
{
    for (const auto& t : m_tasks) {
        if (t->sameFile(request) && !isFinal(t->state())) {
            taskEvent(id, QStringLiteral("merged"),
                      QCoreApplication::translate("TransferEngine", "Already in the queue."));
            return;
        }
    }
    const QString endpoint = m_settings.endpoint.toString(QUrl::FullyEncoded);
    const Result<QList<JournalRow>> rows = m_journal.unfinished(endpoint);
    if (rows) {
        for (const JournalRow& row : rows.value()) {
            auto candidate = std::make_unique<UploadTask>(id, *this, row);
            if (candidate->sameFile(request)) {
                // An earlier run left this one unfinished: resume it (if the file is unchanged).
                m_tasks.push_back(std::move(candidate));
                m_listener.engineTaskChanged(m_tasks.back()->report());
                return;
            }
        }
    }
    m_tasks.push_back(std::make_unique<UploadTask>(id, *this, request));
    m_listener.engineTaskChanged(m_tasks.back()->report());
}

void TransferEngine::resumeUnfinished(const std::function<TaskId()>& newId)
{
    const Result<QList<JournalRow>> rows = m_journal.unfinished(m_settings.endpoint.toString(QUrl::FullyEncoded));
    if (!rows) {
        m_listener.engineFatal(rows.error().message);
        return;
    }
    for (const JournalRow& row : rows.value()) {
        const bool known =
            std::any_of(m_tasks.begin(), m_tasks.end(), [&](const auto& t) { return t->row().id == row.id; });
        if (known)
            continue;
        m_tasks.push_back(std::make_unique<UploadTask>(newId(), *this, row));
        m_listener.engineTaskChanged(m_tasks.back()->report());
    }
}

void TransferEngine::pause(TaskId id)
{
    if (UploadTask* t = find(id))
        t->pause();
}

void TransferEngine::resume(TaskId id)
{
    if (UploadTask* t = find(id))
        t->resume();
}

void TransferEngine::cancel(TaskId id)
{
    if (UploadTask* t = find(id))
        t->cancel();
}

void TransferEngine::retryNow()
{
    for (const auto& t : m_tasks)
        t->retryNow();
}

void TransferEngine::move(TaskId id, int index)
{
    const auto it = std::find_if(m_tasks.begin(), m_tasks.end(), [&](const auto& t) { return t->id() == id; });
    if (it == m_tasks.end())
        return;
    std::unique_ptr<UploadTask> task = std::move(*it);
    m_tasks.erase(it);
    const auto at =
        static_cast<std::ptrdiff_t>(std::clamp<qsizetype>(index, 0, static_cast<qsizetype>(m_tasks.size())));
    m_tasks.insert(m_tasks.begin() + at, std::move(task));
}

void TransferEngine::start(UploadTask& task)
{
    // A task may need a second look (its next step finished it, or moved it to a termination).
    for (int tries = 0; tries < 3; ++tries) {
        std::unique_ptr<TusRequest> request = task.next();
        if (request) {
            if (!request->easy().valid() || !m_multi.add(request->easy())) {
                task.finished(std::move(request), CURLE_OUT_OF_MEMORY);
                continue;
            }
            task.setCurrent(request.get());
            m_active.push_back({&task, std::move(request)});
            return;
        }
        if (task.state() != TaskState::Sending)
            return;
    }
}

void TransferEngine::schedule(qint64 now)
{
    const auto slots = static_cast<size_t>(std::max(1, m_settings.parallel));
    for (const auto& t : m_tasks) {
        if (m_active.size() >= slots)
            break;
        const bool holdsSlot =
            std::any_of(m_active.begin(), m_active.end(), [&](const Active& a) { return a.task == t.get(); });
        if (!holdsSlot && t->ready(now))
            start(*t);
    }
}

void TransferEngine::reap()
{
    m_multi.takeFinished([this](CURL* easy, CURLcode result) {
        const auto it = std::find_if(m_active.begin(), m_active.end(),
                                     [&](const Active& a) { return a.request->easy().handle() == easy; });
        if (it == m_active.end())
            return;
        m_multi.remove(it->request->easy());
        UploadTask* task = it->task;
        std::unique_ptr<TusRequest> request = std::move(it->request);
        m_active.erase(it);
        task->finished(std::move(request), result);
        if (task->state() == TaskState::Sending)
            start(*task); // keeps its slot for the next step
    });
}

void TransferEngine::watch(qint64 now)
{
    const bool checkSources = now - m_lastSourceCheckMs >= SourceCheckIntervalMs;
    if (checkSources)
        m_lastSourceCheckMs = now;
    for (size_t i = 0; i < m_active.size();) {
        Active& a = m_active[i];
        a.request->setNow(now);
        if (checkSources)
            a.task->checkSource();
        a.task->checkStall(now);
        if (a.request->abortReason() != TusRequest::AbortReason::None) {
            if (a.request->abortRequestedMs() == 0)
                a.request->setAbortRequestedMs(now);
            else if (now - a.request->abortRequestedMs() > AbortGraceMs) {
                m_multi.remove(a.request->easy());
                UploadTask* task = a.task;
                std::unique_ptr<TusRequest> request = std::move(a.request);
                m_active.erase(m_active.begin() + static_cast<std::ptrdiff_t>(i));
                task->finished(std::move(request), CURLE_ABORTED_BY_CALLBACK);
                if (task->state() == TaskState::Sending)
                    start(*task);
                continue;
            }
        }
        ++i;
    }
}

void TransferEngine::reportProgress(qint64 now)
{
    if (now - m_lastProgressMs < m_settings.progressIntervalMs)
        return;
    m_lastProgressMs = now;
    QList<TaskProgress> tasks;
    TotalProgress total;
    for (const auto& t : m_tasks) {
        if (t->state() == TaskState::Cancelled)
            continue;
        ++total.tasks;
        if (isFinal(t->state()))
            ++total.finished;
        TaskProgress p;
        p.id = t->id();
        p.size = t->size();
        p.done = t->state() == TaskState::Done ? t->size() : t->bytesDone();
        Rate& rate = m_rates[t->id()];
        if (rate.lastBytes >= 0 && now > rate.lastMs) {
            const double instant = std::max<qint64>(0, p.done - rate.lastBytes) * 1000.0 / double(now - rate.lastMs);
            // Smoothed, so the ETA does not jump with every burst of the network.
            rate.bytesPerSecond = rate.bytesPerSecond <= 0 ? instant : 0.7 * rate.bytesPerSecond + 0.3 * instant;
        }
        rate.lastBytes = p.done;
        rate.lastMs = now;
        p.bytesPerSecond = t->state() == TaskState::Sending ? rate.bytesPerSecond : 0;
        if (p.bytesPerSecond > 1)
            p.etaSeconds = static_cast<qint64>(double(p.size - p.done) / p.bytesPerSecond);
        total.done += p.done;
        total.size += p.size;
        total.bytesPerSecond += p.bytesPerSecond;
        if (t->state() != TaskState::Preparing)
            tasks.append(p);
    }
    if (total.bytesPerSecond > 1)
        total.etaSeconds = static_cast<qint64>(double(total.size - total.done) / total.bytesPerSecond);
    m_listener.engineProgress(tasks, total);
}

bool TransferEngine::busy() const
{
    if (!m_active.empty())
        return true;
    return std::any_of(m_tasks.begin(), m_tasks.end(), [](const auto& t) {
        const TaskState s = t->state();
        return !isFinal(s) && s != TaskState::Paused;
    });
}

void TransferEngine::run()
{
    if (!m_multi.valid()) {
        m_listener.engineFatal(QCoreApplication::translate("TransferEngine", "libcurl could not be initialised."));
        return;
    }
    const Result<bool> opened = m_journal.open(m_settings.journalPath);
    if (!opened) {
        m_listener.engineFatal(QCoreApplication::translate("TransferEngine", "The upload journal cannot be opened: %1")
                                   .arg(opened.error().message));
        return;
    }
    while (!m_stop.load()) {
        runCommands();
        qint64 now = nowMs();

        // Hashing shares this loop with the transfers, one slice per round, so that a big
        // file being hashed never stalls the others.
        bool preparing = false;
        for (const auto& t : m_tasks) {
            if (t->state() == TaskState::Preparing) {
                t->prepare(m_settings.hashSliceBytes);
                preparing = t->state() == TaskState::Preparing;
                break;
            }
        }

        schedule(now);
        m_multi.perform();
        reap();
        now = nowMs();
        watch(now);
        reportProgress(now);

        if (!busy() && !m_idleReported) {
            m_idleReported = true;
            reportProgress(now + m_settings.progressIntervalMs);
            m_listener.engineIdle();
        }

        int timeout = preparing ? 0 : 100;
        for (const auto& t : m_tasks) {
            if (t->state() == TaskState::Waiting)
                timeout = static_cast<int>(std::clamp<qint64>(t->ready(now) ? 0 : 50, 0, timeout));
        }
        m_multi.poll(timeout);
    }
    // Stopping: transfers in flight end here; their journal rows stay unfinished and the
    // next start resumes them from the server's offset.
    for (Active& a : m_active) {
        m_multi.remove(a.request->easy());
        a.task->setCurrent(nullptr);
    }
    m_active.clear();
}

} // namespace apd::transfer
