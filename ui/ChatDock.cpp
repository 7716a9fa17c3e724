#include "ChatDock.h"

#include "MentionLineEdit.h"
#include "PortalSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace apd::ui {

ChatDock::ChatDock(QWidget* parent)
    : QDockWidget(parent), m_messages(new QListWidget(this)), m_input(new MentionLineEdit(this)),
      m_post(new QPushButton(tr("Send"), this))
{
    setObjectName(QStringLiteral("chatDock"));
    m_messages->setObjectName(QStringLiteral("chatMessages"));
    m_input->setObjectName(QStringLiteral("chatInput"));
    m_post->setObjectName(QStringLiteral("chatPost"));
    m_messages->setWordWrap(true);
    m_input->setPlaceholderText(tr("Message; @ names someone"));
    m_post->setEnabled(false);
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);

    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_messages, 1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_input, 1);
    row->addWidget(m_post);
    layout->addLayout(row);
    setWidget(body);
    updateTitle();

    connect(m_input, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_post->setEnabled(m_session && m_projectId && !text.trimmed().isEmpty());
        markRead();
    });
    connect(m_input, &QLineEdit::returnPressed, this, &ChatDock::post);
    connect(m_post, &QPushButton::clicked, this, &ChatDock::post);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && window()->isActiveWindow())
            markRead();
    });
}

void ChatDock::setSession(PortalSession* session)
{
    m_session = session;
}

void ChatDock::setProject(const portal::ProjectDetail& project, qint64 userId)
{
    const bool other = project.summary.id != m_projectId;
    m_projectId = project.summary.id;
    m_userId = userId;
    QStringList handles;
    for (const portal::UserRef& u : project.members) {
        if (u.id == userId)
            m_handle = u.handle;
        else if (!u.handle.isEmpty())
            handles << u.handle;
    }
    if (project.summary.owner.id != userId && !project.summary.owner.handle.isEmpty() &&
        !handles.contains(project.summary.owner.handle))
        handles << project.summary.owner.handle;
    m_input->setHandles(handles);
    if (other) {
        m_messages->clear();
        m_lastId = 0;
        m_loaded = false;
        m_unread = 0;
        updateTitle();
        refresh();
    }
}

int ChatDock::messageCount() const
{
    return m_messages->count();
}

void ChatDock::refresh()
{
    if (!m_session || !m_projectId)
        return;
    if (m_busy) {
        m_again = true; // one more round once this one is in
        return;
    }
    m_busy = true;
    m_session->call<QList<portal::Message>>(
        tr("Loading the chat"),
        [pid = m_projectId, since = m_lastId](portal::PortalClient& c) { return c.chat(pid, since); }, this,
        [this](const QList<portal::Message>& messages) {
            m_busy = false;
            addMessages(messages);
            if (m_again) {
                m_again = false;
                refresh();
            }
        },
        [this](const Error&) {
            m_busy = false; // the next refresh tries again
            m_again = false;
        });
}

void ChatDock::addMessages(const QList<portal::Message>& messages)
{
    const bool firstLoad = !m_loaded;
    m_loaded = true;
    int fromOthers = 0;
    for (const portal::Message& m : messages) {
        if (m.id <= m_lastId)
            continue;
        m_lastId = m.id;
        auto* item = new QListWidgetItem(
            tr("%1 · %2\n%3")
                .arg(m.author.name, QLocale().toString(m.createdAt.toLocalTime(), QLocale::ShortFormat), m.body),
            m_messages);
        item->setData(Qt::UserRole, m.id);
        if (m.author.id == m_userId) {
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text).darker(140));
        } else {
            ++fromOthers;
            QFont font = item->font();
            if (!m_handle.isEmpty() && m.mentions.contains(m_handle, Qt::CaseInsensitive))
                font.setBold(true);
            item->setFont(font);
        }
    }
    m_messages->scrollToBottom();
    // What was there before the app opened is history, not news.
    if (!firstLoad && fromOthers > 0) {
        m_unread += fromOthers;
        updateTitle();
        Q_EMIT unreadChanged(m_unread);
    }
    if (isVisible() && window()->isActiveWindow() && m_input->hasFocus())
        markRead();
}

void ChatDock::post()
{
    const QString body = m_input->text().trimmed();
    if (!m_session || !m_projectId || body.isEmpty())
        return;
    m_input->setEnabled(false);
    m_session->call<portal::Message>(
        tr("Posting to the chat"), [pid = m_projectId, body](portal::PortalClient& c) { return c.postChat(pid, body); },
        this,
        [this](const portal::Message&) {
            m_input->clear();
            m_input->setEnabled(true);
            m_input->setFocus();
            refresh();
        });
    connect(
        m_session, &PortalSession::failed, m_input, [this] { m_input->setEnabled(true); }, Qt::SingleShotConnection);
}

void ChatDock::markRead()
{
    if (m_unread == 0)
        return;
    m_unread = 0;
    updateTitle();
    Q_EMIT unreadChanged(0);
}

bool ChatDock::event(QEvent* event)
{
    if (event->type() == QEvent::WindowActivate && isVisible())
        markRead();
    return QDockWidget::event(event);
}

void ChatDock::updateTitle()
{
    setWindowTitle(m_unread > 0 ? tr("Project chat (%n unread)", nullptr, m_unread) : tr("Project chat"));
}

} // namespace apd::ui
