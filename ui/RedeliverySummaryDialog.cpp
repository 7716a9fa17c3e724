#include "RedeliverySummaryDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace apd::ui {

int RedeliverySummary::count(Outcome outcome) const
{
    return int(std::count_if(lines.cbegin(), lines.cend(), [outcome](const Line& l) { return l.outcome == outcome; }));
}

QString RedeliverySummaryDialog::outcomeLabel(RedeliverySummary::Outcome outcome)
{
    switch (outcome) {
    case RedeliverySummary::Outcome::Redelivered:
        return tr("redelivered");
    case RedeliverySummary::Outcome::Uploaded:
        return tr("uploaded, not delivered");
    case RedeliverySummary::Outcome::Failed:
        return tr("upload failed");
    case RedeliverySummary::Outcome::Invalid:
        return tr("not sent");
    case RedeliverySummary::Outcome::Skipped:
        return tr("skipped");
    case RedeliverySummary::Outcome::Missing:
        return tr("still rejected");
    }
    return {};
}

RedeliverySummaryDialog::RedeliverySummaryDialog(const RedeliverySummary& summary, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("redeliverySummary"));
    setWindowTitle(tr("Redelivery"));
    using O = RedeliverySummary::Outcome;
    auto* head = new QLabel(this);
    head->setWordWrap(true);
    head->setTextFormat(Qt::PlainText);
    head->setText(summary.error.isEmpty()
                      ? tr("%1: %2 redelivered, %3 skipped, %4 not sent, %5 still rejected.")
                            .arg(summary.folder)
                            .arg(summary.count(O::Redelivered))
                            .arg(summary.count(O::Skipped))
                            .arg(summary.count(O::Invalid) + summary.count(O::Failed) + summary.count(O::Uploaded))
                            .arg(summary.count(O::Missing))
                      : tr("Nothing was redelivered: %1").arg(summary.error));
    auto* list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("redeliveryLines"));
    list->setHeaderLabels({tr("File"), tr("Outcome"), tr("Why")});
    list->setRootIsDecorated(false);
    list->setWordWrap(true);
    for (const RedeliverySummary::Line& l : summary.lines)
        new QTreeWidgetItem(list, {l.name, outcomeLabel(l.outcome), l.reason});
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(head);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    resize(900, 420);
}

void RedeliverySummaryDialog::present(QWidget* parent, const RedeliverySummary& summary)
{
    s_last = summary;
    if (s_autoClose)
        return;
    auto* dialog = new RedeliverySummaryDialog(summary, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace apd::ui
