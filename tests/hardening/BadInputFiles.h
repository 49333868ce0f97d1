#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pm::test {

// One row of the bad-input table (docs/BAD_INPUT.md): a file written for it and the parts
// every message about it must contain (the file's name, the line, the problem). Shared by
// the CLI test (test_bad_input) and the app's dialogs test (test_bad_input_dialogs), so that
// both refuse exactly the same files.
struct BadInputCase {
    QString row; // the row's name in the table's test column
    QString file;
    QStringList messageParts;
};

// Matrix files that an import must refuse, written into `dir`.
QList<BadInputCase> badMatrixFiles(const QString &dir);
// Request files that planning must refuse, written into `dir`.
QList<BadInputCase> badRequestFiles(const QString &dir);
// Database files that opening must refuse without touching them, written into `dir`;
// `seededDatabase` (a closed ProbeMatrix database file) is copied for the newer-version row.
QList<BadInputCase> badDatabaseFiles(const QString &dir, const QString &seededDatabase);

} // namespace pm::test
