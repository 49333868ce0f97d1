// probematrix-cli plan-report: the same PDF as the GUI, written headless.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace pm;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI must choose the offscreen platform itself
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(test::cliPath(), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString squeezed(const QString &text)
{
    // Whitespace and hyphens go: pdftotext joins "ex-" + "situ" at a line end as "exsitu".
    static const QRegularExpression space(QStringLiteral("[\\s\\-]+"));
    // NFKC: the PDF keeps ligatures ("ﬁ"), the plan spells the letters.
    return text.normalized(QString::NormalizationForm_KC).remove(space);
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    p.waitForFinished(60000);
    return squeezed(QString::fromUtf8(p.readAllStandardOutput()));
}

} // namespace

class TestPlanReportCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    // Issue 18 §4: table cells wrap between words, never inside one ("electrochemic al"):
    // every technique word of the report comes out of pdftotext whole, line by line.
    void cellsWrapBetweenWords()
    {
        const QString request = test::dataPath(QStringLiteral("scenarios/cnrs-pau-bordeaux-shipment/request.json"));
        const QString pdf = m_dir.filePath(QStringLiteral("words.pdf"));
        const Run run = runCli({QStringLiteral("plan"), request, QStringLiteral("--no-store"), QStringLiteral("--format"), QStringLiteral("text"),
                                QStringLiteral("--pdf"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        for (const QString &word : {QStringLiteral("paramagnetic"), QStringLiteral("photoelectron"), QStringLiteral("spectroscopy")}) {
            const qsizetype whole = text.count(word);
            const qsizetype started = text.count(word.left(word.size() - 2));
            QVERIFY2(whole > 0 && whole == started, qPrintable(QStringLiteral("%1: %2 whole of %3").arg(word).arg(whole).arg(started)));
        }
    }

    void writesPdfAndSvgHeadless()
    {
        const QString request = test::dataPath(QStringLiteral("scenarios/two-destructive-techniques/request.json"));
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        const QString svg = m_dir.filePath(QStringLiteral("graph.svg"));
        const Run run = runCli({QStringLiteral("plan-report"), request, QStringLiteral("--pdf"), pdf,
                                QStringLiteral("--svg"), svg, QStringLiteral("--start"), QStringLiteral("2026-11-23")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QVERIFY(test::readFile(svg).contains("<svg"));
        const auto pages = QRegularExpression(QStringLiteral("(\\d+) pages")).match(run.out);
        QVERIFY2(pages.hasMatch(), qPrintable(run.out));
        QVERIFY(pages.captured(1).toInt() >= 5);

        // The plan printed by `plan --format json` is the one in the PDF.
        const Run plan = runCli({QStringLiteral("plan"), request, QStringLiteral("--no-store")});
        QCOMPARE(plan.exitCode, 0);
        const QJsonObject best = QJsonDocument::fromJson(plan.out.toUtf8()).object().value(QStringLiteral("plans")).toArray().first().toObject();
        const QString text = pdfText(pdf);
        int measured = 0;
        for (const QJsonValue &v : best.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject step = v.toObject();
            if (step.value(QStringLiteral("kind")).toString() != u"measure")
                continue;
            ++measured;
            QVERIFY2(text.contains(squeezed(step.value(QStringLiteral("technique")).toString())), qPrintable(step.value(QStringLiteral("technique")).toString()));
            QVERIFY2(text.contains(squeezed(step.value(QStringLiteral("partner")).toString())), qPrintable(step.value(QStringLiteral("partner")).toString()));
        }
        QVERIFY(measured > 0);
    }

    void refusesBadInput()
    {
        const QString request = test::dataPath(QStringLiteral("scenarios/two-destructive-techniques/request.json"));
        Run run = runCli({QStringLiteral("plan-report"), request});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--pdf")));
        run = runCli({QStringLiteral("plan-report"), request, QStringLiteral("--pdf"),
                      m_dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--plan"), QStringLiteral("99")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--plan 99")), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
        run = runCli({QStringLiteral("plan-report"), m_dir.filePath(QStringLiteral("missing.json")),
                      QStringLiteral("--pdf"), m_dir.filePath(QStringLiteral("y.pdf"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("missing.json")));
    }
};

QTEST_GUILESS_MAIN(TestPlanReportCli)
#include "test_plan_report_cli.moc"
