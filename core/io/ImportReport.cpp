#include "ImportReport.h"

namespace pm {

QString ImportReport::summary() const
{
    QString s = QStringLiteral("%1: %2 rows read, %3 added, %4 updated, %5 unchanged")
                    .arg(source)
                    .arg(rowsRead)
                    .arg(added)
                    .arg(updated)
                    .arg(unchanged);
    if (removed)
        s += QStringLiteral(", %1 removed").arg(removed);
    s += QStringLiteral("; %1 cells not fully understood").arg(issues.size());
    if (dryRun)
        s += QStringLiteral(" (dry run: nothing was written)");
    return s + QLatin1Char('.');
}

QString ImportReport::toText() const
{
    QString out = summary() + QLatin1Char('\n');
    if (legendLinesSkipped)
        out += QStringLiteral("Skipped %1 legend line(s) listing the allowed values.\n").arg(legendLinesSkipped);
    if (!newPartners.isEmpty())
        out += QStringLiteral("New partners (not in the partner list; add their site and country): %1\n").arg(newPartners.join(QStringLiteral(", ")));
    if (!ignoredColumns.isEmpty())
        out += QStringLiteral("Ignored columns that are not matrix characteristics: %1\n").arg(ignoredColumns.join(QStringLiteral(", ")));
    for (const ImportIssue &i : issues)
        out += QStringLiteral("  line %1, column \"%2\": %3 [raw: %4]\n").arg(i.line).arg(i.column, i.message, i.raw);
    return out;
}

} // namespace pm
