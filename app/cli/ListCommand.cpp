#include "Commands.h"

#include "OfferingTable.h"

#include "io/Export.h"
#include "query/Filter.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace pm::cli {

int runList(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List offerings, optionally filtered. Each --where is field=value, field!=value, field>=value or field<=value; "
        "| separates alternatives; several --where are combined with AND.\nFields: ")
        + filterFieldKeys().join(QStringLiteral(", ")));
    parser.addOption({QStringLiteral("where"), QStringLiteral("a filter expression (repeatable)"), QStringLiteral("EXPR")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("table (default), csv or json"), QStringLiteral("FORMAT"), QStringLiteral("table")});
    parser.addOption({QStringLiteral("no-contacts"), QStringLiteral("leave out contacts")});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return context.fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return context.fail(QStringLiteral("unexpected argument \"%1\"; filters go after --where").arg(parser.positionalArguments().first()));
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != u"table" && format != u"csv" && format != u"json")
        return context.fail(QStringLiteral("unknown format \"%1\"; use table, csv or json").arg(format));

    int exitCode = Success;
    auto matrix = context.loadMatrix(exitCode);
    if (!matrix)
        return exitCode;
    auto filter = Filter::parse(parser.values(QStringLiteral("where")), *matrix);
    if (!filter)
        return context.fail(filter.error());
    const QList<Offering> rows = filter->apply(matrix->offerings);
    const bool contacts = !parser.isSet(QStringLiteral("no-contacts"));
    printOfferings(context.out(), rows, *matrix, format, contacts);
    return Success;
}

} // namespace pm::cli
