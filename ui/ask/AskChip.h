#pragma once

#include "query/Filter.h"

#include <QFrame>

class QLineEdit;
class QToolButton;

namespace pm::ui {

// One understood criterion shown as a chip: "partner = CEA ×". Clicking the text edits the
// criterion in `list --where` syntax; × removes it.
class AskChip : public QFrame {
    Q_OBJECT
public:
    AskChip(const FilterExpression &expression, const QString &label, const QString &words, QWidget *parent = nullptr);

    FilterExpression expression() const { return m_expression; }
    void startEditing();
    // Keeps the editor open and says what is wrong with the text typed.
    void showEditError(const QString &message);

signals:
    void removeRequested();
    void editSubmitted(const QString &whereText);

private:
    FilterExpression m_expression;
    QToolButton *m_text = nullptr;
    QToolButton *m_remove = nullptr;
    QLineEdit *m_editor = nullptr;
};

} // namespace pm::ui
