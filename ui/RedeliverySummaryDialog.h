#pragma once

#include <QDialog>
#include <QList>
#include <QString>

#include <optional>

namespace apd::ui {

// What a batch redelivery did, file by file: what went (and in which version), what was
// skipped or refused and why, and the rejected assets still waiting for a fix.
struct RedeliverySummary
{
    enum class Outcome
    {
        Redelivered, // uploaded and delivered again
        Uploaded,    // uploaded, not delivered (the delivery was refused or failed)
        Failed,      // the upload did not finish
        Invalid,     // a fix that fails the check: not sent
        Skipped,     // not a fix of a rejected asset
        Missing,     // a rejected asset with no fix in the folder
    };
    struct Line
    {
        Outcome outcome = Outcome::Skipped;
        QString name;
        QString reason; // for people
    };
    QString folder;
    QList<Line> lines;
    QString error; // the batch could not run at all (the portal out of reach, …)

    int count(Outcome outcome) const;
};

// Shows a RedeliverySummary. Tests ask that the next one is not shown but kept (setAutoClose),
// then read it with lastSummary().
class RedeliverySummaryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RedeliverySummaryDialog(const RedeliverySummary& summary, QWidget* parent = nullptr);

    // Shows the summary (modeless), unless a test asked otherwise.
    static void present(QWidget* parent, const RedeliverySummary& summary);
    static QString outcomeLabel(RedeliverySummary::Outcome outcome);

    // Test hooks.
    static void setAutoClose(bool on) { s_autoClose = on; }
    static std::optional<RedeliverySummary> lastSummary() { return s_last; }

private:
    static inline bool s_autoClose = false;
    static inline std::optional<RedeliverySummary> s_last;
};

} // namespace apd::ui
