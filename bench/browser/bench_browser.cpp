// bench_browser: how the matrix browser copes with a large matrix.
//
// Builds a synthetic matrix of N offerings (default 100,000) in a temporary SQLite
// database, from the bundled rows with the instrument, partner, resolutions and counts
// varied, then prints medians of several runs:
//   - database open to first painted table (from 20,000 offerings the first rows of the
//     default order; the whole matrix is read on a worker thread, then indexed on another)
//   - database open to the whole matrix in the table (MainWindow::isFullyLoaded)
//   - database open to search and facets ready (the background index installed)
//   - one search-box keystroke (filter + repaint)
//   - one facet toggle (filter + facet counts + repaint)
//   - one sort by clicking a column (first sort of a column builds its ranks)
//   - resident memory (VmRSS) with the window open
// Usage: bench_browser [offerings] [runs] [database]   (run with QT_QPA_PLATFORM=offscreen)
// With PM_BENCH_GRAB=<folder>, the first run saves the window as first painted
// (browser-first-paint.png) and once search and facets are ready (browser-ready.png).
// With a database path, the synthetic database is kept there and reused by later runs with
// the same number of offerings (building 100,000 offerings takes minutes).
#include "MainWindow.h"
#include "common/Dialogs.h"
#include "model/Facet.h"
#include "model/MatrixFilterModel.h"
#include "model/MatrixTableModel.h"
#include "widgets/FacetPanel.h"

#include "ask/AskVocabulary.h"
#include "matrix/OfferingParser.h"
#include "store/BundledMatrix.h"
#include "store/MatrixStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <cstdio>

using namespace pm;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

// Paint events of the table's viewport, counted.
class PaintCounter : public QObject {
public:
    int paints = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

bool createSyntheticDatabase(const QString &path, int count)
{
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().text()));
        return false;
    }
    MatrixStore store(**db);
    if (auto seeded = bundled::seed(store); !seeded) {
        std::fprintf(stderr, "%s\n", qPrintable(seeded.error().text()));
        return false;
    }
    auto matrix = store.load();
    const QList<Offering> templates = matrix->offerings;
    const QStringList partners = matrix->partnerNames();
    QRandomGenerator random(42);
    DecodedMatrix synthetic;
    synthetic.report.source = QStringLiteral("synthetic");
    for (int i = int(templates.size()); i < count; ++i) {
        Offering o = templates[i % templates.size()];
        o.id = 0;
        o.raw[size_t(Column::Partner)] = QLatin1Char('[') + partners[random.bounded(int(partners.size()))] + QLatin1Char(']');
        o.raw[size_t(Column::Instrument)] = QStringLiteral("[instrument S-%1]").arg(i);
        o.raw[size_t(Column::ProbedAreaResolution)] = QStringLiteral("[%1 µm]").arg(1 + random.bounded(500));
        o.raw[size_t(Column::SamplesSubmitted)] = QStringLiteral("[%1]").arg(random.bounded(400));
        (void)parseOffering(o, store.vocabulary());
        synthetic.offerings.append(o);
        synthetic.lines.append(i + 2);
    }
    auto report = store.import(std::move(synthetic), ImportOptions{});
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error().text()));
        return false;
    }
    return true;
}

// True when the database at path already holds the synthetic matrix of that size.
bool holdsOfferings(const QString &path, int count)
{
    auto db = Database::open(path);
    if (!db)
        return false;
    return MatrixStore(**db).offeringCount() == count;
}

void settle() { QApplication::processEvents(); }

