// probematrix-cli logbook import FILE.csv | logbook list
#include "Commands.h"

#include "logbook/Logbook.h"

#include <QFile>

namespace pm::cli {

namespace {

int runLogbook(CliContext &context, const QStringList &arguments)
{
    const QString usage = QStringLiteral("usage: probematrix-cli logbook import FILE.csv | logbook list\n"
                                         "The CSV needs a header with date, partner, technique and optionally instrument, material, observable.");
    if (arguments.size() < 2 || arguments[1] == u"--help" || arguments[1] == u"-h") {
        context.out() << usage << '\n';
        return arguments.size() < 2 ? BadInput : Success;
    }
    auto db = context.database();
    if (!db)
        return context.fail(db.error(), BadInput);
    if (arguments[1] == u"list") {
        auto entries = logbook::load(**db);
        if (!entries)
            return context.fail(entries.error(), Failure);
        for (const LogbookEntry &e : *entries)
            context.out() << e.date << '\t' << e.partner << '\t' << e.technique << '\t' << e.instrument << '\t' << e.material << '\t'
                          << e.observable << '\n';
        return Success;
    }
    if (arguments[1] != u"import" || arguments.size() != 3)
        return context.fail(usage);
    QFile file(arguments[2]);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(makeError(QStringLiteral("cannot read: %1").arg(file.errorString()), arguments[2]));
    auto entries = logbook::parseCsv(file.readAll(), arguments[2]);
    if (!entries)
        return context.fail(entries.error());
    auto added = logbook::importEntries(**db, *entries);
    if (!added)
        return context.fail(added.error(), Failure);
    context.out() << "imported " << *added << " logbook entries\n";
    return Success;
}

const CommandRegistrar registrar({"logbook", "logbook import FILE.csv | logbook list", runLogbook});

} // namespace
} // namespace pm::cli
