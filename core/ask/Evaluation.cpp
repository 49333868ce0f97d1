#include "Evaluation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace pm::ask {

namespace {
QString canonical(const FilterExpression &e)
{
    FilterExpression c = e;
    for (QString &v : c.values)
        v = v.toLower();
    c.values.sort();
    return c.toString();
}

QSet<int> rowsOf(const Filter &filter, const Matrix &matrix)
{
    QSet<int> rows;
    for (int i = 0; i < matrix.offerings.size(); ++i)
        if (filter.matches(matrix.offerings[i]))
            rows.insert(i);
    return rows;
}

QString rowList(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    QStringList s;
    for (int r : rows)
        s.append(QString::number(r));
    return s.join(QLatin1Char(','));
}

// A question whose expected answer is empty (issue 16): no row count can tell a right reading
// from a wrong one, or from one that understood nothing. It passes when each criterion of the
// answer selects, on its own, the rows of one expected filter on its own, and the other way
// round: the same criteria, however the reader spelled them.
QString emptyDiffers(const QStringList &where, const Interpretation &got, const Matrix &matrix)
{
    QStringList expected;
    for (const QString &w : where) {
        auto f = Filter::parse(QStringList{w}, matrix);
        if (!f)
            return QStringLiteral("the expected filter \"%1\" is not valid: %2").arg(w, f.error().message);
        const QSet<int> rows = rowsOf(*f, matrix);
        expected.append(rowList(QList<int>(rows.cbegin(), rows.cend())));
    }
    QStringList have;
    for (const FilterExpression &e : got.expressions()) {
        auto f = Filter::compile(QList<FilterExpression>{e}, matrix);
        if (!f)
            return QStringLiteral("the criterion %1 does not compile: %2").arg(e.toString(), f.error().message);
        const QSet<int> rows = rowsOf(*f, matrix);
        have.append(rowList(QList<int>(rows.cbegin(), rows.cend())));
    }
    expected.sort();
    have.sort();
    if (expected == have)
        return {};
    return QStringLiteral("expected an empty answer from criteria selecting the rows of [%1] one by one, got [%2]")
        .arg(where.join(QStringLiteral(", ")), got.where().join(QStringLiteral(", ")));
}

// Empty when the answer holds exactly the rows `where` selects; otherwise what differs.
QString rowsDiffer(const QStringList &where, const Interpretation &got, const Matrix &matrix)
{
    auto filter = Filter::parse(where, matrix);
    if (!filter)
        return QStringLiteral("the expected filters are not valid: %1").arg(filter.error().message);
    QSet<int> expected;
    for (int i = 0; i < matrix.offerings.size(); ++i)
        if (filter->matches(matrix.offerings[i]))
            expected.insert(i);
    if (expected.isEmpty())
        return QStringLiteral("the expected filters [%1] select no row; the set is wrong (mark an empty answer \"answer\": \"empty\")")
            .arg(where.join(QStringLiteral(", ")));
    const QSet<int> have(got.rows.cbegin(), got.rows.cend());
    if (have == expected)
        return {};
    return QStringLiteral("expected the %1 rows of [%2], got %3 rows (%4 missing, %5 extra) from [%6]")
        .arg(expected.size())
        .arg(where.join(QStringLiteral(", ")))
        .arg(have.size())
        .arg((expected - have).size())
        .arg((have - expected).size())
        .arg(got.where().join(QStringLiteral(", ")));
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out.append(e.toString());
    return out;
}
} // namespace

Result<QList<EvaluationCase>> loadEvaluationSet(const QByteArray &json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("the evaluation set is not valid JSON (%1 at offset %2)").arg(err.errorString()).arg(err.offset));
    const QJsonArray questions = doc.object().value(QStringLiteral("questions")).toArray();
    if (questions.isEmpty())
        return makeError(QStringLiteral("the evaluation set has no \"questions\" array"));
    const QString setMatch = doc.object().value(QStringLiteral("match")).toString();
    QList<EvaluationCase> cases;
    for (int i = 0; i < questions.size(); ++i) {
        const QJsonObject o = questions[i].toObject();
        EvaluationCase c;
        const QString match = o.value(QStringLiteral("match")).toString(setMatch);
        if (!match.isEmpty() && match != u"rows" && match != u"criteria")
            return makeError(QStringLiteral("unknown \"match\" \"%1\"; use \"rows\" or \"criteria\"").arg(match),
                             QStringLiteral("questions[%1].match").arg(i));
        c.matchRows = match == u"rows";
        c.question = o.value(QStringLiteral("q")).toString();
        if (c.question.trimmed().isEmpty())
            return makeError(QStringLiteral("question %1 has no text (\"q\")").arg(i + 1), QStringLiteral("questions[%1]").arg(i));
        c.where = strings(o.value(QStringLiteral("where")));
        c.phenomena = strings(o.value(QStringLiteral("phenomena")));
        if (o.contains(QStringLiteral("ignored")))
            c.ignored = strings(o.value(QStringLiteral("ignored")));
        c.answer = o.value(QStringLiteral("answer")).toString();
        c.limit = o.value(QStringLiteral("limit")).toString();
        cases.append(c);
    }
    return cases;
}

