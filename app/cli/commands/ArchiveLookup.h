#pragma once

// `plan --archive BASE`: the plan's searches (core/archive/PlanQueries) asked of each
// repository at once, and the answers put into the plan JSON: `existing_data` on each measure
// step (its technique with the material) and, at the top level, per observable (the material
// with the observable).

#include <QJsonObject>
#include <QList>
#include <QTextStream>
#include <QUrl>

namespace pm {
struct Matrix;
struct PlanResult;
struct Request;
} // namespace pm

namespace pm::cli {

void addExistingData(QJsonObject &planJson, const PlanResult &result, const Request &request, const Matrix &matrix, const QList<QUrl> &repositories,
                     int timeoutS, QTextStream &err);

} // namespace pm::cli
