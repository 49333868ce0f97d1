#include "Settings.h"

namespace pm::ui {

QStringList Settings::addRecentDatabase(const QString &path)
{
    QStringList recent = value(settings::RecentDatabases);
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    setValue(settings::RecentDatabases, recent);
    return recent;
}

} // namespace pm::ui
