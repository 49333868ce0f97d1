#include "MatrixIndex.h"

#include "BrowserColumn.h"
#include "CellText.h"

#include "query/Filter.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>
#include <optional>

namespace pm::ui {

namespace {

// lupdate files Strings::tr() under this context, the one looked up at run time.
struct Strings { Q_DECLARE_TR_FUNCTIONS(pm::ui::MatrixIndex) };

// The cell a facet reads: facet values are computed once per distinct cell text.
Column facetColumn(Facet f)
{
    switch (f) {
    case Facet::Cluster: return Column::Cluster;
    case Facet::Partner: return Column::Partner;
    case Facet::Observable: return Column::Observables;
    case Facet::Mode: return Column::Modes;
    case Facet::BeamSource: return Column::BeamSource;
    case Facet::Fidelity: return Column::Fidelity;
    case Facet::Resources: return Column::Resources;
    case Facet::PlanningTime: return Column::PlanningTime;
    case Facet::SampleReuse: return Column::SampleReuse;
    case Facet::CellAvailability: return Column::CellAvailability;
    case Facet::UsedInBigmap: return Column::UsedInBigmap;
    }
    return Column::Cluster;
}

std::optional<Scale> facetScale(Facet f)
{
    switch (f) {
    case Facet::Fidelity: return Scale::Fidelity;
    case Facet::Resources: return Scale::Cost;
    case Facet::PlanningTime: return Scale::Duration;
    default: return std::nullopt;
    }
}

QStringList rangeLabels(Scale s, const OrdinalRange &r)
{
    QStringList out;
    if (!r.known())
        return {MatrixIndex::notStatedLabel()};
    for (int level = r.lo; level <= r.hi; ++level)
        out.append(scale::name(s, level));
    return out;
}

QStringList yesNoLabels(const std::optional<bool> &v)
{
    if (!v)
        return {MatrixIndex::notStatedLabel()};
    return {*v ? Strings::tr("Yes") : Strings::tr("No")};
}

// Facet values of one offering, as labels.
QStringList facetLabels(Facet f, const Offering &o)
{
    QStringList out;
    switch (f) {
    case Facet::Cluster:
        out = {o.cluster};
        break;
    case Facet::Partner:
        out = {o.partner};
        break;
    case Facet::Observable:
        out = o.observables;
        break;
    case Facet::Mode:
        out = modeKeys(o.modes);
        break;
    case Facet::BeamSource:
        for (const QString &s : o.sources) {
            const QString category = sourceCategory(s);
            if (!category.isEmpty() && !out.contains(category))
                out.append(category);
        }
        break;
    case Facet::Fidelity:
        return rangeLabels(Scale::Fidelity, o.fidelity);
    case Facet::Resources:
        return rangeLabels(Scale::Cost, o.resources);
    case Facet::PlanningTime:
        return rangeLabels(Scale::Duration, o.planningTime);
    case Facet::SampleReuse:
        return yesNoLabels(o.sampleReuse);
    case Facet::CellAvailability:
        return yesNoLabels(o.cellAvailable);
    case Facet::UsedInBigmap:
        return yesNoLabels(o.usedInBigmap);
    }
    out.removeAll(QString());
    if (out.isEmpty())
        out.append(MatrixIndex::notStatedLabel());
    return out;
}

// Lower-case words (letters and digits) of a text.
template <typename Sink>
void forEachWord(const QString &text, Sink &&sink)
{
    const qsizetype n = text.size();
    qsizetype start = -1;
    for (qsizetype i = 0; i <= n; ++i) {
        const bool inWord = i < n && text[i].isLetterOrNumber();
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            sink(text.mid(start, i - start).toLower());
            start = -1;
        }
    }
}

// Ranks from keys: rows with equal keys share a rank; unknown rows get -1.
template <typename Key>
std::vector<int> ranksFrom(const std::vector<Key> &keys, const std::vector<bool> &unknown)
{
    const int n = int(keys.size());
    std::vector<int> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });
    std::vector<int> ranks(static_cast<size_t>(n), -1);
    int rank = -1;
    for (int i = 0; i < n; ++i) {
        const int row = order[size_t(i)];
        if (unknown[size_t(row)])
            continue;
        if (i == 0 || rank < 0 || keys[size_t(order[size_t(i - 1)])] < keys[size_t(row)])
            ++rank;
        ranks[size_t(row)] = rank;
    }
    return ranks;
}

const OrdinalRange *ordinalOf(const Offering &o, Column c)
{
    switch (c) {
    case Column::Fidelity: return &o.fidelity;
    case Column::Resources: return &o.resources;
    case Column::PlanningTime: return &o.planningTime;
    case Column::PostProcessingTime: return &o.postProcessingTime;
    case Column::SampleDamage: return &o.damage;
    case Column::Availability: return &o.availability;
    case Column::InstrumentQuality: return &o.instrumentQuality;
    case Column::PreparationComplexity: return &o.preparationComplexity;
    default: return nullptr;
    }
}

