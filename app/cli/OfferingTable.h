#pragma once

#include "matrix/Matrix.h"

#include <QTextStream>

namespace pm::cli {

// Prints offerings as an aligned text table, CSV or a JSON array (the `list` objects).
void printOfferings(QTextStream &out, const QList<Offering> &rows, const Matrix &matrix, const QString &format, bool includeContacts);

} // namespace pm::cli
