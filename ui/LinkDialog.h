#pragma once

#include "order/OrderModel.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace apd::ui {

class PortalSession;

// Links an asset to a source by hand: the project's sources as the portal lists them
// (optionally only the PSDs linked to nothing yet), one chosen, then linked; or the current
// link removed. Every call goes through the session, off the GUI thread; a refusal (a
// one-to-one type given another PSD, say) is shown in the dialog with the portal's reason.
// Widgets are named for tests: sourceList, unlinkedOnly, linkButton, unlinkButton, linkMessage.
class LinkDialog : public QDialog
{
    Q_OBJECT

public:
    LinkDialog(PortalSession* session, qint64 projectId, const order::Asset& asset, QWidget* parent = nullptr);

    bool loading() const { return m_loading; }

Q_SIGNALS:
    void linkChanged(); // the link was set or removed on the portal

private:
    void load();
    void linkSelected();
    void unlink();

    PortalSession* m_session;
    qint64 m_projectId;
    order::Asset m_asset;
    QListWidget* m_list;
    QCheckBox* m_unlinkedOnly;
    QPushButton* m_link;
    QPushButton* m_unlink;
    QLabel* m_message;
    bool m_loading = false;
};

} // namespace apd::ui
