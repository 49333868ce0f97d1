#pragma once

// `plan --archive BASE`: the plan's searches (core/archive/PlanQueries) asked of each
// repository at once. The answers go into the plan JSON (`existing_data` on each measure step,
// its technique with the material, and at the top level per observable) and into the PDF
// report's "Existing data" section.

#include "archive/ArchiveRecord.h"
#include "archive/PlanQueries.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QTextStream>
#include <QUrl>

namespace pm {
class Database;
struct Matrix;
struct PlanResult;
struct Request;
namespace report {
struct ExistingDataItem;
}
} // namespace pm

namespace pm::cli {

struct ExistingData {
    archive::PlanSearches searches;
    QHash<QString, QList<archive::ArchiveRecord>> found; // query -> records of every repository
};

// Asks every query of every plan once per repository and waits (an event loop: the CLI has
// nothing else to do); a repository that fails is named on `err`.
// Answers are cached in `cache` (the matrix database; may be null); a repository that cannot be
// reached gives its cached answer, marked cached.
ExistingData lookUpExistingData(const PlanResult &result, const Request &request, const Matrix &matrix, const QList<QUrl> &repositories,
                                int timeoutS, QTextStream &err, Database *cache = nullptr);
void addExistingData(QJsonObject &planJson, const ExistingData &data);
QList<report::ExistingDataItem> reportItems(const ExistingData &data);

} // namespace pm::cli
