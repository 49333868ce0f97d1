#include "Limits.h"
#include "RawTable.h"

#include "matrix/Column.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pm {

// Reads our own JSON export: an array of offering objects whose "cells" member maps header
// names to raw cell text. Line numbers in messages are the 1-based position in the array
// plus one, so that "row 2" is the first offering, as in a table with a header.
Result<RawTable> readJsonTable(const QByteArray &data, const QString &source)
{
    if (data.size() > limits::kMaxFileBytes)
        return makeError(QStringLiteral("the file is larger than the %1 MiB limit").arg(limits::kMaxFileBytes / (1024 * 1024)), source);
    if (data.trimmed().isEmpty())
        return makeError(QStringLiteral("the file is empty"), source);
    // Parsed JSON costs memory per value, whatever the value's size in the file: 60 MiB of
    // "{}," took 400 MB, 60 MiB of short members 970 MB (issue 15). So the values are counted
    // on the bytes before parsing: every object and list, and every comma (one per member or
    // item after the first). A brace or comma inside a string counts too: the bound is only
    // ever stricter. An export has some 90 per offering, so some 11 000 offerings pass.
    if (data.count('{') + data.count('[') + data.count(',') > limits::kMaxCells)
        return makeError(QStringLiteral("the file has more than %1 JSON values (objects, lists and the items in them), the limit").arg(limits::kMaxCells),
                         source);
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError) {
        const int line = int(data.left(err.offset).count('\n')) + 1;
        return makeError(QStringLiteral("not valid JSON: %1 (line %2)").arg(err.errorString()).arg(line), source);
    }
    if (!doc.isArray())
        return makeError(QStringLiteral("expected a JSON array of offerings, found %1").arg(doc.isObject() ? QStringLiteral("an object") : QStringLiteral("something else")), source);
    const QJsonArray arr = doc.array();
    if (arr.size() > limits::kMaxRows)
        return makeError(QStringLiteral("the file has more than %1 offerings, the limit").arg(limits::kMaxRows), source);

    RawTable table;
    table.source = source;
    // Header: every known column in file order, plus unknown member names as they come.
    QStringList header;
    for (const ColumnInfo &info : allColumns())
        header.append(QString::fromUtf8(info.header));
    const qsizetype knownColumns = header.size();
    // Member name -> header position, looked up once per distinct name: a file repeating
    // the same names in every offering must not cost a header scan per cell (fuzz_json).
    QHash<QString, qsizetype> positionOf;
    auto headerPosition = [&](const QString &name) -> qsizetype {
        if (const auto it = positionOf.constFind(name); it != positionOf.constEnd())
            return *it;
        qsizetype position = -1;
        if (const auto column = columnFromHeader(name)) {
            for (qsizetype k = 0; k < knownColumns && position < 0; ++k)
                if (allColumns()[size_t(k)].column == *column)
                    position = k;
        }
        if (position < 0) {
            position = header.indexOf(name);
            if (position < 0) {
                header.append(name);
                position = header.size() - 1;
            }
        }
        positionOf.insert(name, position);
        return position;
    };
    QList<QList<std::pair<qsizetype, QString>>> offerings; // per offering: (header position, text)
    offerings.reserve(arr.size());
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QJsonValue v = arr[i];
        const QString where = source + QStringLiteral(": offering %1").arg(i + 1);
        if (!v.isObject())
            return makeError(QStringLiteral("expected an object"), where);
        const QJsonValue cells = v.toObject().value(QStringLiteral("cells"));
        if (!cells.isObject())
            return makeError(QStringLiteral("the \"cells\" member is missing or not an object (export with probematrix-cli export --format json)"), where);
        const QJsonObject o = cells.toObject();
        if (o.size() > limits::kMaxColumns)
            return makeError(QStringLiteral("\"cells\" has %1 members; the limit is %2 columns").arg(o.size()).arg(limits::kMaxColumns), where);
        QList<std::pair<qsizetype, QString>> values;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isString() && !it.value().isNull())
                return makeError(QStringLiteral("cell \"%1\" must be a string").arg(it.key()), where);
            if (it.value().toString().size() > limits::kMaxCellChars)
                return makeError(QStringLiteral("cell \"%1\" has more than %2 characters, the limit").arg(it.key()).arg(limits::kMaxCellChars), where);
            const qsizetype position = headerPosition(it.key());
            if (header.size() > limits::kMaxColumns)
                return makeError(QStringLiteral("the offerings use more than %1 different cell names, the column limit").arg(limits::kMaxColumns), where);
            values.append({position, it.value().toString()});
        }
        offerings.append(values);
    }
    // Every row is padded to the header's width below: bound the total first (a wide first
    // offering and 200 000 near-empty ones took 1.68 GB, issue 15).
    if (qint64(offerings.size()) * header.size() > limits::kMaxCells)
        return makeError(QStringLiteral("%1 offerings with %2 different cell names make more than %3 cells, the limit")
                             .arg(offerings.size())
                             .arg(header.size())
                             .arg(limits::kMaxCells),
                         source);
    table.header = header;
    int line = 2;
    for (const auto &values : std::as_const(offerings)) {
        RawRow row;
        row.line = line++;
        row.cells.resize(header.size());
        QList<bool> filled(header.size(), false);
        // Two names for the same column ("Partner", "partner"): the first in member order wins.
        for (const auto &[position, text] : values) {
            if (filled[position])
                continue;
            filled[position] = true;
            row.cells[position] = text;
        }
        table.rows.append(row);
    }
    return table;
}

} // namespace pm
