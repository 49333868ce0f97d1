#pragma once

#include "store/Database.h"

#include <QMainWindow>

#include <memory>

class QTableWidget;

namespace pm::ui {

// The main window. For now the matrix as a plain table; the browser (facets, details,
// compare, statistics, editing) replaces it.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void reload();

    std::unique_ptr<Database> m_db;
    QTableWidget *m_table = nullptr;
};

} // namespace pm::ui
