#include "ProjectListDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace apd::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

ProjectListDialog::ProjectListDialog(QWidget* parent)
    : QDialog(parent), m_title(new QLabel(this)), m_state(new QLabel(this)), m_notice(new QLabel(this)),
      m_list(new QTreeWidget(this)), m_open(new QPushButton(tr("Open"), this)),
      m_signOut(new QPushButton(tr("Sign out"), this))
{
    setObjectName(QStringLiteral("projectListDialog"));
    setWindowTitle(tr("Projects — Artwork Portal"));
    m_title->setObjectName(QStringLiteral("projectListTitle"));
    m_state->setObjectName(QStringLiteral("projectListState"));
    m_list->setObjectName(QStringLiteral("projectList"));
    m_notice->setObjectName(QStringLiteral("projectListNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_notice->setStyleSheet(QStringLiteral("background: #fff4ce; color: #3b2f00; padding: 6px;"));
    m_open->setObjectName(QStringLiteral("openProjectButton"));
    m_signOut->setObjectName(QStringLiteral("signOutButton"));

    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setBold(true);
    m_title->setFont(big);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Project"), tr("Company"), tr("Assignee"), tr("Requests"), tr("Delivered"),
                             tr("Approved"), tr("Last change")});
    m_list->header()->setStretchLastSection(true);
    m_open->setEnabled(false);
    m_open->setDefault(true);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_open, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_signOut, QDialogButtonBox::ResetRole);
    buttons->addButton(QDialogButtonBox::Close);
    disconnect(buttons, nullptr, this, nullptr);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &ProjectListDialog::openSelected);
    connect(m_signOut, &QPushButton::clicked, this, &ProjectListDialog::signOutRequested);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &ProjectListDialog::openSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { m_open->setEnabled(item != nullptr); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_notice);
    layout->addWidget(m_state);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(860, 420);
}

void ProjectListDialog::setLoading(const QString& portal)
{
    m_title->setText(portal);
    m_state->setText(tr("Loading your projects…"));
    m_list->clear();
}

void ProjectListDialog::setProjects(const QString& portal, const QString& user,
                                    const QList<portal::ProjectSummary>& projects, bool fromCache,
                                    const QDateTime& seenAt)
{
    m_title->setText(tr("%1 · signed in as %2").arg(portal, user));
    if (fromCache)
        m_state->setText(tr("Offline: the portal cannot be reached. This is the list as it was on %1; orders opened "
                            "before can be opened from the copy on this computer.")
                             .arg(QLocale().toString(seenAt.toLocalTime(), QLocale::ShortFormat)));
    else if (projects.isEmpty())
        m_state->setText(tr("You are not on any project yet. Ask the studio or your agency's admin to add you."));
    else
        m_state->setText(tr("Choose the project to open."));
    m_list->clear();
    for (const portal::ProjectSummary& p : projects) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, p.title);
        item->setText(1, p.company.name);
        item->setText(2, p.assignee.id != 0 ? p.assignee.name : tr("nobody yet"));
        item->setText(3, QLocale().toString(p.counts.requests));
        item->setText(4, QLocale().toString(p.counts.delivered));
        item->setText(5, QLocale().toString(p.counts.approved));
        item->setText(6, QLocale().toString(p.updatedAt.toLocalTime(), QLocale::ShortFormat));
        for (int c = 3; c <= 5; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, IdRole, p.id);
    }
    for (int c = 0; c < m_list->columnCount() - 1; ++c)
        m_list->resizeColumnToContents(c);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void ProjectListDialog::showError(const QString& message)
{
    m_state->setText(message);
}

void ProjectListDialog::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString ProjectListDialog::notice() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

int ProjectListDialog::projectCount() const
{
    return m_list->topLevelItemCount();
}

bool ProjectListDialog::selectProject(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, IdRole).toLongLong() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    return false;
}

qint64 ProjectListDialog::selectedProject() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

void ProjectListDialog::openSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    Q_EMIT openRequested(item->data(0, IdRole).toLongLong(), item->text(0));
}

} // namespace apd::ui
