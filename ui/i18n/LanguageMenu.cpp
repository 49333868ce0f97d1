#include "LanguageMenu.h"

#include "LanguageManager.h"

#include <QActionGroup>

namespace pm::i18n {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);

    auto addLanguage = [this](const QString &code, const QString &text) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setData(code);
        m_group->addAction(action);
        return action;
    };
    const QString systemName = QLocale::system().nativeLanguageName();
    addLanguage(QString(), systemName.isEmpty() ? tr("System language") : tr("System language (%1)").arg(systemName));
    addSeparator();
    for (const Language &language : LanguageManager::available())
        addLanguage(language.code, language.nativeName);

    if (QAction *current = actionFor(LanguageManager::storedOverride()))
        current->setChecked(true);

    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        if (code == LanguageManager::storedOverride())
            return;
        if (LanguageManager::storeOverride(code))
            emit languageChosen(code);
    });
}

QAction *LanguageMenu::actionFor(const QString &code) const
{
    const QList<QAction *> actions = m_group->actions();
    for (QAction *action : actions)
        if (action->data().toString() == code)
            return action;
    return nullptr;
}

QString restartNotice()
{
    return LanguageMenu::tr("The new language takes effect when ProbeMatrix is started again.");
}

} // namespace pm::i18n
