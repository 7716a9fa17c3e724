#pragma once

#include <QMetaType>
#include <QString>

namespace apd::transfer {

using TaskId = int;

// One file to deliver: where it is, the name it is delivered under, the project it is for.
struct UploadRequest
{
    QString path;
    QString deliveryName;
    QString project;
};

enum class TaskState
{
    Preparing,   // reading the file for its SHA-256, before anything is sent
    Queued,      // waiting for a free slot
    Sending,
    Waiting,     // a failure: waiting before the next try
    Paused,
    Done,        // on the server; the end-to-end hash matched
    Failed,      // given up (the server refused it, a certificate, …)
    Changed,     // the file changed or vanished on disk: stopped, never sent under the old hash
    Cancelled,
    Interrupted, // too many failures in a row: left in the journal for the next run
};

inline bool isFinal(TaskState s)
{
    return s == TaskState::Done || s == TaskState::Failed || s == TaskState::Changed || s == TaskState::Cancelled ||
           s == TaskState::Interrupted;
}

// A task as the queue reports it.
struct TaskReport
{
    TaskId id = 0;
    qint64 journalId = 0;
    TaskState state = TaskState::Queued;
    QString path;
    QString deliveryName;
    QString project;
    qint64 size = 0;
    qint64 confirmed = 0;  // bytes the server confirmed
    QString uploadUrl;
    QString code;          // the last failure's code, or "already-uploaded"/"resumed"
    QString message;       // for people
    qint64 bodyBytesSent = 0; // every body byte sent in this run, resends included
    int failures = 0;
    int restarts = 0;
    int stalls = 0;
};

struct TaskProgress
{
    TaskId id = 0;
    qint64 done = 0;
    qint64 size = 0;
    double bytesPerSecond = 0;
    qint64 etaSeconds = -1; // -1: unknown
};

struct TotalProgress
{
    int tasks = 0;
    int finished = 0;
    qint64 done = 0;
    qint64 size = 0;
    double bytesPerSecond = 0;
    qint64 etaSeconds = -1;
};

} // namespace apd::transfer

Q_DECLARE_METATYPE(apd::transfer::TaskReport)
Q_DECLARE_METATYPE(apd::transfer::TaskProgress)
Q_DECLARE_METATYPE(apd::transfer::TotalProgress)
