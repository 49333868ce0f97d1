#include "RequestFileReader.h"

#include <QFile>

namespace pm::cli {

Result<Request> readRequestFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("cannot read the request: %1").arg(file.errorString()), path);
    auto request = Request::fromJson(file.read(Request::kMaxJsonBytes + 1)); // a longer file is refused, unread
    if (!request)
        return makeError(request.error().message, path + (request.error().where.isEmpty() ? QString() : u':' + request.error().where));
    return request;
}

} // namespace pm::cli
