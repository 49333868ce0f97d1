#include "StoredPlansDialog.h"

#include "common/Dialogs.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace pm::ui {

namespace {
std::optional<qint64> &nextChoice()
{
    static std::optional<qint64> choice;
    return choice;
}

QString localTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
}
} // namespace

StoredPlansDialog::StoredPlansDialog(const QList<planstore::StoredRequest> &requests, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(int(requests.size()), 5, this))
{
    setWindowTitle(tr("Open stored plan"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Requests planned earlier, with their plans and the partners' answers so far:"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setHorizontalHeaderLabels({tr("Request"), tr("Planned"), tr("By"), tr("Plans"), tr("Re-plan of")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    for (int row = 0; row < requests.size(); ++row) {
        const planstore::StoredRequest &r = requests[row];
        auto *title = new QTableWidgetItem(r.title.isEmpty() ? tr("Untitled request") : r.title); // a plain-text item: no markup
        title->setData(Qt::UserRole, r.id);
        m_table->setItem(row, 0, title);
        m_table->setItem(row, 1, new QTableWidgetItem(localTime(r.createdAt)));
        m_table->setItem(row, 2, new QTableWidgetItem(r.createdBy));
        m_table->setItem(row, 3, new QTableWidgetItem(QString::number(r.planCount)));
        // Where a re-plan comes from (issue 18): the plan and the refused steps.
        auto *origin = new QTableWidgetItem(replanOriginText(r));
        origin->setToolTip(replanOriginText(r));
        m_table->setItem(row, 4, origin);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (!requests.isEmpty())
        m_table->selectRow(0);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(720, 420);
}

qint64 StoredPlansDialog::selectedRequestId() const
{
    const int row = m_table->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, 0) : nullptr;
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void StoredPlansDialog::setNextChoice(qint64 requestId)
{
    nextChoice() = requestId;
}

Result<qint64> StoredPlansDialog::choose(QWidget *parent, Database &db)
{
    auto requests = planstore::storedRequests(db);
    if (!requests)
        return requests.error();
    if (auto queued = std::exchange(nextChoice(), std::nullopt))
        return *queued;
    if (requests->isEmpty()) {
        MessageBox::information(parent, tr("Open stored plan"), tr("No plan is stored in this database yet. Plans are stored when a request is planned."));
        return qint64(0);
    }
    StoredPlansDialog dialog(*requests, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedRequestId() : qint64(0);
}

QString replanOriginText(const planstore::StoredRequest &r)
{
    if (r.replanOf <= 0)
        return {};
    const QString of = r.replanOfTitle.isEmpty() ? StoredPlansDialog::tr("stored plan %1, deleted since").arg(r.replanOf)
                                                 : StoredPlansDialog::tr("«%1» (stored plan %2)").arg(r.replanOfTitle).arg(r.replanOf);
    return r.refusedSteps.isEmpty() ? StoredPlansDialog::tr("re-plan of %1").arg(of)
                                    : StoredPlansDialog::tr("re-plan of %1 after refusal of %2").arg(of, r.refusedSteps.join(QStringLiteral(", ")));
}

} // namespace pm::ui
