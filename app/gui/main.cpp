// probematrix: the desktop application.
#include "MainWindow.h"
#include "i18n/LanguageManager.h"

#ifdef PROBEMATRIX_HAVE_PLAN_UI
#include "plan/PlanWorkspace.h"
#endif

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
    // The system's language unless the user chose another (View > Language, next start);
    // before any widget exists, so that every text is built translated.
    const pm::i18n::InstallReport language = pm::i18n::LanguageManager::install(app);
    for (const QString &missing : language.missing)
        qInfo("translation catalogue not found: %s", qPrintable(missing));

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
    // A database that cannot be opened is named with its problem in a box and, for a start
    // from a terminal or a script, on stderr; in the smoke-test mode (no one to close a
    // box) only on stderr.
    auto db = pm::openForUser(parser.value(QStringLiteral("db")));
    if (!db) {
        qCritical("%s", qPrintable(db.error().text()));
        if (!parser.isSet(quitAfterStart))
            QMessageBox::critical(nullptr, QStringLiteral("ProbeMatrix"), db.error().text());
        return 2;
    }
    pm::ui::MainWindow window(std::move(*db));
    window.show();
#ifdef PROBEMATRIX_HAVE_PLAN_UI
    // A .pmreq file given on the command line (or by the file manager): planned on a worker
    // once the window is up (the event loop has shown it), with the search's progress shown.
    if (const QStringList requests = parser.positionalArguments(); !requests.isEmpty() && window.planWorkspace()) {
        window.showWorkspacePage(window.planWorkspace());
        QTimer::singleShot(0, &window, [&window, path = requests.first()] {
            if (auto ok = window.planWorkspace()->openRequestFile(path); !ok)
                QMessageBox::warning(&window, QStringLiteral("ProbeMatrix"), ok.error().text());
        });
    } else if (!parser.isSet(quitAfterStart)) {
        // A request left half-written by the last session (closed, or crashed: the draft
        // is saved on every change) is offered once the window is up.
        QTimer::singleShot(0, &window, [&window] { window.offerUnfinishedRequest(); });
    }
#endif
    if (parser.isSet(quitAfterStart))
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
