// probematrix-cli ask "QUESTION": the matrix asked in plain language, offline (issue 4).
#include "Commands.h"
#include "OfferingTable.h"

#include "ask/Evaluation.h"
#include "ask/Interpretation.h"
#include "ask/RequestDraft.h"
#include "ask/Words.h"
#include "io/Export.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pm::cli {

namespace {

int printEvaluation(CliContext &context, const QString &path, const Matrix &matrix, const ask::AskVocabulary &vocabulary, bool scoreOnly)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return context.fail(QStringLiteral("cannot open the evaluation set \"%1\": %2").arg(path, f.errorString()));
    auto cases = ask::loadEvaluationSet(f.readAll());
    if (!cases)
        return context.fail(makeError(cases.error().message, path));
    const ask::EvaluationReport report = ask::evaluate(*cases, matrix, vocabulary);
    context.out() << (scoreOnly ? report.scoreOnly() : report.summary());
    context.out().flush();
    return Success;
}

void printText(QTextStream &out, const ask::Interpretation &in, const Matrix &matrix, bool contacts)
{
    if (in.understoodNothing()) {
        out << "Nothing understood in \"" << in.question.simplified() << "\".";
        if (!in.suggestions.isEmpty())
            out << " Closest known terms: " << in.suggestions.join(QStringLiteral(", ")) << '.';
        out << "\nNo rows shown: ask with a partner, technique, observable or mode, e.g. "
               "\"who can measure gas evolution operando?\"\n";
        return;
    }
    out << "Understood: " << ask::describeCriteria(in) << '\n';
    out << "Filters:    --where " << in.where().join(QStringLiteral(" --where ")) << '\n';
    for (const ask::UnderstoodCriterion &c : in.criteria)
        if (!c.corrected.isEmpty())
            out << "Corrected:  " << c.corrected.join(QStringLiteral(", ")) << '\n';
    if (!in.ignored.isEmpty())
        out << "Ignored:    " << in.ignored.join(QStringLiteral(", ")) << '\n';
    if (in.emptiedBy) {
        out << "No matching offering. " << ask::describeEmptyAnswer(in) << '\n';
        return;
    }
    out << in.rows.size() << " matching offering(s)\n\n";
    QList<Offering> rows;
    for (int i : in.rows)
        rows.append(matrix.offerings[i]);
    printOfferings(out, rows, matrix, QStringLiteral("table"), contacts);
}

QJsonObject toJson(const ask::Interpretation &in, const Matrix &matrix, bool contacts)
{
    QJsonArray rows;
    for (int i : in.rows)
        rows.append(offeringToJson(matrix.offerings[i], matrix, contacts, false));
    QJsonObject o{{QStringLiteral("question"), in.question},
                  {QStringLiteral("where"), QJsonArray::fromStringList(in.where())},
                  {QStringLiteral("ignored"), QJsonArray::fromStringList(in.ignored)},
                  {QStringLiteral("rows"), rows}};
    if (in.understoodNothing())
        o.insert(QStringLiteral("suggestions"), QJsonArray::fromStringList(in.suggestions));
    if (in.emptiedBy) {
        o.insert(QStringLiteral("emptied_by"), in.criteria[*in.emptiedBy].expression.toString());
        o.insert(QStringLiteral("explanation"), ask::describeEmptyAnswer(in));
    }
    return o;
}

} // namespace

int runAsk(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Ask the matrix in plain language, offline. The question is translated into the filters of `list --where` "
        "and shown before the answer; ignored words are reported. --as-request turns a sentence asking for a "
        "measurement campaign into a characterisation request (JSON, the format of `plan`). --evaluate FILE runs "
        "an evaluation set (tests/data/ask-evaluation.json) and prints the accuracy."));
    parser.addPositionalArgument(QStringLiteral("QUESTION"), QStringLiteral("the question (quote it, or write it unquoted)"));
    parser.addOption({QStringLiteral("format"), QStringLiteral("text (default) or json"), QStringLiteral("FORMAT"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("as-request"), QStringLiteral("print the sentence as a characterisation request (JSON)")});
    parser.addOption({QStringLiteral("evaluate"), QStringLiteral("run an evaluation set and print the accuracy"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("score-only"),
                      QStringLiteral("with --evaluate: print the scores without the failed questions (for a held-out set, "
                                     "whose failures must not be read while tuning; docs/ASK.md)")});
    parser.addOption({QStringLiteral("no-contacts"), QStringLiteral("leave out contacts")});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return context.fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return Success;
    }
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != u"text" && format != u"json")
        return context.fail(QStringLiteral("unknown format \"%1\"; use text or json").arg(format));
    const QString question = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    const bool evaluating = parser.isSet(QStringLiteral("evaluate"));
    if (question.isEmpty() && !evaluating)
        return context.fail(QStringLiteral("no question; write e.g. probematrix-cli ask \"who can measure gas evolution operando?\""));

    int exitCode = Success;
    auto matrix = context.loadMatrix(exitCode);
    if (!matrix)
        return exitCode;
    auto vocabulary = ask::AskVocabulary::forMatrix(*matrix);
    if (!vocabulary)
        return context.fail(vocabulary.error(), Failure);
    if (evaluating)
        return printEvaluation(context, parser.value(QStringLiteral("evaluate")), *matrix, *vocabulary,
                               parser.isSet(QStringLiteral("score-only")));

    const ask::Interpretation in = ask::interpret(question, *matrix, *vocabulary);
    if (!in.refusal.isEmpty())
        return context.fail(in.refusal);
    if (parser.isSet(QStringLiteral("as-request"))) {
        if (!in.criteria.isEmpty() && !in.looksLikeRequest())
            context.err() << "probematrix-cli: note: the sentence names no observable or campaign; the request may be incomplete\n";
        // Issue 16: the request holds the observables the sentence names, and says which it
        // only implies ("the composition of the SEI" -> SEI composition) and from which words.
        for (const ask::UnderstoodCriterion &c : in.criteria) {
            if (c.expression.field != FilterField::Observable || c.expression.op != FilterOp::Equal)
                continue;
            const QString name = c.expression.values.join(QStringLiteral(", "));
            const bool named = ask::phraseKeys(c.words.join(QLatin1Char(' '))) == ask::phraseKeys(name);
            context.err() << "probematrix-cli: note: observable \"" << name << "\" "
                          << (named ? "named" : "implied by the words") << " \"" << c.words.join(QLatin1Char(' ')) << "\"\n";
        }
        context.out() << QJsonDocument(ask::requestDraft(in)).toJson(QJsonDocument::Indented);
        return Success;
    }
    const bool contacts = !parser.isSet(QStringLiteral("no-contacts"));
    if (format == u"json")
        context.out() << QJsonDocument(toJson(in, *matrix, contacts)).toJson(QJsonDocument::Indented);
    else
        printText(context.out(), in, *matrix, contacts);
    return Success;
}

static const CommandRegistrar registrar({"ask", "ask \"QUESTION\" [--format text|json] [--as-request] [--evaluate FILE]", runAsk});

} // namespace pm::cli
