#pragma once

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

    static QString guideHtml(const naming::AssetCatalog& catalog);
};

} // namespace apd::ui
