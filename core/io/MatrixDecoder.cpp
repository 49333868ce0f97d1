#include "MatrixDecoder.h"

#include "common/TextMatch.h"
#include "matrix/OfferingParser.h"

#include <QHash>

namespace pm {

namespace {
// A legend line repeats the allowed values without brackets ("Cheap/Medium/Expensive",
// "Hours/Days/Weeks/Months", "Yes/No"). It is recognised when no cell is bracketed and at
// least two cells list a slash- or hyphen-separated scale.
bool isLegendLine(const QStringList &cells)
{
    int scales = 0;
    for (const QString &c : cells) {
        const QString t = c.trimmed();
        if (t.startsWith(QLatin1Char('[')))
            return false;
        const QString n = text::normalized(t);
        if (n == u"cheap/medium/expensive" || n == u"hours/days/weeks/months" || n == u"high-medium-low"
            || n == u"yes/no" || n.startsWith(u"inhouse/commercial") || n == u"low/medium/high/best"
            || n == u"high/medium/low")
            ++scales;
    }
    return scales >= 2;
}
} // namespace

Result<DecodedMatrix> decodeMatrix(const RawTable &table, const ObservableVocabulary &vocabulary)
{
    DecodedMatrix out;
    out.report.source = table.source;

    // Map header cells to columns.
    QList<std::optional<Column>> mapping;
    QHash<int, int> seen; // column -> header index
    for (int i = 0; i < table.header.size(); ++i) {
        const QString h = table.header[i];
        // The export's public contact point is derived, not stored: skipped before the fuzzy
        // header match could take it for the Contact column.
        if (h.trimmed().compare(contactPointHeader(), Qt::CaseInsensitive) == 0) {
            mapping.append(std::nullopt);
            continue;
        }
        const auto c = columnFromHeader(h);
        if (c && seen.contains(int(*c)))
            return makeError(QStringLiteral("the header names the column \"%1\" twice (positions %2 and %3)")
                                 .arg(columnHeader(*c))
                                 .arg(seen.value(int(*c)) + 1)
                                 .arg(i + 1),
                             table.source + QStringLiteral(":%1").arg(table.headerLine));
        if (c)
            seen.insert(int(*c), i);
        else if (!h.trimmed().isEmpty())
            out.report.ignoredColumns.append(h.trimmed());
        mapping.append(c);
    }
    for (Column required : {Column::Partner, Column::Technique}) {
        if (!seen.contains(int(required)))
            return makeError(QStringLiteral("the header has no \"%1\" column; is this a matrix file? The header found was: %2")
                                 .arg(columnHeader(required), table.header.mid(0, 6).join(QStringLiteral(" | "))),
                             table.source + QStringLiteral(":%1").arg(table.headerLine));
    }

    const qsizetype width = table.header.size();
    bool firstRow = true;
    for (const RawRow &row : table.rows) {
        const QString where = table.source + QStringLiteral(":%1").arg(row.line);
        if (firstRow && isLegendLine(row.cells)) {
            ++out.report.legendLinesSkipped;
            firstRow = false;
            continue;
        }
        firstRow = false;
        if (row.cells.size() != width)
            return makeError(QStringLiteral("line %1 has %2 cells but the header has %3; the import was refused and nothing was changed")
                                 .arg(row.line)
                                 .arg(row.cells.size())
                                 .arg(width),
                             where);
        Offering o;
        for (int i = 0; i < width; ++i)
            if (mapping[i])
                o.raw[size_t(*mapping[i])] = row.cells[i].trimmed();
        const QList<CellIssue> issues = parseOffering(o, vocabulary);
        if (o.partner.isEmpty())
            return makeError(QStringLiteral("line %1 has no partner; every row needs one").arg(row.line), where);
        if (o.technique.isEmpty())
            return makeError(QStringLiteral("line %1 has no technique; every row needs one").arg(row.line), where);
        for (const CellIssue &issue : issues)
            out.report.issues.append(ImportIssue{row.line, table.header[seen.value(int(issue.column))], issue.raw, issue.message});
        out.offerings.append(o);
        out.lines.append(row.line);
        ++out.report.rowsRead;
    }
    return out;
}

} // namespace pm
