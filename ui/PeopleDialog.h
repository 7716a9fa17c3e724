#pragma once

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace apd::ui {

class PortalSession;

// Picks people of a company, as the portal lists them (loaded off the GUI thread): one
// (the assignee) or any number (the collaborators). Widgets are named for tests: peopleList
// (items carry the user id in Qt::UserRole), peopleMessage.
class PeopleDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Pick
    {
        One,
        Many,
    };

    PeopleDialog(PortalSession* session, qint64 companyId, Pick pick, const QList<qint64>& chosen,
                 QWidget* parent = nullptr);

    QList<qint64> chosen() const;
    bool loading() const { return m_loading; }

private:
    Pick m_pick;
    QList<qint64> m_initial;
    QListWidget* m_list;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    bool m_loading = true;
};

} // namespace apd::ui
