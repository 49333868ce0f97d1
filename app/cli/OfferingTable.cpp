#include "OfferingTable.h"

#include "io/Export.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pm::cli {

namespace {
QStringList tableRow(const Offering &o)
{
    return {QString::number(o.id),
            o.partner,
            o.techniqueLabel(),
            o.instruments.join(QStringLiteral(", ")),
            modeKeys(o.modes).join(QLatin1Char(',')),
            scale::rangeText(Scale::Fidelity, o.fidelity),
            scale::rangeText(Scale::Cost, o.resources),
            o.timeResolutionS ? quantity::formatSeconds(*o.timeResolutionS) : QString()};
}
} // namespace

void printOfferings(QTextStream &out, const QList<Offering> &rows, const Matrix &matrix, const QString &format, bool includeContacts)
{
    if (format == u"json") {
        QJsonArray arr;
        for (const Offering &o : rows)
            arr.append(offeringToJson(o, matrix, includeContacts, false));
        out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return;
    }
    if (format == u"csv") {
        ExportOptions options{ExportFormat::Csv, includeContacts};
        out << QString::fromUtf8(exportOfferings(rows, matrix, options));
        return;
    }
    const QStringList header = {QStringLiteral("ID"), QStringLiteral("PARTNER"), QStringLiteral("TECHNIQUE"), QStringLiteral("INSTRUMENTS"),
                                QStringLiteral("MODES"), QStringLiteral("FIDELITY"), QStringLiteral("RESOURCES"), QStringLiteral("TIME RES.")};
    QList<QStringList> table{header};
    for (const Offering &o : rows)
        table.append(tableRow(o));
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &r : std::as_const(table))
        for (qsizetype i = 0; i < r.size(); ++i)
            widths[i] = std::min<qsizetype>(std::max(widths[i], r[i].size()), 48);
    for (const QStringList &r : std::as_const(table)) {
        QString line;
        for (qsizetype i = 0; i < r.size(); ++i) {
            QString cell = r[i].size() > 48 ? r[i].left(47) + QChar(0x2026) : r[i];
            line += i + 1 < r.size() ? cell.leftJustified(widths[i] + 2) : cell;
        }
        out << line.trimmed() << '\n';
    }
    out << QStringLiteral("%1 offering(s)").arg(rows.size()) << Qt::endl;
}

} // namespace pm::cli
