#pragma once

#include "Interpretation.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pm::ask {

// One question of the evaluation set (tests/data/ask-evaluation.json) and what it must give.
struct EvaluationCase {
    QString question;
    QStringList where;                 // expected criteria, `list --where` syntax, any order
    QStringList phenomena;             // "typo", "negation", "or", ... (for the per-phenomenon score)
    std::optional<QStringList> ignored; // when given: exactly these words are reported ignored
    QString answer;                    // "" (anything), "rows", "empty" or "nothing"
    QString limit;                     // a known limit of the method: why this one is expected to fail
    // "match": "rows" (issue 16): the question passes when its answer holds exactly the rows
    // `where` selects, whatever criteria the parser wrote; for sets whose expected filters are
    // computed from the data rather than from the parser's own way of saying things. With
    // answer "empty", whose rows cannot tell readings apart: each criterion must select, on its
    // own, the rows of one expected filter on its own.
    bool matchRows = false;
};

struct EvaluationOutcome {
    EvaluationCase expected;
    Interpretation got;
    QString failure; // empty when the question was understood as expected
    bool passed() const { return failure.isEmpty(); }
};

struct EvaluationReport {
    QList<EvaluationOutcome> outcomes;
    int passed() const;
    double accuracy() const; // 0..1
    QString summary() const; // accuracy overall and per phenomenon, then each failure
    QString scoreOnly() const; // accuracy overall and per phenomenon, no failure: for a held-out set
};

Result<QList<EvaluationCase>> loadEvaluationSet(const QByteArray &json);

// Runs every question and compares its criteria (as sets, values in any order) with the
// expected ones; `where` values are canonicalised through parseFilter first.
EvaluationReport evaluate(const QList<EvaluationCase> &cases, const Matrix &matrix, const AskVocabulary &vocabulary);
EvaluationOutcome evaluateOne(const EvaluationCase &c, const Matrix &matrix, const AskVocabulary &vocabulary);

} // namespace pm::ask
