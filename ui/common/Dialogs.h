#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace pm::ui {

// File dialogs behind a seam: tests queue the next answer (setNextFileName) and no native
// dialog opens. An empty queued name means "the user cancelled".
class FileDialog {
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter,
                                   QString *selectedFilter = nullptr);

    // A save dialog for files of one kind: a name typed without a suffix gets `suffix`, and
    // when that makes it the name of a file that exists, the user is asked before it is
    // replaced (the dialog's own overwrite check saw the name without the suffix; typing
    // "plan" silently replaced plan.pdf, issue 15). Empty: cancelled.
    static QString getSaveFileNameWithSuffix(QWidget *parent, const QString &caption, const QString &directory, const QString &filter,
                                             const QString &suffix);

    static void setNextFileName(const QString &fileName);
    static bool hasQueuedAnswer();
};

// Message boxes behind a seam: tests queue the buttons to press (setNextAnswer), and every
// message shown is recorded (lastMessages) so that a test can read what the user was told.
class MessageBox {
public:
    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                               QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static void information(QWidget *parent, const QString &title, const QString &text);
    // A rich-text box with the application icon and an expandable detailed text.
    static void about(QWidget *parent, const QString &title, const QString &richText, const QString &detailedText);

    // Test seam. With a queued answer no box is shown; without one, a box is shown
    // unless setNonInteractive(true), in which case the default button is taken.
    static void setNextAnswer(QMessageBox::StandardButton button);
    static void setNonInteractive(bool on);
    static QStringList lastMessages();
    static void clearMessages();
};

} // namespace pm::ui
