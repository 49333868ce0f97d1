// bench_ask [EVALUATION.json] [--rounds N]: interprets every question of the evaluation set
// on the bundled matrix, N rounds, and prints the median, 90th percentile and maximum time
// per question (interpretation plus the answer rows), the one-off vocabulary build time and
// the accuracy. Run a Release/RelWithDebInfo build on an otherwise idle machine.
#include "ask/Evaluation.h"
#include "store/BundledMatrix.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace pm;

namespace {
double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5));
    return v[i];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString path = QStringLiteral(PROBEMATRIX_ASK_EVALUATION);
    int rounds = 20;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--rounds" && i + 1 < args.size())
            rounds = std::max(1, args[++i].toInt());
        else
            path = args[i];
    }

    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db) {
        err << db.error().text() << Qt::endl;
        return 1;
    }
    MatrixStore store(**db);
    if (auto seeded = bundled::seed(store); !seeded) {
        err << seeded.error().text() << Qt::endl;
        return 1;
    }
    auto matrix = store.load();
    QFile f(path);
    if (!matrix || !f.open(QIODevice::ReadOnly)) {
        err << "cannot load the bundled matrix or " << path << Qt::endl;
        return 1;
    }
    auto cases = ask::loadEvaluationSet(f.readAll());
    if (!cases) {
        err << cases.error().text() << Qt::endl;
        return 1;
    }

    QElapsedTimer timer;
    QList<double> buildMs;
    std::optional<ask::AskVocabulary> vocabulary;
    for (int r = 0; r < 5; ++r) {
        timer.start();
        auto v = ask::AskVocabulary::forMatrix(*matrix);
        buildMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!v) {
            err << v.error().text() << Qt::endl;
            return 1;
        }
        vocabulary = *v;
    }

    QList<double> perQuestionMs;
    QList<double> medianByQuestion(cases->size(), 0);
    QList<QList<double>> byQuestion(cases->size());
    qsizetype rows = 0;
    for (int r = 0; r < rounds; ++r) {
        for (qsizetype q = 0; q < cases->size(); ++q) {
            timer.start();
            const ask::Interpretation in = ask::interpret(cases->at(q).question, *matrix, *vocabulary);
            perQuestionMs.append(double(timer.nsecsElapsed()) / 1e6);
            byQuestion[q].append(perQuestionMs.last());
            rows += in.rows.size();
        }
    }
    const ask::EvaluationReport report = ask::evaluate(*cases, *matrix, *vocabulary);
    out << "bench_ask: " << cases->size() << " questions x " << rounds << " rounds on the bundled matrix ("
        << matrix->offerings.size() << " offerings, " << vocabulary->rules().size() << " vocabulary phrases)\n";
    out << QStringLiteral("per question: median %1 ms, p90 %2 ms, max %3 ms\n")
               .arg(percentile(perQuestionMs, 0.5), 0, 'f', 3)
               .arg(percentile(perQuestionMs, 0.9), 0, 'f', 3)
               .arg(percentile(perQuestionMs, 1.0), 0, 'f', 3);
    QList<qsizetype> order(cases->size());
    for (qsizetype q = 0; q < cases->size(); ++q) {
        order[q] = q;
        medianByQuestion[q] = percentile(byQuestion[q], 0.5);
    }
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return medianByQuestion[a] > medianByQuestion[b]; });
    for (qsizetype k = 0; k < std::min<qsizetype>(3, order.size()); ++k)
        out << QStringLiteral("  slowest: median %1 ms \"%2\"\n").arg(medianByQuestion[order[k]], 0, 'f', 3).arg(cases->at(order[k]).question);
    out << QStringLiteral("vocabulary build (once per matrix): median %1 ms\n").arg(percentile(buildMs, 0.5), 0, 'f', 1);
    out << QStringLiteral("accuracy: %1/%2 (%3 rows answered in total)\n").arg(report.passed()).arg(report.outcomes.size()).arg(rows);
    return 0;
}
