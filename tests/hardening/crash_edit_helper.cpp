// Test helper for test_crash_edits: one multi-row edit, as the app's editor makes it
// (MatrixEditor::applyCells: updateCell after updateCell inside one Database::transaction),
// but over every offering of the database, so that the transaction lasts long enough to be
// killed at many points. Prints "begin" when the edit starts and "committed" after the
// commit. Exit code 2 with the message on stderr when the edit is refused.
//
// With PAUSE_AFTER = K, it stops inside the transaction after the K-th offering, prints
// "paused", and waits to be killed: a kill point that no scheduler delay can move past the
// commit.
//
//   crash_edit_helper DATABASE.sqlite [PAUSE_AFTER]
#include "store/Database.h"
#include "store/MatrixStore.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <cstdlib>

using namespace pm;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc != 2 && argc != 3) {
        err << "usage: crash_edit_helper DATABASE.sqlite [PAUSE_AFTER]\n";
        return 2;
    }
    const int pauseAfter = argc == 3 ? std::atoi(argv[2]) : -1;
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        err << db.error().text() << '\n';
        return 2;
    }
    MatrixStore store(**db);
    auto offerings = store.loadOfferings();
    if (!offerings) {
        err << offerings.error().text() << '\n';
        return 2;
    }
    std::fputs("begin\n", stdout);
    std::fflush(stdout);
    auto ok = (*db)->transaction([&]() -> Result<void> {
        int done = 0;
        for (const Offering &o : *offerings) {
            if (done++ == pauseAfter) {
                std::fputs("paused\n", stdout);
                std::fflush(stdout);
                QThread::sleep(60); // killed long before
            }
            int version = o.version;
            for (Column c : {Column::Instrument, Column::Software, Column::Source}) {
                auto updated = store.updateCell(o.id, c, QStringLiteral("[edited %1 of offering %2]").arg(columnKey(c)).arg(o.id), version);
                if (!updated)
                    return updated.error();
                version = updated->version;
            }
        }
        return {};
    });
    if (!ok) {
        err << ok.error().text() << '\n';
        return 2;
    }
    std::fputs("committed\n", stdout);
    std::fflush(stdout);
    return 0;
}
