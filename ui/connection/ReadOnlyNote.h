#pragma once

#include "store/Permissions.h"

#include <QLabel>

namespace pm::ui {

// The note shown next to disabled editing controls when the connected account may not
// edit (a viewer on the server, a read-only file): says why and whom to ask. Hidden when
// editing is allowed. Call setPermissions(pm::permissions(db)) after connecting.
class ReadOnlyNote : public QLabel {
    Q_OBJECT
public:
    explicit ReadOnlyNote(QWidget *parent = nullptr);
    void setPermissions(const Permissions &permissions);
};

} // namespace pm::ui