EvaluationOutcome evaluateOne(const EvaluationCase &c, const Matrix &matrix, const AskVocabulary &vocabulary)
{
    EvaluationOutcome out{c, interpret(c.question, matrix, vocabulary), {}};
    QStringList expected;
    for (const QString &w : c.where) {
        auto e = parseFilter(w, matrix);
        if (!e) {
            out.failure = QStringLiteral("the expected \"%1\" is not a valid filter: %2").arg(w, e.error().message);
            return out;
        }
        expected.append(canonical(*e));
    }
    if (c.matchRows) {
        const QString wrong = c.answer == u"empty" ? emptyDiffers(c.where, out.got, matrix) : rowsDiffer(c.where, out.got, matrix);
        if (!wrong.isEmpty()) {
            out.failure = wrong;
            return out;
        }
    }
    QStringList got;
    for (const FilterExpression &e : out.got.expressions())
        got.append(canonical(e));
    expected.sort();
    got.sort();
    if (!c.matchRows && expected != got) {
        out.failure = QStringLiteral("expected [%1], got [%2]").arg(c.where.join(QStringLiteral(", ")), out.got.where().join(QStringLiteral(", ")));
        return out;
    }
    if (c.ignored) {
        QStringList want = *c.ignored;
        QStringList have = out.got.ignored;
        for (QString &w : want)
            w = w.toLower();
        for (QString &w : have)
            w = w.toLower();
        want.sort();
        have.sort();
        if (want != have) {
            out.failure = QStringLiteral("expected ignored [%1], got [%2]").arg(c.ignored->join(QStringLiteral(", ")), out.got.ignored.join(QStringLiteral(", ")));
            return out;
        }
    }
    if (c.answer == u"empty" && (!out.got.rows.isEmpty() || !out.got.emptiedBy))
        out.failure = QStringLiteral("expected an empty answer naming the criterion that emptied it, got %1 rows").arg(out.got.rows.size());
    else if (c.answer == u"nothing" && (!out.got.understoodNothing() || out.got.suggestions.isEmpty() || !out.got.rows.isEmpty()))
        out.failure = QStringLiteral("expected \"nothing understood\" with suggestions");
    else if (c.answer == u"rows" && out.got.rows.isEmpty())
        out.failure = QStringLiteral("expected matching rows, got none");
    return out;
}

EvaluationReport evaluate(const QList<EvaluationCase> &cases, const Matrix &matrix, const AskVocabulary &vocabulary)
{
    EvaluationReport report;
    for (const EvaluationCase &c : cases)
        report.outcomes.append(evaluateOne(c, matrix, vocabulary));
    return report;
}

int EvaluationReport::passed() const
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(), [](const EvaluationOutcome &o) { return o.passed(); }));
}

double EvaluationReport::accuracy() const
{
    return outcomes.isEmpty() ? 0.0 : double(passed()) / double(outcomes.size());
}

QString EvaluationReport::scoreOnly() const
{
    const QString s = summary();
    // The summary lists the score lines first, then one line per failure.
    const qsizetype failures = s.indexOf(QRegularExpression(QStringLiteral("^(FAIL|LIMIT) "), QRegularExpression::MultilineOption));
    return failures < 0 ? s : s.left(failures);
}

QString EvaluationReport::summary() const
{
    QString s = QStringLiteral("Accuracy: %1/%2 = %3%\n").arg(passed()).arg(outcomes.size()).arg(accuracy() * 100, 0, 'f', 1);
    QMap<QString, std::pair<int, int>> byPhenomenon; // passed, total
    for (const EvaluationOutcome &o : outcomes)
        for (const QString &p : o.expected.phenomena) {
            auto &[ok, total] = byPhenomenon[p];
            ++total;
            ok += o.passed() ? 1 : 0;
        }
    for (auto it = byPhenomenon.cbegin(); it != byPhenomenon.cend(); ++it)
        s += QStringLiteral("  %1: %2/%3\n").arg(it.key(), -16).arg(it->first).arg(it->second);
    for (const EvaluationOutcome &o : outcomes)
        if (!o.passed())
            s += QStringLiteral("%1 \"%2\": %3\n").arg(o.expected.limit.isEmpty() ? QStringLiteral("FAIL") : QStringLiteral("LIMIT"), o.expected.question, o.failure);
    return s;
}

} // namespace pm::ask
