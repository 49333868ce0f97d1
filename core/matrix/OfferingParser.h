#pragma once

#include "Offering.h"
#include "Vocabulary.h"

#include <QList>

namespace pm {

// A cell that could not be read completely: kept raw, reported to the user.
struct CellIssue {
    Column column;
    QString raw;
    QString message;
};

// Reads every raw cell of `o` into its typed fields and cell states.
// Never throws away text: what it cannot read stays in `raw` and is returned as an issue.
QList<CellIssue> parseOffering(Offering &o, const ObservableVocabulary &vocabulary);

// Parses one cell of a column on its own; used to validate an edit before it is saved.
// Returns the issues the new text would cause (empty when it reads cleanly).
QList<CellIssue> validateCell(const Offering &o, Column c, const QString &rawText,
                              const ObservableVocabulary &vocabulary);

// Parses many offerings fast: matrices repeat the same cell texts (the same "[Expensive]",
// the same observables list) thousands of times, so each distinct text of a column is
// parsed once and its typed values are copied (sharing Qt's implicitly shared data, which
// also saves memory). Gives exactly what parseOffering gives, without the issues.
// Not thread-safe: use one cache per thread.
class OfferingParseCache {
public:
    explicit OfferingParseCache(const ObservableVocabulary &vocabulary);
    ~OfferingParseCache();
    OfferingParseCache(const OfferingParseCache &) = delete;
    OfferingParseCache &operator=(const OfferingParseCache &) = delete;

    void parse(Offering &o);

private:
    struct Impl;
    Impl *d;
};

namespace cell {
// "[a, b]" -> "a, b"; sets *balanced to false when a bracket is left open or closed twice.
QString unbracket(const QString &raw, bool *balanced = nullptr);
bool isUnknownText(const QString &inner); // "", "Null", "n/a", "-"
} // namespace cell

} // namespace pm
