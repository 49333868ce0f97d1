#pragma once

// The searches a plan asks of a repository (issue 17, D5.2 4.2): for each measure step, its
// technique (name and abbreviation) with the material; for the request as a whole, the
// material with the observables. Written in the query-string syntax InvenioRDM passes to its
// search engine, with every term quoted, so that a material such as "Li(Ni,Mn)O2" or a name
// with a slash is a phrase, not syntax.

#include <QList>
#include <QString>
#include <QStringList>

namespace pm {
struct Matrix;
struct Plan;
struct Request;
} // namespace pm

namespace pm::archive {

struct StepQuery {
    QStringList stepIds;    // every measure step of the plan with this technique
    QStringList observables;
    QString technique;
    QString query;
};

// "X-ray diffraction" -> "\"X-ray diffraction\"" (quotes and backslashes escaped).
QString quotedTerm(const QString &text);
// The words of a material description worth searching for: "LiNiO2 / graphite, LP57" ->
// LiNiO2, graphite, LP57 (at most 4; words of one or two letters and "and/with/the" dropped).
QStringList materialTerms(const QString &material);

QList<StepQuery> stepQueries(const Plan &plan, const Matrix &matrix, const Request &request);
QString requestQuery(const Request &request);

struct ObservableQuery {
    QString observable;
    QString query; // the material with this observable
};

// Everything a set of plans asks: one query per technique (merged over the plans; step ids
// are those of the plans given, so give one plan to map results back to its steps) and one
// per requested observable.
struct PlanSearches {
    QList<StepQuery> techniques;
    QList<ObservableQuery> observables;
    QStringList distinctQueries() const; // each asked once
    QString queryForTechnique(const QString &technique) const;
};
PlanSearches planSearches(const QList<Plan> &plans, const Matrix &matrix, const Request &request);

} // namespace pm::archive
