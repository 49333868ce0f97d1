// probematrix-cli plan REQUEST.json [--top N] [--format json|text] [--exhaustive] [--csv F] [--dot F] [--pdf F]
// probematrix-cli plan --list-stored | --stored ID [--format json|text] [--csv F] [--dot F] [--pdf F]
#include "ArchiveLookup.h"
#include "Commands.h"
#include "RequestFileReader.h"

#include "archive/RepositoryUrl.h"

#include "io/Export.h"
#include "planning/Plan.h"
#include "planning/PlanExport.h"
#include "planning/PlanSession.h"
#include "planning/PlanStore.h"

#ifdef PROBEMATRIX_HAVE_REPORT
#include "report/PdfReport.h"

#include <QGuiApplication>
#endif

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

#ifdef Q_OS_WIN
#include <io.h>
#define PM_ISATTY _isatty
#define PM_FILENO _fileno
#else
#include <unistd.h>
#define PM_ISATTY isatty
#define PM_FILENO fileno
#endif

namespace pm::cli {

namespace {

// One line on a terminal, rewritten in place while the search runs.
QString progressLine(const PlanProgress &p)
{
    return QStringLiteral("\rsearching: %1 s, %2 plan(s), %3 nodes, best fidelity %4, none above %5 (gap %6)   ")
        .arg(QString::number(p.elapsedMs / 1000.0, 'f', 1))
        .arg(p.frontSize)
        .arg(p.nodes)
        .arg(QString::number(p.bestFidelity, 'f', 3), QString::number(p.fidelityBound, 'f', 3), QString::number(p.gap(), 'f', 3));
}

// The PDF report of the plans (the report engineer's probematrix_report library), drawn
// on the offscreen platform that main.cpp starts when --pdf is given. The report details
// the best plan and compares the others on its cover.
Result<void> writePlanPdf(const QString &path, const Request &request, const PlanResult &result, const Matrix &matrix, const ExistingData &existing)
{
#ifdef PROBEMATRIX_HAVE_REPORT
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(QStringLiteral("PDF reports need the GUI libraries, which were not started"), QStringLiteral("--pdf"));
    if (result.plans.isEmpty())
        return makeError(QStringLiteral("no plan to write to --pdf: nothing requested can be measured"), QStringLiteral("--pdf"));
    report::PlanReportInput input;
    input.request = request;
    input.result = result;
    input.matrix = &matrix;
    input.existingData = reportItems(existing);
    if (auto pages = report::writePlanPdf(path, input); !pages)
        return pages.error();
    return {};
#else
    Q_UNUSED(path)
    Q_UNUSED(request)
    Q_UNUSED(result)
    Q_UNUSED(matrix)
    Q_UNUSED(existing)
    return makeError(QStringLiteral("PDF reports are not available in this build (built without the GUI libraries)"), QStringLiteral("--pdf"));
#endif
}

// The stored requests, newest first: id, when, who, how many plans, title.
int listStored(CliContext &context, Database &db)
{
    auto list = planstore::storedRequests(db);
    if (!list)
        return context.fail(list.error(), Failure);
    if (list->isEmpty())
        context.out() << "no stored requests\n";
    for (const planstore::StoredRequest &r : *list)
        context.out() << QStringLiteral("%1\t%2\t%3\t%4 plan(s)\t%5\n").arg(r.id).arg(r.createdAt, r.createdBy).arg(r.planCount).arg(r.title);
    return Success;
}

// The validation statuses of every stored plan: {"plan rank": {"step": "accepted", ...}}.
QJsonObject storedStatuses(Database &db, const planstore::StoredOutcome &outcome)
{
    QJsonObject out;
    for (int i = 0; i < outcome.planIds.size(); ++i) {
        auto records = planstore::stepStatusRecords(db, outcome.planIds[i]);
        if (!records || records->isEmpty())
            continue;
        QJsonObject steps;
        for (auto it = records->cbegin(); it != records->cend(); ++it)
            steps.insert(it.key(), QJsonObject{{QStringLiteral("status"), stepStatusKey(it->status)},
                                               {QStringLiteral("by"), it->updatedBy},
                                               {QStringLiteral("at"), it->updatedAt},
                                               {QStringLiteral("version"), it->version}});
        out.insert(QString::number(outcome.result.plans[i].rank), steps);
    }
    return out;
}

int runPlan(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Turn a characterisation request (JSON) into ranked, sequenced measurement plans: the Pareto front over "
        "fidelity, cost and duration. The request and its outcome are stored in the database."));
    parser.addPositionalArgument(QStringLiteral("REQUEST.json"), QStringLiteral("the characterisation request"));
    parser.addOption({QStringLiteral("top"), QStringLiteral("plans to print (default 5; 0 prints the whole front)"), QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("json (default) or text"), QStringLiteral("FORMAT"), QStringLiteral("json")});
    parser.addOption({QStringLiteral("exhaustive"), QStringLiteral("enumerate every plan (brute force) instead of branch-and-bound")});
    parser.addOption({QStringLiteral("csv"), QStringLiteral("write the best plan's steps as CSV"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("raw"), QStringLiteral("with --csv: keep cells that start with =, +, -, @, tab or CR as they are "
                                                            "(by default a ' is put in front, so that a spreadsheet does not run them as formulas)")});
    parser.addOption({QStringLiteral("dot"), QStringLiteral("write the best plan's sample-flow graph (Graphviz)"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("pdf"), QStringLiteral("write a PDF report of the plans"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("time-limit"), QStringLiteral("stop the search after this many seconds (default 60, 0: no limit); "
                                                                  "the output then says the front may be incomplete"),
                      QStringLiteral("SECONDS"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("no-store"), QStringLiteral("do not store the request and its outcome")});
    parser.addOption({QStringLiteral("archive"), QStringLiteral("with --format json: look each step's technique and each observable up in this "
                                                                "InvenioRDM repository (repeatable, e.g. https://zenodo.org) and add existing_data"),
                      QStringLiteral("BASE")});
    parser.addOption({QStringLiteral("list-stored"), QStringLiteral("list the requests stored in the database (id, date, user, plans, title)")});
    parser.addOption({QStringLiteral("stored"), QStringLiteral("show a stored request's plans as proposed, with their validation statuses, "
                                                              "instead of planning a file"), QStringLiteral("ID")});
    // Access and material (issue 13): override the request's fields.
    parser.addOption({QStringLiteral("access-routes"), QStringLiteral("large-scale-facility access routes the proposer holds, comma-separated: "
                                                                     "standard, rapid, industrial, long-term (overrides the request's access_routes)"),
                      QStringLiteral("ROUTES")});
    parser.addOption({QStringLiteral("available-amount"), QStringLiteral("material one prepared sample gives, such as \"600 mg\" or \"50 cm2\" "
                                                                        "(overrides the request's available_amount)"),
                      QStringLiteral("AMOUNT")});
    parser.addOption({QStringLiteral("sample-preparation"), QStringLiteral("industrial or modified (overrides the request's sample_preparation)"),
                      QStringLiteral("KIND")});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return context.fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    const bool fromStore = parser.isSet(QStringLiteral("list-stored")) || parser.isSet(QStringLiteral("stored"));
    if (fromStore && !positional.isEmpty())
        return context.fail(QStringLiteral("--list-stored and --stored read the database, not a request file"));
    if (!fromStore && positional.size() != 1)
        return context.fail(QStringLiteral("plan needs exactly one request file: probematrix-cli plan REQUEST.json"));
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != u"json" && format != u"text")
        return context.fail(QStringLiteral("unknown format \"%1\"; use json or text").arg(format));
    bool numeric = false;
    const int top = parser.value(QStringLiteral("top")).toInt(&numeric);
    if (!numeric || top < 0)
        return context.fail(QStringLiteral("--top needs a number of plans (0 for all), not \"%1\"").arg(parser.value(QStringLiteral("top"))));

    QList<QUrl> repositories;
    for (const QString &u : parser.values(QStringLiteral("archive"))) {
        auto base = archive::repositoryBase(u);
        if (!base)
            return context.fail(makeError(base.error().message, QStringLiteral("--archive")));
        repositories.append(*base);
    }
    if (!repositories.isEmpty() && format != u"json" && !parser.isSet(QStringLiteral("pdf")))
        return context.fail(QStringLiteral("--archive adds existing data to the JSON output and the PDF report: use it with --format json or --pdf"));

    auto db = context.database();
    if (!db)
        return context.fail(db.error(), BadInput);
    if (parser.isSet(QStringLiteral("list-stored")))
        return listStored(context, **db);
    std::optional<planstore::StoredOutcome> stored;
    if (parser.isSet(QStringLiteral("stored"))) {
        bool isId = false;
        const qint64 id = parser.value(QStringLiteral("stored")).toLongLong(&isId);
        if (!isId || id <= 0)
            return context.fail(QStringLiteral("--stored needs a request id (see --list-stored), not \"%1\"").arg(parser.value(QStringLiteral("stored"))));
        auto outcome = planstore::loadOutcome(**db, id);
        if (!outcome)
            return context.fail(outcome.error());
        stored = *outcome;
    }
    auto request = stored ? Result<Request>(stored->request) : readRequestFile(positional.first());
    if (!request)
        return context.fail(request.error());
    if (!stored
        && (parser.isSet(QStringLiteral("access-routes")) || parser.isSet(QStringLiteral("available-amount"))
            || parser.isSet(QStringLiteral("sample-preparation")))) {
        // The flags go through the request's own reader, so they are checked as the file is;
        // the error names the flag.
        QJsonObject json = request->toJsonObject();
        const std::pair<const char *, const char *> flags[] = {{"access-routes", "access_routes"},
                                                               {"available-amount", "available_amount"},
                                                               {"sample-preparation", "sample_preparation"}};
        for (const auto &[flag, key] : flags) {
            if (!parser.isSet(QLatin1String(flag)))
                continue;
            const QString value = parser.value(QLatin1String(flag));
            if (QLatin1String(key) == u"access_routes") {
                QStringList routes = value.split(u',', Qt::SkipEmptyParts);
                for (QString &r : routes)
                    r = r.trimmed();
                json.insert(QLatin1String(key), QJsonArray::fromStringList(routes));
            } else {
                json.insert(QLatin1String(key), value);
            }
            auto checked = Request::fromJsonObject(json);
            if (!checked)
                return context.fail(makeError(checked.error().message, QStringLiteral("--%1").arg(QLatin1String(flag))));
        }
        request = Request::fromJsonObject(json);
        if (!request)
            return context.fail(request.error());
    }

    int exitCode = Success;
    auto matrix = context.loadMatrix(exitCode);
    if (!matrix)
        return exitCode;
    PlanOptions options;
    options.topN = top;
    options.exhaustive = parser.isSet(QStringLiteral("exhaustive"));
    bool seconds = false;
    const double limit = parser.value(QStringLiteral("time-limit")).toDouble(&seconds);
    if (!seconds || limit < 0)
        return context.fail(QStringLiteral("--time-limit needs a number of seconds, not \"%1\"").arg(parser.value(QStringLiteral("time-limit"))));
    options.timeLimitMs = qint64(limit * 1000);
    // A progress line when a person watches stderr; never into a file or a pipe.
    const bool terminal = PM_ISATTY(PM_FILENO(stderr)) != 0;
    if (terminal)
        options.progress = [&context](const PlanProgress &p) {
            context.err() << progressLine(p);
            context.err().flush();
        };
    std::optional<PlanResult> planned;
    if (stored) {
        planned = stored->result;
    } else {
        const PlanSession session(*db);
        auto result = PlanSession::run(*request, *matrix, session.prepare(options));
        if (terminal)
            context.err() << "\r" << QString(110, u' ') << "\r";
        if (!result)
            return context.fail(result.error());
        PlanOutcome outcome;
        outcome.request = *request;
        outcome.result = *result;
        if (!parser.isSet(QStringLiteral("no-store")))
            if (auto saved = session.store(outcome); !saved)
                return context.fail(saved.error(), Failure);
        planned = outcome.result;
    }
    const PlanResult *result = &*planned;

    const Plan *best = result->plans.isEmpty() ? nullptr : &result->plans.first();
    if (parser.isSet(QStringLiteral("csv"))) {
        if (!best)
            return context.fail(QStringLiteral("no plan to write to --csv: nothing requested can be measured"));
        if (auto w = writeFileAtomically(parser.value(QStringLiteral("csv")), planToCsv(*best, parser.isSet(QStringLiteral("raw")), request->sample.airSensitive)); !w)
            return context.fail(w.error(), Failure);
    }
    if (parser.isSet(QStringLiteral("dot"))) {
        if (!best)
            return context.fail(QStringLiteral("no plan to write to --dot: nothing requested can be measured"));
        if (auto w = writeFileAtomically(parser.value(QStringLiteral("dot")), planToDot(*best, request->title)); !w)
            return context.fail(w.error(), Failure);
    }
    const ExistingData existing = lookUpExistingData(*result, *request, *matrix, repositories, 10, context.err(), *db);
    if (parser.isSet(QStringLiteral("pdf")))
        if (auto w = writePlanPdf(parser.value(QStringLiteral("pdf")), *request, *result, *matrix, existing); !w)
            return context.fail(w.error(), Failure);

    if (!result->complete)
        context.err() << "probematrix-cli: warning: the search stopped at the time limit after "
                      << QString::number(result->elapsedMs / 1000.0, 'f', 1) << " s; the plans are the best found, and no plan can have a fidelity above "
                      << QString::number(result->fidelityBound, 'f', 3) << " (best found " << QString::number(result->bestFidelity, 'f', 3) << ", gap "
                      << QString::number(result->gap(), 'f', 3) << "). Raise --time-limit to search on.\n";
    if (format == u"json") {
        QJsonObject json = planResultToJson(*result);
        if (!repositories.isEmpty())
            addExistingData(json, existing);
        if (stored) {
            json.insert(QStringLiteral("request_id"), double(stored->info.id));
            json.insert(QStringLiteral("statuses"), storedStatuses(**db, *stored));
        }
        context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        context.out() << planResultToText(*result);
        if (stored) {
            const QJsonObject statuses = storedStatuses(**db, *stored);
            for (auto plan = statuses.constBegin(); plan != statuses.constEnd(); ++plan) {
                const QJsonObject steps = plan->toObject();
                for (auto step = steps.constBegin(); step != steps.constEnd(); ++step) {
                    const QJsonObject s = step->toObject();
                    context.out() << QStringLiteral("plan %1, %2: %3 (by %4, %5)\n")
                                         .arg(plan.key(), step.key(), s.value(QStringLiteral("status")).toString(),
                                              s.value(QStringLiteral("by")).toString(), s.value(QStringLiteral("at")).toString());
                }
            }
        }
    }
    return Success;
}

const CommandRegistrar registrar({"plan", "plan REQUEST.json [--top N] [--format json|text] [--exhaustive] [--csv F] [--dot F] [--pdf F]; "
                                           "plan --list-stored | --stored ID", runPlan});

} // namespace
} // namespace pm::cli
