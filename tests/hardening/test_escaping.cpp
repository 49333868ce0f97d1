// Text from the matrix is shown as text, never as markup (issue 9, "Reports and links"): an
// offering imported through File > Import Matrix whose technique, partner, contact, source
// and a cell read in part hold HTML (bold, an image, a javascript: link, an attribute
// breaking out of its quotes) is shown with that HTML as literal characters in the details
// pane, the compare dialog's tooltips, the history dialog and the import report; and the
// only links are the ones built from validated parts (a mailto: of a real-looking address,
// http(s) websites, PaNET/CHAMEO identifiers of the right form).
#include "TestSupport.h"

#include "MainWindow.h"
#include "ask/AskBar.h"
#include "common/Dialogs.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/ImportReportDialog.h"
#include "model/MatrixTableModel.h"
#ifdef PROBEMATRIX_HAVE_PLAN_UI
#include "plan/MailDraft.h"
#include "plan/PlanWorkspace.h"
#endif
#include "widgets/CompareDialog.h"
#include "widgets/OfferingDetails.h"
#include "widgets/StatisticsView.h"

#include "store/BundledMatrix.h"

#include <QAbstractProxyModel>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>

using namespace pm;
using namespace pm::test;
using namespace pm::ui;

namespace {
const QString kMarkup = QStringLiteral(R"x(<b>x</b><img src="x.png"><a href="javascript:alert(1)">click</a>)x");
const QString kBreakout = QStringLiteral(R"x(" onmouseover="alert(2))x");

struct Rendered {
    QString plainText;
    QStringList hrefs;
    int images = 0;
};

// What a rich-text widget would show for `html`: its text, its links and its images.
Rendered render(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    Rendered r;
    r.plainText = doc.toPlainText();
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isImageFormat())
                ++r.images;
            if (f.isAnchor())
                r.hrefs.append(f.anchorHref());
        }
    return r;
}

// A tooltip as Qt shows it: rich text when its first line holds a tag, else plain.
QString tooltipText(const QString &tip) { return Qt::mightBeRichText(tip) ? render(tip).plainText : tip; }

void verifyNoMarkupIn(const Rendered &r)
{
    QCOMPARE(r.images, 0);
    for (const QString &href : r.hrefs) {
        QVERIFY2(!href.contains(QStringLiteral("javascript"), Qt::CaseInsensitive), qPrintable(href));
        QVERIFY2(href.startsWith(QStringLiteral("mailto:")) || href.startsWith(QStringLiteral("http://")) || href.startsWith(QStringLiteral("https://")),
                 qPrintable(href));
    }
}
} // namespace

class TestEscaping : public QObject {
    Q_OBJECT
    std::unique_ptr<BundledDatabase> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_hostile = 0;

