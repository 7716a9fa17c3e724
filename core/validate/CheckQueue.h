#pragma once

#include "naming/NameParser.h"
#include "validate/FileReport.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace apd::validate {

// Checks dropped files and folders off the calling thread: folders are expanded, each file's
// name is checked and its content inspected on a bounded pool; results arrive as queued
// signals on the thread that owns this object (the GUI thread never waits on disk).
class CheckQueue : public QObject
{
    Q_OBJECT

public:
    explicit CheckQueue(QObject* parent = nullptr);
    ~CheckQueue() override; // cancels and waits for running work

    // Returns at once. Each call is one batch; `tag` comes back with every result (a request
    // key when files were dropped on a row, empty for the general drop zone).
    void check(const QStringList& paths, const QString& tag = {}, bool namesOnly = false);
    void cancel();
    bool busy() const { return m_running.load() > 0; }

Q_SIGNALS:
    void checked(const apd::validate::FileReport& report, const QString& tag);
    void batchFinished(int files, const QString& tag);

private:
    QThreadPool m_pool;
    naming::NameParser m_parser;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::atomic<int> m_running{0};
};

} // namespace apd::validate

Q_DECLARE_METATYPE(apd::validate::FileReport)
