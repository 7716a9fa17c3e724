#include "MentionLineEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

namespace apd::ui {

MentionLineEdit::MentionLineEdit(QWidget* parent)
    : QLineEdit(parent), m_completer(new QCompleter(this)), m_handles(new QStringListModel(this))
{
    m_completer->setModel(m_handles);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    // Not setCompleter(): that completes the whole line; here only the word after "@".
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &MentionLineEdit::insertHandle);
    connect(this, &QLineEdit::textEdited, this, &MentionLineEdit::offer);
}

void MentionLineEdit::setHandles(const QStringList& handles)
{
    QStringList sorted = handles;
    sorted.sort(Qt::CaseInsensitive);
    m_handles->setStringList(sorted);
}

QString MentionLineEdit::mentionAtCursor(int* start) const
{
    const QString t = text();
    int i = cursorPosition();
    while (i > 0 && !t[i - 1].isSpace() && t[i - 1] != QLatin1Char('@'))
        --i;
    if (i == 0 || t[i - 1] != QLatin1Char('@'))
        return QString();
    // "a@b" is an e-mail address, not a mention.
    if (i >= 2 && !t[i - 2].isSpace())
        return QString();
    if (start)
        *start = i - 1;
    return t.mid(i, cursorPosition() - i);
}

void MentionLineEdit::offer()
{
    const QString word = mentionAtCursor();
    if (word.isNull()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(word);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    m_completer->complete();
}

void MentionLineEdit::insertHandle(const QString& handle)
{
    int start = 0;
    if (mentionAtCursor(&start).isNull())
        return;
    const QString t = text();
    const QString inserted = QLatin1Char('@') + handle + QLatin1Char(' ');
    setText(t.left(start) + inserted + t.mid(cursorPosition()));
    setCursorPosition(int(start + inserted.size()));
}

void MentionLineEdit::keyPressEvent(QKeyEvent* event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
        case Qt::Key_Escape:
            // The completer's list takes these.
            event->ignore();
            return;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace apd::ui
