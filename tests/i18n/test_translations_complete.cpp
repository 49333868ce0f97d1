// Every shipped translation is complete: no message of a .ts file is left unfinished (it
// would show in English), every plural form is filled in, and the file is for the language
// its name says.
#include "TsFile.h"

#include <QFileInfo>
#include <QTest>

using namespace pm::test;

class TestTranslationsComplete : public QObject {
    Q_OBJECT
private slots:
    void noUnfinishedMessages_data();
    void noUnfinishedMessages();
};

void TestTranslationsComplete::noUnfinishedMessages_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = QString::fromUtf8(PROBEMATRIX_TS_FILES).split(u'|', Qt::SkipEmptyParts);
    QVERIFY2(!files.isEmpty(), "no .ts files configured (translations/CMakeLists.txt)");
    for (const QString &f : files)
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestTranslationsComplete::noUnfinishedMessages()
{
    QFETCH(QString, path);
    const TsFile ts = readTsFile(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));

    // probematrix_fr.ts must say language="fr..." or lrelease/QTranslator pick it wrongly.
    const QString expected = QFileInfo(path).completeBaseName().section(u'_', 1);
    QVERIFY2(ts.language.startsWith(expected),
             qPrintable(QStringLiteral("%1 declares language \"%2\", expected \"%3\"").arg(path, ts.language, expected)));

    qsizetype live = 0;
    QStringList unfinished;
    for (const TsMessage &m : ts.messages) {
        if (m.isDead())
            continue;
        ++live;
        if (m.isUnfinished())
            unfinished.append(m.describe());
    }
    QVERIFY2(live > 0, qPrintable(path + QStringLiteral(" holds no messages; run the update_translations target")));
    if (!unfinished.isEmpty()) {
        const QStringList first = unfinished.mid(0, 15);
        QFAIL(qPrintable(QStringLiteral("%1: %2 of %3 messages unfinished (translate them in Qt Linguist), first ones:\n  %4")
                             .arg(QFileInfo(path).fileName())
                             .arg(unfinished.size())
                             .arg(live)
                             .arg(first.join(QStringLiteral("\n  ")))));
    }
}

QTEST_GUILESS_MAIN(TestTranslationsComplete)
#include "test_translations_complete.moc"
