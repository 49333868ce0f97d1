// Plain-language questions (issue 4): the evaluation set, the mechanisms one by one, and the CLI.
#include "TestSupport.h"

#include "ask/Evaluation.h"
#include "ask/Interpretation.h"
#include "ask/RequestDraft.h"
#include "query/Filter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace pm;
using namespace pm::ask;
using namespace pm::test;

class TestAsk : public QObject {
    Q_OBJECT
    std::unique_ptr<BundledDatabase> m_db;
    std::optional<AskVocabulary> m_vocabulary;

    Interpretation ask(const QString &question) { return interpret(question, m_db->matrix, *m_vocabulary); }

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(cliPath(), QStringList{QStringLiteral("--db"), m_db->path} + args);
        if (!p.waitForFinished(60000))
            qFatal("probematrix-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<BundledDatabase>();
        auto v = AskVocabulary::forMatrix(m_db->matrix);
        QVERIFY2(v.ok(), v ? "" : qPrintable(v.error().text()));
        m_vocabulary = *v;
    }

    void bundledVocabularyFitsTheBundledMatrix()
    {
        // Every hand-written phrase names values the bundled matrix has.
        QVERIFY2(m_vocabulary->problems().isEmpty(), qPrintable(m_vocabulary->problems().join(QLatin1Char('\n'))));
    }

    void evaluationSet_data()
    {
        QTest::addColumn<int>("index");
        auto cases = loadEvaluationSet(readFile(dataPath(QStringLiteral("ask-evaluation.json"))));
        QVERIFY2(cases.ok(), cases ? "" : qPrintable(cases.error().text()));
        QVERIFY2(cases->size() >= 100, "the evaluation set must hold at least 100 questions");
        for (int i = 0; i < cases->size(); ++i)
            QTest::newRow(qPrintable(cases->at(i).question.left(70))) << i;
    }

    void evaluationSet()
    {
        QFETCH(int, index);
        static const QList<EvaluationCase> cases = *loadEvaluationSet(readFile(dataPath(QStringLiteral("ask-evaluation.json"))));
        const EvaluationCase &c = cases[index];
        const EvaluationOutcome outcome = evaluateOne(c, m_db->matrix, *m_vocabulary);
        if (!c.limit.isEmpty())
            QEXPECT_FAIL("", qPrintable(c.limit), Continue);
        QVERIFY2(outcome.passed(), qPrintable(outcome.failure));
        // What the CLI prints must be accepted by `list --where` as it is.
        for (const QString &w : outcome.got.where())
            QVERIFY2(parseFilter(w, m_db->matrix).ok(), qPrintable(w));
    }

    void evaluationSetCoversEveryPhenomenon()
    {
        const auto cases = *loadEvaluationSet(readFile(dataPath(QStringLiteral("ask-evaluation.json"))));
        QSet<QString> seen;
        bool figure3 = false;
        for (const EvaluationCase &c : cases) {
            for (const QString &p : c.phenomena)
                seen.insert(p);
            figure3 = figure3 || c.question == u"which techniques has the CEA partner made available in the consortium?";
        }
        QVERIFY(figure3);
        for (const char *p : {"partner", "alias", "full-name", "city", "country", "technique", "abbreviation", "family", "synonym",
                              "chemistry", "mode", "ordinal", "time-resolution", "negation", "or", "typo", "plural", "case",
                              "punctuation", "filler", "empty", "nothing", "request"})
            QVERIFY2(seen.contains(QString::fromLatin1(p)), p);
    }

    void answersMatchListWhere()
    {
        const Interpretation in = ask(QStringLiteral("Who can measure gas evolution operando at CEA or ESRF?"));
        QCOMPARE(in.where(), (QStringList{QStringLiteral("observable=gas evolution"), QStringLiteral("mode=operando"), QStringLiteral("partner=CEA|ESRF")}));
        auto filter = Filter::parse(in.where(), m_db->matrix);
        QVERIFY(filter.ok());
        const QList<Offering> expected = filter->apply(m_db->matrix.offerings);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(in.rows.size(), expected.size());
        for (int i = 0; i < in.rows.size(); ++i)
            QCOMPARE(m_db->matrix.offerings[in.rows[i]].id, expected[i].id);
    }

    void negationFlipsYesNoAndNegatesNames()
    {
        QCOMPARE(ask(QStringLiteral("without destroying the sample")).where(), QStringList{QStringLiteral("sample_reuse=yes")});
        QCOMPARE(ask(QStringLiteral("destroying the sample is fine")).where(), QStringList{QStringLiteral("sample_reuse=no")});
        QCOMPARE(ask(QStringLiteral("not used in BIG-MAP")).where(), QStringList{QStringLiteral("used_in_bigmap=no")});
        QCOMPARE(ask(QStringLiteral("not at ESRF")).where(), QStringList{QStringLiteral("partner!=ESRF")});
        // The negation reaches the next criterion only, not the whole sentence.
        QCOMPARE(ask(QStringLiteral("not at ESRF, XPS")).where(), (QStringList{QStringLiteral("partner!=ESRF"), QStringLiteral("technique=XPS")}));
        // Ordered scales flip to the other side.
        QCOMPARE(ask(QStringLiteral("not high fidelity")).where(), QStringList{QStringLiteral("fidelity<=medium")});
    }

