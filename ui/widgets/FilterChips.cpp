#include "FilterChips.h"

#include "model/MatrixFilterModel.h"
#include "model/MatrixTableModel.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QApplication>
#include <QPointer>
#include <QToolButton>

namespace pm::ui {

FilterChips::FilterChips(MatrixFilterModel *filter, QWidget *parent)
    : QWidget(parent), m_filter(filter), m_chips(new QHBoxLayout), m_clearAll(new QToolButton(this))
{
    setObjectName(QStringLiteral("filterChips"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Active filters:"), this);
    layout->addWidget(label);
    m_chips->setSpacing(4);
    layout->addLayout(m_chips);
    layout->addStretch(1);
    m_clearAll->setObjectName(QStringLiteral("clearAllFilters"));
    m_clearAll->setText(tr("Clear all"));
    m_clearAll->setToolTip(tr("Remove every filter and show the whole matrix"));
    m_clearAll->setAutoRaise(true);
    layout->addWidget(m_clearAll);
    connect(m_clearAll, &QToolButton::clicked, this, [this] {
        m_filter->clearAllFilters();
        emit searchCleared();
    });
    connect(m_filter, &MatrixFilterModel::filterChanged, this, &FilterChips::refresh);
    refresh();
}

QStringList FilterChips::chipTexts() const
{
    QStringList out;
    for (int i = 0; i < m_chips->count(); ++i)
        if (auto *b = qobject_cast<QToolButton *>(m_chips->itemAt(i)->widget()))
            out.append(b->text());
    return out;
}

QToolButton *FilterChips::addChip(const QString &text, const std::function<void()> &remove)
{
    auto *chip = new QToolButton(this);
    chip->setText(text);
    chip->setIcon(QIcon(QStringLiteral(":/probematrix/icons/remove.svg")));
    chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    chip->setLayoutDirection(Qt::RightToLeft); // the cross after the text, like a tag
    chip->setToolTip(tr("Remove this filter"));
    chip->setAccessibleName(tr("Remove filter %1").arg(text));
    connect(chip, &QToolButton::clicked, this, [remove] {
        // Removing changes the filter, which rebuilds the chips: do it after this click.
        QMetaObject::invokeMethod(qApp, remove, Qt::QueuedConnection);
    });
    m_chips->addWidget(chip);
    return chip;
}

void FilterChips::refresh()
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        if (item->widget()) {
            item->widget()->hide(); // deleted later: it may be the chip being clicked
            item->widget()->deleteLater();
        }
        delete item;
    }
    const MatrixTableModel *model = m_filter->matrixModel();
    if (model) {
        for (Facet f : allFacets()) {
            const FacetValues &fv = model->matrixIndex().facet(f);
            QList<int> ids = m_filter->facetSelection(f).values();
            std::sort(ids.begin(), ids.end());
            for (int id : std::as_const(ids)) {
                if (id < 0 || id >= fv.valueCount())
                    continue;
                QPointer<MatrixFilterModel> filter = m_filter;
                addChip(tr("%1: %2").arg(facetTitle(f), fv.labels[id]), [filter, f, id] {
                    if (filter)
                        filter->setFacetValue(f, id, false);
                });
            }
        }
    }
    if (!m_filter->searchText().trimmed().isEmpty()) {
        addChip(tr("Search: %1").arg(m_filter->searchText().trimmed()), [this] {
            m_filter->setSearchText(QString());
            emit searchCleared();
        });
    }
    const QList<FilterExpression> query = m_filter->queryExpressions();
    for (int i = 0; i < query.size(); ++i) {
        addChip(query[i].toString(), [this, i] {
            QList<FilterExpression> rest = m_filter->queryExpressions();
            if (i < rest.size())
                rest.removeAt(i);
            m_filter->setQueryExpressions(rest);
        });
    }
    setVisible(m_filter->hasFilters());
}

} // namespace pm::ui
