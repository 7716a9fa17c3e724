#include "PeopleDialog.h"

#include "PortalSession.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace apd::ui {

PeopleDialog::PeopleDialog(PortalSession* session, qint64 companyId, Pick pick, const QList<qint64>& chosen,
                           QWidget* parent)
    : QDialog(parent), m_pick(pick), m_initial(chosen), m_list(new QListWidget(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("peopleDialog"));
    setWindowTitle(pick == Pick::One ? tr("Assignee") : tr("Collaborators"));
    m_list->setObjectName(QStringLiteral("peopleList"));
    m_message->setObjectName(QStringLiteral("peopleMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setText(tr("Loading the people of the company…"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto* intro =
        new QLabel(pick == Pick::One ? tr("Who delivers this project?") : tr("Who else works on this project?"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(420, 360);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (m_pick == Pick::One)
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->currentItem() != nullptr);
    });
    connect(session, &PortalSession::failed, this, [this](const QString& what, const QString& message) {
        if (what == tr("Listing the people")) {
            m_loading = false;
            m_message->setText(message);
        }
    });
    session->call<QList<portal::User>>(
        tr("Listing the people"), [companyId](portal::PortalClient& c) { return c.companyUsers(companyId); }, this,
        [this](const QList<portal::User>& users) {
            m_loading = false;
            m_message->clear();
            for (const portal::User& u : users) {
                auto* item = new QListWidgetItem(tr("%1 <%2>").arg(u.name, u.email), m_list);
                item->setData(Qt::UserRole, u.id);
                if (m_pick == Pick::Many) {
                    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                    item->setCheckState(m_initial.contains(u.id) ? Qt::Checked : Qt::Unchecked);
                } else if (m_initial.contains(u.id)) {
                    m_list->setCurrentItem(item);
                }
            }
            if (m_pick == Pick::Many)
                m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        });
}

QList<qint64> PeopleDialog::chosen() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        const bool on = m_pick == Pick::Many ? item->checkState() == Qt::Checked : item == m_list->currentItem();
        if (on)
            ids << item->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

} // namespace apd::ui
