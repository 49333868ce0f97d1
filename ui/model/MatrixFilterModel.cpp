#include "MatrixFilterModel.h"

#include "MatrixTableModel.h"

#include <QTimer>

#include <algorithm>

namespace pm::ui {

MatrixFilterModel::MatrixFilterModel(QObject *parent) : QAbstractProxyModel(parent) {}

void MatrixFilterModel::setMatrixModel(MatrixTableModel *model)
{
    beginResetModel();
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    setSourceModel(model);
    recompute();
    m_rows = visibleRows();
    relayoutFinished();
    endResetModel();
    if (!model)
        return;

    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        ensureFresh();
        m_rows = visibleRows();
        relayoutFinished();
        endResetModel();
    });
    // Rows come and go one at a time (an edit, another user's change): the visible rows
    // are rebuilt from the fresh index as one layout change.
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &MatrixFilterModel::beginLayoutChange);
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &MatrixFilterModel::beginLayoutChange);
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &MatrixFilterModel::beginLayoutChange);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MatrixFilterModel::endLayoutChange);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MatrixFilterModel::endLayoutChange);
    connect(model, &QAbstractItemModel::layoutChanged, this, &MatrixFilterModel::endLayoutChange);
    connect(model, &QAbstractItemModel::dataChanged, this, &MatrixFilterModel::onSourceDataChanged);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    // A background index arrived: search and facets can now be applied.
    connect(model, &MatrixTableModel::indexReady, this, &MatrixFilterModel::refilter);

    // Data changes (an edit, a reload) change the counts: tell the panels once the proxy
    // has caught up.
    auto changed = [this] { QTimer::singleShot(0, this, [this] { emit filterChanged(); }); };
    connect(model, &QAbstractItemModel::modelReset, this, changed);
    connect(model, &QAbstractItemModel::dataChanged, this, changed);
    connect(model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
    emit filterChanged();
}

void MatrixFilterModel::setFacetValue(Facet facet, int valueId, bool selected)
{
    QSet<int> &set = m_selected[size_t(facet)];
    if (selected == set.contains(valueId))
        return;
    if (selected)
        set.insert(valueId);
    else
        set.remove(valueId);
    refilter();
}

bool MatrixFilterModel::setFacetValue(Facet facet, const QString &label, bool selected)
{
    if (!m_model)
        return false;
    const int id = m_model->matrixIndex().facet(facet).indexOf(label);
    if (id < 0)
        return false;
    setFacetValue(facet, id, selected);
    return true;
}

void MatrixFilterModel::clearFacet(Facet facet)
{
    if (m_selected[size_t(facet)].isEmpty())
        return;
    m_selected[size_t(facet)].clear();
    refilter();
}

void MatrixFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    refilter();
}

void MatrixFilterModel::setQueryExpressions(const QList<FilterExpression> &expressions)
{
    if (!m_model)
        return;
    auto compiled = Filter::compile(expressions, m_model->matrix());
    if (!compiled) {
        emit queryError(compiled.error().text());
        return;
    }
    m_query = std::move(*compiled);
    refilter();
}

void MatrixFilterModel::setQueryUnderstoodNothing(bool nothing)
{
    if (m_queryUnderstoodNothing == nothing)
        return;
    m_queryUnderstoodNothing = nothing;
    refilter();
}

void MatrixFilterModel::clearAllFilters()
{
    m_queryUnderstoodNothing = false;
    for (auto &s : m_selected)
        s.clear();
    m_searchText.clear();
    m_query = Filter();
    refilter();
}

bool MatrixFilterModel::hasFilters() const
{
    for (const auto &s : m_selected)
        if (!s.isEmpty())
            return true;
    return !m_searchText.trimmed().isEmpty() || !m_query.expressions().isEmpty() || m_queryUnderstoodNothing;
}

void MatrixFilterModel::refilter()
{
    beginLayoutChange();
    m_generation = ~quint64(0); // force a recompute
    recompute();
    endLayoutChange();
    emit filterChanged();
}

void MatrixFilterModel::sort(int column, Qt::SortOrder order)
{
    beginLayoutChange();
    m_sortColumn = column >= 0 && column < columnCount() ? column : -1;
    m_sortOrder = order;
    endLayoutChange();
}

