// bench_store_server [--rounds N]: medians on SQLite and, when PROBEMATRIX_TEST_PG_URL names
// a PostgreSQL superuser URL (scripts/pg-test-server.sh run ...), on a throw-away database of
// that server: opening and loading the bundled matrix (157 offerings), one versioned cell
// edit (read, check, write, history, NOTIFY, commit), and the time until a second
// connection's ChangeListener reports that edit.
#include "store/BundledMatrix.h"
#include "store/ChangeListener.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <algorithm>

using namespace pm;

namespace {
double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

std::unique_ptr<Database> openOrDie(const QString &location)
{
    auto db = Database::open(location);
    if (!db)
        qFatal("%s", qPrintable(db.error().text()));
    return std::move(*db);
}

void bench(QTextStream &out, const QString &label, const QString &location, int rounds)
{
    {
        auto db = openOrDie(location);
        MatrixStore store(*db);
        if (auto seeded = bundled::seed(store); !seeded)
            qFatal("%s", qPrintable(seeded.error().text()));
    }
    QList<double> openLoad, edit, heard;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        auto db = openOrDie(location);
        MatrixStore store(*db);
        auto matrix = store.load();
        if (!matrix)
            qFatal("%s", qPrintable(matrix.error().text()));
        openLoad.append(double(t.nsecsElapsed()) / 1e6);
    }
    auto writer = openOrDie(location);
    auto reader = openOrDie(location);
    MatrixStore store(*writer);
    ChangeListener listener(*reader);
    Offering o = store.load()->offerings.first();
    for (int i = 0; i < rounds; ++i) {
        QEventLoop loop;
        QElapsedTimer t;
        QObject::connect(&listener, &ChangeListener::changed, &loop, [&] {
            heard.append(double(t.nsecsElapsed()) / 1e6);
            loop.quit();
        });
        t.start();
        auto edited = store.updateCell(o.id, Column::Resources, i % 2 ? QStringLiteral("[Cheap]") : QStringLiteral("[Medium]"), o.version);
        edit.append(double(t.nsecsElapsed()) / 1e6);
        if (!edited)
            qFatal("%s", qPrintable(edited.error().text()));
        o = *edited;
        if (listener.isActive()) {
            QTimer::singleShot(5000, &loop, &QEventLoop::quit);
            loop.exec();
        }
    }
    out << label << ": open+load " << QString::number(median(openLoad), 'f', 1) << " ms, edit " << QString::number(median(edit), 'f', 2)
        << " ms, heard by another connection "
        << (listener.isActive() ? QString::number(median(heard), 'f', 2) + QStringLiteral(" ms") : QStringLiteral("n/a (SQLite)"))
        << " (medians of " << rounds << ")\n";
    out.flush();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int rounds = 20;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--rounds")); i > 0 && i + 1 < args.size())
        rounds = std::max(1, args[i + 1].toInt());

    QTemporaryDir dir;
    bench(out, QStringLiteral("SQLite"), dir.filePath(QStringLiteral("bench.sqlite")), rounds);

    const QString admin = qEnvironmentVariable("PROBEMATRIX_TEST_PG_URL");
    if (admin.isEmpty()) {
        out << "PostgreSQL: skipped (set PROBEMATRIX_TEST_PG_URL, e.g. scripts/pg-test-server.sh run " << args.first() << ")\n";
        return 0;
    }
    const QString name = QStringLiteral("pmbench_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    {
        auto server = Database::openRaw(admin);
        if (!server || !(*server)->execStatement(QStringLiteral("CREATE DATABASE %1").arg(name), QStringLiteral("creating")))
            qFatal("cannot create the benchmark database");
    }
    QUrl url(admin);
    url.setPath(QLatin1Char('/') + name);
    bench(out, QStringLiteral("PostgreSQL"), url.toString(), rounds);
    auto server = Database::openRaw(admin);
    if (server)
        (void)(*server)->execStatement(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name), QStringLiteral("dropping"));
    return 0;
}
