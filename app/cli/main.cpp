// probematrix-cli: a second front end on the core (import, export, list, ask, plan, ...).
#include "CliContext.h"
#include "Commands.h"

#include "store/BundledMatrix.h"

#include <QCoreApplication>
#include <QTextStream>
#ifdef PROBEMATRIX_HAVE_REPORT
#include <QGuiApplication>
#endif

#include <cstdio>
#include <cstring>
#include <memory>

using namespace pm::cli;

namespace {
void printUsage(QTextStream &out)
{
    out << "Usage: probematrix-cli [--db PATH|URL] COMMAND [options]\n\n"
           "ProbeMatrix: browse the battery characterisation matrix and plan measurement campaigns.\n\n"
           "Global options:\n"
           "  --db PATH|URL   database file or postgresql://user@host:port/dbname (default: "
        << pm::defaultDatabasePath()
        << ")\n"
           "  --help          show this help (COMMAND --help for a command's options)\n"
           "  --version       show the version\n\nCommands:\n";
    for (const Command &c : commands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(10) << ' ' << QString::fromUtf8(c.summary) << '\n';
    out << "\nExit status: 0 success, 2 bad usage or bad input, 1 other failures." << Qt::endl;
}

// PDF and SVG reports draw text, which needs the GUI libraries: with --pdf or --svg the
// CLI starts a QGuiApplication on the offscreen platform (no display needed).
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
#ifdef PROBEMATRIX_HAVE_REPORT
    for (int i = 1; i < argc; ++i)
        if (!std::strncmp(argv[i], "--pdf", 5) || !std::strncmp(argv[i], "--svg", 5)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}
} // namespace

int main(int argc, char *argv[])
{
    const auto app = makeApplication(argc, argv);
    pm::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = QCoreApplication::arguments().mid(1);
    QString database;
    QStringList rest;
    bool commandSeen = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!commandSeen && a == u"--db") {
            if (i + 1 >= args.size()) {
                err << "probematrix-cli: --db needs a PATH or URL" << Qt::endl;
                return BadInput;
            }
            database = args[++i];
        } else if (!commandSeen && a.startsWith(u"--db=")) {
            database = a.mid(5);
        } else if (!commandSeen && (a == u"--version" || a == u"-v")) {
            out << "probematrix-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return Success;
        } else if (!commandSeen && (a == u"--help" || a == u"-h" || a == u"help")) {
            printUsage(out);
            return Success;
        } else if (!commandSeen && a.startsWith(u"-")) {
            err << "probematrix-cli: unknown option " << a << " (see --help)" << Qt::endl;
            return BadInput;
        } else {
            commandSeen = true;
            rest.append(a);
        }
    }
    if (rest.isEmpty()) {
        printUsage(err);
        return BadInput;
    }
    CliContext context(database, out, err);
    for (const Command &c : commands())
        if (rest.first() == QLatin1String(c.name)) {
            const int code = c.run(context, rest);
            out.flush();
            return code;
        }
    QStringList names;
    for (const Command &c : commands())
        names.append(QString::fromLatin1(c.name));
    err << "probematrix-cli: unknown command \"" << rest.first() << "\"; commands: " << names.join(QStringLiteral(", ")) << Qt::endl;
    return BadInput;
}
