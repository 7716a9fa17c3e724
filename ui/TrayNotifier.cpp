#include "TrayNotifier.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

namespace apd::ui {

TrayNotifier::TrayNotifier(QObject* parent) : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QApplication::style()->standardIcon(QStyle::SP_FileDialogContentsView), this);
    m_tray->setToolTip(tr("Artwork Portal"));
    m_tray->show();
}

bool TrayNotifier::available() const
{
    return m_tray && QSystemTrayIcon::supportsMessages();
}

void TrayNotifier::notify(const portal::Notice& notice)
{
    if (!available())
        return;
    const QSystemTrayIcon::MessageIcon icon =
        notice.kind == portal::Notice::Kind::Rejected ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information;
    m_tray->showMessage(notice.title, notice.body, icon, 10000);
}

} // namespace apd::ui
