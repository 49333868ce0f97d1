// Test helper for test_crash_edits: one multi-row edit, as the app's editor makes it
// (MatrixEditor::applyCells: updateCell after updateCell inside one Database::transaction),
// but over every offering of the database, so that the transaction lasts long enough to be
// killed at many points. Prints "begin" when the edit starts and "committed" after the
// commit. Exit code 2 with the message on stderr when the edit is refused.
//
//   crash_edit_helper DATABASE.sqlite
#include "store/Database.h"
#include "store/MatrixStore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace pm;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: crash_edit_helper DATABASE.sqlite\n";
        return 2;
    }
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
        for (const Offering &o : *offerings) {
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