    void negatedRowsExcludeThePartner()
    {
        const Interpretation in = ask(QStringLiteral("XRD not at ESRF"));
        QVERIFY(!in.rows.isEmpty());
        for (int i : in.rows)
            QVERIFY(m_db->matrix.offerings[i].partner != u"ESRF");
    }

    void capitalsKeepElementsApartFromAbbreviations()
    {
        // "Ni" is nickel; "NI" is neutron imaging in the matrix.
        QCOMPARE(ask(QStringLiteral("the Ni oxidation state")).where(), QStringList{QStringLiteral("observable=oxidation state")});
        QCOMPARE(ask(QStringLiteral("Ni and Mn oxidation state")).where(), QStringList{QStringLiteral("observable=oxidation state")});
        QCOMPARE(ask(QStringLiteral("NI at ILL")).where(), (QStringList{QStringLiteral("technique=NI"), QStringLiteral("partner=ILL")}));
    }

    void typosAreCorrectedAndShown()
    {
        const Interpretation in = ask(QStringLiteral("tomograhpy at Chalmrs"));
        QCOMPARE(in.criteria.size(), 2);
        QVERIFY(in.criteria[0].corrected.join(QString()).contains(QStringLiteral("tomography")));
        QCOMPARE(in.criteria[1].expression.toString(), QStringLiteral("partner=Chalmers"));
        // Short words get no typo allowance: "XPX" is not XPS.
        QVERIFY(ask(QStringLiteral("XPX")).understoodNothing());
    }

    void nothingUnderstoodGivesSuggestionsAndNoRows()
    {
        const Interpretation in = ask(QStringLiteral("spectrometer wizardry"));
        QVERIFY(in.understoodNothing());
        QVERIFY(in.rows.isEmpty());
        QCOMPARE(in.ignored, (QStringList{QStringLiteral("spectrometer"), QStringLiteral("wizardry")}));
        QVERIFY(!in.suggestions.isEmpty());
        const Interpretation filler = ask(QStringLiteral("which ones?"));
        QVERIFY(filler.understoodNothing() && filler.rows.isEmpty() && !filler.suggestions.isEmpty());
    }

    void emptyAnswerNamesTheCriterion()
    {
        const Interpretation in = ask(QStringLiteral("operando XPS at SINTEF"));
        QVERIFY(in.rows.isEmpty());
        QVERIFY(in.emptiedBy.has_value());
        // The criteria before it still matched something; it is the one that emptied the answer.
        QVERIFY(in.rowsBeforeEmptied > 0 || *in.emptiedBy == 0);
        QVERIFY(describeEmptyAnswer(in).contains(expressionLabel(in.criteria[*in.emptiedBy].expression)));
        Interpretation edited = in;
        edited.criteria.removeAt(*in.emptiedBy);
        answer(edited, m_db->matrix);
        QVERIFY(!edited.rows.isEmpty() || edited.emptiedBy.has_value());
    }

    void everyIgnoredWordIsReported()
    {
        const Interpretation in = ask(QStringLiteral("XPS on frobnicated electrodes at CEA"));
        QCOMPARE(in.ignored, QStringList{QStringLiteral("frobnicated")});
        QCOMPARE(in.where(), (QStringList{QStringLiteral("technique=XPS"), QStringLiteral("partner=CEA")}));
    }

