#include "CliContext.h"

#include "store/BundledMatrix.h"
#include "store/MatrixStore.h"

namespace pm::cli {

CliContext::CliContext(QString databaseLocation, QTextStream &out, QTextStream &err)
    : m_location(std::move(databaseLocation)), m_out(out), m_err(err)
{
}

Result<Database *> CliContext::database()
{
    if (!m_db) {
        auto db = openForUser(m_location);
        if (!db)
            return db.error();
        m_db = std::move(*db);
    }
    return m_db.get();
}

std::optional<Matrix> CliContext::loadMatrix(int &exitCode)
{
    auto db = database();
    if (!db) {
        exitCode = fail(db.error(), BadInput);
        return std::nullopt;
    }
    MatrixStore store(**db);
    auto matrix = store.load();
    if (!matrix) {
        exitCode = fail(matrix.error(), Failure);
        return std::nullopt;
    }
    return std::move(*matrix);
}

int CliContext::fail(const Error &error, int code)
{
    m_err << "probematrix-cli: " << error.text() << Qt::endl;
    return code;
}

} // namespace pm::cli
