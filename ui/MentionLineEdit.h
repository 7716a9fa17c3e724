#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace apd::ui {

// A line for a chat message that completes "@…" with the handles of the project's members:
// typing "@ol" offers "@olivia.reyes"; Enter or Tab in the list puts it in place of the word.
class MentionLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit MentionLineEdit(QWidget* parent = nullptr);

    void setHandles(const QStringList& handles);
    QCompleter* completer() const { return m_completer; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    // The "@word" that ends at the cursor, without the "@"; null when there is none.
    QString mentionAtCursor(int* start = nullptr) const;
    void insertHandle(const QString& handle);
    void offer();

    QCompleter* m_completer;
    QStringListModel* m_handles;
};

} // namespace apd::ui
