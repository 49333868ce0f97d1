#include "PlanQueries.h"

#include "matrix/Matrix.h"
#include "planning/Plan.h"
#include "request/Request.h"

#include <QRegularExpression>

namespace pm::archive {

QString quotedTerm(const QString &text)
{
    QString t = text.simplified().left(200);
    t.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

QStringList materialTerms(const QString &material)
{
    static const QRegularExpression separators(QStringLiteral("[\\s/,;+]+"));
    static const QStringList dropped{QStringLiteral("and"), QStringLiteral("with"), QStringLiteral("the"), QStringLiteral("from"),
                                     QStringLiteral("after"), QStringLiteral("cell"), QStringLiteral("cells"), QStringLiteral("coin")};
    QStringList terms;
    for (const QString &w : material.split(separators, Qt::SkipEmptyParts)) {
        if (terms.size() == 4)
            break;
        if (w.size() < 3 || dropped.contains(w.toLower()) || terms.contains(w, Qt::CaseInsensitive))
            continue;
        terms.append(w);
    }
    return terms;
}

namespace {

// One query per technique: steps of a technique already asked for join its query. False when
// the technique is not in `queries` yet.
bool mergeInto(QList<StepQuery> &queries, const QString &technique, const QStringList &stepIds, const QStringList &observables)
{
    auto same = std::find_if(queries.begin(), queries.end(), [&](const StepQuery &q) { return q.technique == technique; });
    if (same == queries.end())
        return false;
    same->stepIds += stepIds;
    for (const QString &o : observables)
        if (!same->observables.contains(o))
            same->observables.append(o);
    return true;
}

// (A OR B OR C): one of the words must match; quoted, so each is a term, not syntax.
QString anyOf(const QStringList &terms)
{
    QStringList quoted;
    for (const QString &t : terms)
        quoted.append(quotedTerm(t));
    return quoted.size() == 1 ? quoted.first() : QLatin1Char('(') + quoted.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

} // namespace

QList<StepQuery> stepQueries(const Plan &plan, const Matrix &matrix, const Request &request)
{
    QList<StepQuery> queries;
    const QStringList material = materialTerms(request.sample.material);
    for (const Step &s : plan.steps) {
        if (s.kind != StepKind::Measure || s.technique.isEmpty())
            continue;
        if (mergeInto(queries, s.technique, {s.id}, s.observables))
            continue;
        StepQuery q;
        q.stepIds = {s.id};
        q.observables = s.observables;
        q.technique = s.technique;
        // The name as repositories write it ("X-ray photoelectron spectroscopy"), without the
        // abbreviation the plan adds in brackets, and the abbreviation as a term of its own.
        // The offering's own label, not the step's: a step may name a way of running it
        // ("..., sputter depth profile", issue 18) that no repository writes; without an
        // offering, such a variant after a comma is left out of the step's name too.
        static const QRegularExpression bracketed(QStringLiteral("\\s*\\(([^()]{1,20})\\)\\s*(,[^()]*)?$"));
        const Offering *offering = matrix.offering(s.offeringId);
        QString name = offering ? offering->techniqueLabel() : s.technique;
        QString abbreviation;
        if (const auto m = bracketed.match(name); m.hasMatch()) {
            abbreviation = m.captured(1);
            name.truncate(m.capturedStart());
        }
        if (offering && !offering->abbreviation.isEmpty() && offering->abbreviation.size() <= 20)
            abbreviation = offering->abbreviation;
        QStringList names{name};
        if (!abbreviation.isEmpty() && abbreviation.compare(name, Qt::CaseInsensitive) != 0)
            names.append(abbreviation);
        q.query = anyOf(names);
        if (!material.isEmpty())
            q.query += QStringLiteral(" AND ") + anyOf(material);
        queries.append(q);
    }
    return queries;
}

QString requestQuery(const Request &request)
{
    QStringList observables;
    for (const RequestedObservable &o : request.observables)
        if (observables.size() < 8)
            observables.append(o.name);
    const QStringList material = materialTerms(request.sample.material);
    if (material.isEmpty())
        return anyOf(observables);
    return anyOf(material) + (observables.isEmpty() ? QString() : QStringLiteral(" AND ") + anyOf(observables));
}

PlanSearches planSearches(const QList<Plan> &plans, const Matrix &matrix, const Request &request)
{
    PlanSearches out;
    for (const Plan &plan : plans)
        for (const StepQuery &q : stepQueries(plan, matrix, request))
            if (!mergeInto(out.techniques, q.technique, q.stepIds, q.observables))
                out.techniques.append(q);
    for (const RequestedObservable &o : request.observables) {
        Request one = request;
        one.observables = {o};
        out.observables.append({o.name, requestQuery(one)});
    }
    return out;
}

QStringList PlanSearches::distinctQueries() const
{
    QStringList out;
    for (const StepQuery &t : techniques)
        if (!out.contains(t.query))
            out.append(t.query);
    for (const ObservableQuery &o : observables)
        if (!out.contains(o.query))
            out.append(o.query);
    return out;
}

QString PlanSearches::queryForTechnique(const QString &technique) const
{
    for (const StepQuery &t : techniques)
        if (t.technique == technique)
            return t.query;
    return {};
}

} // namespace pm::archive
