// probematrix-cli plan-report REQUEST.json --pdf F [--svg F] [--plan N] [--start YYYY-MM-DD]
// The plan report the GUI prints, written headless (offscreen platform).
#include "Commands.h"
#include "RequestFileReader.h"

#include "planning/PlanSession.h"

#ifdef PROBEMATRIX_HAVE_REPORT
#include "report/PdfReport.h"
#include "report/SvgExport.h"

#include <QGuiApplication>
#endif

#include <QCommandLineParser>
#include <QFile>

namespace pm::cli {

namespace {

int runPlanReport(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write the PDF report of a request's plan (cover with the request, sample-flow graph, steps, requirements, "
        "contacts, timeline, rejected offerings) and optionally its graph as SVG. Nothing is stored."));
    parser.addPositionalArgument(QStringLiteral("REQUEST.json"), QStringLiteral("the characterisation request (.pmreq or .json)"));
    parser.addOption({QStringLiteral("pdf"), QStringLiteral("write the PDF report"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("svg"), QStringLiteral("write the plan's sample-flow graph as SVG"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("plan"), QStringLiteral("the plan to detail, by rank (default 1)"), QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("start"), QStringLiteral("first day of the campaign (default: next Monday)"), QStringLiteral("YYYY-MM-DD")});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return context.fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return Success;
    }
#ifndef PROBEMATRIX_HAVE_REPORT
    return context.fail(QStringLiteral("PDF and SVG reports are not available in this build (built without the GUI libraries)"), Failure);
#else
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.fail(QStringLiteral("plan-report needs exactly one request file: probematrix-cli plan-report REQUEST.json --pdf F"));
    if (!parser.isSet(QStringLiteral("pdf")) && !parser.isSet(QStringLiteral("svg")))
        return context.fail(QStringLiteral("nothing to write: give --pdf FILE and/or --svg FILE"));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return context.fail(QStringLiteral("reports need the GUI libraries, which were not started"), Failure);
    bool numeric = false;
    const int rank = parser.value(QStringLiteral("plan")).toInt(&numeric);
    if (!numeric || rank < 1)
        return context.fail(QStringLiteral("--plan needs a plan rank (1 is the best), not \"%1\"").arg(parser.value(QStringLiteral("plan"))));
    QDate start;
    if (parser.isSet(QStringLiteral("start"))) {
        start = QDate::fromString(parser.value(QStringLiteral("start")), Qt::ISODate);
        if (!start.isValid())
            return context.fail(QStringLiteral("--start needs a date as YYYY-MM-DD, not \"%1\"").arg(parser.value(QStringLiteral("start"))));
    }

    auto request = readRequestFile(positional.first());
    if (!request)
        return context.fail(request.error());
    int exitCode = Success;
    auto matrix = context.loadMatrix(exitCode);
    if (!matrix)
        return exitCode;
    PlanOptions options;
    options.topN = std::max(5, rank);
    auto db = context.database();
    const PlanSession session(db ? *db : nullptr);
    auto outcome = session.plan(*request, *matrix, options, false); // nothing is stored
    if (!outcome)
        return context.fail(outcome.error());
    const PlanResult *result = &outcome->result;
    if (rank > result->plans.size())
        return context.fail(result->plans.isEmpty() ? QStringLiteral("no plan: nothing requested can be measured as asked")
                                                    : QStringLiteral("--plan %1: only %2 plans were found").arg(rank).arg(result->plans.size()));

    report::PlanReportInput input;
    input.request = *request;
    input.result = *result;
    input.planIndex = rank - 1;
    input.matrix = &*matrix;
    input.startDate = start;
    if (parser.isSet(QStringLiteral("svg"))) {
        auto layout = report::layoutPlan(result->plans[rank - 1], &*matrix);
        if (!layout)
            return context.fail(layout.error(), Failure);
        if (auto w = report::writeGraphSvg(parser.value(QStringLiteral("svg")), *layout, request->title); !w)
            return context.fail(w.error(), Failure);
    }
    if (parser.isSet(QStringLiteral("pdf"))) {
        auto pages = report::writePlanPdf(parser.value(QStringLiteral("pdf")), input);
        if (!pages)
            return context.fail(pages.error(), Failure);
        context.out() << QStringLiteral("%1: %2 pages, plan %3 of %4\n").arg(parser.value(QStringLiteral("pdf"))).arg(*pages).arg(rank).arg(result->plans.size());
    }
    return Success;
#endif
}

const CommandRegistrar registrar({"plan-report", "plan-report REQUEST.json --pdf F [--svg F] [--plan N] [--start DATE]", runPlanReport});

} // namespace
} // namespace pm::cli
