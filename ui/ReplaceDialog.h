#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace apd::ui {

// Asks what to do with a dropped file that has the name of a file already on the portal:
// replace it (the upload becomes its next version) or skip it, with "the same for the
// others" when more such files wait. Tests queue their answers with setNextAnswers(): each
// ask() then takes the first one without showing anything, and the question is kept.
class ReplaceDialog
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceDialog)

public:
    enum class Answer
    {
        Replace,
        Skip,
    };
    struct Choice
    {
        Answer answer = Answer::Skip;
        bool forAll = false; // the same answer for the other files of this drop
    };

    // `others`: how many more files of this drop have the same question.
    static Choice ask(QWidget* parent, const QString& name, int version, int others);

    // Test hooks.
    static void setNextAnswers(const QList<Choice>& answers) { s_next = answers; }
    static QString lastQuestion() { return s_lastQuestion; }
    static int timesAsked() { return s_asked; }

private:
    static inline QList<Choice> s_next;
    static inline QString s_lastQuestion;
    static inline int s_asked = 0;
};

} // namespace apd::ui
