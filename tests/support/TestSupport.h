#pragma once

#include "matrix/Matrix.h"
#include "store/Database.h"
#include "store/MatrixStore.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace pm::test {

QString dataPath(const QString &name);   // tests/data/<name>
// How many times slower than a release build this test build may run. The few responsiveness
// limits the issues state (the event loop ticks every 100 ms, Cancel within 200 ms) are
// multiplied by it: 1 in a normal build, 5 under AddressSanitizer (2-5x slower, measured as
// 249 ms for a 200 ms cancel on a loaded 2-core machine). Each such test also checks the
// property itself (the work ran on another thread), so a larger slack cannot hide a block.
// PROBEMATRIX_TIMING_SLACK=N overrides.
int timingSlack();
QString sourcePath(const QString &name); // <repo>/<name>
QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &data);

// A fresh SQLite database in a temporary folder, migrated to the current schema.
struct TempDatabase {
    TempDatabase();
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;
    std::unique_ptr<MatrixStore> store;
    void reopen();
};

// A database filled with the bundled matrix (seeded as on first start).
struct BundledDatabase : TempDatabase {
    BundledDatabase();
    Matrix matrix;
};

// Path of the probematrix-cli binary (set by CTest).
QString cliPath();

// One run of probematrix-cli: exit code and both streams.
struct CliRun {
    int code = -1;
    QString out;
    QString err;
};
CliRun runCli(const QStringList &args);

// The text layer of a PDF with whitespace collapsed, by pdftotext (poppler-utils, which
// scripts/setup.sh installs). Empty, with a warning, when pdftotext is missing or fails, so a
// check on the text fails rather than passes unseen.
QString pdfText(const QString &pdf);

// Writes a minimal .xlsx (shared strings for text cells) for importer tests.
QByteArray makeXlsx(const QList<QStringList> &rows);

} // namespace pm::test
