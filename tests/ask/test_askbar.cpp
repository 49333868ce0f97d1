// The query bar (issue 4), offscreen: type, press Return, read the chips, remove and edit one.
#include "TestSupport.h"

#include "AskBar.h"
#include "AskChip.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace pm;
using namespace pm::test;
using pm::ui::AskBar;
using pm::ui::AskChip;

namespace {
QStringList whereOf(const QList<FilterExpression> &expressions)
{
    QStringList out;
    for (const FilterExpression &e : expressions)
        out.append(e.toString());
    return out;
}
} // namespace

class TestAskBar : public QObject {
    Q_OBJECT
    std::unique_ptr<BundledDatabase> m_db;
    std::unique_ptr<AskBar> m_bar;

    QList<AskChip *> chips()
    {
        QCoreApplication::processEvents(); // the chips are rebuilt after the signal
        QList<AskChip *> visible;
        for (AskChip *c : m_bar->findChildren<AskChip *>())
            visible.append(c);
        return visible;
    }

    void type(const QString &question)
    {
        m_bar->lineEdit()->clear();
        QTest::keyClicks(m_bar->lineEdit(), question);
        QTest::keyClick(m_bar->lineEdit(), Qt::Key_Return);
    }

private slots:
    void initTestCase() { m_db = std::make_unique<BundledDatabase>(); }

    void init()
    {
        m_bar = std::make_unique<AskBar>();
        QVERIFY(!m_bar->isEnabled()); // no matrix yet
        m_bar->setMatrix(&m_db->matrix);
        QVERIFY(m_bar->isEnabled());
        m_bar->show();
    }

    void placeholderInvitesAQuestion()
    {
        QVERIFY(m_bar->lineEdit()->placeholderText().startsWith(QStringLiteral("Ask the matrix")));
    }

    void returnShowsChipsAndEmitsExpressions()
    {
        QSignalSpy spy(m_bar.get(), &AskBar::expressionsChanged);
        type(QStringLiteral("Who can measure gas evolution operando at CEA or ESRF, frobnicated?"));
        QCOMPARE(spy.count(), 1);
        const QStringList expected = {QStringLiteral("observable=gas evolution"), QStringLiteral("mode=operando"), QStringLiteral("partner=CEA|ESRF")};
        QCOMPARE(whereOf(spy.last().at(0).value<QList<FilterExpression>>()), expected);
        const QList<AskChip *> c = chips();
        QCOMPARE(c.size(), 3);
        QStringList chipExpressions;
        for (AskChip *chip : c)
            chipExpressions.append(chip->property("expression").toString());
        QCOMPARE(chipExpressions, expected);
        QCOMPARE(c[2]->findChild<QToolButton *>(QStringLiteral("chipText"))->text(), QStringLiteral("partner = CEA or ESRF"));
        auto *ignored = m_bar->findChild<QLabel *>(QStringLiteral("askIgnored"));
        QVERIFY(ignored->isVisible());
        QVERIFY(ignored->text().contains(QStringLiteral("frobnicated")));
    }

