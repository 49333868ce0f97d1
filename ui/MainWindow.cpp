#include "MainWindow.h"

#include "store/MatrixStore.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableWidget>

namespace pm::ui {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db)), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("ProbeMatrix"));
    setCentralWidget(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    resize(1200, 700);
    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::reload()
{
    MatrixStore store(*m_db);
    auto matrix = store.load();
    if (!matrix) {
        QMessageBox::critical(this, tr("ProbeMatrix"), matrix.error().text());
        return;
    }
    const QList<Column> columns = {Column::Cluster, Column::Partner, Column::Technique, Column::Observables, Column::Modes,
                                   Column::Instrument, Column::Fidelity, Column::Resources};
    m_table->setColumnCount(int(columns.size()));
    QStringList headers;
    for (Column c : columns)
        headers.append(columnTitle(c));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(matrix->offerings.size()));
    for (int r = 0; r < matrix->offerings.size(); ++r)
        for (int c = 0; c < columns.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(matrix->offerings[r].cell(columns[c])));
    statusBar()->showMessage(tr("%n offering(s)", nullptr, int(matrix->offerings.size())));
}

} // namespace pm::ui
