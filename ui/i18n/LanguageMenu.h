#pragma once

#include <QMenu>

class QActionGroup;

namespace pm::i18n {

// View > Language: "System language" and every available language, one checked. Picking
// one stores it (LanguageManager) and emits languageChosen; the window tells the user it
// takes effect at the next start.
class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The action of a language code (empty: the system language), for tests.
    QAction *actionFor(const QString &code) const;

signals:
    void languageChosen(const QString &code);

private:
    QActionGroup *m_group = nullptr;
};

// The sentence to show after a choice, in the language the application runs in now.
QString restartNotice();

} // namespace pm::i18n
