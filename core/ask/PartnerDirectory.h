#pragma once

#include "matrix/Partner.h"

#include <QList>
#include <QSet>
#include <QString>

namespace pm::ask {

// The partner directory (resources/matrix/partners.json, shared with the site registry of
// issue 13) as the question reader uses it (issue 16): a matrix imported with short codes
// only still knows "the Cambridge group" and "labs in Sweden". A matrix partner the
// directory knows (same short code, or one names the other as alias) gets the directory's
// full name, aliases, city, country and kind where the matrix leaves them empty; what the
// matrix holds wins. A code the directory does not know is kept as the matrix has it.
QList<Partner> withDirectory(const QList<Partner> &matrixPartners, const QList<Partner> &directory);

// The bundled directory; empty (and the reader works from the matrix alone) when it cannot be read.
const QList<Partner> &bundledDirectory();

// "country=Sweden|Norway" for a matrix whose partners do not carry those countries: the same
// question as the partners the directory puts there ("partner=Chalmers|SINTEF|UU"), because a
// country filter reads the countries of the matrix. Other expressions come back unchanged.
QString countryAsPartners(const QString &where, const QList<Partner> &partners, const QSet<QString> &countriesInMatrix);

} // namespace pm::ask
