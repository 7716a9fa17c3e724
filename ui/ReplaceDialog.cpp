#include "ReplaceDialog.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>

namespace apd::ui {

ReplaceDialog::Choice ReplaceDialog::ask(QWidget* parent, const QString& name, int version, int others)
{
    ++s_asked;
    s_lastQuestion = tr("\"%1\" is already on the portal (version %2). Replace it with the dropped file, which "
                        "becomes version %3, or skip the dropped file?")
                         .arg(name)
                         .arg(version)
                         .arg(version + 1);
    if (!s_next.isEmpty())
        return s_next.takeFirst();
    QMessageBox box(QMessageBox::Question, tr("Replace or skip"), s_lastQuestion, QMessageBox::NoButton, parent);
    QPushButton* replace = box.addButton(tr("Replace"), QMessageBox::AcceptRole);
    QPushButton* skip = box.addButton(tr("Skip"), QMessageBox::RejectRole);
    box.setDefaultButton(skip);
    QCheckBox* forAll = nullptr;
    if (others > 0) {
        forAll = new QCheckBox(tr("Do the same for the %n other file(s) of this drop", nullptr, others), &box);
        box.setCheckBox(forAll);
    }
    box.exec();
    return {box.clickedButton() == replace ? Answer::Replace : Answer::Skip, forAll && forAll->isChecked()};
}

} // namespace apd::ui
