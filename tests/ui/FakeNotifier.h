#pragma once

#include "Notifier.h"

#include <QList>

// A fake for the desktop notifications (there is no notification daemon under the offscreen
// platform): it keeps every notice it is given, for the test to read.
class FakeNotifier : public apd::ui::Notifier
{
public:
    void notify(const apd::portal::Notice& notice) override { notices.append(notice); }

    int count(apd::portal::Notice::Kind kind) const
    {
        int n = 0;
        for (const auto& x : notices)
            n += x.kind == kind ? 1 : 0;
        return n;
    }

    QList<apd::portal::Notice> notices;
};
