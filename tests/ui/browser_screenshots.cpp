// Saves the README screenshots of the browser: main window, details pane, compare and
// statistics, as PNGs in the folder given (docs/images/). Run by scripts/screenshots.sh.
#include "TestSupport.h"

#include "MainWindow.h"
#include "ask/AskBar.h"
#include "common/Dialogs.h"
#include "model/MatrixFilterModel.h"
#include "model/MatrixTableModel.h"
#include "widgets/CompareDialog.h"

#include "store/BundledMatrix.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace pm;
using namespace pm::ui;

namespace {
bool save(QWidget *w, const QString &dir, const QString &name)
{
    QApplication::processEvents();
    const QString path = QDir(dir).filePath(name);
    const bool ok = w->grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

qint64 find(const Matrix &m, const QString &partner, const QString &abbreviation)
{
    for (const Offering &o : m.offerings)
        if (o.partner == partner && o.abbreviation == abbreviation)
            return o.id;
    return m.offerings.isEmpty() ? 0 : m.offerings.first().id;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/images");
    QDir().mkpath(out);
    MessageBox::setNonInteractive(true);

    test::BundledDatabase fixture;
    MainWindow window(std::move(fixture.db));
    window.resize(1600, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 2;

    // A question a scientist would ask: operando techniques, at least high fidelity.
    window.filterModel()->setFacetValue(Facet::Mode, QStringLiteral("operando"), true);
    window.filterModel()->setFacetValue(Facet::Fidelity, QStringLiteral("High"), true);
    window.filterModel()->setFacetValue(Facet::Fidelity, QStringLiteral("Best"), true);
    window.tableView()->sortByColumn(int(Column::Fidelity), Qt::DescendingOrder);
    window.selectOffering(find(fixture.matrix, QStringLiteral("ESRF"), QStringLiteral("XRD")));
    bool ok = save(&window, out, QStringLiteral("browser-main.png"));
    ok = save(window.detailsPane(), out, QStringLiteral("browser-details.png")) && ok;

    QList<Offering> compared;
    for (const QString &partner : {QStringLiteral("CEA"), QStringLiteral("ILL"), QStringLiteral("TUD")})
        if (const Offering *o = fixture.matrix.offering(find(fixture.matrix, partner, QStringLiteral("ND"))))
            compared.append(*o);
    CompareDialog compare(compared, fixture.matrix, &window);
    compare.resize(1100, 820);
    compare.show();
    if (!QTest::qWaitForWindowExposed(&compare))
        return 2;
    ok = save(&compare, out, QStringLiteral("browser-compare.png")) && ok;
    compare.close();

    window.filterModel()->clearAllFilters();
    window.showStatistics();
    ok = save(&window, out, QStringLiteral("browser-statistics.png")) && ok;

    // The plain-language bar: the question from the README, its chips and the answer.
    window.workspace()->setCurrentIndex(0);
    window.askBar()->ask(QStringLiteral("who can measure gas evolution operando?"));
    QApplication::processEvents(); // the chips are rebuilt after the answer
    window.tableView()->sortByColumn(int(Column::Fidelity), Qt::DescendingOrder);
    if (window.tableView()->model()->rowCount() > 0)
        window.tableView()->selectRow(0);
    ok = save(&window, out, QStringLiteral("browser-ask.png")) && ok;
    return ok ? 0 : 1;
}
