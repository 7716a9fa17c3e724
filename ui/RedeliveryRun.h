#pragma once

#include "RedeliverySummaryDialog.h"
#include "portal/RedeliveryPlan.h"
#include "transfer/TransferTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace apd::transfer {
class TransferQueue;
}

namespace apd::ui {

class PortalSession;

// A folder of fixes, redelivered in one batch: the project is read again, the plan
// (portal::RedeliveryPlan, the rule the CLI's `redeliver` uses) says which files are fixes of
// rejected assets; those are checked (off the GUI thread), uploaded through the window's
// transfer queue (the same name makes a new version), and delivered together; then a summary
// says what went, what was skipped and why. One batch at a time.
class RedeliveryRun : public QObject
{
    Q_OBJECT

public:
    RedeliveryRun(PortalSession* session, transfer::TransferQueue* transfers, QObject* parent = nullptr);

    // `comments`: the owner's last comment per rejected asset (for the summary).
    void start(qint64 projectId, const QString& folder, const QHash<qint64, QString>& comments = {});
    bool running() const { return m_running; }

Q_SIGNALS:
    void progress(const QString& message);
    void finished(const apd::ui::RedeliverySummary& summary);

private:
    void planned(const portal::RedeliveryPlan& plan);
    void onTaskChanged(const transfer::TaskReport& report);
    void deliver();
    void finish(const QString& error = {});

    QPointer<PortalSession> m_session;
    QPointer<transfer::TransferQueue> m_transfers;
    qint64 m_projectId = 0;
    QString m_folder;
    QHash<qint64, QString> m_comments;
    bool m_running = false;
    RedeliverySummary m_summary;
    QHash<transfer::TaskId, QString> m_tasks; // upload → delivery name, while uploading
    QStringList m_uploaded;                   // delivery names on the server
};

} // namespace apd::ui
