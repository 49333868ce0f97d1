#pragma once

#include "Facet.h"

#include "matrix/Matrix.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace pm::ui {

// The values one facet takes, and which rows carry which value (compressed rows:
// row r has values[offsets[r] .. offsets[r + 1])). A row may carry several values
// (observables, modes, a fidelity range) or the "not stated" value.
struct FacetValues {
    QStringList labels; // in panel order; ids are positions in this list
    QStringList groups; // per value: the group it is shown under (a partner's country), or ""
    std::vector<quint32> offsets;
    std::vector<quint16> values;

    int valueCount() const { return int(labels.size()); }
    int indexOf(const QString &label) const { return int(labels.indexOf(label)); }
};

// A contiguous range of word ids: the words that start with one search term.
struct WordRange {
    quint32 lo = 0;
    quint32 hi = 0; // exclusive
    bool empty() const { return lo >= hi; }
};

// Everything the browser needs to filter and sort without touching the offerings again:
// facet value ids per row, the words of every row (ids into one sorted vocabulary, so a
// prefix is a range of ids) and, per column on first use, a sort rank per row.
// Built once per change of the matrix; filtering 100,000 rows then costs a few
// integer comparisons per row.
//
// Building takes a second or more at 100,000 rows, so the table model builds it on a
// worker thread: attach() first gives an index that can sort (ranks are computed on
// demand from the offerings) but has no facets or words yet (isComplete() false).
class MatrixIndex {
public:
    // Sorting only; facets and words empty.
    void attach(const Matrix &matrix);
    // Everything. Reads `matrix` only, so it may run on another thread while the matrix
    // is not changed.
    void build(const Matrix &matrix);
    bool isComplete() const { return m_complete; }
    // Takes over the sort ranks `other` computed for the same matrix.
    void adoptRanks(MatrixIndex &other);

    int rowCount() const { return m_rowCount; }
    const FacetValues &facet(Facet f) const { return m_facets[size_t(f)]; }

    // One range per search term (whole words and prefixes, case-insensitive); a term that
    // starts no word gives an empty range.
    QList<WordRange> searchRanges(const QString &query) const;
    bool rowHasWordIn(int row, const WordRange &range) const;
    // Lower-case words of a search text, as the index splits them.
    static QStringList searchTerms(const QString &text);

    // Sort rank of every row in a browser column (equal values share a rank); -1 means
    // unknown, which the proxy sorts last in both directions. Built on first use.
    const std::vector<int> &sortRanks(int browserColumn) const;

    // Translated label of the "not stated" facet value.
    static QString notStatedLabel();

private:
    void buildFacets();
    void buildWords();

    const Matrix *m_matrix = nullptr;
    int m_rowCount = 0;
    bool m_complete = false;
    QHash<QString, const Partner *> m_partnerByName;
    std::array<FacetValues, kFacetCount> m_facets;
    std::vector<QString> m_words; // sorted, distinct
    std::vector<quint32> m_wordOffsets;
    std::vector<quint32> m_wordIds; // sorted per row
    mutable std::vector<std::vector<int>> m_ranks;
};

} // namespace pm::ui
