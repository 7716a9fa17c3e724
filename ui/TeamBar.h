#pragma once

#include "portal/PortalTypes.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace apd::ui {

// Who works on the project, under its title: the assignee and the collaborators, each with a
// "+" to change them (the portal lets only an agency admin do it, and says so otherwise).
// Widgets are named for tests: assigneeLabel, collaboratorsLabel, assigneeButton,
// collaboratorsButton.
class TeamBar : public QWidget
{
    Q_OBJECT

public:
    explicit TeamBar(QWidget* parent = nullptr);

    void setTeam(const portal::UserRef& assignee, const QList<portal::UserRef>& collaborators);

Q_SIGNALS:
    void editAssignee();
    void editCollaborators();

private:
    QLabel* m_assignee;
    QLabel* m_collaborators;
    QToolButton* m_editAssignee;
    QToolButton* m_editCollaborators;
};

} // namespace apd::ui
