#pragma once

#include "common/Result.h"
#include "request/Request.h"

namespace pm::cli {

// Reads and checks a request file for `plan` and `plan-report`: errors name the file and,
// when the request itself is wrong, the field ("request.json:observables[0].mode").
Result<Request> readRequestFile(const QString &path);

} // namespace pm::cli
