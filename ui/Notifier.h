#pragma once

#include "portal/FeedRules.h"

namespace apd::ui {

// Where the app's desktop notifications go (a rejection, an approval, an @mention). The app
// uses TrayNotifier; tests give a fake that keeps what it was told (there is no
// notification daemon under QT_QPA_PLATFORM=offscreen). GUI thread only.
class Notifier
{
public:
    virtual ~Notifier() = default;
    virtual void notify(const portal::Notice& notice) = 0;
};

} // namespace apd::ui
