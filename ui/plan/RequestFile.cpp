#include "RequestFile.h"

#include "io/Export.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace pm::ui {

Result<Request> readRequestFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("cannot read the request: %1").arg(file.errorString()), path);
    // Never more than the limit into memory: a longer file is refused by fromJson.
    auto request = Request::fromJson(file.read(Request::kMaxJsonBytes + 1));
    if (!request)
        return makeError(request.error().message, request.error().where.isEmpty() ? path : path + u':' + request.error().where);
    return request;
}

Result<void> writeRequestFile(const QString &path, const Request &request)
{
    return writeFileAtomically(path, request.toJson());
}

QString RequestDraft::path()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("draft-request.pmreq"));
}

Result<void> RequestDraft::save(const Request &request)
{
    QDir().mkpath(QFileInfo(path()).absolutePath());
    return writeRequestFile(path(), request);
}

std::optional<Request> RequestDraft::load()
{
    if (!QFile::exists(path()))
        return std::nullopt;
    auto request = readRequestFile(path());
    if (!request)
        return std::nullopt;
    return *request;
}

void RequestDraft::discard()
{
    QFile::remove(path());
}

} // namespace pm::ui