// Runs the event loop until `done` holds, waking every 5 ms to look: processEvents alone
// returns at once when nothing is pending, and spinning on it took one of the two cores
// from the threads that load and index.
template <typename Done>
void waitUntil(Done done, int timeoutMs = 60000)
{
    QElapsedTimer waited;
    waited.start();
    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done() || waited.elapsed() > timeoutMs)
            loop.quit();
    });
    tick.start(5);
    if (!done())
        loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    ui::MessageBox::setNonInteractive(true);
    const int count = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;

    QTemporaryDir dir;
    const QString kept = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    const QString path = kept.isEmpty() ? dir.filePath(QStringLiteral("synthetic.sqlite")) : kept;
    QElapsedTimer setup;
    setup.start();
    if (!kept.isEmpty() && QFile::exists(path) && !holdsOfferings(path, count))
        QFile::remove(path);
    if (!QFile::exists(path) && !createSyntheticDatabase(path, count))
        return 2;
    std::printf("bench_browser: %d offerings, %d runs (database built in %.1f s)\n", count, runs, setup.elapsed() / 1000.0);

    // Where the first paint goes, outside the window: reading + parsing, then the index.
    std::vector<double> loadTimes, indexTimes, askTimes;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        auto db = Database::open(path);
        if (!db)
            return 2;
        MatrixStore store(**db);
        auto matrix = store.load();
        if (!matrix)
            return 2;
        loadTimes.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        if (!ask::AskVocabulary::forMatrix(*matrix))
            return 2;
        askTimes.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        ui::MatrixTableModel model;
        model.setMatrix(std::move(*matrix));
        model.waitForIndex();
        indexTimes.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    std::vector<double> firstPaint, fullyLoaded, ready, keystroke, facet, sortFirst, sortAgain;
    long rss = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        auto db = Database::open(path);
        if (!db)
            return 2;
        ui::MainWindow window(std::move(*db));
        PaintCounter counter;
        window.tableView()->viewport()->installEventFilter(&counter);
        window.show();
        while (counter.paints == 0 && t.elapsed() < 60000)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        firstPaint.push_back(double(t.nsecsElapsed()) / 1e6);
        // From 20,000 offerings the first paint shows the first rows of the default order
        // and the rest is read on a worker thread (MainWindow::isFullyLoaded).
        if (window.tableView()->model()->rowCount() == 0) {
            std::fprintf(stderr, "the first paint shows no rows\n");
            return 3;
        }
        rss = std::max(rss, residentKiB());
        const QString grabs = qEnvironmentVariable("PM_BENCH_GRAB");
        if (run == 0 && !grabs.isEmpty())
            window.grab().save(grabs + QStringLiteral("/browser-first-paint.png"));
        waitUntil([&window] { return window.isFullyLoaded(); });
        fullyLoaded.push_back(double(t.nsecsElapsed()) / 1e6);
        if (window.tableView()->model()->rowCount() != count) {
            std::fprintf(stderr, "expected %d rows, table shows %d\n", count, window.tableView()->model()->rowCount());
            return 3;
        }
        rss = std::max(rss, residentKiB());
        // Search and facets work once the background index is installed.
        waitUntil([&window] { return window.tableModel()->isIndexReady(); });
        ready.push_back(double(t.nsecsElapsed()) / 1e6);
        rss = std::max(rss, residentKiB());
        if (run == 0 && !grabs.isEmpty()) {
            settle();
            window.grab().save(grabs + QStringLiteral("/browser-ready.png"));
        }

        // Typing "neutron" then deleting it, one keystroke at a time.
        const QString word = QStringLiteral("neutron");
        QStringList steps;
        for (int i = 1; i <= word.size(); ++i)
            steps.append(word.left(i));
        for (int i = word.size() - 1; i >= 0; --i)
            steps.append(word.left(i));
        for (const QString &text : std::as_const(steps)) {
            t.restart();
            window.searchField()->setText(text);
            settle();
            keystroke.push_back(double(t.nsecsElapsed()) / 1e6);
        }

        // Ticking and unticking partner and cluster values in the facet panel.
        for (ui::Facet f : {ui::Facet::Partner, ui::Facet::Cluster, ui::Facet::Fidelity}) {
            const auto &values = window.tableModel()->matrixIndex().facet(f);
            for (int v = 0; v < std::min(3, values.valueCount()); ++v) {
                QTreeWidgetItem *item = window.facetPanel()->valueItem(f, values.labels[v]);
                for (Qt::CheckState state : {Qt::Checked, Qt::Unchecked}) {
                    t.restart();
                    item->setCheckState(0, state);
                    settle();
                    facet.push_back(double(t.nsecsElapsed()) / 1e6);
                }
            }
        }

        // Sorting by clicking headers: ordinal, text, numeric columns.
        for (Column c : {Column::Fidelity, Column::Observables, Column::SamplesSubmitted, Column::Resources}) {
            t.restart();
            window.tableView()->sortByColumn(int(c), Qt::AscendingOrder);
            settle();
            sortFirst.push_back(double(t.nsecsElapsed()) / 1e6);
            t.restart();
            window.tableView()->sortByColumn(int(c), Qt::DescendingOrder);
            settle();
            sortAgain.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        rss = std::max(rss, residentKiB());
    }

    std::printf("  open database -> first painted table  median %8.1f ms  (target < 1000)\n", median(firstPaint));
    std::printf("  open database -> whole matrix in table median %6.1f ms\n", median(fullyLoaded));
    std::printf("  open database -> search and facets ready median %6.1f ms\n", median(ready));
    std::printf("    of which MatrixStore::load           median %8.1f ms\n", median(loadTimes));
    std::printf("    the question bar's vocabulary         median %8.1f ms\n", median(askTimes));
    std::printf("    the browser index (MatrixIndex::build) median %7.1f ms\n", median(indexTimes));
    std::printf("  search keystroke (filter + repaint)    median %8.1f ms  (target < 50)\n", median(keystroke));
    std::printf("  facet toggle (filter, counts, repaint) median %8.1f ms  (target < 50)\n", median(facet));
    std::printf("  sort, first time on a column           median %8.1f ms  (target < 300)\n", median(sortFirst));
    std::printf("  sort, column sorted before             median %8.1f ms\n", median(sortAgain));
    std::printf("  resident memory (VmRSS, peak sampled)         %8.1f MB  (target < 300)\n", rss / 1024.0);
    return 0;
}