    void campaignSentenceBecomesARequest()
    {
        const Interpretation in = ask(QStringLiteral(
            "I need the crystal structure and the Ni oxidation state of an LNO electrode, correlated, operando, high fidelity"));
        QVERIFY(in.looksLikeRequest());
        const QJsonObject r = requestDraft(in);
        for (const char *key : {"title", "sample", "observables", "correlations", "fidelity", "cost", "exclude_partners", "exclude_offerings", "pinned"})
            QVERIFY2(r.contains(QString::fromLatin1(key)), key);
        const QJsonObject sample = r.value(QStringLiteral("sample")).toObject();
        QCOMPARE(sample.value(QStringLiteral("shape")).toString(), QStringLiteral("electrode"));
        QCOMPARE(sample.value(QStringLiteral("material")).toString(), QStringLiteral("LNO"));
        const QJsonArray observables = r.value(QStringLiteral("observables")).toArray();
        QCOMPARE(observables.size(), 2);
        QCOMPARE(observables[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("crystal structure"));
        QCOMPARE(observables[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("oxidation state"));
        for (const QJsonValue &o : observables) {
            QCOMPARE(o.toObject().value(QStringLiteral("mode")).toString(), QStringLiteral("operando"));
            QCOMPARE(o.toObject().value(QStringLiteral("roi")).toString(), QStringLiteral("average"));
        }
        const QJsonArray correlations = r.value(QStringLiteral("correlations")).toArray();
        QCOMPARE(correlations.size(), 1);
        QCOMPARE(correlations[0].toObject().value(QStringLiteral("type")).toInt(), 1); // operando: one set-up measures both
        QCOMPARE(correlations[0].toObject().value(QStringLiteral("observables")).toArray().size(), 2);
        QCOMPARE(r.value(QStringLiteral("fidelity")).toString(), QStringLiteral("high"));
    }

    void requestCarriesExclusionsTimeResolutionAndCost()
    {
        const Interpretation in = ask(QStringLiteral(
            "We want to follow phase fractions and SEI composition on the same sample in a pouch cell, one pattern every minute, "
            "operando, cheap, not at ESRF"));
        const QJsonObject r = requestDraft(in);
        QCOMPARE(r.value(QStringLiteral("sample")).toObject().value(QStringLiteral("shape")).toString(), QStringLiteral("pouch cell"));
        QCOMPARE(r.value(QStringLiteral("cost")).toString(), QStringLiteral("low"));
        QCOMPARE(r.value(QStringLiteral("exclude_partners")).toArray(), QJsonArray{QStringLiteral("ESRF")});
        QCOMPARE(r.value(QStringLiteral("correlations")).toArray()[0].toObject().value(QStringLiteral("type")).toInt(), 2);
        QCOMPARE(r.value(QStringLiteral("observables")).toArray()[0].toObject().value(QStringLiteral("time_resolution_s")).toDouble(), 60.0);
    }

    void cliJsonHasQuestionWhereIgnoredAndListRows()
    {
        const QString question = QStringLiteral("XPS at CEA or ESRF, frobnicated");
        const Run r = cli({QStringLiteral("ask"), question, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("question")).toString(), question);
        QCOMPARE(o.value(QStringLiteral("where")).toArray(), (QJsonArray{QStringLiteral("technique=XPS"), QStringLiteral("partner=CEA|ESRF")}));
        QCOMPARE(o.value(QStringLiteral("ignored")).toArray(), QJsonArray{QStringLiteral("frobnicated")});
        const Run list = cli({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--where"),
                              QStringLiteral("technique=XPS"), QStringLiteral("--where"), QStringLiteral("partner=CEA|ESRF")});
        QCOMPARE(o.value(QStringLiteral("rows")).toArray(), QJsonDocument::fromJson(list.out.toUtf8()).array());
        QVERIFY(!o.value(QStringLiteral("rows")).toArray().isEmpty());
    }

    void cliNeverAnswersWithTheWholeMatrix()
    {
        const Run json = cli({QStringLiteral("ask"), QStringLiteral("banana bread recipe"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("rows")).toArray().isEmpty());
        QVERIFY(o.value(QStringLiteral("where")).toArray().isEmpty());
        QVERIFY(!o.value(QStringLiteral("suggestions")).toArray().isEmpty());
        const Run text = cli({QStringLiteral("ask"), QStringLiteral("banana bread recipe")});
        QVERIFY(text.out.contains(QStringLiteral("Nothing understood")));
        QVERIFY(!text.out.contains(QStringLiteral("PARTNER")));
    }

    void cliTextShowsInterpretationAndEmptiedCriterion()
    {
        const Run r = cli({QStringLiteral("ask"), QStringLiteral("muon techniques in Spain")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Understood: source = muon; country = Spain")));
        QVERIFY(r.out.contains(QStringLiteral("none of them has country = Spain")) || r.out.contains(QStringLiteral("No offering in the matrix has")));
    }

    void cliAsRequestAndEvaluate()
    {
        const Run r = cli({QStringLiteral("ask"), QStringLiteral("--as-request"),
                           QStringLiteral("I need the crystal structure and the Ni oxidation state of an LNO electrode, correlated, operando, high fidelity")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("observables")).toArray().size(), 2);
        const Run e = cli({QStringLiteral("ask"), QStringLiteral("--evaluate"), dataPath(QStringLiteral("ask-evaluation.json"))});
        QCOMPARE(e.code, 0);
        QVERIFY(e.out.startsWith(QStringLiteral("Accuracy: ")));
        QCOMPARE(cli({QStringLiteral("ask")}).code, 2);
        QCOMPARE(cli({QStringLiteral("ask"), QStringLiteral("x"), QStringLiteral("--format"), QStringLiteral("yaml")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestAsk)
#include "test_ask.moc"
