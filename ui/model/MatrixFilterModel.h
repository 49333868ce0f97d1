#pragma once

#include "Facet.h"
#include "MatrixIndex.h"

#include "query/Filter.h"

#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>

#include <array>
#include <vector>

namespace pm::ui {

class MatrixTableModel;

// Filters and sorts the matrix. Owns all filter state: ticked facet values (AND across
// facets, OR within one), the search text (every word must start a word of the row) and
// the expressions of the plain-language query bar. The decision for every row and the
// facet counts are computed in one pass over the MatrixIndex whenever the state changes;
// filterAcceptsRow only reads the result.
class MatrixFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit MatrixFilterModel(QObject *parent = nullptr);

    void setMatrixModel(MatrixTableModel *model);
    MatrixTableModel *matrixModel() const { return m_model; }

    // Facets. Values are ids into MatrixIndex::facet(f).labels.
    void setFacetValue(Facet facet, int valueId, bool selected);
    bool setFacetValue(Facet facet, const QString &label, bool selected); // false: no such value
    QSet<int> facetSelection(Facet facet) const { return m_selected[size_t(facet)]; }
    void clearFacet(Facet facet);
    // Rows each value of a facet would leave if it were ticked (with everything else kept).
    const std::vector<int> &facetCounts(Facet facet) const;

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    // The plain-language bar's expressions; an expression the matrix cannot evaluate is
    // refused as a whole and reported through queryError (the previous ones stay).
    void setQueryExpressions(const QList<pm::FilterExpression> &expressions);
    QList<pm::FilterExpression> queryExpressions() const { return m_query.expressions(); }

    void clearAllFilters();
    bool hasFilters() const;

    int acceptedCount() const;
    int totalCount() const;
    // Source rows that pass the filter, in source order (for statistics and export).
    std::vector<int> acceptedSourceRows() const;

signals:
    // Emitted after every change of the filter state or of the data behind it.
    void filterChanged();
    void queryError(const QString &message);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    void recompute() const;
    void ensureFresh() const;

    MatrixTableModel *m_model = nullptr;
    std::array<QSet<int>, kFacetCount> m_selected;
    QString m_searchText;
    pm::Filter m_query;

    // Cache of the last evaluation, valid for one generation of the source's index.
    mutable quint64 m_generation = ~quint64(0);
    mutable std::vector<char> m_accepted;
    mutable std::array<std::vector<int>, kFacetCount> m_counts;
    mutable int m_acceptedCount = 0;
};

} // namespace pm::ui