const QList<OrdinalRange> *perObservableOf(const Offering &o, Column c)
{
    switch (c) {
    case Column::ObservablesResolution: return &o.observableResolution;
    case Column::CrlAcquisition: return &o.crlAcquisition;
    case Column::CrlAnalysis: return &o.crlAnalysis;
    default: return nullptr;
    }
}

std::optional<double> numberOf(const Offering &o, Column c)
{
    switch (c) {
    case Column::ProbedAreaResolution: return o.probedAreaResolutionM;
    case Column::PenetrationDepth: return o.penetrationDepthM;
    case Column::PenetrationDepthResolution: return quantity::parseLength(cellInnerText(o, c));
    case Column::TimeScale: return o.timeResolutionS;
    case Column::SamplesSubmitted:
        return o.samplesSubmitted ? std::optional<double>(*o.samplesSubmitted) : std::nullopt;
    default: return std::nullopt;
    }
}

bool isNumberColumn(Column c)
{
    return c == Column::ProbedAreaResolution || c == Column::PenetrationDepth || c == Column::PenetrationDepthResolution
           || c == Column::TimeScale || c == Column::SamplesSubmitted;
}

std::optional<bool> yesNoOf(const Offering &o, Column c)
{
    switch (c) {
    case Column::CellAvailability: return o.cellAvailable;
    case Column::UsedInBigmap: return o.usedInBigmap;
    case Column::SampleReuse: return o.sampleReuse;
    default: return std::nullopt;
    }
}

bool isYesNoColumn(Column c) { return c == Column::CellAvailability || c == Column::UsedInBigmap || c == Column::SampleReuse; }

} // namespace

QString MatrixIndex::notStatedLabel() { return Strings::tr("not stated"); }

void MatrixIndex::attach(const Matrix &matrix)
{
    m_matrix = &matrix;
    m_rowCount = int(matrix.offerings.size());
    m_complete = false;
    m_partnerByName.clear();
    for (const Partner &p : matrix.partners)
        m_partnerByName.insert(p.shortName, &p);
    m_ranks.assign(size_t(kBrowserColumnCount), {});
    for (FacetValues &fv : m_facets)
        fv = FacetValues{};
    m_words.clear();
    m_wordIds.clear();
    m_wordOffsets.clear();
}

void MatrixIndex::build(const Matrix &matrix)
{
    attach(matrix);
    buildFacets();
    buildWords();
    m_complete = true;
}

void MatrixIndex::adoptRanks(MatrixIndex &other)
{
    if (other.m_matrix != m_matrix || other.m_rowCount != m_rowCount)
        return;
    for (size_t c = 0; c < m_ranks.size() && c < other.m_ranks.size(); ++c)
        if (m_ranks[c].empty())
            m_ranks[c] = std::move(other.m_ranks[c]);
}

void MatrixIndex::buildFacets()
{
    const QString notStated = notStatedLabel();
    for (Facet f : allFacets()) {
        FacetValues &fv = m_facets[size_t(f)];
        fv = FacetValues{};
        QHash<QString, quint16> idOf;  // label -> provisional id
        QStringList provisional;
        // Distinct cell text -> provisional ids. Equal texts share one buffer (the store
        // interns them), so the buffer is the key: no hashing of characters per row.
        QHash<std::pair<const QChar *, qsizetype>, std::vector<quint16>> byCell;
        const Column column = facetColumn(f);
        fv.offsets.reserve(size_t(m_rowCount) + 1);
        fv.offsets.push_back(0);
        for (const Offering &o : m_matrix->offerings) {
            // The partner facet reads the canonical name, which the store resolved from aliases.
            const QString &cellKey = f == Facet::Partner ? o.partner : o.cell(column);
            const std::pair<const QChar *, qsizetype> key{cellKey.constData(), cellKey.size()};
            auto it = byCell.find(key);
            if (it == byCell.end()) {
                std::vector<quint16> ids;
                for (const QString &label : facetLabels(f, o)) {
                    auto known = idOf.constFind(label);
                    if (known == idOf.cend()) {
                        known = idOf.insert(label, quint16(provisional.size()));
                        provisional.append(label);
                    }
                    ids.push_back(*known);
                }
                it = byCell.insert(key, std::move(ids));
            }
            fv.values.insert(fv.values.end(), it->begin(), it->end());
            fv.offsets.push_back(quint32(fv.values.size()));
        }

        // Panel order: scale order for ordinal facets, Yes before No, partners by country,
        // the rest alphabetically; "not stated" always last.
        std::vector<int> order(size_t(provisional.size()));
        std::iota(order.begin(), order.end(), 0);
        const auto scaleOf = facetScale(f);
        auto groupOf = [&](const QString &label) -> QString {
            if (f != Facet::Partner || label == notStated)
                return {};
            const Partner *p = m_partnerByName.value(label);
            if (!p)
                p = m_matrix->partner(label);
            return p && !p->country.isEmpty() ? p->country : Strings::tr("Other");
        };
        auto sortKey = [&](int id) -> std::pair<int, QString> {
            const QString &label = provisional[id];
            if (label == notStated)
                return {1 << 20, QString()};
            if (scaleOf)
                return {scale::names(*scaleOf).indexOf(label), QString()};
            if (f == Facet::SampleReuse || f == Facet::CellAvailability || f == Facet::UsedInBigmap)
                return {label == Strings::tr("Yes") ? 0 : 1, QString()};
            if (f == Facet::Mode)
                return {int(modeFromText(label).value_or(Mode::ExSitu)), QString()};
            if (f == Facet::Partner)
                return {0, groupOf(label).toLower() + QChar(0x1) + label.toLower()};
            return {0, label.toLower()};
        };
        std::sort(order.begin(), order.end(), [&](int a, int b) { return sortKey(a) < sortKey(b); });
        std::vector<quint16> remap(order.size());
        for (size_t i = 0; i < order.size(); ++i) {
            remap[size_t(order[i])] = quint16(i);
            fv.labels.append(provisional[order[i]]);
            fv.groups.append(groupOf(provisional[order[i]]));
        }
        for (quint16 &v : fv.values)
            v = remap[v];
    }
}

