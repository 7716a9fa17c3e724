#pragma once

#include "portal/PortalTypes.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace apd::ui {

// Who works on the project, under its title: the assignee and the collaborators, each with a
// "+" to change them, enabled for the roles the portal lets do it (an agency admin); for
// the others the "+" is greyed out and its tooltip says why.
// Widgets are named for tests: assigneeLabel, collaboratorsLabel, assigneeButton,
// collaboratorsButton.
class TeamBar : public QWidget
{
    Q_OBJECT

public:
    explicit TeamBar(QWidget* parent = nullptr);

    void setTeam(const portal::UserRef& assignee, const QList<portal::UserRef>& collaborators);
    // `whyNot`: shown as the tooltip of the greyed-out "+" buttons.
    void setEditable(bool editable, const QString& whyNot = {});

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
