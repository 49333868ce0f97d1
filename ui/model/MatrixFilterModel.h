#pragma once

#include "Facet.h"
#include "MatrixIndex.h"

#include "query/Filter.h"

#include <QAbstractProxyModel>
#include <QList>
#include <QPersistentModelIndex>
#include <QSet>

#include <array>
#include <vector>

namespace pm::ui {

class MatrixTableModel;

// Filters and sorts the matrix. Owns all filter state: ticked facet values (AND across
// facets, OR within one), the search text (every word must start a word of the row) and
// the expressions of the plain-language query bar. The decision for every row and the
// facet counts are computed in one pass over the MatrixIndex whenever the state changes.
//
// A plain proxy (not QSortFilterProxyModel) so that 100,000 rows stay fast: the visible
// rows are one vector of source rows, sorted by the index's integer ranks, and every
// change is announced as one layout change. QSortFilterProxyModel announced a filter
// change as one removal or insertion per contiguous range of rows, and each of those made
// the views walk all their header sections.
class MatrixFilterModel : public QAbstractProxyModel {
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

    // A question that understood nothing shows no rows rather than the whole matrix.
    void setQueryUnderstoodNothing(bool nothing);
    bool queryUnderstoodNothing() const { return m_queryUnderstoodNothing; }
    void clearAllFilters();
    bool hasFilters() const;

    int acceptedCount() const;
    int totalCount() const;
    // Source rows that pass the filter, in source order (for statistics and export).
    std::vector<int> acceptedSourceRows() const;

    // Sorting by a browser column: by the index's ranks, unknown values last in both
    // directions, equal values in matrix order (reversed when descending). Column -1
    // restores matrix order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // Emitted after every change of the filter state or of the data behind it.
    void filterChanged();
    void queryError(const QString &message);

private:
    void refilter();
    void recompute() const;
    void ensureFresh() const;
    // The visible rows from the cached decision, in sort order.
    std::vector<int> visibleRows() const;
    // Replaces the visible rows as one layout change, keeping persistent indexes (the
    // selection, the current row) on their offerings.
    void beginLayoutChange();
    void endLayoutChange();
    void relayoutFinished(); // source row -> proxy row, after m_rows changed
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    MatrixTableModel *m_model = nullptr;
    std::array<QSet<int>, kFacetCount> m_selected;
    QString m_searchText;
    pm::Filter m_query;
    bool m_queryUnderstoodNothing = false;

    // Cache of the last evaluation, valid for one generation of the source's index.
    mutable quint64 m_generation = ~quint64(0);
    mutable std::vector<char> m_accepted;
    mutable std::array<std::vector<int>, kFacetCount> m_counts;
    mutable int m_acceptedCount = 0;

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_rows;          // proxy row -> source row
    std::vector<int> m_proxyRowOf;    // source row -> proxy row, -1 when filtered out
    quint64 m_rowsGeneration = ~quint64(0); // index generation m_rows was built from
    bool m_inLayoutChange = false;
    QModelIndexList m_savedProxy;     // persistent indexes during a layout change
    QList<QPersistentModelIndex> m_savedSource;
};

} // namespace pm::ui