void MatrixIndex::buildWords()
{
    // Provisional ids in order of appearance, then renumbered in sorted order so that all
    // words with a given prefix form one contiguous range of ids.
    QHash<QString, quint32> idOf;
    std::vector<QString> provisional;
    auto wordsOf = [&](const QString &text, std::vector<quint32> &ids) {
        forEachWord(text, [&](const QString &word) {
            auto known = idOf.constFind(word);
            if (known == idOf.cend()) {
                known = idOf.insert(word, quint32(provisional.size()));
                provisional.push_back(word);
            }
            ids.push_back(*known);
        });
    };
    // The words of each distinct text, per column. The store shares one string buffer
    // between equal cell texts (the parse cache interns them), so a text is recognised by
    // its buffer without hashing its characters; an unshared copy of a known text only
    // costs a second entry. A column of (nearly) unique texts (instrument names) stops
    // being remembered after kMaxTexts of them.
    constexpr qsizetype kMaxTexts = 4096;
    using TextKey = std::pair<const QChar *, qsizetype>;
    std::array<QHash<TextKey, std::vector<quint32>>, kColumnCount + 1> byText; // the last: observables and partners
    std::vector<quint32> scratch;
    auto append = [&](size_t slot, const QString &text) {
        QHash<TextKey, std::vector<quint32>> &cache = byText[slot];
        const TextKey key{text.constData(), text.size()};
        auto it = cache.constFind(key);
        if (it == cache.cend()) {
            scratch.clear();
            wordsOf(text, scratch);
            if (cache.size() >= kMaxTexts) {
                m_wordIds.insert(m_wordIds.end(), scratch.begin(), scratch.end());
                return;
            }
            it = cache.insert(key, scratch);
        }
        m_wordIds.insert(m_wordIds.end(), it->begin(), it->end());
    };

    m_wordOffsets.assign(1, 0);
    m_wordOffsets.reserve(size_t(m_rowCount) + 1);
    m_wordIds.clear();
    m_wordIds.reserve(size_t(m_rowCount) * 64);
    for (const Offering &o : m_matrix->offerings) {
        for (int c = 0; c < kColumnCount; ++c)
            append(size_t(c), o.raw[size_t(c)]);
        // The observables as the vocabulary names them, and where the partner is.
        for (const QString &observable : o.observables)
            append(size_t(kColumnCount), observable);
        if (const Partner *p = m_partnerByName.value(o.partner)) {
            for (const QString *t : {&p->fullName, &p->city, &p->country})
                append(size_t(kColumnCount), *t);
        }
        m_wordOffsets.push_back(quint32(m_wordIds.size()));
    }

    std::vector<quint32> order(provisional.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return provisional[a] < provisional[b]; });
    std::vector<quint32> remap(order.size());
    m_words.clear();
    m_words.reserve(order.size());
    for (size_t i = 0; i < order.size(); ++i) {
        remap[order[i]] = quint32(i);
        m_words.push_back(provisional[order[i]]);
    }
    // Renumber, then sort and de-duplicate each row, compacting the array in place (a row
    // never grows, so it is written at or before where it was read).
    size_t write = 0;
    quint32 rowBegin = 0;
    for (size_t r = 0; r + 1 < m_wordOffsets.size(); ++r) {
        const auto begin = m_wordIds.begin() + rowBegin;
        const auto end = m_wordIds.begin() + m_wordOffsets[r + 1];
        rowBegin = m_wordOffsets[r + 1];
        for (auto it = begin; it != end; ++it)
            *it = remap[*it];
        std::sort(begin, end);
        const auto last = std::unique(begin, end);
        const auto out = m_wordIds.begin() + qsizetype(write);
        if (out != begin)
            std::move(begin, last, out);
        write += size_t(last - begin);
        m_wordOffsets[r + 1] = quint32(write);
    }
    m_wordIds.resize(write);
    m_wordIds.shrink_to_fit();
}

