// Replays the inputs that once crashed a fuzz target (regressions/<target>/) and the seed
// corpora (corpus/<target>/) through the same parse functions the fuzz targets call. A
// regression input that crashes, hangs or trips a sanitizer fails this test; a regression
// with a neighbouring "<name>.expect" file must also be refused with a message containing
// that text (what the user is told after the fix).
#include "FuzzInputs.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace pm;

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private:
    static QStringList targets()
    {
        return {QStringLiteral("tsv"),   QStringLiteral("csv"),     QStringLiteral("json"),   QStringLiteral("xlsx"),
                QStringLiteral("request"), QStringLiteral("ask"),   QStringLiteral("where"),  QStringLiteral("logbook"),
                QStringLiteral("notify"),  QStringLiteral("stored_plan"), QStringLiteral("archive")};
    }

    static void addInputs(const QString &kind)
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        int count = 0;
        for (const QString &target : targets()) {
            const QDir dir(QStringLiteral(PROBEMATRIX_FUZZ_DIR "/") + kind + QLatin1Char('/') + target);
            const auto files = dir.entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
            for (const QFileInfo &f : files) {
                if (f.suffix() == u"expect" || f.fileName() == u"README.md")
                    continue;
                QTest::newRow(qPrintable(target + QLatin1Char('/') + f.fileName())) << target << f.filePath();
                ++count;
            }
        }
        if (count == 0)
            QTest::newRow("no inputs found") << QString() << QString();
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

private slots:
    void seedsParseWithoutCrashing_data() { addInputs(QStringLiteral("corpus")); }
    void seedsParseWithoutCrashing()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QVERIFY2(!target.isEmpty(), "the seed corpora under tests/fuzz/corpus/ are missing");
        const auto entry = fuzz::entryFor(target);
        QVERIFY(entry);
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QString refusal = entry(f.readAll());
        // A refusal must say what is wrong; acceptance is fine. Either way: no crash.
        if (!refusal.isNull())
            QVERIFY2(!refusal.trimmed().isEmpty(), qPrintable(path));
    }

    void regressionsStayFixed_data() { addInputs(QStringLiteral("regressions")); }
    void regressionsStayFixed()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        if (target.isEmpty())
            QSKIP("no fuzz regressions recorded yet");
        const auto entry = fuzz::entryFor(target);
        QVERIFY(entry);
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QString refusal = entry(f.readAll());
        const QString expectPath = path + QStringLiteral(".expect");
        if (QFile::exists(expectPath)) {
            const QString expected = QString::fromUtf8(read(expectPath)).trimmed();
            QVERIFY2(refusal.contains(expected),
                     qPrintable(QStringLiteral("%1: expected a refusal containing \"%2\", got \"%3\"").arg(path, expected, refusal)));
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "test_fuzz_regressions.moc"
