#include "ArchiveLookup.h"

#include "archive/ArchiveClient.h"
#include "archive/KeychainTokenStore.h"
#include "archive/TokenLookup.h"
#include "archive/ResultCache.h"
#include "matrix/Matrix.h"
#include "planning/Plan.h"
#include "request/Request.h"

#ifdef PROBEMATRIX_HAVE_REPORT
#include "report/ReportHtml.h"
#endif

#include <QEventLoop>
#include <QJsonArray>

namespace pm::cli {

using namespace pm::archive;

namespace {

QJsonArray recordsJson(const QList<ArchiveRecord> &records)
{
    QJsonArray out;
    for (const ArchiveRecord &r : records)
        out.append(QJsonObject{{QStringLiteral("source"), r.source},
                               {QStringLiteral("id"), r.id},
                               {QStringLiteral("title"), r.title},
                               {QStringLiteral("creators"), QJsonArray::fromStringList(r.creators)},
                               {QStringLiteral("date"), r.date},
                               {QStringLiteral("resource_type"), r.resourceType},
                               {QStringLiteral("doi"), r.doi},
                               {QStringLiteral("url"), r.url},
                               {QStringLiteral("query"), r.query}});
    for (int i = 0; i < out.size(); ++i) // offline: what the cache kept, with its date
        if (records[i].cached()) {
            QJsonObject o = out[i].toObject();
            o.insert(QStringLiteral("cached"), true);
            o.insert(QStringLiteral("fetched"), records[i].fetched.toString(Qt::ISODate));
            out[i] = o;
        }
    return out;
}

} // namespace

ExistingData lookUpExistingData(const PlanResult &result, const Request &request, const Matrix &matrix, const QList<QUrl> &repositories,
                                int timeoutS, QTextStream &err, Database *cache)
{
    ExistingData data;
    data.searches = planSearches(result.plans, matrix, request);
    const QStringList queries = data.searches.distinctQueries();
    if (queries.isEmpty() || repositories.isEmpty())
        return data;
    ArchiveClient client;
    client.setTimeoutMs(timeoutS * 1000);
    if (cache)
        client.setCache(std::make_shared<ResultCache>(*cache));
    // The tokens the desktop (or `archive token`) kept in the system keychain, each sent to its
    // own repository only.
    const FoundTokens tokens = lookUpTokens(tokenStore(), repositories);
    for (const QString &w : tokens.warnings)
        err << "probematrix-cli: existing data: " << w << '\n';
    for (auto it = tokens.byBase.cbegin(); it != tokens.byBase.cend(); ++it)
        client.setTokenFor(it.key(), it.value());
    int pending = int(queries.size() * repositories.size());
    QEventLoop loop;
    QObject::connect(&client, &ArchiveClient::finished, &loop, [&](const SearchOutcome &o) {
        if (!o.ok())
            err << "probematrix-cli: existing data: " << o.error << '\n';
        else if (o.cached)
            err << "probematrix-cli: existing data: " << o.notice << "; using the results cached on " << o.fetched.toString(Qt::ISODate) << '\n';
        data.found[o.query] += o.page.records;
        if (--pending == 0)
            loop.quit();
    });
    for (const QString &q : queries)
        for (const QUrl &base : repositories)
            client.search(base, q, 5);
    loop.exec();
    return data;
}

void addExistingData(QJsonObject &planJson, const ExistingData &data)
{
    QJsonArray plans = planJson.value(QStringLiteral("plans")).toArray();
    for (int i = 0; i < plans.size(); ++i) {
        QJsonObject plan = plans[i].toObject();
        QJsonArray steps = plan.value(QStringLiteral("steps")).toArray();
        for (int k = 0; k < steps.size(); ++k) {
            QJsonObject step = steps[k].toObject();
            const QString query = data.searches.queryForTechnique(step.value(QStringLiteral("technique")).toString());
            if (step.value(QStringLiteral("kind")).toString() != u"measure" || query.isEmpty())
                continue;
            step.insert(QStringLiteral("existing_data"), recordsJson(data.found.value(query)));
            steps[k] = step;
        }
        plan.insert(QStringLiteral("steps"), steps);
        plans[i] = plan;
    }
    planJson.insert(QStringLiteral("plans"), plans);
    QJsonObject perObservable;
    for (const ObservableQuery &o : data.searches.observables)
        perObservable.insert(o.observable, recordsJson(data.found.value(o.query)));
    planJson.insert(QStringLiteral("existing_data"), perObservable);
}

QList<report::ExistingDataItem> reportItems(const ExistingData &data)
{
    QList<report::ExistingDataItem> items;
#ifdef PROBEMATRIX_HAVE_REPORT
    for (const StepQuery &t : data.searches.techniques)
        for (const ArchiveRecord &r : data.found.value(t.query))
            items.append({t.technique, r.title, r.date, r.doi, r.url, r.query, r.fetched});
#else
    Q_UNUSED(data)
#endif
    return items;
}

} // namespace pm::cli
