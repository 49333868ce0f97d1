#pragma once

#include <QString>

class QWidget;

namespace pm::ui {

// What to do when a save was refused because another user changed (or deleted) the row
// since the edit began (MatrixEditor::rowChangedSince). The message names the other user's change
// (MatrixStore::describeConflict); the user reloads (their change stays, mine is dropped),
// applies their own change again over the current version, or goes back to the form.
// Behind MessageBox's test seam: Discard = reload, Retry = re-apply, Cancel = back.
class ConflictDialog {
public:
    enum class Choice { Reload, Reapply, Cancel };
    static Choice ask(QWidget *parent, const QString &conflictMessage);
};

} // namespace pm::ui
