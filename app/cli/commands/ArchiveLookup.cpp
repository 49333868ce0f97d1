#include "ArchiveLookup.h"

#include "archive/ArchiveClient.h"
#include "archive/PlanQueries.h"
#include "matrix/Matrix.h"
#include "planning/Plan.h"
#include "request/Request.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonArray>

namespace pm::cli {

using namespace pm::archive;

namespace {

QJsonObject resultJson(const ArchiveRecord &r)
{
    return {{QStringLiteral("source"), r.source},     {QStringLiteral("id"), r.id},   {QStringLiteral("title"), r.title},
            {QStringLiteral("creators"), QJsonArray::fromStringList(r.creators)},    {QStringLiteral("date"), r.date},
            {QStringLiteral("resource_type"), r.resourceType}, {QStringLiteral("doi"), r.doi}, {QStringLiteral("url"), r.url},
            {QStringLiteral("query"), r.query}};
}

} // namespace

void addExistingData(QJsonObject &planJson, const PlanResult &result, const Request &request, const Matrix &matrix, const QList<QUrl> &repositories,
                     int timeoutS, QTextStream &err)
{
    // Every distinct query once, whatever number of plans and steps ask it.
    const PlanSearches searches = planSearches(result.plans, matrix, request);
    const QStringList queries = searches.distinctQueries();
    if (queries.isEmpty() || repositories.isEmpty())
        return;

    ArchiveClient client;
    client.setTimeoutMs(timeoutS * 1000);
    QHash<QString, QJsonArray> found; // query -> results from every repository
    int pending = int(queries.size() * repositories.size());
    QEventLoop loop;
    QObject::connect(&client, &ArchiveClient::finished, &loop, [&](const SearchOutcome &o) {
        if (!o.ok())
            err << "probematrix-cli: existing data: " << o.error << '\n';
        for (const ArchiveRecord &r : o.page.records)
            found[o.query].append(resultJson(r));
        if (--pending == 0)
            loop.quit();
    });
    for (const QString &q : queries)
        for (const QUrl &base : repositories)
            client.search(base, q, 5);
    loop.exec();

    QJsonArray plans = planJson.value(QStringLiteral("plans")).toArray();
    for (int i = 0; i < plans.size(); ++i) {
        QJsonObject plan = plans[i].toObject();
        QJsonArray steps = plan.value(QStringLiteral("steps")).toArray();
        for (int k = 0; k < steps.size(); ++k) {
            QJsonObject step = steps[k].toObject();
            const QString query = searches.queryForTechnique(step.value(QStringLiteral("technique")).toString());
            if (step.value(QStringLiteral("kind")).toString() != u"measure" || query.isEmpty())
                continue;
            step.insert(QStringLiteral("existing_data"), found.value(query));
            steps[k] = step;
        }
        plan.insert(QStringLiteral("steps"), steps);
        plans[i] = plan;
    }
    planJson.insert(QStringLiteral("plans"), plans);
    QJsonObject perObservable;
    for (const ObservableQuery &o : searches.observables)
        perObservable.insert(o.observable, found.value(o.query));
    planJson.insert(QStringLiteral("existing_data"), perObservable);
}

} // namespace pm::cli
