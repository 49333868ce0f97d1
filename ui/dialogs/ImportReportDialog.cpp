#include "ImportReportDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pm::ui {

ImportReportDialog::ImportReportDialog(const ImportReport &report, QWidget *parent)
    : QDialog(parent), m_summary(new QLabel(this)), m_issues(new QTableWidget(this))
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import report"));
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText); // partner names and file names: never markup
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(report.summary());
    layout->addWidget(m_summary);
    if (!report.issues.isEmpty())
        layout->addWidget(new QLabel(tr("%n cell(s) could not be read completely. Their text is kept as written; correct the file "
                                        "or edit the offerings.", nullptr, int(report.issues.size())), this));
    m_issues->setObjectName(QStringLiteral("importIssues"));
    m_issues->setColumnCount(4);
    m_issues->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("As written"), tr("Problem")});
    m_issues->setRowCount(int(report.issues.size()));
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->verticalHeader()->hide();
    for (int r = 0; r < report.issues.size(); ++r) {
        const ImportIssue &issue = report.issues[r];
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, issue.line);
        m_issues->setItem(r, 0, line);
        m_issues->setItem(r, 1, new QTableWidgetItem(issue.column));
        m_issues->setItem(r, 2, new QTableWidgetItem(issue.raw));
        m_issues->setItem(r, 3, new QTableWidgetItem(issue.message));
    }
    m_issues->setSortingEnabled(true);
    m_issues->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->setVisible(!report.issues.isEmpty());
    layout->addWidget(m_issues, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, report.issues.isEmpty() ? 200 : 520);
}

QString ImportReportDialog::summaryText() const { return m_summary->text(); }

} // namespace pm::ui
