#include "Dialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QQueue>

namespace pm::ui {

namespace {
struct Seam {
    QQueue<QString> fileNames;
    QQueue<QMessageBox::StandardButton> answers;
    QStringList messages;
    bool nonInteractive = false;
};

Seam &seam()
{
    static Seam s;
    return s;
}

QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                                 QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    seam().messages.append(text);
    if (!seam().answers.isEmpty())
        return seam().answers.dequeue();
    if (seam().nonInteractive) {
        if (defaultButton != QMessageBox::NoButton)
            return defaultButton;
        if (buttons & QMessageBox::Ok)
            return QMessageBox::Ok;
        const int bits = buttons.toInt();
        return QMessageBox::StandardButton(bits & -bits); // the first button offered
    }
    QMessageBox box(icon, title, text, buttons, parent);
    // Errors, warnings and questions quote file contents and matrix text (a header, a
    // cell, an offering's name): shown as plain text, never as markup.
    if (icon != QMessageBox::Information)
        box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}
} // namespace

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    if (!seam().fileNames.isEmpty())
        return seam().fileNames.dequeue();
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter,
                                    QString *selectedFilter)
{
    if (!seam().fileNames.isEmpty())
        return seam().fileNames.dequeue();
    return QFileDialog::getSaveFileName(parent, caption, directory, filter, selectedFilter);
}

QString FileDialog::getSaveFileNameWithSuffix(QWidget *parent, const QString &caption, const QString &directory, const QString &filter,
                                             const QString &suffix)
{
    const QString chosen = getSaveFileName(parent, caption, directory, filter);
    if (chosen.isEmpty() || !QFileInfo(chosen).suffix().isEmpty())
        return chosen; // as typed: the dialog asked about this very name
    const QString path = chosen + u'.' + suffix;
    if (QFileInfo::exists(path)
        && MessageBox::question(parent, caption,
                                QCoreApplication::translate("pm::ui::FileDialog", "%1 already exists.\nDo you want to replace it?")
                                    .arg(QFileInfo(path).fileName()),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes)
        return {};
    return path;
}

void FileDialog::setNextFileName(const QString &fileName) { seam().fileNames.enqueue(fileName); }

bool FileDialog::hasQueuedAnswer() { return !seam().fileNames.isEmpty(); }

QMessageBox::StandardButton MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &richText, const QString &detailedText)
{
    seam().messages.append(richText);
    if (!seam().answers.isEmpty()) {
        seam().answers.dequeue();
        return;
    }
    if (seam().nonInteractive)
        return;
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setWindowTitle(title);
    box.setIconPixmap(QIcon(QStringLiteral(":/probematrix/icons/probematrix.svg")).pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(richText);
    box.setDetailedText(detailedText);
    box.setStandardButtons(QMessageBox::Ok);
    box.exec();
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton button) { seam().answers.enqueue(button); }
void MessageBox::setNonInteractive(bool on) { seam().nonInteractive = on; }
QStringList MessageBox::lastMessages() { return seam().messages; }
void MessageBox::clearMessages() { seam().messages.clear(); }

} // namespace pm::ui
