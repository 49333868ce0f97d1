#include "HistoryDialog.h"

#include "matrix/Column.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pm::ui {

namespace {
QString actionText(const QString &action)
{
    if (action == u"insert")
        return HistoryDialog::tr("added");
    if (action == u"update")
        return HistoryDialog::tr("changed");
    if (action == u"delete")
        return HistoryDialog::tr("deleted");
    if (action == u"import")
        return HistoryDialog::tr("imported");
    return action;
}
} // namespace

HistoryDialog::HistoryDialog(const QList<HistoryEntry> &history, const QString &what, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of %1").arg(what));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%n change(s) recorded for %1, oldest first.", nullptr, int(history.size())).arg(what), this);
    intro->setTextFormat(Qt::PlainText); // `what` names an offering: text from the matrix
    intro->setObjectName(QStringLiteral("historyIntro"));
    layout->addWidget(intro);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Column"), tr("Before"), tr("After")});
    m_table->setRowCount(int(history.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < history.size(); ++r) {
        const HistoryEntry &h = history[r];
        const QDateTime when = QDateTime::fromString(h.changedAt, Qt::ISODate);
        const auto column = columnFromHeader(h.column);
        const QStringList cells = {when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : h.changedAt,
                                   h.changedBy, actionText(h.action), column ? columnTitle(*column) : h.column, h.oldValue, h.newValue};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 420);
}

} // namespace pm::ui
