// The application's language: system locale by default, the user's choice from the
// Language menu remembered in the settings, an unknown language refused, and install()
// making the chosen locale the default for numbers and dates and loading our catalogue.
#include "LanguageManager.h"
#include "LanguageMenu.h"
#include "UserGuide.h"

#include "store/BundledMatrix.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace pm::i18n;

class TestLanguageManager : public QObject {
    Q_OBJECT
private slots:
    void init();
    void offersEnglishAndTheShippedLanguages();
    void followsTheSystemUntilOverridden();
    void refusesAnUnknownLanguage();
    void keepsTheSystemCountryForTheSameLanguage();
    void installMakesTheLocaleTheDefaultAndLoadsTheCatalogue();
    void menuStoresTheChoiceAndChecksIt();
    void userGuideIsCompiledIn();
};

void TestLanguageManager::init()
{
    QSettings().remove(QString::fromLatin1(LanguageManager::OverrideKey.name));
    QLocale::setDefault(QLocale::c());
}

void TestLanguageManager::offersEnglishAndTheShippedLanguages()
{
    QStringList codes;
    for (const Language &l : LanguageManager::available())
        codes.append(l.code);
    QCOMPARE(codes.first(), QStringLiteral("en"));
    QVERIFY(codes.contains(QStringLiteral("fr")));
    QVERIFY(codes.contains(QStringLiteral("de")));
    for (const Language &l : LanguageManager::available())
        if (l.code == u"fr")
            QCOMPARE(l.nativeName, QStringLiteral("Français"));
}

void TestLanguageManager::followsTheSystemUntilOverridden()
{
    const QLocale system(QLocale::Italian, QLocale::Italy);
    QVERIFY(LanguageManager::storedOverride().isEmpty());
    QCOMPARE(LanguageManager::effectiveLocale(system), system);

    QVERIFY(LanguageManager::storeOverride(QStringLiteral("de")));
    QCOMPARE(LanguageManager::storedOverride(), QStringLiteral("de"));
    QCOMPARE(LanguageManager::effectiveLocale(system).language(), QLocale::German);

    QVERIFY(LanguageManager::storeOverride(QString())); // back to the system
    QCOMPARE(LanguageManager::effectiveLocale(system), system);
}

void TestLanguageManager::refusesAnUnknownLanguage()
{
    QVERIFY(!LanguageManager::storeOverride(QStringLiteral("xx")));
    QVERIFY(LanguageManager::storedOverride().isEmpty());
    // A stale value in the settings (a language no longer shipped) is ignored.
    QSettings().setValue(QString::fromLatin1(LanguageManager::OverrideKey.name), QStringLiteral("klingon"));
    QVERIFY(LanguageManager::storedOverride().isEmpty());
}

void TestLanguageManager::keepsTheSystemCountryForTheSameLanguage()
{
    QVERIFY(LanguageManager::storeOverride(QStringLiteral("fr")));
    const QLocale swissFrench(QLocale::French, QLocale::Switzerland);
    QCOMPARE(LanguageManager::effectiveLocale(swissFrench), swissFrench);
    QCOMPARE(LanguageManager::effectiveLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)).language(), QLocale::French);
}

void TestLanguageManager::installMakesTheLocaleTheDefaultAndLoadsTheCatalogue()
{
    QVERIFY(LanguageManager::storeOverride(QStringLiteral("fr")));
    const InstallReport report = LanguageManager::install(*QCoreApplication::instance());
    QCOMPARE(report.locale.language(), QLocale::French);
    QVERIFY2(report.ownCatalogue, qPrintable(report.missing.join(u' ')));
    // Numbers and dates follow the chosen locale through QLocale().
    QCOMPARE(QLocale().language(), QLocale::French);
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QLocale(QLocale::French).toString(1234.5, 'f', 1));
    QVERIFY(QLocale().toString(1234.5, 'f', 1).contains(u','));
}

void TestLanguageManager::menuStoresTheChoiceAndChecksIt()
{
    QVERIFY(LanguageManager::storeOverride(QStringLiteral("de")));
    LanguageMenu menu;
    QVERIFY(menu.actionFor(QStringLiteral("de"))->isChecked());
    QVERIFY(!menu.actionFor(QString())->isChecked());

    QSignalSpy chosen(&menu, &LanguageMenu::languageChosen);
    menu.actionFor(QStringLiteral("fr"))->trigger();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toString(), QStringLiteral("fr"));
    QCOMPARE(LanguageManager::storedOverride(), QStringLiteral("fr"));
    QVERIFY(menu.actionFor(QStringLiteral("fr"))->isChecked());

    menu.actionFor(QString())->trigger(); // "System language"
    QCOMPARE(chosen.size(), 2);
    QVERIFY(LanguageManager::storedOverride().isEmpty());
    QVERIFY(!restartNotice().isEmpty());
}

void TestLanguageManager::userGuideIsCompiledIn()
{
    const QString guide = userGuideMarkdown(QLocale(QLocale::English));
    QVERIFY(guide.startsWith(QStringLiteral("# ProbeMatrix user guide")));
    for (const char *section : {"## Browse", "## Ask", "## Plan", "## Validate", "## Export", "## Connect"})
        QVERIFY2(guide.contains(QString::fromLatin1(section)), section);
    // A language without its own guide falls back to the English one.
    QCOMPARE(userGuideMarkdown(QLocale(QLocale::Japanese)), guide);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    pm::setApplicationIdentity();
    TestLanguageManager test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_language_manager.moc"
