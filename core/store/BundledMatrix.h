#pragma once

#include "MatrixStore.h"

namespace pm {

// The matrix that ships with ProbeMatrix (resources/matrix/): the BIG-MAP partners with
// their geography, >= 136 offerings, sample holders and operando cells.
namespace bundled {

Result<QList<Partner>> partners();
Result<QList<SampleHolder>> holders();
Result<QList<OperandoCell>> cells();
// The site registry (sites.json), parsed once; every loaded Matrix carries it.
Result<SiteRegistry> sites();
QByteArray matrixTsv();
QString provenanceNote(); // the README shipped with the data (About box)

// Fills an empty database with the bundled matrix, in one transaction per part.
Result<ImportReport> seed(MatrixStore &store);

Result<QList<Partner>> partnersFromJson(const QByteArray &json, const QString &source);
Result<QList<SampleHolder>> holdersFromJson(const QByteArray &json, const QString &source);
Result<QList<OperandoCell>> cellsFromJson(const QByteArray &json, const QString &source);
// Every site needs a key, partner, city and country code; every placement a known site.
Result<SiteRegistry> sitesFromJson(const QByteArray &json, const QString &source);

} // namespace bundled

// Where the user's own database lives (QStandardPaths::AppDataLocation) and whether the
// default database must be created and seeded.
QString defaultDatabasePath();
// Opens a database for a front end: the default one is created and seeded on first use;
// a --db path that does not exist starts empty.
Result<std::unique_ptr<Database>> openForUser(const QString &locationOrEmpty, bool *seeded = nullptr);

// Organisation and application names, shared by the CLI and the app so that both find
// the same default database and settings.
void setApplicationIdentity();

} // namespace pm
