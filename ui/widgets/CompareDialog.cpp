#include "CompareDialog.h"

#include "model/BrowserColumn.h"
#include "model/CellText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace pm::ui {

CompareDialog::CompareDialog(const QList<Offering> &offerings, const Matrix &matrix, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(this)), m_differencesOnly(new QCheckBox(tr("Show only the differences"), this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare %n offering(s)", nullptr, int(offerings.size())));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_differencesOnly);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_differencesOnly, &QCheckBox::toggled, this, &CompareDialog::applyDifferencesOnly);

    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setColumnCount(int(offerings.size()));
    QStringList headers;
    for (const Offering &o : offerings)
        headers.append(QStringLiteral("%1\n%2").arg(o.techniqueLabel(), o.partner));
    m_table->setHorizontalHeaderLabels(headers);

    // Technique and partner are already the column headers.
    QList<int> columns;
    for (int c = 0; c < kBrowserColumnCount; ++c)
        if (c != int(Column::Technique) && c != int(Column::Partner))
            columns.append(c);
    m_table->setRowCount(int(columns.size()));
    QStringList rowTitles;
    // Highlight from the palette so that it reads in light and dark themes alike.
    QColor highlight = palette().color(QPalette::Highlight);
    highlight.setAlpha(60);
    for (int r = 0; r < columns.size(); ++r) {
        const int column = columns[r];
        rowTitles.append(browserColumnTitle(column));
        QStringList values;
        for (int i = 0; i < offerings.size(); ++i) {
            const Offering &o = offerings[i];
            const QString text = cellDisplayText(o, matrix.partner(o.partner), column);
            values.append(text);
            auto *item = new QTableWidgetItem(text);
            if (const auto mc = matrixColumn(column); mc && o.cellState(*mc) == CellState::Partial)
                // Escaped: a tooltip whose first line holds a tag is shown as rich text.
                item->setToolTip(Qt::convertFromPlainText(tr("read in part; as written: %1").arg(o.cell(*mc)), Qt::WhiteSpaceNormal));
            m_table->setItem(r, i, item);
        }
        const bool differs = values.size() > 1 && std::any_of(values.cbegin(), values.cend(), [&](const QString &v) {
            return v.compare(values.first(), Qt::CaseInsensitive) != 0;
        });
        m_differs.append(differs);
        if (differs) {
            for (int i = 0; i < offerings.size(); ++i) {
                QTableWidgetItem *item = m_table->item(r, i);
                item->setBackground(highlight);
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
        }
    }
    m_table->setVerticalHeaderLabels(rowTitles);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    resize(qMin(300 + 260 * int(offerings.size()), 1400), 760);
    m_table->resizeRowsToContents();
}

QStringList CompareDialog::differingRows() const
{
    QStringList out;
    for (int r = 0; r < m_differs.size(); ++r)
        if (m_differs[r])
            out.append(m_table->verticalHeaderItem(r)->text());
    return out;
}

void CompareDialog::applyDifferencesOnly(bool on)
{
    for (int r = 0; r < m_differs.size(); ++r)
        m_table->setRowHidden(r, on && !m_differs[r]);
}

} // namespace pm::ui
