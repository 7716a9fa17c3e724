#include "ConfirmDialog.h"

#include <QPushButton>

namespace apd::ui {

bool ConfirmDialog::ask(QWidget* parent, const QString& title, const QString& text, const QString& yesText)
{
    s_lastQuestion = text;
    if (s_nextAnswer) {
        const bool answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton* yes = box.addButton(yesText, QMessageBox::AcceptRole);
    box.setDefaultButton(yes);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace apd::ui
