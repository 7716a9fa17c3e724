#pragma once

#include "order/OrderModel.h"

#include <QMenu>

namespace apd::ui {

// The "⋯" menu of one request row: link its source by hand, unlink it, copy the expected
// name, remove the line item. It only asks; the window does the work (through the portal),
// and the portal's rules decide (a removal below the minimum is refused there, with its reason).
// Actions are named for tests: linkSourceAction, unlinkSourceAction, copyNameAction,
// removeRequestAction.
class RequestMenu : public QMenu
{
    Q_OBJECT

public:
    RequestMenu(const order::Project& project, qint64 requestId, QWidget* parent = nullptr);

Q_SIGNALS:
    void linkSource(qint64 requestId);
    void unlinkSource(qint64 requestId);
    void removeRequest(qint64 requestId);
};

} // namespace apd::ui
