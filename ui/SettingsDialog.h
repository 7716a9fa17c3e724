#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace apd::settings {
class AppSettings;
}

namespace apd::ui {

// The user's settings (settings::AppSettings): uploads at once, bandwidth cap, proxy, extra
// certificate authorities, language. Saved on OK; the transfer settings apply to uploads the
// window starts next, the language at the next start. Test hooks: widgets by objectName, save().
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(settings::AppSettings& settings, QWidget* parent = nullptr);

    // Writes the fields to the settings; false (with the reason shown) when one is not valid.
    bool save();
    QString errorText() const;

private:
    settings::AppSettings& m_settings;
    QSpinBox* m_parallel;
    QSpinBox* m_bandwidth;
    QLineEdit* m_proxy;
    QLineEdit* m_caFile;
    QComboBox* m_language;
    QLabel* m_languageNote;
    QLabel* m_error;
};

} // namespace apd::ui
