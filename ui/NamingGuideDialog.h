#pragma once

#include "order/OrderModel.h"

#include <QDialog>

namespace apd::naming {
class AssetCatalog;
}

namespace apd::ui {

// Explains the naming convention with examples made from the catalog itself, so that a type
// a portal adds is explained too.
class NamingGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NamingGuideDialog(const naming::AssetCatalog& catalog, QWidget* parent = nullptr);
    // With the open project's own example names first: one per request of its order.
    NamingGuideDialog(const naming::AssetCatalog& catalog, const QString& projectTitle,
                      const QList<order::Request>& requests, QWidget* parent = nullptr);

    static QString guideHtml(const naming::AssetCatalog& catalog, const QString& projectTitle = {},
                             const QList<order::Request>& requests = {});
    // "The_Quiet_Harbor#billboard_dark_ltr_01_zxx.jpg": a name the order accepts for `request`.
    static QString exampleName(const naming::AssetCatalog& catalog, const QString& projectTitle,
                               const order::Request& request);
};

} // namespace apd::ui