std::vector<int> MatrixFilterModel::visibleRows() const
{
    std::vector<int> rows;
    rows.reserve(size_t(m_acceptedCount));
    for (size_t r = 0; r < m_accepted.size(); ++r)
        if (m_accepted[r])
            rows.push_back(int(r));
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (m_sortColumn < 0 || !m_model || rows.empty()) {
        if (descending)
            std::reverse(rows.begin(), rows.end());
        return rows;
    }
    // Known values by rank, ties in matrix order; unknown values after them in matrix
    // order. Descending reverses both parts, so unknown values stay last.
    const std::vector<int> &ranks = m_model->matrixIndex().sortRanks(m_sortColumn);
    const auto unknownBegin = std::stable_partition(rows.begin(), rows.end(), [&](int r) { return ranks[size_t(r)] >= 0; });
    std::stable_sort(rows.begin(), unknownBegin, [&](int a, int b) { return ranks[size_t(a)] < ranks[size_t(b)]; });
    if (descending) {
        std::reverse(rows.begin(), unknownBegin);
        std::reverse(unknownBegin, rows.end());
    }
    return rows;
}

void MatrixFilterModel::beginLayoutChange()
{
    if (m_inLayoutChange)
        return;
    m_inLayoutChange = true;
    emit layoutAboutToBeChanged();
    // Remember every persistent index (selection, current row, open editors) by the
    // source row it shows; the source keeps those up to date if its rows move.
    m_savedProxy = persistentIndexList();
    m_savedSource.clear();
    m_savedSource.reserve(m_savedProxy.size());
    for (const QModelIndex &proxy : std::as_const(m_savedProxy))
        m_savedSource.append(QPersistentModelIndex(mapToSource(proxy)));
}

void MatrixFilterModel::endLayoutChange()
{
    if (!m_inLayoutChange)
        beginLayoutChange(); // a source that announced nothing beforehand
    ensureFresh();
    m_rows = visibleRows();
    relayoutFinished();
    QModelIndexList moved;
    moved.reserve(m_savedSource.size());
    for (const QPersistentModelIndex &source : std::as_const(m_savedSource))
        moved.append(mapFromSource(source));
    changePersistentIndexList(m_savedProxy, moved);
    m_savedProxy.clear();
    m_savedSource.clear();
    m_inLayoutChange = false;
    emit layoutChanged();
}

void MatrixFilterModel::relayoutFinished()
{
    m_proxyRowOf.assign(m_accepted.size(), -1);
    for (size_t p = 0; p < m_rows.size(); ++p)
        m_proxyRowOf[size_t(m_rows[p])] = int(p);
    m_rowsGeneration = m_model ? m_model->generation() : 0;
}

void MatrixFilterModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!m_model || !topLeft.isValid() || !bottomRight.isValid())
        return;
    // A changed row may now pass or fail the filter, or sort elsewhere. The source rebuilds
    // its index once per batch of changes, so one relayout per generation is enough.
    if (m_model->generation() != m_rowsGeneration) {
        ensureFresh();
        if (visibleRows() != m_rows) {
            beginLayoutChange();
            endLayoutChange();
        } else {
            m_rowsGeneration = m_model->generation();
        }
    }
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const QModelIndex left = mapFromSource(m_model->index(row, topLeft.column()));
        if (left.isValid())
            emit dataChanged(left, index(left.row(), bottomRight.column()), roles);
    }
}

void MatrixFilterModel::ensureFresh() const
{
    if (m_model && m_generation != m_model->generation())
        recompute();
}

