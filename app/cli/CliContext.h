#pragma once

#include "common/Result.h"
#include "matrix/Matrix.h"
#include "store/Database.h"

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace pm::cli {

// Exit codes: 0 success, 2 bad usage or bad input (message on stderr), 1 anything else.
enum ExitCode { Success = 0, Failure = 1, BadInput = 2 };

// What every command gets: the streams and the database chosen with --db.
class CliContext {
public:
    CliContext(QString databaseLocation, QTextStream &out, QTextStream &err);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Opens the database on first use (the default one is created and seeded).
    Result<Database *> database();
    QString databaseLocation() const { return m_location; }

    // The whole matrix of that database. On failure the error is printed and `exitCode` set:
    // BadInput when the database cannot be opened (wrong path, not a database, too new),
    // Failure when it opened but could not be read.
    std::optional<Matrix> loadMatrix(int &exitCode);

    // Prints "probematrix-cli: <where>: <message>" and returns `code`.
    int fail(const Error &error, int code = BadInput);
    int fail(const QString &message, int code = BadInput) { return fail(Error{message, {}}, code); }

private:
    QString m_location;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Database> m_db;
};

} // namespace pm::cli
