#include "LanguageManager.h"

#include "ShippedLanguages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace pm::i18n {

namespace {
const QString kEnglish = QStringLiteral("en");

QString nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    // "français" -> "Français": the menu shows each language as a title.
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? code : name;
}

bool isAvailable(const QString &code)
{
    return code == kEnglish || shippedLanguages().contains(code);
}
} // namespace

QList<Language> LanguageManager::available()
{
    QList<Language> languages{{kEnglish, nativeName(kEnglish)}};
    for (const QString &code : shippedLanguages())
        languages.append({code, nativeName(code)});
    return languages;
}

QString LanguageManager::storedOverride()
{
    const QString code = ui::Settings::value(OverrideKey);
    // A code from an older version that no longer ships falls back to the system.
    return isAvailable(code) ? code : QString();
}

bool LanguageManager::storeOverride(const QString &code)
{
    if (!code.isEmpty() && !isAvailable(code))
        return false;
    ui::Settings::setValue(OverrideKey, code);
    return true;
}

QLocale LanguageManager::effectiveLocale(const QLocale &system)
{
    const QString code = storedOverride();
    if (code.isEmpty())
        return system;
    // Keep the system's country when it goes with the chosen language (fr_CH stays Swiss
    // for numbers), otherwise take the language's default country.
    if (system.language() == QLocale(code).language())
        return system;
    return QLocale(code);
}

InstallReport LanguageManager::install(QCoreApplication &app)
{
    InstallReport report;
    report.locale = effectiveLocale();
    QLocale::setDefault(report.locale);

    const QString code = QLocale::languageToCode(report.locale.language(), QLocale::ISO639Part1);
    if (code == kEnglish || !shippedLanguages().contains(code))
        return report; // the sources are English; an unshipped language shows English

    // Qt's own strings (standard buttons, file dialogs): qtbase_<lang>.qm from Qt's
    // translations folder (qt6-translations-l10n on Debian; next to the .exe after
    // windeployqt; inside the bundle after macdeployqt).
    auto *qt = new QTranslator(&app);
    if (qt->load(report.locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        report.qtCatalogue = true;
    } else {
        delete qt;
        report.missing.append(QStringLiteral("qtbase_%1.qm").arg(code));
    }

    auto *own = new QTranslator(&app);
    if (own->load(report.locale, QStringLiteral("probematrix"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        report.ownCatalogue = true;
    } else {
        delete own;
        report.missing.append(QStringLiteral(":/i18n/probematrix_%1.qm").arg(code));
    }
    return report;
}

} // namespace pm::i18n