void MatrixFilterModel::recompute() const
{
    const int rows = m_model ? m_model->rowCount() : 0;
    m_accepted.assign(size_t(rows), 0);
    m_acceptedCount = 0;
    if (!m_model) {
        for (auto &c : m_counts)
            c.clear();
        return;
    }
    m_generation = m_model->generation();
    const MatrixIndex &index = m_model->matrixIndex();

    // Per facet: which value ids are ticked (empty = facet not restricting).
    std::array<std::vector<char>, kFacetCount> ticked;
    std::array<const FacetValues *, kFacetCount> facets{};
    for (Facet f : allFacets()) {
        const size_t i = size_t(f);
        facets[i] = &index.facet(f);
        m_counts[i].assign(size_t(facets[i]->valueCount()), 0);
        if (!m_selected[i].isEmpty()) {
            ticked[i].assign(size_t(facets[i]->valueCount()), 0);
            for (int id : m_selected[i])
                if (id >= 0 && id < facets[i]->valueCount())
                    ticked[i][size_t(id)] = 1;
        }
    }
    const QList<Offering> &offerings = m_model->matrix().offerings;
    if (!index.isComplete()) {
        // Still indexing in the background (a large matrix just loaded): no facet values
        // and no words yet. Rows are shown as the query bar leaves them; the search text
        // and ticked values apply as soon as the index is ready (indexReady -> refilter).
        const bool hasQuery = !m_query.expressions().isEmpty();
        for (int row = 0; row < rows && !m_queryUnderstoodNothing; ++row) {
            if (hasQuery && !m_query.matches(offerings[row]))
                continue;
            m_accepted[size_t(row)] = 1;
            ++m_acceptedCount;
        }
        return;
    }
    const QList<WordRange> words = index.searchRanges(m_searchText);
    const bool anyWordMissing = std::any_of(words.cbegin(), words.cend(), [](const WordRange &r) { return r.empty(); });
    const bool hasQuery = !m_query.expressions().isEmpty();

    for (int row = 0; row < rows; ++row) {
        // Search and query apply to every facet's counts alike.
        if (anyWordMissing || m_queryUnderstoodNothing)
            break;
        bool textOk = true;
        for (const WordRange &w : words)
            if (!index.rowHasWordIn(row, w)) {
                textOk = false;
                break;
            }
        if (!textOk || (hasQuery && !m_query.matches(offerings[row])))
            continue;
        // Faceted counting: a row that fails no facet counts everywhere; a row that fails
        // exactly one facet counts for that facet's values only (ticking one would admit it).
        int failures = 0;
        int failedFacet = -1;
        for (size_t f = 0; f < size_t(kFacetCount) && failures < 2; ++f) {
            if (ticked[f].empty())
                continue;
            const FacetValues &fv = *facets[f];
            bool hit = false;
            for (quint32 k = fv.offsets[size_t(row)]; k < fv.offsets[size_t(row) + 1]; ++k)
                if (ticked[f][fv.values[k]]) {
                    hit = true;
                    break;
                }
            if (!hit) {
                ++failures;
                failedFacet = int(f);
            }
        }
        if (failures >= 2)
            continue;
        for (size_t f = 0; f < size_t(kFacetCount); ++f) {
            if (failures == 1 && int(f) != failedFacet)
                continue;
            const FacetValues &fv = *facets[f];
            for (quint32 k = fv.offsets[size_t(row)]; k < fv.offsets[size_t(row) + 1]; ++k)
                ++m_counts[f][fv.values[k]];
        }
        if (failures == 0) {
            m_accepted[size_t(row)] = 1;
            ++m_acceptedCount;
        }
    }
}

const std::vector<int> &MatrixFilterModel::facetCounts(Facet facet) const
{
    ensureFresh();
    return m_counts[size_t(facet)];
}

int MatrixFilterModel::acceptedCount() const
{
    ensureFresh();
    return m_acceptedCount;
}

int MatrixFilterModel::totalCount() const { return m_model ? m_model->rowCount() : 0; }

std::vector<int> MatrixFilterModel::acceptedSourceRows() const
{
    ensureFresh();
    std::vector<int> rows;
    rows.reserve(size_t(m_acceptedCount));
    for (size_t r = 0; r < m_accepted.size(); ++r)
        if (m_accepted[r])
            rows.push_back(int(r));
    return rows;
}

QModelIndex MatrixFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this || size_t(proxyIndex.row()) >= m_rows.size())
        return {};
    return m_model->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex MatrixFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model || size_t(sourceIndex.row()) >= m_proxyRowOf.size())
        return {};
    const int row = m_proxyRowOf[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex MatrixFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex MatrixFilterModel::parent(const QModelIndex &) const { return {}; }

QModelIndex MatrixFilterModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int MatrixFilterModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int MatrixFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool MatrixFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant MatrixFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_model)
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || size_t(section) >= m_rows.size())
            return {};
        return m_model->headerData(m_rows[size_t(section)], orientation, role);
    }
    return m_model->headerData(section, orientation, role);
}

} // namespace pm::ui
