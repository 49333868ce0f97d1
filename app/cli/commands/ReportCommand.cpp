// probematrix-cli report most-wanted|developments [--format text|json]
#include "Commands.h"

#include "planning/PlanStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pm::cli {

namespace {

int runReport(CliContext &context, const QStringList &arguments)
{
    const QString usage = QStringLiteral("usage: probematrix-cli report most-wanted|developments [--format text|json]\n"
                                         "most-wanted: observables requested but unmeasurable, with counts.\n"
                                         "developments: rejected offerings aggregated by offering and reason.");
    QStringList args = arguments.mid(1);
    QString format = QStringLiteral("text");
    const int f = int(args.indexOf(QStringLiteral("--format")));
    if (f >= 0) {
        if (f + 1 >= args.size())
            return context.fail(QStringLiteral("--format needs text or json"));
        format = args[f + 1].toLower();
        args.remove(f, 2);
    }
    if (format != u"text" && format != u"json")
        return context.fail(QStringLiteral("unknown format \"%1\"; use text or json").arg(format));
    if (args.size() != 1 || (args[0] != u"most-wanted" && args[0] != u"developments")) {
        if (args.size() == 1 && (args[0] == u"--help" || args[0] == u"-h")) {
            context.out() << usage << '\n';
            return Success;
        }
        return context.fail(usage);
    }
    auto db = context.database();
    if (!db)
        return context.fail(db.error(), BadInput);
    if (args[0] == u"most-wanted") {
        auto rows = planstore::mostWanted(**db);
        if (!rows)
            return context.fail(rows.error(), Failure);
        QJsonArray out;
        for (const auto &r : *rows) {
            if (format == u"text")
                context.out() << QString::number(r.count).rightJustified(5) << "  " << r.observable << '\n';
            out.append(QJsonObject{{QStringLiteral("observable"), r.observable}, {QStringLiteral("count"), r.count}});
        }
        if (format == u"json")
            context.out() << QString::fromUtf8(QJsonDocument(out).toJson());
        else if (rows->isEmpty())
            context.out() << "No unmeasurable observable has been requested yet.\n";
        return Success;
    }
    auto rows = planstore::developments(**db);
    if (!rows)
        return context.fail(rows.error(), Failure);
    QJsonArray out;
    for (const auto &r : *rows) {
        if (format == u"text")
            context.out() << QString::number(r.count).rightJustified(5) << "  " << r.technique << " at " << r.partner << " ["
                          << r.reasonCode << "] for " << r.observables.join(QStringLiteral(", ")) << "\n        " << r.reason << '\n';
        out.append(QJsonObject{{QStringLiteral("offering_id"), double(r.offeringId)}, {QStringLiteral("partner"), r.partner},
                               {QStringLiteral("technique"), r.technique},           {QStringLiteral("reason_code"), r.reasonCode},
                               {QStringLiteral("reason"), r.reason},                 {QStringLiteral("observables"), QJsonArray::fromStringList(r.observables)},
                               {QStringLiteral("count"), r.count}});
    }
    if (format == u"json")
        context.out() << QString::fromUtf8(QJsonDocument(out).toJson());
    else if (rows->isEmpty())
        context.out() << "No offering has been rejected yet.\n";
    return Success;
}

const CommandRegistrar registrar({"report", "report most-wanted|developments [--format text|json]", runReport});

} // namespace
} // namespace pm::cli
