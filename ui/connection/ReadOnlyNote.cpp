#include "ReadOnlyNote.h"

namespace pm::ui {

ReadOnlyNote::ReadOnlyNote(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("readOnlyNote"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void ReadOnlyNote::setPermissions(const Permissions &permissions)
{
    if (permissions.canEditMatrix) {
        clear();
        hide();
        return;
    }
    setText(tr("Read only: %1").arg(permissions.reason.isEmpty() ? tr("your account may not change this matrix") : permissions.reason));
    show();
}

} // namespace pm::ui