    void removingAChipEmitsTheRest()
    {
        type(QStringLiteral("XPS at CEA"));
        QSignalSpy spy(m_bar.get(), &AskBar::expressionsChanged);
        QList<AskChip *> c = chips();
        QCOMPARE(c.size(), 2);
        QTest::mouseClick(c[1]->findChild<QToolButton *>(QStringLiteral("removeChip")), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(whereOf(spy.last().at(0).value<QList<FilterExpression>>()), QStringList{QStringLiteral("technique=XPS")});
        QCOMPARE(chips().size(), 1);
        QCOMPARE(m_bar->interpretation().rows.isEmpty(), false); // XPS anywhere has rows
    }

    void editingAChipChangesItsValue()
    {
        type(QStringLiteral("XPS at CEA"));
        QSignalSpy spy(m_bar.get(), &AskBar::expressionsChanged);
        AskChip *partner = chips()[1];
        QTest::mouseClick(partner->findChild<QToolButton *>(QStringLiteral("chipText")), Qt::LeftButton);
        auto *editor = partner->findChild<QLineEdit *>(QStringLiteral("chipEditor"));
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->text(), QStringLiteral("partner=CEA"));
        // A value the matrix does not know keeps the editor open and emits nothing.
        editor->setText(QStringLiteral("partner=Nowhere"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(spy.count(), 0);
        QVERIFY(editor->toolTip().contains(QStringLiteral("unknown partner")));
        editor->setText(QStringLiteral("partner=ESRF"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(whereOf(spy.last().at(0).value<QList<FilterExpression>>()),
                 (QStringList{QStringLiteral("technique=XPS"), QStringLiteral("partner=ESRF")}));
        QCOMPARE(chips()[1]->property("expression").toString(), QStringLiteral("partner=ESRF"));
    }

    void nothingUnderstoodSuggestsAndFiltersNothing()
    {
        QSignalSpy spy(m_bar.get(), &AskBar::expressionsChanged);
        type(QStringLiteral("banana bread recipe"));
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.last().at(0).value<QList<FilterExpression>>().isEmpty());
        QVERIFY(chips().isEmpty());
        auto *message = m_bar->findChild<QLabel *>(QStringLiteral("askMessage"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("Nothing understood")));
        QVERIFY(m_bar->interpretation().rows.isEmpty());
    }

    void emptyAnswerSaysWhichCriterion()
    {
        type(QStringLiteral("operando XPS at SINTEF"));
        auto *message = m_bar->findChild<QLabel *>(QStringLiteral("askMessage"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().startsWith(QStringLiteral("No matching offering")));
    }

    void questionAskedSaysWhetherToRefine()
    {
        QSignalSpy spy(m_bar.get(), &AskBar::questionAsked);
        type(QStringLiteral("XPS at CEA"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.last().at(0).toBool(), false); // a new question starts clean by default
        m_bar->findChild<QToolButton *>(QStringLiteral("askRefine"))->click();
        QVERIFY(m_bar->refining());
        type(QStringLiteral("operando"));
        QCOMPARE(spy.last().at(0).toBool(), true);
        // The window's notes are shown, and a new question resets them.
        m_bar->noteOtherFiltersEmptied(3, {QStringLiteral("Partner: SINTEF")});
        auto *note = m_bar->findChild<QLabel *>(QStringLiteral("askFilterNote"));
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("Partner: SINTEF")));
        type(QStringLiteral("XPS"));
        QVERIFY(!note->isVisible());
    }

    void campaignOffersPlanThis()
    {
        auto *plan = m_bar->findChild<QPushButton *>(QStringLiteral("planButton"));
        type(QStringLiteral("XPS at CEA"));
        QVERIFY(!plan->isVisible());
        QSignalSpy spy(m_bar.get(), &AskBar::requestWanted);
        QCOMPARE(spy.count(), 0); // "XPS at CEA" is a filter, not a request
        // Issue 18: the campaign sentence opens the wizard at once; "Plan this…" opens it again.
        type(QStringLiteral("I need the crystal structure and the Ni oxidation state of an LNO electrode, correlated, operando, high fidelity"));
        QCOMPARE(spy.count(), 1);
        QVERIFY(plan->isVisible());
        QTest::mouseClick(plan, Qt::LeftButton);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).toByteArray(), spy.at(1).at(0).toByteArray());
        const QJsonObject request = QJsonDocument::fromJson(spy.last().at(0).toByteArray()).object();
        QCOMPARE(request.value(QStringLiteral("observables")).toArray().size(), 2);
        QCOMPARE(request.value(QStringLiteral("correlations")).toArray().size(), 1);
    }
};

QTEST_MAIN(TestAskBar)
#include "test_askbar.moc"
