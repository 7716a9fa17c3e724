#include "TeamBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace apd::ui {

TeamBar::TeamBar(QWidget* parent)
    : QWidget(parent), m_assignee(new QLabel(this)), m_collaborators(new QLabel(this)),
      m_editAssignee(new QToolButton(this)), m_editCollaborators(new QToolButton(this))
{
    setObjectName(QStringLiteral("teamBar"));
    m_assignee->setObjectName(QStringLiteral("assigneeLabel"));
    m_collaborators->setObjectName(QStringLiteral("collaboratorsLabel"));
    m_editAssignee->setObjectName(QStringLiteral("assigneeButton"));
    m_editCollaborators->setObjectName(QStringLiteral("collaboratorsButton"));
    for (QLabel* l : {m_assignee, m_collaborators})
        l->setTextFormat(Qt::PlainText);
    m_editAssignee->setText(QStringLiteral("+"));
    m_editCollaborators->setText(QStringLiteral("+"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_assignee);
    layout->addWidget(m_editAssignee);
    layout->addSpacing(24);
    layout->addWidget(m_collaborators);
    layout->addWidget(m_editCollaborators);
    layout->addStretch();
    connect(m_editAssignee, &QToolButton::clicked, this, &TeamBar::editAssignee);
    connect(m_editCollaborators, &QToolButton::clicked, this, &TeamBar::editCollaborators);
    setTeam({}, {});
    setEditable(true);
}

void TeamBar::setEditable(bool editable, const QString& whyNot)
{
    m_editAssignee->setEnabled(editable);
    m_editCollaborators->setEnabled(editable);
    m_editAssignee->setToolTip(editable ? tr("Choose the assignee") : whyNot);
    m_editCollaborators->setToolTip(editable ? tr("Choose the collaborators") : whyNot);
}

void TeamBar::setTeam(const portal::UserRef& assignee, const QList<portal::UserRef>& collaborators)
{
    m_assignee->setText(tr("Assignee: %1").arg(assignee.id != 0 ? assignee.name : tr("nobody yet")));
    QStringList names;
    for (const portal::UserRef& u : collaborators)
        names << u.name;
    m_collaborators->setText(
        tr("Collaborators: %1").arg(names.isEmpty() ? tr("none") : names.join(QLatin1String(", "))));
}

} // namespace apd::ui
