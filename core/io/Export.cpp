#include "Export.h"

#include "SpreadsheetSafety.h"

#include "common/TextMatch.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace pm {

Result<ExportFormat> exportFormatFromName(const QString &name)
{
    const QString n = text::normalized(name);
    if (n == u"csv")
        return ExportFormat::Csv;
    if (n == u"tsv" || n == u"native" || n == u"txt")
        return ExportFormat::Tsv;
    if (n == u"json")
        return ExportFormat::Json;
    return makeError(QStringLiteral("unknown format \"%1\"; use csv, tsv or json").arg(name));
}

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return ExportFormat::Csv;
    if (suffix == u"tsv" || suffix == u"txt")
        return ExportFormat::Tsv;
    if (suffix == u"json")
        return ExportFormat::Json;
    return std::nullopt;
}

namespace {
QJsonValue levelJson(Scale s, const OrdinalRange &r)
{
    if (!r.known())
        return QJsonValue::Null;
    if (r.single())
        return scale::key(s, r.lo);
    return scale::key(s, r.lo) + QLatin1Char('/') + scale::key(s, r.hi);
}

QJsonValue boolJson(const std::optional<bool> &b)
{
    return b ? QJsonValue(*b) : QJsonValue(QJsonValue::Null);
}

QJsonArray stringArray(const QStringList &l)
{
    QJsonArray a;
    for (const QString &s : l)
        a.append(s);
    return a;
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QList<Column> exportedColumns(bool includeContacts)
{
    QList<Column> cols;
    for (int i = 0; i < kColumnCount; ++i)
        if (includeContacts || !isPersonalData(Column(i)))
            cols.append(Column(i));
    return cols;
}

QString tsvCell(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')).remove(QLatin1Char('\r'));
    return v;
}
} // namespace

QString csvCell(const QString &value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        QString v = value;
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + v + QLatin1Char('"');
    }
    return value;
}

QJsonObject offeringToJson(const Offering &o, const Matrix &matrix, bool includeContacts, bool includeCells)
{
    QJsonObject j;
    j[QStringLiteral("id")] = o.id;
    j[QStringLiteral("cluster")] = textOrNull(o.cluster);
    j[QStringLiteral("partner")] = o.partner;
    const Partner *p = matrix.partner(o.partner);
    j[QStringLiteral("country")] = p && !p->country.isEmpty() ? QJsonValue(p->country) : QJsonValue(QJsonValue::Null);
    j[QStringLiteral("technique")] = o.technique;
    j[QStringLiteral("abbreviation")] = textOrNull(o.abbreviation);
    j[QStringLiteral("observables")] = stringArray(o.observables);
    j[QStringLiteral("modes")] = stringArray(modeKeys(o.modes));
    j[QStringLiteral("sources")] = stringArray(o.sources);
    j[QStringLiteral("instruments")] = stringArray(o.instruments);
    j[QStringLiteral("sample_preparation")] = stringArray(o.samplePreparation);
    j[QStringLiteral("fidelity")] = levelJson(Scale::Fidelity, o.fidelity);
    j[QStringLiteral("resources")] = levelJson(Scale::Cost, o.resources);
    j[QStringLiteral("planning_time")] = levelJson(Scale::Duration, o.planningTime);
    j[QStringLiteral("post_processing_time")] = levelJson(Scale::Duration, o.postProcessingTime);
    j[QStringLiteral("time_resolution_s")] = o.timeResolutionS ? QJsonValue(*o.timeResolutionS) : QJsonValue(QJsonValue::Null);
    j[QStringLiteral("sample_reuse")] = boolJson(o.sampleReuse);
    j[QStringLiteral("cell_available")] = boolJson(o.cellAvailable);
    j[QStringLiteral("used_in_bigmap")] = boolJson(o.usedInBigmap);
    j[QStringLiteral("damage")] = levelJson(Scale::Level, o.damage);
    j[QStringLiteral("panet")] = textOrNull(o.panet);
    j[QStringLiteral("chameo")] = textOrNull(o.chameo);
    j[QStringLiteral("curation")] = o.estimate ? QStringLiteral("estimate") : QStringLiteral("reported");
    if (includeContacts)
        j[QStringLiteral("contact")] = textOrNull(o.contact);
    j[QStringLiteral("contact_point")] = textOrNull(matrix.contactPoint(o));
    if (includeCells) {
        QJsonObject cells;
        for (Column c : exportedColumns(includeContacts))
            cells[columnHeader(c)] = o.cell(c);
        j[QStringLiteral("cells")] = cells;
    }
    return j;
}

QByteArray exportOfferings(const QList<Offering> &offerings, const Matrix &matrix, const ExportOptions &options)
{
    if (options.format == ExportFormat::Json) {
        QJsonArray arr;
        for (const Offering &o : offerings)
            arr.append(offeringToJson(o, matrix, options.includeContacts, true));
        return QJsonDocument(arr).toJson(QJsonDocument::Indented);
    }
    const bool csv = options.format == ExportFormat::Csv;
    const QChar sep = csv ? QLatin1Char(',') : QLatin1Char('\t');
    const QList<Column> cols = exportedColumns(options.includeContacts);
    QString out;
    QStringList header;
    for (Column c : cols)
        header.append(csv ? csvCell(columnHeader(c)) : columnHeader(c));
    header.append(contactPointHeader());
    out += header.join(sep) + QLatin1Char('\n');
    auto cell = [&](const QString &value) {
        // TSV first loses its tabs and line breaks, so a leading tab is already a blank there.
        const QString text = csv ? value : tsvCell(value);
        const QString safe = options.raw ? text : spreadsheet::neutralised(text);
        return csv ? csvCell(safe) : safe;
    };
    for (const Offering &o : offerings) {
        QStringList cells;
        for (Column c : cols)
            cells.append(cell(o.cell(c)));
        // Whom to ask, publicly, even where the Contact cell is empty or left out (issue 13:
        // every partner has a contact point, never an invented personal address).
        cells.append(cell(matrix.contactPoint(o)));
        out += cells.join(sep) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("cannot write: %1").arg(f.errorString()), path);
    if (f.write(data) != data.size()) {
        f.cancelWriting();
        return makeError(QStringLiteral("writing failed: %1").arg(f.errorString()), path);
    }
    if (!f.commit())
        return makeError(QStringLiteral("could not save: %1").arg(f.errorString()), path);
    return {};
}

} // namespace pm
