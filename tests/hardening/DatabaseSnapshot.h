#pragma once

#include <QString>

namespace pm::test {

// Everything an SQLite database file holds, as text: every table's rows in rowid order, with
// the table list. Two snapshots are equal exactly when no row was added, removed or changed.
// Opens its own read-only connection and closes it again; the file must not be in use by a
// Database object of the same process.
struct DatabaseSnapshot {
    QString rows;           // "table|value|value...\n" for every row of every table
    QString integrityCheck; // PRAGMA integrity_check: "ok" for a sound file
    qint64 rowCount = 0;
    QString error;          // set when the file could not be read at all

    static DatabaseSnapshot of(const QString &sqlitePath);
};

} // namespace pm::test
