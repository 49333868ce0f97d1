#pragma once

#include "store/MatrixStore.h"

#include <QDialog>

class QTableWidget;

namespace pm::ui {

// The change history of one offering: when, by whom (the OS user), what and from/to.
class HistoryDialog : public QDialog {
    Q_OBJECT
public:
    HistoryDialog(const QList<HistoryEntry> &history, const QString &what, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace pm::ui
