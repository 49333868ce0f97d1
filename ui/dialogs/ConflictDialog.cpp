#include "ConflictDialog.h"

#include "common/Dialogs.h"

#include <QCoreApplication>

namespace pm::ui {

ConflictDialog::Choice ConflictDialog::ask(QWidget *parent, const QString &conflictMessage)
{
    const QString text = QCoreApplication::translate("ConflictDialog",
                                                     "%1\n\nNothing of your change was saved.\n"
                                                     "Discard: take the current version (your change is dropped).\n"
                                                     "Retry: apply your change again over the current version.\n"
                                                     "Cancel: go back to your change.")
                             .arg(conflictMessage);
    const auto answer = MessageBox::warning(parent, QCoreApplication::translate("ConflictDialog", "Changed by someone else"), text,
                                            QMessageBox::Discard | QMessageBox::Retry | QMessageBox::Cancel, QMessageBox::Discard);
    switch (answer) {
    case QMessageBox::Retry:
        return Choice::Reapply;
    case QMessageBox::Cancel:
        return Choice::Cancel;
    default:
        return Choice::Reload;
    }
}

} // namespace pm::ui
