// The bad-input table of docs/BAD_INPUT.md in the app: every row the real main window can hit
// (File > Import Matrix, File > Open Database, Plan > Open request, the query bar) tells the
// user in a real dialog (or, for a question, in the bar) what is wrong and where (the file,
// the line), and leaves the database exactly as it was (every row of every table).
//
// No message box is answered in advance: a watcher finds the modal box the app opens
// (QApplication::activeModalWidget), reads it and presses OK, as a user would.
#include "BadInputFiles.h"
#include "DatabaseSnapshot.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "ask/AskBar.h"
#include "common/Dialogs.h"
#include "dialogs/ImportReportDialog.h"
#include "model/MatrixFilterModel.h"

#ifdef PROBEMATRIX_HAVE_PLAN_UI
#include "plan/PlanWorkspace.h"
#endif

#include "ask/Interpretation.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace pm;
using namespace pm::test;
using namespace pm::ui;

namespace {

struct ShownBox {
    QString title;
    QString text;
    QMessageBox::Icon icon = QMessageBox::NoIcon;
    Qt::TextFormat format = Qt::AutoText;
};

// Watches for modal message boxes while an action runs; reads each one and presses OK (or
// closes it), so that the action returns as it does for a user.
class ModalBoxWatcher : public QObject {
public:
    ModalBoxWatcher()
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, &ModalBoxWatcher::check);
        m_timer.start();
    }
    const QList<ShownBox> &boxes() const { return m_boxes; }

private:
    void check()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        m_boxes.append({box->windowTitle(), box->text(), box->icon(), box->textFormat()});
        if (QAbstractButton *ok = box->button(QMessageBox::Ok))
            ok->click();
        else
            box->reject();
    }
    QTimer m_timer;
    QList<ShownBox> m_boxes;
};

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString describe(const QList<ShownBox> &boxes)
{
    QStringList out;
    for (const ShownBox &b : boxes)
        out.append(b.title + QStringLiteral(": ") + b.text);
    return out.isEmpty() ? QStringLiteral("(no dialog)") : out.join(QStringLiteral(" | "));
}
} // namespace

class TestBadInputDialogs : public QObject {
    Q_OBJECT

    QTemporaryDir m_files; // the bad files of every row
    std::unique_ptr<BundledDatabase> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QString m_seeded; // a closed database file with the bundled matrix, for the newer-version row

    DatabaseSnapshot snapshot() const { return DatabaseSnapshot::of(m_fixture->path); }

    // Runs `action` with the watcher on; returns the one box it showed (fails otherwise).
    static QList<ShownBox> boxesShownBy(const std::function<void()> &action)
    {
        ModalBoxWatcher watcher;
        action();
        QCoreApplication::processEvents();
        return watcher.boxes();
    }

    static void verifyNamesProblem(const QList<ShownBox> &boxes, const QStringList &parts)
    {
        QVERIFY2(boxes.size() == 1, qPrintable(QStringLiteral("expected one dialog, got: ") + describe(boxes)));
        const ShownBox &box = boxes.first();
        QVERIFY2(box.icon == QMessageBox::Critical || box.icon == QMessageBox::Warning, qPrintable(describe(boxes)));
        for (const QString &part : parts)
            QVERIFY2(box.text.contains(part), qPrintable(QStringLiteral("\"%1\" not in the dialog: %2").arg(part, describe(boxes))));
        // Text from a hostile file is shown as written, never interpreted as markup.
        QCOMPARE(box.format, Qt::PlainText);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        // No answers queued: the app's real message boxes open and the watcher reads them.
        MessageBox::setNonInteractive(false);
        BundledDatabase seeded;
        seeded.store.reset();
        seeded.db.reset(); // closing checkpoints the WAL: one file holds everything
        m_seeded = m_files.filePath(QStringLiteral("seeded.sqlite"));
        QVERIFY(QFile::copy(seeded.path, m_seeded));
    }

