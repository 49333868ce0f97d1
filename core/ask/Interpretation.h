#pragma once

#include "AskVocabulary.h"
#include "query/Filter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pm::ask {

// One understood criterion and the words of the question that produced it, so that the user
// sees why it is there ("not at ESRF" -> partner!=ESRF). The query bar shows one chip each.
struct UnderstoodCriterion {
    FilterExpression expression;
    QStringList words;      // as typed, in question order (negations and "or" included)
    QStringList corrected;  // words understood despite a typo: "tomograhpy -> tomography"
};

// Parts of the sentence that only matter when it is a measurement campaign (--as-request).
struct RequestHints {
    bool campaign = false; // "I need ...", "we would like ...", "plan a ..."
    QString shape;         // "electrode", "pouch cell", ...
    QStringList materials; // as typed: "LNO"
    bool airSensitive = false;
    QList<int> correlations; // 0 = "correlated" without a type; 1, 2, 3 as D5.5
    QString roi;             // "average", "random", "specific" or empty
};

// The longest question interpret() reads (characters). A question is a sentence; a longer
// text is refused before it is read, so that pasting a whole document cannot stall the
// query bar (the reader compares every word with the vocabulary).
inline constexpr qsizetype kMaxQuestionLength = 1000;

// How ProbeMatrix read a question, and what it found.
struct Interpretation {
    QString question;
    // Set when the question was refused without being read (longer than kMaxQuestionLength):
    // what to tell the user, the limit included. Nothing is understood and no row answers.
    QString refusal;
    QList<UnderstoodCriterion> criteria;
    QStringList ignored;     // words neither understood nor known filler, as typed
    QStringList suggestions; // closest known terms, when nothing was understood
    RequestHints hints;
    // Elements that qualify an observable, by its canonical name: "the Ni oxidation state" ->
    // {"oxidation state": ["Ni"]} (also a criterion element=Ni); the request draft carries them.
    QHash<QString, QStringList> elementsOf;

    // The answer: indexes into Matrix::offerings of the matching rows (none when nothing
    // was understood: a question is never answered with the whole matrix).
    QList<int> rows;
    // When the answer is empty: the criterion (index into `criteria`) that emptied it, and how
    // many rows the criteria before it left.
    std::optional<int> emptiedBy;
    int rowsBeforeEmptied = 0;

    bool understoodNothing() const { return criteria.isEmpty(); }
    QList<FilterExpression> expressions() const;
    QStringList where() const; // `list --where` syntax, one per criterion
    // True when the sentence asks for a campaign and names at least one observable.
    bool looksLikeRequest() const;
};

// Reads a question against the vocabulary and applies the understood criteria to the matrix.
Interpretation interpret(const QString &question, const Matrix &matrix, const AskVocabulary &vocabulary);

// Re-applies edited criteria (the chips after the user removed or changed one) to the matrix:
// fills rows, emptiedBy and rowsBeforeEmptied of `interpretation`.
void answer(Interpretation &interpretation, const Matrix &matrix);

// Human-readable sentences for the CLI and the query bar.
QString describeCriteria(const Interpretation &interpretation); // "partner = CEA; mode = operando"
QString describeEmptyAnswer(const Interpretation &interpretation);
QString expressionLabel(const FilterExpression &expression); // "partner = CEA", "fidelity ≥ high"

} // namespace pm::ask
