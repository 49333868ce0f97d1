#pragma once

// Requests on disk: .pmreq files (the planner's JSON, so that `probematrix-cli plan`
// reads them as they are) and the draft the wizard saves after every change.

#include "common/Result.h"
#include "request/Request.h"

#include <QString>

#include <optional>

namespace pm::ui {

inline constexpr auto kRequestFileFilter = "ProbeMatrix requests (*.pmreq *.json)";

Result<Request> readRequestFile(const QString &path);
Result<void> writeRequestFile(const QString &path, const Request &request);

// The draft: a .pmreq in the application's data folder, written atomically.
class RequestDraft {
public:
    static QString path();
    static Result<void> save(const Request &request);
    static std::optional<Request> load(); // nullopt: none, or no longer readable
    static void discard();
};

} // namespace pm::ui
