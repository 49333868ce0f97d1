// The generated test half of issue 16 (tests/data/ask-generated-test.json): never read, printed
// or scored while the reader was tuned (docs/ASK.md). A test of its own so that tuning runs
// (ctest -R '^test_ask$') never touch it; it prints the score, never a failing question.
#include "TestSupport.h"

#include "ask/Evaluation.h"

#include <QTest>

using namespace pm;
using namespace pm::ask;
using namespace pm::test;

// Set from the one measured run of this test (757/774 = 97.8 %, 2026-12-03, docs/PERFORMANCE.md),
// rounded down; issue 16's target is 0.95. A reader change that costs more fails here, without
// showing which questions: look at the dev half to find out why.
constexpr double kTestHalfFloor = 0.97;

class TestAskHeldout : public QObject {
    Q_OBJECT

private slots:
    void testHalfKeepsItsFloor()
    {
        BundledDatabase db;
        auto vocabulary = AskVocabulary::forMatrix(db.matrix);
        QVERIFY2(vocabulary.ok(), vocabulary ? "" : qPrintable(vocabulary.error().text()));
        auto cases = loadEvaluationSet(readFile(dataPath(QStringLiteral("ask-generated-test.json"))));
        QVERIFY2(cases.ok(), cases ? "" : qPrintable(cases.error().text()));
        QVERIFY(cases->size() >= 400);
        for (const EvaluationCase &c : *cases)
            QVERIFY(c.matchRows);
        const EvaluationReport report = evaluate(*cases, db.matrix, *vocabulary);
        qInfo().noquote() << report.scoreOnly();
        QVERIFY2(report.accuracy() >= kTestHalfFloor, qPrintable(report.scoreOnly()));
    }
};

QTEST_GUILESS_MAIN(TestAskHeldout)
#include "test_ask_heldout.moc"
