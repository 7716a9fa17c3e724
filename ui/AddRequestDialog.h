#pragma once

#include "order/OrderModel.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace apd::ui {

// Line items beyond the order: a type of the catalog, its tone, the direction for a
// billboard, the language for a language type, and how many. The keys they get (the next
// free numbers) are shown before anything is sent; apd::order::OrderRules decides them.
// Widgets are named for tests: typeBox, toneBox, directionBox, languageEdit, countBox,
// keysPreview.
class AddRequestDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddRequestDialog(const order::Project& project, QWidget* parent = nullptr);

    // The keys of the new line items, in order; empty while the choice cannot be added.
    QStringList keys() const { return m_keys; }

private:
    void typeChanged();
    void updateKeys();

    order::Project m_project;
    QComboBox* m_type;
    QComboBox* m_tone;
    QComboBox* m_direction;
    QLineEdit* m_language;
    QSpinBox* m_count;
    QLabel* m_preview;
    QDialogButtonBox* m_buttons;
    QStringList m_keys;
};

} // namespace apd::ui
