#pragma once

#include "common/Result.h"
#include "matrix/Matrix.h"
#include "matrix/SampleHolder.h"
#include "store/Database.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace pm {

struct Offering;

namespace logbook {

// Reads a logbook export: CSV with a header naming date, partner, technique, instrument,
// material and observable (any order; instrument, material and observable may be missing).
// Dates are ISO 8601 (2023-05-17). Errors name the file and line.
Result<QList<LogbookEntry>> parseCsv(const QByteArray &data, const QString &source);

// Appends entries to the logbook table in one transaction; returns how many were added.
Result<int> importEntries(Database &db, const QList<LogbookEntry> &entries);
Result<QList<LogbookEntry>> load(Database &db);

// Why a measurement by `partner` with the technique of `offering` needs checking: never
// logged, or not in the 12 months before `today`. Empty when a recent entry exists.
QString warningFor(const Offering &offering, const QList<LogbookEntry> &entries, const QDate &today);

} // namespace logbook
} // namespace pm
