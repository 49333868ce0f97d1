#pragma once

#include "matrix/Matrix.h"
#include "store/Database.h"
#include "store/MatrixStore.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace pm::test {

QString dataPath(const QString &name);   // tests/data/<name>
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

// Writes a minimal .xlsx (shared strings for text cells) for importer tests.
QByteArray makeXlsx(const QList<QStringList> &rows);

} // namespace pm::test
