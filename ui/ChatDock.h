#pragma once

#include "portal/PortalTypes.h"

#include <QDockWidget>
#include <QPointer>

class QListWidget;
class QPushButton;

namespace apd::ui {

class MentionLineEdit;
class PortalSession;

// The project chat in a side panel: the messages, a line to write with "@" completion of the
// project's members, and the count of messages from others not read yet, in the panel's
// title ("Chat (2)"). A message counts as read once the panel is shown and the window is
// active, or the user writes in it. refresh() asks the portal for what is new (the window
// calls it when the feed says a message was posted).
class ChatDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ChatDock(QWidget* parent = nullptr);

    void setSession(PortalSession* session);
    void setProject(const portal::ProjectDetail& project, qint64 userId);

    int unreadCount() const { return m_unread; }
    int messageCount() const;
    bool busy() const { return m_busy; }

public Q_SLOTS:
    void refresh();
    void post();
    void markRead();

Q_SIGNALS:
    void unreadChanged(int count);

protected:
    bool event(QEvent* event) override;

private:
    void addMessages(const QList<portal::Message>& messages);
    void updateTitle();

    QPointer<PortalSession> m_session;
    qint64 m_projectId = 0;
    qint64 m_userId = 0;
    QString m_handle; // the user's own, for mentions of them
    qint64 m_lastId = 0;
    bool m_loaded = false; // the first answer is history, not news
    int m_unread = 0;
    bool m_busy = false;
    bool m_again = false;
    QListWidget* m_messages;
    MentionLineEdit* m_input;
    QPushButton* m_post;
};

} // namespace apd::ui
