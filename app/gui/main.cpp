// probematrix: the desktop application.
#include "MainWindow.h"

#include "store/BundledMatrix.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    pm::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("ProbeMatrix"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/probematrix/icons/probematrix.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ProbeMatrix: plan battery characterisation campaigns on the experimental matrix."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("database file or postgresql:// URL"), QStringLiteral("PATH")});
    // For the package smoke test (scripts/package-smoke.sh): start, show the window, quit.
    const QCommandLineOption quitAfterStart(QStringLiteral("quit-after-start"), QStringLiteral("quit as soon as the main window is shown (smoke test)"));
    parser.addOption(quitAfterStart);
    parser.addPositionalArgument(QStringLiteral("request"), QStringLiteral("a .pmreq request file to open"), QStringLiteral("[request]"));
    parser.process(app);

    // The default database is created and seeded with the bundled matrix on first start.
    auto db = pm::openForUser(parser.value(QStringLiteral("db")));
    if (!db) {
        QMessageBox::critical(nullptr, QStringLiteral("ProbeMatrix"), db.error().text());
        return 2;
    }
    pm::ui::MainWindow window(std::move(*db));
    window.show();
    if (parser.isSet(quitAfterStart))
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
