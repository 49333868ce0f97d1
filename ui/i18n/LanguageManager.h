#pragma once

#include "common/Settings.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace pm::i18n {

// One language the user can choose. An empty code stands for "follow the system".
struct Language {
    QString code;       // ISO 639-1 ("fr"), or empty for the system's language
    QString nativeName; // as its speakers write it ("Français")
};

// What LanguageManager::install() found and installed, for the log and for tests.
struct InstallReport {
    QLocale locale;             // the locale in effect (numbers, dates, translations)
    bool ownCatalogue = false;  // :/i18n/probematrix_<lang>.qm installed
    bool qtCatalogue = false;   // Qt's own qtbase_<lang>.qm installed
    QStringList missing;        // catalogues looked for but not found (English needs none)
};

// The application's language: the system locale unless the user picked another one in the
// Language menu. The choice is kept in the settings and takes effect at the next start,
// because widgets built before the change would keep their old texts.
class LanguageManager {
public:
    // English (the language of the sources) and every shipped translation.
    static QList<Language> available();

    // The language code picked in the menu, or empty to follow the system.
    static QString storedOverride();
    // Stores the choice (empty: follow the system again). An unknown code is refused.
    static bool storeOverride(const QString &code);

    // The locale in effect for a given system locale: the override if there is one.
    static QLocale effectiveLocale(const QLocale &system = QLocale::system());

    // Call once after the application object exists and its identity is set, before any
    // window is built: makes the effective locale the default (QLocale() then formats
    // numbers and dates in it) and installs the translators for Qt's strings and ours.
    static InstallReport install(QCoreApplication &app);

    // The settings key of the override (typed, like the other ui settings).
    static inline const ui::SettingKey<QString> OverrideKey{"ui/language"};
};

} // namespace pm::i18n
