#include "RequestMenu.h"

#include "order/DeliveryRules.h"

#include <QApplication>
#include <QClipboard>

namespace apd::ui {

RequestMenu::RequestMenu(const order::Project& project, qint64 requestId, QWidget* parent) : QMenu(parent)
{
    setObjectName(QStringLiteral("requestMenu"));
    const order::Request* request = project.request(requestId);
    const order::Asset* asset = project.assetForRequest(requestId);
    const bool needsSource = request && order::DeliveryRules().requiredLinks(request->type).source;
    // Links stay as delivered while the asset is in QC (the portal refuses it too).
    const bool open =
        asset && (asset->state == order::AssetState::Uploaded || asset->state == order::AssetState::Rejected);

    QAction* link = addAction(tr("Link a source…"), this, [this, requestId] { Q_EMIT linkSource(requestId); });
    link->setObjectName(QStringLiteral("linkSourceAction"));
    link->setEnabled(needsSource && open);
    QAction* unlink = addAction(tr("Unlink the source"), this, [this, requestId] { Q_EMIT unlinkSource(requestId); });
    unlink->setObjectName(QStringLiteral("unlinkSourceAction"));
    unlink->setEnabled(needsSource && open && asset->sourceId != 0);
    QAction* copy = addAction(tr("Copy the expected name"), this,
                              [key = request ? request->key : QString()] { QApplication::clipboard()->setText(key); });
    copy->setObjectName(QStringLiteral("copyNameAction"));
    copy->setEnabled(request != nullptr);
    addSeparator();
    QAction* remove =
        addAction(tr("Remove this line item…"), this, [this, requestId] { Q_EMIT removeRequest(requestId); });
    remove->setObjectName(QStringLiteral("removeRequestAction"));
    remove->setEnabled(request != nullptr);
}

} // namespace apd::ui
