#pragma once

#include "io/ImportReport.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace pm::ui {

// What an import did: the summary, then every cell it could not read completely
// (line, column, text as written, reason), so the file can be corrected.
class ImportReportDialog : public QDialog {
    Q_OBJECT
public:
    ImportReportDialog(const ImportReport &report, QWidget *parent = nullptr);
    QTableWidget *issuesTable() const { return m_issues; }
    QString summaryText() const;

private:
    QLabel *m_summary;
    QTableWidget *m_issues;
};

} // namespace pm::ui
