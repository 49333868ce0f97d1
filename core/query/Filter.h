#pragma once

#include "common/Result.h"
#include "matrix/Matrix.h"
#include "matrix/Vocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace pm {

// The fields a filter can name (`--where field=value`), shared by the CLI, the browser's
// facets and the plain-language questions.
enum class FilterField {
    Cluster,
    Partner,
    Country,
    Technique,
    Observable,
    Mode,
    Source,
    Instrument,
    SamplePreparation,
    Fidelity,
    Resources,
    PlanningTime,
    PostProcessingTime,
    CrlAcquisition,
    CrlAnalysis,
    UsedInBigmap,
    SampleReuse,
    CellAvailable,
    Damage,
    TimeResolution,
    // "element=Ni": the offering can reach the element (resources/vocabulary/elements.json);
    // a technique that is not element-specific (no element rule) is kept (issue 16).
    Element,
};

enum class FilterOp { Equal, NotEqual, AtLeast, AtMost };

// One filter expression: `field=value`, `field!=value`, `field>=value`, `field<=value`.
// `|` separates alternatives (any may match).
struct FilterExpression {
    FilterField field = FilterField::Cluster;
    FilterOp op = FilterOp::Equal;
    QStringList values;

    QString toString() const; // back to `list --where` syntax
    bool operator==(const FilterExpression &) const = default;
};

QString filterFieldKey(FilterField f);
QStringList filterFieldKeys();
bool isOrdinalField(FilterField f);

// Parses one expression and checks its values against the matrix: an unknown field or
// value is an error that lists the valid ones (or the closest, for long lists).
Result<FilterExpression> parseFilter(const QString &expression, const Matrix &matrix,
                                     const ObservableVocabulary &vocabulary = ObservableVocabulary::bundled());

// A compiled conjunction of expressions, evaluated per offering.
class Filter {
public:
    Filter() = default;
    static Result<Filter> compile(const QList<FilterExpression> &expressions, const Matrix &matrix,
                                  const ObservableVocabulary &vocabulary = ObservableVocabulary::bundled());
    static Result<Filter> parse(const QStringList &expressions, const Matrix &matrix,
                                const ObservableVocabulary &vocabulary = ObservableVocabulary::bundled());

    bool matches(const Offering &o) const;
    QList<Offering> apply(const QList<Offering> &offerings) const;
    const QList<FilterExpression> &expressions() const { return m_expressions; }
    // One predicate per expression, in order (used to say which criterion emptied an answer).
    const QList<std::function<bool(const Offering &)>> &predicates() const { return m_predicates; }

private:
    QList<FilterExpression> m_expressions;
    QList<std::function<bool(const Offering &)>> m_predicates;
};

// The technique test of `technique=value`: the value as whole words of the abbreviation or the
// technique name ("XRD" finds "lab XRD", not "3DXRD"), or the full label "name (abbreviation)".
bool wordContains(const QString &haystack, const QString &needle);
bool techniqueMatches(const Offering &o, const QString &value);

// Beam-source category of a matrix source item: "Cu" -> "x-ray tube", "Synchrotron" -> "synchrotron".
QString sourceCategory(const QString &sourceItem);
QStringList sourceCategories();

} // namespace pm