    void init()
    {
        m_fixture = std::make_unique<BundledDatabase>();
        m_fixture->store.reset(); // the window gets the connection
        m_window = std::make_unique<MainWindow>(std::move(m_fixture->db));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    // File > Import Matrix with a file the import refuses: the "Import failed" dialog names
    // the file and the line, and not a row of the database changed.
    void importShowsTheProblem_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("messageParts");
        for (const BadInputCase &c : badMatrixFiles(m_files.path()))
            QTest::newRow(qPrintable(c.row)) << c.file << c.messageParts;
    }
    void importShowsTheProblem()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, messageParts);
        const DatabaseSnapshot before = snapshot();
        QCOMPARE(before.integrityCheck, QStringLiteral("ok"));
        const int rowsShown = m_window->tableView()->model()->rowCount();

        FileDialog::setNextFileName(file);
        const QList<ShownBox> boxes = boxesShownBy([this] { m_window->action(QStringLiteral("actionImport"))->trigger(); });
        verifyNamesProblem(boxes, messageParts);
        QVERIFY(boxes.first().text.contains(QStringLiteral("Nothing was imported")));
        QVERIFY2(boxes.first().text.size() < 2000, "the message must be short, not the whole file");

        const DatabaseSnapshot after = snapshot();
        QCOMPARE(after.integrityCheck, QStringLiteral("ok"));
        QCOMPARE(after.rowCount, before.rowCount);
        QVERIFY(after.rows == before.rows);
        QCOMPARE(m_window->tableView()->model()->rowCount(), rowsShown);
    }

    // Problems inside cells do not refuse the file (docs/BAD_INPUT.md, "Not refused, on
    // purpose"): the row is imported and the import report dialog lists each problem with its
    // line and column; no error dialog.
    void importReportsCellProblemsInItsDialog()
    {
        const QString file = m_files.filePath(QStringLiteral("cells.tsv"));
        writeFile(file, "Partner\ttechnique\tobservables\tDegree of fidelity\n"
                        "[Nowhere Lab]\t[X-ray fluorescence, XRF]\t[pixie dust content]\t[High\n");
        const int rowsShown = m_window->tableView()->model()->rowCount();
        FileDialog::setNextFileName(file);
        const QList<ShownBox> boxes = boxesShownBy([this] { m_window->action(QStringLiteral("actionImport"))->trigger(); });
        QVERIFY2(boxes.isEmpty(), qPrintable(describe(boxes)));
        QCOMPARE(m_window->tableView()->model()->rowCount(), rowsShown + 1);

        auto *dialog = m_window->findChild<ImportReportDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *issues = dialog->findChild<QTableWidget *>(QStringLiteral("importIssues"));
        QVERIFY(issues);
        QStringList rows;
        for (int r = 0; r < issues->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < issues->columnCount(); ++c)
                cells.append(issues->item(r, c) ? issues->item(r, c)->text() : QString());
            rows.append(cells.join(QStringLiteral(" | ")));
        }
        const QString listed = rows.join(u'\n');
        QVERIFY2(listed.contains(QStringLiteral("2 | Degree of fidelity | [High")), qPrintable(listed)); // line, column, as written
        QVERIFY2(listed.contains(QStringLiteral("unbalanced brackets")), qPrintable(listed));
        QVERIFY2(listed.contains(QStringLiteral("pixie dust content")), qPrintable(listed));
        dialog->close();
    }

    // File > Open Database with a file that is not (or not yet) a ProbeMatrix database: the
    // "Open database" dialog names the file and the problem; the file is not touched and the
    // window keeps the database it had.
    void openDatabaseShowsTheProblem_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("messageParts");
        for (const BadInputCase &c : badDatabaseFiles(m_files.path(), m_seeded))
            QTest::newRow(qPrintable(c.row)) << c.file << c.messageParts;
    }
    void openDatabaseShowsTheProblem()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, messageParts);
        const QByteArray fileBefore = fileBytes(file);
        const DatabaseSnapshot before = snapshot();
        const QString openBefore = m_window->database().location();

        FileDialog::setNextFileName(file);
        const QList<ShownBox> boxes = boxesShownBy([this] { m_window->action(QStringLiteral("actionOpenDatabase"))->trigger(); });
        verifyNamesProblem(boxes, messageParts);
        QCOMPARE(boxes.first().title, QStringLiteral("Open database"));

        QVERIFY2(fileBytes(file) == fileBefore, "a refused database file must not be modified");
        QVERIFY(!QFile::exists(file + QStringLiteral(".v99.bak")));
        QCOMPARE(m_window->database().location(), openBefore);
        const DatabaseSnapshot after = snapshot();
        QCOMPARE(after.integrityCheck, QStringLiteral("ok"));
        QVERIFY(after.rows == before.rows);
    }

