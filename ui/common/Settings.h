#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>
#include <QVariant>

namespace pm::ui {

// A settings key with its type and default, so that a misspelt key or a wrong type is a
// compile error rather than a silently empty value.
template <typename T>
struct SettingKey {
    const char *name;
    T defaultValue{};
};

// The application's settings (QSettings under the organisation/application identity
// set by pm::setApplicationIdentity()).
class Settings {
public:
    template <typename T>
    static T value(const SettingKey<T> &key)
    {
        const QVariant v = QSettings().value(QString::fromLatin1(key.name));
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : key.defaultValue;
    }

    template <typename T>
    static void setValue(const SettingKey<T> &key, const T &value)
    {
        QSettings().setValue(QString::fromLatin1(key.name), QVariant::fromValue(value));
    }

    // Puts `path` first in the recent-database list (at most kMaxRecent, no duplicates).
    static QStringList addRecentDatabase(const QString &path);
    static constexpr int kMaxRecent = 8;
};

namespace settings {
inline const SettingKey<QByteArray> MainWindowGeometry{"mainWindow/geometry"};
inline const SettingKey<QByteArray> MainWindowState{"mainWindow/state"};
inline const SettingKey<QByteArray> BrowserSplitter{"browser/splitter"};
inline const SettingKey<QByteArray> TableHeader{"browser/tableHeader"};
inline const SettingKey<QByteArray> FrozenHeader{"browser/frozenHeader"};
inline const SettingKey<QStringList> RecentDatabases{"files/recentDatabases"};
inline const SettingKey<QString> LastDirectory{"files/lastDirectory"};
inline const SettingKey<bool> ExportContacts{"export/includeContacts", true};
} // namespace settings

} // namespace pm::ui
