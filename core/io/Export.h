#pragma once

#include "common/Result.h"
#include "matrix/Matrix.h"

#include <QByteArray>
#include <QJsonObject>

namespace pm {

enum class ExportFormat { Csv, Tsv, Json };

struct ExportOptions {
    ExportFormat format = ExportFormat::Tsv;
    bool includeContacts = true;
    // CSV/TSV: cells that start like a spreadsheet formula (=, +, -, @, tab, CR) get a leading
    // "'" (SpreadsheetSafety.h) unless raw is set (`export --raw`). JSON is never changed.
    bool raw = false;
};

Result<ExportFormat> exportFormatFromName(const QString &name); // "csv", "tsv", "json"
std::optional<ExportFormat> exportFormatForPath(const QString &path);

// The object `list --format json` prints for an offering: parsed values in lower case,
// plus "cells" (raw text by header) so that the JSON export can be imported again.
QJsonObject offeringToJson(const Offering &o, const Matrix &matrix, bool includeContacts, bool includeCells);

// Serialises offerings. TSV is the native D5.2 format; CSV has the same header and cells.
QByteArray exportOfferings(const QList<Offering> &offerings, const Matrix &matrix, const ExportOptions &options);

// Writes atomically (QSaveFile): a crash or a full disk leaves the old file untouched.
Result<void> writeFileAtomically(const QString &path, const QByteArray &data);

// CSV quoting for one cell (RFC 4180); the text is written as given (see ExportOptions::raw).
QString csvCell(const QString &value);

} // namespace pm
