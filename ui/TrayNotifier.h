#pragma once

#include "Notifier.h"

#include <QObject>

class QSystemTrayIcon;

namespace apd::ui {

// Desktop notifications through the system tray (QSystemTrayIcon::showMessage). Where there
// is no tray (a bare session, a headless machine) it shows nothing and says so in available().
class TrayNotifier : public QObject, public Notifier
{
    Q_OBJECT

public:
    explicit TrayNotifier(QObject* parent = nullptr);

    bool available() const;
    void notify(const portal::Notice& notice) override;

private:
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace apd::ui