QStringList MatrixIndex::searchTerms(const QString &text)
{
    QStringList terms;
    forEachWord(text, [&](const QString &word) { terms.append(word); });
    return terms;
}

QList<WordRange> MatrixIndex::searchRanges(const QString &query) const
{
    QList<WordRange> ranges;
    for (const QString &term : searchTerms(query)) {
        const auto lo = std::lower_bound(m_words.begin(), m_words.end(), term);
        const QString past = term + QChar(0xFFFF);
        const auto hi = std::lower_bound(lo, m_words.end(), past);
        ranges.append(WordRange{quint32(lo - m_words.begin()), quint32(hi - m_words.begin())});
    }
    return ranges;
}

bool MatrixIndex::rowHasWordIn(int row, const WordRange &range) const
{
    if (!m_complete)
        return false;
    const auto begin = m_wordIds.begin() + m_wordOffsets[size_t(row)];
    const auto end = m_wordIds.begin() + m_wordOffsets[size_t(row) + 1];
    const auto it = std::lower_bound(begin, end, range.lo);
    return it != end && *it < range.hi;
}

const std::vector<int> &MatrixIndex::sortRanks(int column) const
{
    std::vector<int> &ranks = m_ranks[size_t(column)];
    if (!ranks.empty() || m_rowCount == 0)
        return ranks;
    const QList<Offering> &rows = m_matrix->offerings;
    std::vector<bool> unknown(size_t(m_rowCount), false);
    const auto c = matrixColumn(column);
    if (c && ordinalOf(rows.first(), *c)) {
        std::vector<std::pair<int, int>> keys(static_cast<size_t>(m_rowCount));
        for (int r = 0; r < m_rowCount; ++r) {
            const OrdinalRange *range = ordinalOf(rows[r], *c);
            keys[size_t(r)] = {range->lo, range->hi};
            unknown[size_t(r)] = !range->known();
        }
        ranks = ranksFrom(keys, unknown);
    } else if (c && perObservableOf(rows.first(), *c)) {
        // The best level over the observables: "can reach High for something".
        std::vector<int> keys(static_cast<size_t>(m_rowCount), -1);
        for (int r = 0; r < m_rowCount; ++r) {
            for (const OrdinalRange &range : *perObservableOf(rows[r], *c))
                keys[size_t(r)] = std::max(keys[size_t(r)], range.hi);
            unknown[size_t(r)] = keys[size_t(r)] < 0;
        }
        ranks = ranksFrom(keys, unknown);
    } else if (c && isNumberColumn(*c)) {
        std::vector<double> keys(static_cast<size_t>(m_rowCount), 0.0);
        for (int r = 0; r < m_rowCount; ++r) {
            const auto v = numberOf(rows[r], *c);
            keys[size_t(r)] = v.value_or(0.0);
            unknown[size_t(r)] = !v;
        }
        ranks = ranksFrom(keys, unknown);
    } else if (c && isYesNoColumn(*c)) {
        std::vector<int> keys(static_cast<size_t>(m_rowCount), 0);
        for (int r = 0; r < m_rowCount; ++r) {
            const auto v = yesNoOf(rows[r], *c);
            keys[size_t(r)] = v && *v ? 0 : 1; // Yes first
            unknown[size_t(r)] = !v;
        }
        ranks = ranksFrom(keys, unknown);
    } else {
        // Text: case-insensitive; one display text per distinct cell.
        std::vector<QString> keys(static_cast<size_t>(m_rowCount));
        QHash<QString, QString> byCell;
        for (int r = 0; r < m_rowCount; ++r) {
            const Offering &o = rows[r];
            if (c && *c != Column::Partner) {
                auto it = byCell.find(o.cell(*c));
                if (it == byCell.end())
                    it = byCell.insert(o.cell(*c), cellDisplayText(o, *c).toLower());
                keys[size_t(r)] = *it;
            } else {
                keys[size_t(r)] = cellDisplayText(o, m_partnerByName.value(o.partner), column).toLower();
            }
            unknown[size_t(r)] = keys[size_t(r)].isEmpty();
        }
        ranks = ranksFrom(keys, unknown);
    }
    return ranks;
}

} // namespace pm::ui
