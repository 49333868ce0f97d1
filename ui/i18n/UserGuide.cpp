#include "UserGuide.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QPointer>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pm::i18n {

namespace {
QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

class UserGuideWindow : public QDialog {
    Q_DECLARE_TR_FUNCTIONS(pm::i18n::UserGuideWindow)
public:
    explicit UserGuideWindow(QWidget *parent) : QDialog(parent)
    {
        setObjectName(QStringLiteral("userGuide"));
        setWindowTitle(tr("ProbeMatrix User Guide"));
        setAttribute(Qt::WA_DeleteOnClose);
        auto *browser = new QTextBrowser(this);
        browser->setObjectName(QStringLiteral("userGuideText"));
        browser->setOpenExternalLinks(true);
        const QString markdown = userGuideMarkdown();
        if (markdown.isEmpty())
            browser->setPlainText(tr("The user guide is missing from this build."));
        else
            browser->setMarkdown(markdown);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(browser);
        layout->addWidget(buttons);
        resize(760, 820);
    }
};
} // namespace

QString userGuideMarkdown(const QLocale &locale)
{
    const QString code = QLocale::languageToCode(locale.language(), QLocale::ISO639Part1);
    const QString translated = readResource(QStringLiteral(":/probematrix/docs/USER_GUIDE.%1.md").arg(code));
    return translated.isEmpty() ? readResource(QStringLiteral(":/probematrix/docs/USER_GUIDE.md")) : translated;
}

void showUserGuide(QWidget *parent)
{
    static QPointer<UserGuideWindow> window;
    if (!window)
        window = new UserGuideWindow(parent);
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace pm::i18n
