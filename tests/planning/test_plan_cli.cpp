// probematrix-cli plan / logbook / report, run as a user would (the default database, seeded
// on first use in the test's private HOME).
#include "TestSupport.h"

#include "planning/PlanStore.h"
#include "store/BundledMatrix.h"
#include "store/Database.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pm;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(test::cliPath(), args);
    if (!p.waitForFinished(120000))
        qFatal("probematrix-cli did not finish");
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString scenario(const char *name)
{
    return test::dataPath(QStringLiteral("scenarios/%1/request.json").arg(QLatin1String(name)));
}

// The rows of a CSV file (RFC 4180: quoted fields may hold commas, quotes and newlines).
QList<QStringList> csvRows(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"')
                field += text[++i];
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

QString squeezed(const QString &text)
{
    // Whitespace and hyphens go: pdftotext joins "ex-" + "situ" at a line end as "exsitu";
    // NFKC because the PDF keeps ligatures ("\uFB01") where the plan spells the letters.
    static const QRegularExpression space(QStringLiteral("[\\s\\-]+"));
    return text.normalized(QString::NormalizationForm_KC).remove(space);
}

} // namespace

class TestPlanCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void planPrintsTheContract()
    {
        const QString csv = m_dir.filePath(QStringLiteral("plan.csv"));
        const QString dot = m_dir.filePath(QStringLiteral("plan.dot"));
        const Run r = cli({QStringLiteral("plan"), scenario("oems-waxs-saxs-operando"), QStringLiteral("--top"), QStringLiteral("3"),
                           QStringLiteral("--csv"), csv, QStringLiteral("--dot"), dot});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray plans = o.value(QStringLiteral("plans")).toArray();
        QVERIFY(!plans.isEmpty() && plans.size() <= 3);
        QVERIFY(o.value(QStringLiteral("rejected")).isArray());
        QVERIFY(o.value(QStringLiteral("unmeasurable")).toArray().isEmpty());
        const QJsonObject best = plans.first().toObject();
        QCOMPARE(best.value(QStringLiteral("rank")).toInt(), 1);
        for (const char *k : {"fidelity", "cost", "duration_days", "class", "samples", "steps", "edges"})
            QVERIFY2(best.contains(QLatin1String(k)), k);
        QSet<QString> ids;
        for (const QJsonValue &s : best.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject step = s.toObject();
            ids.insert(step.value(QStringLiteral("id")).toString());
            QVERIFY(QStringList({QStringLiteral("prepare"), QStringLiteral("measure"), QStringLiteral("transfer"), QStringLiteral("ship")})
                        .contains(step.value(QStringLiteral("kind")).toString()));
            for (const char *k : {"offering_id", "partner", "observables", "sample", "destructive"})
                QVERIFY2(step.contains(QLatin1String(k)), k);
        }
        for (const QJsonValue &e : best.value(QStringLiteral("edges")).toArray()) {
            QVERIFY(ids.contains(e.toObject().value(QStringLiteral("from")).toString()));
            QVERIFY(ids.contains(e.toObject().value(QStringLiteral("to")).toString()));
        }
        for (const QJsonValue &rej : o.value(QStringLiteral("rejected")).toArray())
            for (const char *k : {"offering_id", "partner", "technique", "observable", "reason"})
                QVERIFY2(rej.toObject().contains(QLatin1String(k)), k);
        QVERIFY(test::readFile(csv).startsWith("plan_rank,step,kind"));
        QVERIFY(test::readFile(dot).startsWith("digraph plan"));
    }

    // A plan made yesterday is listed and shown again, as proposed, with the statuses set since.
    void storedPlansAreListedAndShown()
    {
        // The default database (seeded with the bundled matrix), as the CLI opens it.
        const Run planned = cli({QStringLiteral("plan"), scenario("two-destructive-techniques"), QStringLiteral("--top"), QStringLiteral("0")});
        QVERIFY2(planned.code == 0, qPrintable(planned.err));
        const QJsonObject proposed = QJsonDocument::fromJson(planned.out.toUtf8()).object();
        const Run list = cli({QStringLiteral("plan"), QStringLiteral("--list-stored")});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        const QStringList fields = list.out.split(u'\n').first().split(u'\t'); // newest first: ours
        QCOMPARE(fields.size(), 5);
        QCOMPARE(fields.at(3), QStringLiteral("%1 plan(s)").arg(proposed.value(QStringLiteral("plans")).toArray().size()));
        const qint64 id = fields.first().toLongLong();
        QVERIFY(id > 0);
        QString step;
        {
            setApplicationIdentity(); // the CLI's default database, not the test's
            auto opened = openForUser({});
            QVERIFY(opened);
            auto plans = planstore::planIds(**opened, id);
            QVERIFY(plans && !plans->isEmpty());
            step = proposed.value(QStringLiteral("plans")).toArray().first().toObject().value(QStringLiteral("steps")).toArray().at(1).toObject().value(QStringLiteral("id")).toString();
            QVERIFY(planstore::setStepStatus(**opened, plans->first(), step, StepStatus::Accepted, 0));
        }
        const Run shown = cli({QStringLiteral("plan"), QStringLiteral("--stored"), QString::number(id)});
        QVERIFY2(shown.code == 0, qPrintable(shown.err));
        const QJsonObject again = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(again.value(QStringLiteral("plans")), proposed.value(QStringLiteral("plans")));
        QCOMPARE(again.value(QStringLiteral("statuses")).toObject().value(QStringLiteral("1")).toObject().value(step).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("accepted"));
        const Run missing = cli({QStringLiteral("plan"), QStringLiteral("--stored"), QString::number(id + 50)});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("stored request %1").arg(id + 50)), qPrintable(missing.err));
    }

    void exhaustiveGivesTheSameFront()
    {
        const Run fast = cli({QStringLiteral("plan"), scenario("two-destructive-techniques"), QStringLiteral("--top"), QStringLiteral("0"), QStringLiteral("--no-store")});
        const Run brute = cli({QStringLiteral("plan"), scenario("two-destructive-techniques"), QStringLiteral("--top"), QStringLiteral("0"),
                               QStringLiteral("--exhaustive"), QStringLiteral("--no-store")});
        QCOMPARE(fast.code, 0);
        QCOMPARE(brute.code, 0);
        auto objectives = [](const QString &json) {
            QStringList out;
            for (const QJsonValue &p : QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("plans")).toArray())
                out.append(QStringLiteral("%1/%2/%3").arg(p[QStringLiteral("fidelity")].toDouble()).arg(p[QStringLiteral("cost")].toDouble())
                               .arg(p[QStringLiteral("duration_days")].toDouble()));
            out.sort();
            return out;
        };
        QCOMPARE(objectives(fast.out), objectives(brute.out));
    }

    void brokenRequestNamesTheField()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        test::writeFile(path, R"({"sample": {"shape": "electrode"}, "observables": [{"name": "strain", "mode": "operand"}]})");
        const Run r = cli({QStringLiteral("plan"), path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("observables[0].mode")) && r.err.contains(QStringLiteral("operando")), qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("plan")}).code, 2);
        QCOMPARE(cli({QStringLiteral("plan"), scenario("low-cost-laboratory"), QStringLiteral("--format"), QStringLiteral("xml")}).code, 2);
    }

    // The access flags change the plan as the request's fields would (issue 13): under a
    // standard proposal nanostructure takes more than 6 months, with long-term access weeks;
    // each large-scale-facility step names its route and lead time.
    void accessRouteFlagChangesTheTimeline()
    {
        const Run standard = cli({QStringLiteral("plan"), scenario("lsf-standard-access"), QStringLiteral("--no-store")});
        QVERIFY2(standard.code == 0, qPrintable(standard.err));
        const Run hub = cli({QStringLiteral("plan"), scenario("lsf-standard-access"), QStringLiteral("--no-store"), QStringLiteral("--access-routes"),
                             QStringLiteral("long-term"), QStringLiteral("--available-amount"), QStringLiteral("2 g")});
        QVERIFY2(hub.code == 0, qPrintable(hub.err));
        const QJsonObject slow = QJsonDocument::fromJson(standard.out.toUtf8()).object()[QStringLiteral("plans")].toArray().first().toObject();
        const QJsonObject fast = QJsonDocument::fromJson(hub.out.toUtf8()).object()[QStringLiteral("plans")].toArray().first().toObject();
        QVERIFY(slow[QStringLiteral("duration_days")].toDouble() > 180);
        QVERIFY(fast[QStringLiteral("duration_days")].toDouble() < 90);
        const QJsonObject requirements = fast[QStringLiteral("steps")].toArray().at(1).toObject()[QStringLiteral("requirements")].toObject();
        QVERIFY2(requirements[QStringLiteral("access_route")].toString().startsWith(QStringLiteral("long-term")),
                 QJsonDocument(requirements).toJson().constData());
        QVERIFY(requirements[QStringLiteral("lead_days")].toDouble() < 90);
        QCOMPARE(requirements[QStringLiteral("amount")].toString(), QStringLiteral("300 mg"));
    }

    void textFormatAndReports()
    {
        const Run text = cli({QStringLiteral("plan"), scenario("operando-particle-cracking"), QStringLiteral("--format"), QStringLiteral("text")});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QStringLiteral("Unmeasurable: particle cracking")));
        const Run wanted = cli({QStringLiteral("report"), QStringLiteral("most-wanted"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(wanted.code, 0);
        bool cracking = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(wanted.out.toUtf8()).array())
            cracking = cracking || (v[QStringLiteral("observable")].toString() == u"particle cracking" && v[QStringLiteral("count")].toInt() >= 1);
        QVERIFY2(cracking, qPrintable(wanted.out));
        const Run developments = cli({QStringLiteral("report"), QStringLiteral("developments")});
        QCOMPARE(developments.code, 0);
        QVERIFY2(developments.out.contains(QStringLiteral("no operando cell for nano-CT at SOLEIL")), qPrintable(developments.out));
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("best-sellers")}).code, 2);
    }

    // Issue 13: every text names the site where a measurement happens, as the shipments do.
    // DTU's synchrotron XRD is at MAX IV in Lund (sites.json placement), so the text output,
    // the CSV, the graph and the PDF say "DTU at MAX IV (Lund)", never plain "at DTU". The
    // CSV carries each step's practical details, the contact from the site registry included.
    void stepLocationIsWhereTheMeasurementHappens()
    {
        const QString request = m_dir.filePath(QStringLiteral("dtu-sxrd.json"));
        test::writeFile(request, R"({"title": "operando structure", "sample": {"shape": "pouch cell", "material": "LNO/Gr"}, "origin": "DTU",
            "observables": [{"name": "crystal structure", "mode": "operando", "time_resolution_s": 60}],
            "exclude_partners": ["ESRF", "CEA", "SOLEIL", "ILL", "CNR", "TUD", "KIT", "UU", "FZJ"]})");
        const QString csv = m_dir.filePath(QStringLiteral("dtu.csv"));
        const QString dot = m_dir.filePath(QStringLiteral("dtu.dot"));
        const Run text = cli({QStringLiteral("plan"), request, QStringLiteral("--no-store"), QStringLiteral("--format"), QStringLiteral("text"),
                              QStringLiteral("--csv"), csv, QStringLiteral("--dot"), dot});
        QVERIFY2(text.code == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("X-ray diffraction (XRD) at DTU at MAX IV (Lund) (operando)")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("to MAX IV Laboratory")), qPrintable(text.out)); // the shipment goes there
        QVERIFY2(!text.out.contains(QStringLiteral("(XRD) at DTU (")), qPrintable(text.out));
        QVERIFY2(QString::fromUtf8(test::readFile(dot)).contains(QStringLiteral("at DTU at MAX IV (Lund)")), test::readFile(dot).constData());

        const QList<QStringList> rows = csvRows(QString::fromUtf8(test::readFile(csv)));
        QVERIFY(rows.size() >= 2);
        const QStringList header = rows.first();
        for (const char *column : {"location", "site", "contact", "amount", "sample_form", "cell", "holder", "air_handling", "access_route", "lead_days"})
            QVERIFY2(header.contains(QLatin1String(column)), column);
        auto at = [&](const QStringList &row, const char *column) { return row.value(header.indexOf(QLatin1String(column))); };
        int measured = 0;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), header.size());
            if (at(row, "kind") != u"measure")
                continue;
            ++measured;
            QCOMPARE(at(row, "location"), QStringLiteral("DTU at MAX IV (Lund)"));
            QVERIFY2(at(row, "site").contains(QStringLiteral("MAX IV")), qPrintable(at(row, "site")));
            QVERIFY2(at(row, "contact").contains(QStringLiteral("maxiv.lu.se")), qPrintable(at(row, "contact"))); // sites.json, not the matrix cell
            QCOMPARE(at(row, "amount"), QStringLiteral("1 cell"));
            QCOMPARE(at(row, "air_handling"), QStringLiteral("none needed")); // the request's pouch cell is not air-sensitive
            QVERIFY2(at(row, "sample_form").contains(QStringLiteral("Pouch cell")), qPrintable(at(row, "sample_form")));
            QVERIFY2(at(row, "access_route").contains(QStringLiteral("standard proposal")), qPrintable(at(row, "access_route")));
            QVERIFY2(at(row, "lead_days").toDouble() > 180, qPrintable(at(row, "lead_days")));
        }
        QCOMPARE(measured, 1);

        const Run json = cli({QStringLiteral("plan"), request, QStringLiteral("--no-store")});
        QVERIFY2(json.code == 0, qPrintable(json.err));
        bool located = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(json.out.toUtf8()).object()[QStringLiteral("plans")].toArray().first()[QStringLiteral("steps")].toArray())
            located = located || v[QStringLiteral("location")].toString() == u"DTU at MAX IV (Lund)";
        QVERIFY(located);

        // A partner with several laboratories: the city of each (sites.json), beside the
        // shipment between them.
        const QString cnrsCsv = m_dir.filePath(QStringLiteral("cnrs.csv"));
        const Run cnrs = cli({QStringLiteral("plan"), scenario("cnrs-pau-bordeaux-shipment"), QStringLiteral("--no-store"), QStringLiteral("--format"),
                              QStringLiteral("text"), QStringLiteral("--csv"), cnrsCsv});
        QVERIFY2(cnrs.code == 0, qPrintable(cnrs.err));
        QVERIFY2(cnrs.out.contains(QStringLiteral(" at CNRS (Pau) (ex-situ")) && cnrs.out.contains(QStringLiteral(" at CNRS (Pessac) (ex-situ")),
                 qPrintable(cnrs.out));
        // An air-sensitive sample: every measurement and shipment says how air is kept away.
        const QList<QStringList> cnrsRows = csvRows(QString::fromUtf8(test::readFile(cnrsCsv)));
        const QStringList cnrsHeader = cnrsRows.first();
        const auto kindAt = cnrsHeader.indexOf(QStringLiteral("kind"));
        const auto airAt = cnrsHeader.indexOf(QStringLiteral("air_handling"));
        int described = 0;
        for (const QStringList &row : cnrsRows.mid(1)) {
            if (row.value(kindAt) == u"measure") {
                QVERIFY2(row.value(airAt).startsWith(QStringLiteral("inert gas throughout")), qPrintable(row.join(u'|')));
                ++described;
            } else if (row.value(kindAt) == u"ship") {
                QVERIFY2(!row.value(airAt).isEmpty(), qPrintable(row.join(u'|')));
            }
        }
        QCOMPARE(described, 2);

        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString pdf = m_dir.filePath(QStringLiteral("dtu.pdf"));
        const Run written = cli({QStringLiteral("plan"), request, QStringLiteral("--no-store"), QStringLiteral("--pdf"), pdf});
        if (written.code != 0 && written.err.contains(QStringLiteral("not available in this build")))
            QSKIP("built without the report library");
        QVERIFY2(written.code == 0, qPrintable(written.err));
        QProcess pdfText;
        pdfText.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(pdfText.waitForFinished(60000));
        const QString pdfWords = squeezed(QString::fromUtf8(pdfText.readAllStandardOutput()));
        QVERIFY2(pdfWords.contains(squeezed(QStringLiteral("DTU at MAX IV (Lund)"))), qPrintable(pdfWords.left(3000)));
        QVERIFY2(pdfWords.contains(squeezed(QStringLiteral("maxiv.lu.se"))), qPrintable(pdfWords.left(3000)));
    }

    void planWritesPdfHeadless()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString pdf = m_dir.filePath(QStringLiteral("plan.pdf"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI must choose the offscreen platform itself
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(test::cliPath(), {QStringLiteral("plan"), scenario("two-destructive-techniques"), QStringLiteral("--no-store"),
                                  QStringLiteral("--pdf"), pdf});
        QVERIFY(p.waitForFinished(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (p.exitCode() != 0 && err.contains(QStringLiteral("not available in this build")))
            QSKIP("built without the report library");
        QVERIFY2(p.exitCode() == 0, qPrintable(err));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QVERIFY(test::readFile(pdf).startsWith("%PDF"));

        QProcess text;
        // -raw: in drawing order, one cell after another. The default reading order interleaves
        // the lines of a wrapped table cell with the next columns' ("Inductively coupled plasma
        // optical" + "sample-2 17 Dec" + "emission ..."), so a technique name is found or not
        // depending on where the rows happen to wrap.
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString pdfText = squeezed(QString::fromUtf8(text.readAllStandardOutput()));
        const QJsonObject best = QJsonDocument::fromJson(p.readAllStandardOutput()).object()
                                     .value(QStringLiteral("plans")).toArray().first().toObject();
        int measured = 0;
        for (const QJsonValue &v : best.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject step = v.toObject();
            if (step.value(QStringLiteral("kind")).toString() != u"measure")
                continue;
            ++measured;
            const QString technique = step.value(QStringLiteral("technique")).toString();
            const QString partner = step.value(QStringLiteral("partner")).toString();
            QVERIFY2(pdfText.contains(squeezed(technique)), qPrintable(technique));
            QVERIFY2(pdfText.contains(squeezed(partner)), qPrintable(partner));
        }
        QVERIFY(measured > 0);
    }

    // Stopped by the time limit, the outcome states its certificate: `complete` false, a bound
    // and a gap for the front and each plan, the warning on stderr (no progress line: stderr
    // is not a terminal), and the PDF report says it too. A complete search has gap 0.
    void incompleteSearchStatesItsGap()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("incomplete.pdf"));
        const Run r = cli({QStringLiteral("plan"), test::dataPath(QStringLiteral("issue14-pouch-14.json")), QStringLiteral("--no-store"),
                           QStringLiteral("--time-limit"), QStringLiteral("0.3"), QStringLiteral("--pdf"), pdf});
        const bool pdfBuilt = !r.err.contains(QStringLiteral("not available in this build"));
        QVERIFY2(r.code == 0 || !pdfBuilt, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("no plan can have a fidelity above")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("searching:")));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("complete")).toBool(true), false);
        const double frontBound = o.value(QStringLiteral("bound")).toDouble(-1);
        const double frontGap = o.value(QStringLiteral("gap")).toDouble(-1);
        QVERIFY(frontGap > 0);
        QVERIFY(frontBound <= 1.0);
        const QJsonArray plans = o.value(QStringLiteral("plans")).toArray();
        QVERIFY(!plans.isEmpty());
        for (const QJsonValue &v : plans) {
            const QJsonObject p = v.toObject();
            const double fidelity = p.value(QStringLiteral("fidelity")).toDouble();
            const double bound = p.value(QStringLiteral("bound")).toDouble(-1);
            QVERIFY(bound >= fidelity);
            QVERIFY(bound <= frontBound);
            QVERIFY(qAbs(p.value(QStringLiteral("gap")).toDouble(-1) - (bound - fidelity)) < 1.5e-4);
            QVERIFY(fidelity <= frontBound - frontGap + 1e-9); // the front's gap is from its best plan
        }
        if (pdfBuilt && !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(60000));
            const QString pdfText = squeezed(QString::fromUtf8(text.readAllStandardOutput()));
            QVERIFY2(pdfText.contains(squeezed(QStringLiteral("stopped before the front was proven complete"))), qPrintable(pdfText.left(2000)));
            QVERIFY(pdfText.contains(squeezed(QStringLiteral("(gap %1)").arg(frontGap, 0, 'f', 3))));
        }

        const Run full = cli({QStringLiteral("plan"), scenario("oems-waxs-saxs-operando"), QStringLiteral("--no-store")});
        QVERIFY2(full.code == 0, qPrintable(full.err));
        const QJsonObject done = QJsonDocument::fromJson(full.out.toUtf8()).object();
        QCOMPARE(done.value(QStringLiteral("complete")).toBool(false), true);
        QCOMPARE(done.value(QStringLiteral("gap")).toDouble(-1), 0.0);
        for (const QJsonValue &v : done.value(QStringLiteral("plans")).toArray()) {
            QCOMPARE(v.toObject().value(QStringLiteral("gap")).toDouble(-1), 0.0);
            QCOMPARE(v.toObject().value(QStringLiteral("bound")).toDouble(-1), v.toObject().value(QStringLiteral("fidelity")).toDouble());
        }
        QVERIFY(!full.err.contains(QStringLiteral("fidelity above")));
    }

    void logbookImport()
    {
        const QString path = m_dir.filePath(QStringLiteral("logbook.csv"));
        test::writeFile(path, "date,partner,technique,instrument,material,observable\n2024-03-01,CEA,XPS,lab XPS,LiNiO2,SEI composition\n");
        const Run r = cli({QStringLiteral("logbook"), QStringLiteral("import"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("imported 1")));
        const Run list = cli({QStringLiteral("logbook"), QStringLiteral("list")});
        QVERIFY(list.out.contains(QStringLiteral("2024-03-01\tCEA\tXPS")));
        test::writeFile(path, "date,partner\n2024-03-01,CEA\n");
        QCOMPARE(cli({QStringLiteral("logbook"), QStringLiteral("import"), path}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestPlanCli)
#include "test_plan_cli.moc"
