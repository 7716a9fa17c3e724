#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace apd::ui {

// A yes/no question to the user. Tests answer it in advance with setNextAnswer(): the next
// ask() then returns that answer without showing anything, and the question is kept.
class ConfirmDialog
{
public:
    static bool ask(QWidget* parent, const QString& title, const QString& text, const QString& yesText);

    // Test hooks.
    static void setNextAnswer(bool yes) { s_nextAnswer = yes; }
    static QString lastQuestion() { return s_lastQuestion; }

private:
    static inline std::optional<bool> s_nextAnswer;
    static inline QString s_lastQuestion;
};

} // namespace apd::ui
