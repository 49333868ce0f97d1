#pragma once

#include "ImportReport.h"
#include "RawTable.h"

#include "common/Result.h"
#include "matrix/Offering.h"
#include "matrix/Vocabulary.h"

namespace pm {

struct DecodedMatrix {
    QList<Offering> offerings; // parsed, ids 0
    QList<int> lines;          // source line of each offering
    ImportReport report;       // rows read and cell issues (counts of added/updated come later)
};

// Interprets a raw table as matrix rows: maps headers to columns, skips the legend line,
// refuses structurally broken rows (wrong number of cells) naming the line, and parses
// every cell, collecting what it could not read.
Result<DecodedMatrix> decodeMatrix(const RawTable &table, const ObservableVocabulary &vocabulary);

} // namespace pm
