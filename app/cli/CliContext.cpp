#include "CliContext.h"

#include "store/BundledMatrix.h"
#include "store/MatrixStore.h"

#include <QUrl>

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
        // A connection to another machine that is not encrypted or not verified: say so
        // (issue 15, finding 4), once, on stderr, so that output meant for files stays clean.
        const QString warning = m_db->security().warning(QUrl(m_location).host());
        if (!warning.isEmpty())
            m_err << "probematrix-cli: warning: " << warning << Qt::endl;
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