#ifdef PROBEMATRIX_HAVE_PLAN_UI
    // Plan > Open request… with a request file planning refuses: the "Plans" dialog names the
    // file and the field; no request or plan is stored.
    void openRequestShowsTheProblem_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("messageParts");
        for (const BadInputCase &c : badRequestFiles(m_files.path()))
            QTest::newRow(qPrintable(c.row)) << c.file << c.messageParts;
    }
    void openRequestShowsTheProblem()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, messageParts);
        PlanWorkspace *plans = m_window->planWorkspace();
        QVERIFY(plans);
        QAction *open = nullptr;
        for (QAction *a : m_window->planMenu()->actions())
            if (plans->fileActions().contains(a) && a->text().contains(QStringLiteral("Open request")))
                open = a;
        QVERIFY2(open, "the Plan menu has no \"Open request…\"");
        const DatabaseSnapshot before = snapshot();

        FileDialog::setNextFileName(file);
        // A request that reads but cannot be planned is refused by the worker: wait for it.
        const QList<ShownBox> boxes = boxesShownBy([open, plans] {
            open->trigger();
            plans->waitForPlanning();
        });
        verifyNamesProblem(boxes, messageParts);
        QCOMPARE(boxes.first().title, QStringLiteral("Plans"));

        const DatabaseSnapshot after = snapshot();
        QCOMPARE(after.integrityCheck, QStringLiteral("ok"));
        QVERIFY(after.rows == before.rows);
    }
#endif

    // The query bar answers in the bar, not in a dialog: a question is typed and refined
    // while the table follows, and a modal box for every unread word would be in the way.
    // A nonsense question says that nothing was understood (and shows no rows); a question
    // over the length limit says the limit. Neither writes anything.
    void askShowsTheProblemInTheBar_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("messageParts");
        QTest::newRow("nonsense") << QStringLiteral("zqxw blorptastic frumious") << QStringList{QStringLiteral("Nothing understood")};
        QString tooLong;
        while (tooLong.size() <= ask::kMaxQuestionLength)
            tooLong += QStringLiteral("who can measure gas evolution operando? ");
        QTest::newRow("too long") << tooLong
                                  << QStringList{QString::number(tooLong.size()), QStringLiteral("the limit is %1 characters").arg(ask::kMaxQuestionLength)};
    }
    void askShowsTheProblemInTheBar()
    {
        QFETCH(QString, question);
        QFETCH(QStringList, messageParts);
        const DatabaseSnapshot before = snapshot();
        AskBar *bar = m_window->askBar();
        QVERIFY(bar && bar->isEnabled());

        const QList<ShownBox> boxes = boxesShownBy([bar, &question] {
            bar->lineEdit()->setText(question);
            QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
        });
        QVERIFY2(boxes.isEmpty(), qPrintable(describe(boxes)));
        auto *message = bar->findChild<QLabel *>(QStringLiteral("askMessage"));
        QVERIFY(message);
        QVERIFY(message->isVisible());
        for (const QString &part : messageParts)
            QVERIFY2(message->text().contains(part), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(part, message->text())));
        QCOMPARE(m_window->tableView()->model()->rowCount(), 0); // never the whole matrix
        QVERIFY(m_window->filterModel()->hasFilters());

        const DatabaseSnapshot after = snapshot();
        QVERIFY(after.rows == before.rows);
    }
};

QTEST_MAIN(TestBadInputDialogs)
#include "test_bad_input_dialogs.moc"