    void select(const QList<qint64> &ids)
    {
        QItemSelectionModel *selection = m_window->tableView()->selectionModel();
        selection->clearSelection();
        for (qint64 id : ids) {
            const QModelIndex source = m_window->tableModel()->index(m_window->tableModel()->rowOf(id), 0);
            const QModelIndex shown = qobject_cast<QAbstractProxyModel *>(m_window->tableView()->model())->mapFromSource(source);
            QVERIFY(shown.isValid());
            selection->select(shown, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        MessageBox::setNonInteractive(true);
        m_fixture = std::make_unique<BundledDatabase>();
        m_fixture->store.reset();
        m_window = std::make_unique<MainWindow>(std::move(m_fixture->db));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        // The hostile offering comes in as a partner's file would, through File > Import: a
        // real row of the bundled matrix (so that it can be planned) with markup in its
        // partner, technique, fidelity (read in part), contact, source and identifiers. Even
        // the file's name is markup (no slash: it is a file name).
        const QList<QByteArray> lines = bundled::matrixTsv().split('\n');
        const QStringList header = QString::fromUtf8(lines.first()).split(u'\t');
        QStringList row = QString::fromUtf8(lines.at(1)).split(u'\t');
        const QList<QPair<QString, QString>> hostileCells = {
            {QStringLiteral("Cluster"), QStringLiteral("Evil ") + kMarkup},
            {QStringLiteral("Partner"), QStringLiteral("[Evil <b>x</b> Lab") + kBreakout + u']'},
            {QStringLiteral("technique"), u'[' + kMarkup + u']'},
            {QStringLiteral("Degree of fidelity"), QStringLiteral("[High ") + kMarkup},
            {QStringLiteral("Contact"), u'[' + kMarkup + QStringLiteral(" bob@example.org") + kBreakout + u']'},
            {QStringLiteral("Source"), u'[' + kMarkup + kBreakout + u']'},
            {QStringLiteral("PaNET"), QStringLiteral("[javascript:alert(3)]")},
            {QStringLiteral("CHAMEO"), u'[' + kBreakout + u']'}};
        for (const auto &[column, text] : hostileCells) {
            const qsizetype at = header.indexOf(column);
            QVERIFY2(at >= 0 && at < row.size(), qPrintable(column));
            row[at] = text;
        }
        const QString file = m_fixture->dir.filePath(QStringLiteral("<img src=x.png><i>hostile.tsv"));
        writeFile(file, lines.first() + '\n' + row.join(u'\t').toUtf8() + '\n');
        FileDialog::setNextFileName(file);
        m_window->action(QStringLiteral("actionImport"))->trigger();
        QVERIFY(MessageBox::lastMessages().isEmpty()); // imported, not refused
        QCOMPARE(m_window->lastImportReport().added, 1);
        for (int r = 0; r < m_window->tableModel()->rowCount(); ++r)
            if (m_window->tableModel()->offering(r).cell(Column::Technique).contains(QStringLiteral("javascript")))
                m_hostile = m_window->tableModel()->offering(r).id;
        QVERIFY(m_hostile > 0);
    }
    void cleanupTestCase() { m_window.reset(); }

    void importReportShowsTheFileNameAsText()
    {
        auto *dialog = m_window->findChild<ImportReportDialog *>();
        QVERIFY(dialog);
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("importSummary"));
        QVERIFY(summary);
        QCOMPARE(summary->textFormat(), Qt::PlainText);
        QVERIFY2(summary->text().contains(QStringLiteral("<img src=x.png><i>hostile.tsv")), qPrintable(summary->text()));
        dialog->close();
    }

    void detailsPaneShowsMarkupAsText()
    {
        select({m_hostile});
        const QString html = m_window->detailsPane()->toHtml();
        const Rendered r = render(html);
        QVERIFY2(r.plainText.contains(kMarkup), qPrintable(r.plainText)); // the technique, literally
        QVERIFY(r.plainText.contains(QStringLiteral("Evil <b>x</b> Lab") + kBreakout));
        QVERIFY(r.plainText.contains(QStringLiteral("javascript:alert(3)")));
        verifyNoMarkupIn(r);
        // The contact is a link to the address it holds, and to nothing else.
        QVERIFY2(r.hrefs.contains(QStringLiteral("mailto:bob@example.org")), qPrintable(r.hrefs.join(u' ')));
        QCOMPARE(r.hrefs.size(), 1);
    }

    void websiteOnlyLinksAWebAddress()
    {
        Partner evil;
        evil.shortName = QStringLiteral("Evil");
        Offering o;
        o.raw[size_t(Column::Technique)] = QStringLiteral("[XRD]");
        for (const QString &website : {QStringLiteral("javascript:alert(1)"), QStringLiteral("file:///etc/passwd"),
                                       QStringLiteral("data:text/html,<b>x</b>"), QStringLiteral("https://example.org/\" onmouseover=\"x")}) {
            evil.website = website;
            const Rendered r = render(offeringDetailsHtml(o, &evil));
            verifyNoMarkupIn(r);
            QVERIFY2(r.plainText.contains(website), qPrintable(website)); // shown as text
            for (const QString &href : r.hrefs)
                QVERIFY2(!href.contains(u'"') && !href.contains(u' '), qPrintable(href));
        }
        evil.website = QStringLiteral("https://www.example.org/lab");
        QVERIFY(render(offeringDetailsHtml(o, &evil)).hrefs.contains(evil.website));
    }

    void identifierLinksNeedTheirPattern()
    {
        QVERIFY(panetUrl(QStringLiteral("PaNET01216")).isValid());
        QVERIFY(panetUrl(QStringLiteral("javascript:alert(1)")).isEmpty());
        QVERIFY(panetUrl(QStringLiteral("PaNET01216\" onmouseover=\"x")).isEmpty());
        QVERIFY(chameoUrl(QStringLiteral("XrayDiffraction")).isValid());
        QVERIFY(chameoUrl(kBreakout).isEmpty());
        QVERIFY(chameoUrl(QStringLiteral("a<b>")).isEmpty());
        QCOMPARE(contactUrl(kMarkup + QStringLiteral(" bob@example.org") + kBreakout).toString(), QStringLiteral("mailto:bob@example.org"));
        QVERIFY(contactUrl(kMarkup).isEmpty());
    }

    // Issue 15, finding 9: the statistics coverage table's tooltips name the cluster, which
    // comes from the matrix.
    void statisticsTooltipsShowMarkupAsText()
    {
        m_window->statisticsView()->refresh();
        const QTableWidget *coverage = m_window->statisticsView()->coverageTable();
        int hostileTips = 0;
        for (int r = 0; r < coverage->rowCount(); ++r)
            for (int c = 0; c < coverage->columnCount(); ++c) {
                const QTableWidgetItem *item = coverage->item(r, c);
                if (!item || item->toolTip().isEmpty())
                    continue;
                if (Qt::mightBeRichText(item->toolTip()))
                    verifyNoMarkupIn(render(item->toolTip()));
                if (tooltipText(item->toolTip()).contains(kMarkup))
                    ++hostileTips;
            }
        QVERIFY2(hostileTips >= 1, "the hostile cluster's name must show literally in the coverage tooltips");
    }

    void compareTooltipsShowMarkupAsText()
    {
        const qint64 other = m_window->tableModel()->offering(0).id == m_hostile ? m_window->tableModel()->offering(1).id
                                                                                : m_window->tableModel()->offering(0).id;
        select({m_hostile, other});
        m_window->action(QStringLiteral("actionCompare"))->trigger();
        auto *dialog = m_window->findChild<CompareDialog *>();
        QVERIFY(dialog);
        int hostileTips = 0;
        for (int r = 0; r < dialog->table()->rowCount(); ++r)
            for (int c = 0; c < dialog->table()->columnCount(); ++c) {
                const QTableWidgetItem *item = dialog->table()->item(r, c);
                if (!item || item->toolTip().isEmpty())
                    continue;
                if (Qt::mightBeRichText(item->toolTip()))
                    verifyNoMarkupIn(render(item->toolTip()));
                if (tooltipText(item->toolTip()).contains(kMarkup))
                    ++hostileTips;
            }
        QVERIFY2(hostileTips >= 1, "the fidelity cell read in part must show its raw text, literally");
        dialog->close();
    }

    void historyDialogShowsTheNameAsText()
    {
        select({m_hostile});
        m_window->action(QStringLiteral("actionHistory"))->trigger();
        auto *dialog = m_window->findChild<HistoryDialog *>();
        QVERIFY(dialog);
        auto *intro = dialog->findChild<QLabel *>(QStringLiteral("historyIntro"));
        QVERIFY(intro);
        QCOMPARE(intro->textFormat(), Qt::PlainText);
        QVERIFY(intro->text().contains(QStringLiteral("Evil <b>x</b> Lab")));
        dialog->close();
    }

    void askBarShowsWordsAsText()
    {
        m_window->askBar()->ask(QStringLiteral("<b>zzqx</b> <img src=x.png>"));
        for (const char *name : {"askIgnored", "askMessage"}) {
            auto *label = m_window->askBar()->findChild<QLabel *>(QLatin1String(name));
            QVERIFY(label);
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        m_window->askBar()->clear();
    }

#ifdef PROBEMATRIX_HAVE_PLAN_UI
    // A plan with the hostile offering as its step (pinned): every rich-text view of the plan
    // workspace (headline, step details, requirements, practical) and every tooltip of its
    // tables and graph shows the markup as text.
    void planWorkspaceShowsMarkupAsText()
    {
        PlanWorkspace *plans = m_window->planWorkspace();
        QVERIFY(plans);
        const Offering &hostile = m_window->tableModel()->offering(m_window->tableModel()->rowOf(m_hostile));
        QVERIFY(!hostile.observables.isEmpty());
        Request request;
        request.title = kMarkup;
        request.sample.material = kBreakout;
        RequestedObservable wanted;
        wanted.name = hostile.observables.first();
        request.observables.append(wanted);
        request.pinned.append(Pin{hostile.observables.first(), m_hostile});
        const auto opened = plans->openRequest(request);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().text()));
        QVERIFY(plans->waitForPlanning()); // planned on a worker thread
        QVERIFY(plans->currentPlan());
        m_window->showWorkspacePage(plans);
        if (plans->stepsTable()->rowCount() > 0)
            plans->stepsTable()->selectRow(0);
        QCoreApplication::processEvents();

        QString shown; // all text the rich-text views show
        for (QTextBrowser *browser : plans->findChildren<QTextBrowser *>()) {
            const Rendered r = render(browser->toHtml());
            verifyNoMarkupIn(r);
            shown += r.plainText;
        }
        for (QLabel *label : plans->findChildren<QLabel *>()) {
            const bool rich = label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            if (!rich)
                continue;
            const Rendered r = render(label->text());
            verifyNoMarkupIn(r);
            shown += r.plainText;
        }
        QVERIFY2(shown.contains(kMarkup), "the title or the technique must be shown, literally");
        for (QTableWidget *table : plans->findChildren<QTableWidget *>())
            for (int r = 0; r < table->rowCount(); ++r)
                for (int c = 0; c < table->columnCount(); ++c)
                    if (const QTableWidgetItem *item = table->item(r, c); item && Qt::mightBeRichText(item->toolTip()))
                        verifyNoMarkupIn(render(item->toolTip()));
        for (QGraphicsView *view : plans->findChildren<QGraphicsView *>())
            if (view->scene())
                for (const QGraphicsItem *item : view->scene()->items())
                    if (Qt::mightBeRichText(item->toolTip()))
                        QVERIFY2(render(item->toolTip()).plainText.contains(u'<'), qPrintable(QStringLiteral("the markup became rich text: ") + item->toolTip()));
    }

    void mailDraftTakesOnlyTheAddress()
    {
        Request request;
        request.title = kMarkup;
        Step step;
        step.technique = kMarkup + QStringLiteral("\r\nBcc: eve@example.org");
        const QUrl url = stepMailDraft(request, step, kMarkup + QStringLiteral(" bob@example.org") + kBreakout, QDate(), QDate());
        QCOMPARE(url.scheme(), QStringLiteral("mailto"));
        QCOMPARE(url.path(), QStringLiteral("bob@example.org"));
        const QString encoded = QString::fromLatin1(url.toEncoded());
        for (QChar c : {u'<', u'>', u'"', u' ', u'\n', u'\r'})
            QVERIFY2(!encoded.contains(c), qPrintable(encoded));
        QVERIFY(!url.query().contains(QStringLiteral("&bcc="), Qt::CaseInsensitive));
        QVERIFY(stepMailDraft(request, step, kMarkup, QDate(), QDate()).path().isEmpty()); // no address, no recipient
    }
#endif
};

QTEST_MAIN(TestEscaping)
#include "test_escaping.moc"
