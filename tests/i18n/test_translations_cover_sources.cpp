// Every user-visible string of the sources is in every .ts file: lupdate is run afresh
// over the project's own folders into a temporary .ts, and each of its messages must be a
// live message of the committed files. A string added to the code without running the
// update_translations target fails here.
#include "TsFile.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pm::test;

class TestTranslationsCoverSources : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everySourceStringIsInTheTsFile_data();
    void everySourceStringIsInTheTsFile();
    void everySourceStringHasItsRuntimeContext();

private:
    QTemporaryDir m_dir;
    QList<TsMessage> m_fresh;
    QString m_lupdateOutput;
};

void TestTranslationsCoverSources::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString freshTs = m_dir.filePath(QStringLiteral("fresh_fr.ts"));
    QStringList args{QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete")};
    // The folders only, no include paths: lupdate must not crawl Boost or Qt.
    const QStringList dirs = QString::fromUtf8(PROBEMATRIX_TRANSLATED_DIRS).split(u'|', Qt::SkipEmptyParts);
    QVERIFY2(!dirs.isEmpty(), "no source folders configured (translations/CMakeLists.txt)");
    args << dirs << QStringLiteral("-ts") << freshTs;

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(PROBEMATRIX_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish within 2 minutes");
    m_lupdateOutput = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(m_lupdateOutput));

    const TsFile fresh = readTsFile(freshTs);
    QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
    m_fresh = fresh.messages;
    QVERIFY2(m_fresh.size() > 0, "lupdate found no translatable string in the sources");
}

void TestTranslationsCoverSources::everySourceStringIsInTheTsFile_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = QString::fromUtf8(PROBEMATRIX_TS_FILES).split(u'|', Qt::SkipEmptyParts);
    QVERIFY2(!files.isEmpty(), "no .ts files configured (translations/CMakeLists.txt)");
    for (const QString &f : files)
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestTranslationsCoverSources::everySourceStringIsInTheTsFile()
{
    QFETCH(QString, path);
    const TsFile committed = readTsFile(path);
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
    QSet<QString> live;
    for (const TsMessage &m : committed.messages)
        if (!m.isDead())
            live.insert(m.key());

    QStringList missing;
    for (const TsMessage &m : std::as_const(m_fresh))
        if (!live.contains(m.key()))
            missing.append(m.describe());
    if (!missing.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1 lacks %2 of the %3 source strings (build the update_translations target, then translate), first ones:\n  %4")
                             .arg(QFileInfo(path).fileName())
                             .arg(missing.size())
                             .arg(m_fresh.size())
                             .arg(missing.mid(0, 15).join(QStringLiteral("\n  ")))));
}

// lupdate files a tr() whose class it cannot see (no Q_OBJECT or Q_DECLARE_TR_FUNCTIONS,
// or a home-made tr() helper) under a guessed context. At run time the string is looked up
// under another context, so its translation is never shown, however complete the .ts is.
void TestTranslationsCoverSources::everySourceStringHasItsRuntimeContext()
{
    static const QRegularExpression guessed(QStringLiteral("^.*lacks Q_OBJECT macro.*$"), QRegularExpression::MultilineOption);
    QStringList lines;
    for (auto it = guessed.globalMatch(m_lupdateOutput); it.hasNext();)
        lines.append(it.next().captured(0).trimmed());
    if (!lines.isEmpty())
        QFAIL(qPrintable(QStringLiteral("lupdate cannot tell the context of %1 tr() call site(s); give the class Q_OBJECT or "
                                        "Q_DECLARE_TR_FUNCTIONS, or use QCoreApplication::translate(\"Context\", ...) with "
                                        "QT_TRANSLATE_NOOP:\n  %2")
                             .arg(lines.size())
                             .arg(lines.join(QStringLiteral("\n  ")))));
}

QTEST_GUILESS_MAIN(TestTranslationsCoverSources)
#include "test_translations_cover_sources.moc"
