#pragma once

#include <QString>

namespace pm::test {

// Everything an SQLite database file holds, as text: every table's rows in rowid order, with
// the table list. Two snapshots are equal exactly when no row was added, removed or changed.
// Opens a connection of its own and closes it again. Another connection (a Database object
// of the same process, say the main window's) may hold the file open meanwhile: SQLite gives
// the snapshot the last committed state; it must just not be inside a write transaction.
struct DatabaseSnapshot {
    QString rows;           // "table|value|value...\n" for every row of every table
    QString integrityCheck; // PRAGMA integrity_check: "ok" for a sound file
    qint64 rowCount = 0;
    QString error;          // set when the file could not be read at all

    static DatabaseSnapshot of(const QString &sqlitePath);
};

} // namespace pm::test
