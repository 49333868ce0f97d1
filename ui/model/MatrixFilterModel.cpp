#include "MatrixFilterModel.h"

#include "MatrixTableModel.h"

#include <QTimer>

namespace pm::ui {

MatrixFilterModel::MatrixFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void MatrixFilterModel::setMatrixModel(MatrixTableModel *model)
{
    m_model = model;
    setSourceModel(model);
    // Data changes (an edit, a reload) change the counts: tell the panels once the proxy
    // has caught up.
    auto changed = [this] { QTimer::singleShot(0, this, [this] { emit filterChanged(); }); };
    connect(model, &QAbstractItemModel::modelReset, this, changed);
    connect(model, &QAbstractItemModel::dataChanged, this, changed);
    connect(model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
    refilter();
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

void MatrixFilterModel::clearAllFilters()
{
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
    return !m_searchText.trimmed().isEmpty() || !m_query.expressions().isEmpty();
}

void MatrixFilterModel::refilter()
{
    m_generation = ~quint64(0); // force a recompute
    recompute();
    invalidateFilter();
    emit filterChanged();
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
    const QList<WordRange> words = index.searchRanges(m_searchText);
    const bool anyWordMissing = std::any_of(words.cbegin(), words.cend(), [](const WordRange &r) { return r.empty(); });
    const bool hasQuery = !m_query.expressions().isEmpty();
    const QList<Offering> &offerings = m_model->matrix().offerings;

    for (int row = 0; row < rows; ++row) {
        // Search and query apply to every facet's counts alike.
        if (anyWordMissing)
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

bool MatrixFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    ensureFresh();
    return sourceRow >= 0 && size_t(sourceRow) < m_accepted.size() && m_accepted[size_t(sourceRow)];
}

bool MatrixFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const std::vector<int> &ranks = m_model->matrixIndex().sortRanks(left.column());
    const int a = ranks[size_t(left.row())];
    const int b = ranks[size_t(right.row())];
    // Unknown values last, whichever the direction: the view reverses the order for a
    // descending sort, so an unknown must compare "smaller" then.
    if (a < 0 || b < 0) {
        if (a >= 0 || b >= 0)
            return sortOrder() == Qt::AscendingOrder ? b < 0 : a < 0;
        return left.row() < right.row();
    }
    if (a != b)
        return a < b;
    return left.row() < right.row();
}

} // namespace pm::ui
