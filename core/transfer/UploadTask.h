#pragma once

#include "transfer/ContentHash.h"
#include "transfer/Failure.h"
#include "transfer/TransferSettings.h"
#include "transfer/TransferTypes.h"
#include "transfer/TusProtocol.h"
#include "transfer/TusRequest.h"
#include "transfer/UploadJournal.h"

#include <QCoreApplication>
#include <QFile>

#include <map>
#include <memory>
#include <optional>

namespace apd::transfer {

// What an upload task needs from the loop that drives it.
class TaskHost
{
public:
    virtual ~TaskHost() = default;
    virtual const TransferSettings& settings() const = 0;
    virtual UploadJournal& journal() = 0;
    // The server's OPTIONS answer, shared by every task of the queue once one task has it.
    virtual std::optional<ServerCapabilities>& capabilities() = 0;
    virtual void taskEvent(TaskId id, const QString& code, const QString& message) = 0;
    virtual void taskChanged(TaskId id) = 0;
    virtual qint64 nowMs() const = 0;
    virtual int nextDelayMs(FailureClass kind, int failures) = 0;
    // The slots that share the bandwidth cap now: the parallel limit, or fewer when fewer
    // files are left to send (one file alone gets the whole cap).
    virtual int sharingSlots() const = 0;
};

// One file's upload, as a state machine driven by the worker loop.
//
//   Preparing ──hash whole file──► (journal row written) ──► Queued ──slot──► Sending
//     Sending: [OPTIONS] ─► POST (no URL yet) ─► PATCH … ─► offset == size ─► verify ─► Done
//              HEAD (URL known: resumed, or after a failure) ─► PATCH …
//     failure ─classify─► RetrySoon/RetryLater: Waiting (backoff) ─► Queued ─► HEAD
//                         StartAgain (404/410/expired): forget the URL ─► POST
//                         HalveChunk (413): smaller PATCHes
//                         GiveUp: Failed (the server's reason kept)
//                         too many in a row without progress: Interrupted (next run resumes)
//     file changed/vanished (size, mtime, or the hash of what was sent): DELETE ─► Changed
//     cancel: DELETE ─► Cancelled;  pause: abort ─► Paused ─resume─► Queued ─► HEAD
//
// A resumed row goes on only if the file's size, mtime and SHA-256 still match the row.
//
// Why an empty creation by default (creation-with-upload is a setting): a process killed
// between the server's 201 and the journal's write of the upload URL leaves an upload the
// next run cannot find. Empty, it is harmless; with the whole (small) file in the POST it is
// a complete duplicate on the server.
//
// Thread: the worker's. Owns its current request.
class UploadTask
{
    Q_DECLARE_TR_FUNCTIONS(UploadTask)

public:
    UploadTask(TaskId id, TaskHost& host, const UploadRequest& request);
    UploadTask(TaskId id, TaskHost& host, const JournalRow& row);

    TaskId id() const { return m_id; }
    TaskState state() const { return m_state; }
    const JournalRow& row() const { return m_row; }
    TaskReport report() const;
    bool resumedFromJournal() const { return m_fromJournal; }
    bool sameFile(const UploadRequest& request) const;

    // Preparing: hashes up to `budget` bytes; the loop calls it until the state moves on.
    void prepare(qint64 budget);
    // Queued and its retry time has come: may take a slot.
    bool ready(qint64 nowMs) const;
    // Builds the next request of a task that holds a slot; nullptr when it needs none now
    // (it then left Sending: Waiting, Done, …).
    std::unique_ptr<TusRequest> next();
    // The loop hands back the request it ran, with libcurl's result.
    void finished(std::unique_ptr<TusRequest> request, CURLcode result);
    TusRequest* current() const { return m_current; }
    void setCurrent(TusRequest* request) { m_current = request; }

    void pause();
    void resume();
    void cancel();
    // A task waiting out its backoff tries again at once (the network is known to be back).
    void retryNow();
    // Stats the file: a changed or vanished file stops the upload. Cheap; called often.
    void checkSource();
    // Aborts a request that moved no byte for too long.
    void checkStall(qint64 nowMs);

    qint64 bytesDone() const;
    qint64 size() const { return m_row.size; }

private:
    enum class Step
    {
        Options,
        Create,
        Head,
        Patch,
        Delete,
    };

    void setState(TaskState state, const QString& code = {}, const QString& message = {});
    void fail(const Failure& failure);
    void finishAs(TaskState state, JournalRow::State rowState, const QString& code, const QString& message);
    void stopBecauseChanged(const QString& message);
    void journalError(const Error& error);
    void confirm(qint64 offset, const QByteArray& expires);
    void completeIfDone();

    std::unique_ptr<TusRequest> makeRequest(TusRequest::Method method, const QUrl& url, QList<QByteArray> headers);
    std::unique_ptr<TusRequest> makePatch();
    bool ensureHashAt(qint64 offset);
    void handleOptions(TusRequest& r);
    void handleCreate(TusRequest& r);
    void handleHead(TusRequest& r);
    void handlePatch(TusRequest& r);
    std::optional<QString> sourceProblem() const;

    TaskId m_id;
    TaskHost& m_host;
    JournalRow m_row;
    bool m_fromJournal = false;
    TaskState m_state = TaskState::Preparing;
    Step m_step = Step::Options;
    TaskState m_afterDelete = TaskState::Cancelled;
    TusRequest* m_current = nullptr;
    qint64 m_retryAtMs = 0;
    qint64 m_chunk = 0; // 0: unlimited
    QString m_code;
    QString m_message;

    // Preparing
    QFile m_prepFile;
    ContentHash m_prepHash;
    qint64 m_prepPos = 0;

    // Hash snapshots of the file's prefix by offset: the hash of what the server holds is
    // the snapshot at the confirmed offset, caught up from disk when needed.
    std::map<qint64, ContentHash> m_hashes;

    qint64 m_bodyBytesSent = 0;
    int m_failuresInRow = 0;
    int m_failures = 0;
    int m_restarts = 0;
    int m_stalls = 0;
};

} // namespace apd::transfer
