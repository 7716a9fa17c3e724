#pragma once

#include "portal/PortalTypes.h"

#include <QDateTime>
#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace apd::ui {

// The user's projects on one portal, to pick the one to open: title, company, assignee,
// requests and what is delivered, last change. Says when the list is the copy kept on this
// computer (the portal out of reach) and how old it is. Test hooks: widgets by objectName,
// selectProject(), openSelected().
class ProjectListDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProjectListDialog(QWidget* parent = nullptr);

    // `portal`, `user`: shown in the title line. `fromCache`: the list is the copy of `seenAt`.
    void setProjects(const QString& portal, const QString& user, const QList<portal::ProjectSummary>& projects,
                     bool fromCache, const QDateTime& seenAt);
    void showError(const QString& message);
    // A note above the list (the keychain could not keep the sign-in, say).
    void setNotice(const QString& text);
    QString notice() const;
    void setLoading(const QString& portal);
    int projectCount() const;
    bool selectProject(qint64 id);
    qint64 selectedProject() const;

public Q_SLOTS:
    void openSelected();

Q_SIGNALS:
    void openRequested(qint64 projectId, const QString& title);
    void signOutRequested();

private:
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_notice;
    QTreeWidget* m_list;
    QPushButton* m_open;
    QPushButton* m_signOut;
};

} // namespace apd::ui
