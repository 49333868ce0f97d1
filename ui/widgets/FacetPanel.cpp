#include "FacetPanel.h"

#include "model/MatrixFilterModel.h"
#include "model/MatrixTableModel.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pm::ui {

namespace {
constexpr int FacetRole = Qt::UserRole + 1;
constexpr int ValueRole = Qt::UserRole + 2; // value id, or -1 for facet and group items
constexpr int LabelRole = Qt::UserRole + 3;
} // namespace

FacetPanel::FacetPanel(MatrixFilterModel *filter, QWidget *parent)
    : QWidget(parent), m_filter(filter), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("facetPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    m_tree->setObjectName(QStringLiteral("facetTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Filter by"), tr("Offerings")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Facets"));
    connect(m_tree, &QTreeWidget::itemChanged, this, &FacetPanel::onItemChanged);
    connect(m_filter, &MatrixFilterModel::filterChanged, this, &FacetPanel::refresh);
    refresh();
}

QTreeWidgetItem *FacetPanel::facetItem(Facet facet) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, FacetRole).toInt() == int(facet))
            return m_tree->topLevelItem(i);
    return nullptr;
}

QTreeWidgetItem *FacetPanel::valueItem(Facet facet, const QString &label) const
{
    QTreeWidgetItem *top = facetItem(facet);
    if (!top)
        return nullptr;
    QList<QTreeWidgetItem *> pending{top};
    while (!pending.isEmpty()) {
        QTreeWidgetItem *item = pending.takeFirst();
        for (int i = 0; i < item->childCount(); ++i) {
            QTreeWidgetItem *child = item->child(i);
            if (child->data(0, ValueRole).toInt() >= 0 && child->data(0, LabelRole).toString() == label)
                return child;
            pending.append(child);
        }
    }
    return nullptr;
}

void FacetPanel::rebuild()
{
    const MatrixTableModel *model = m_filter->matrixModel();
    m_builtGeneration = model ? model->generation() : 0;
    // Keep which facets the user opened.
    QSet<int> expanded;
    const bool first = m_tree->topLevelItemCount() == 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->isExpanded())
            expanded.insert(m_tree->topLevelItem(i)->data(0, FacetRole).toInt());
    m_tree->clear();
    if (!model)
        return;
    for (Facet f : allFacets()) {
        const FacetValues &fv = model->matrixIndex().facet(f);
        auto *top = new QTreeWidgetItem(m_tree, {facetTitle(f)});
        top->setData(0, FacetRole, int(f));
        top->setData(0, ValueRole, -1);
        top->setFlags(Qt::ItemIsEnabled);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        QHash<QString, QTreeWidgetItem *> groups;
        for (int id = 0; id < fv.valueCount(); ++id) {
            QTreeWidgetItem *parent = top;
            const QString group = fv.groups.value(id);
            if (!group.isEmpty()) {
                parent = groups.value(group);
                if (!parent) {
                    parent = new QTreeWidgetItem(top, {group});
                    parent->setData(0, FacetRole, int(f));
                    parent->setData(0, ValueRole, -1);
                    parent->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
                    parent->setCheckState(0, Qt::Unchecked);
                    groups.insert(group, parent);
                }
            }
            auto *item = new QTreeWidgetItem(parent, {fv.labels[id]});
            item->setData(0, FacetRole, int(f));
            item->setData(0, ValueRole, id);
            item->setData(0, LabelRole, fv.labels[id]);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(0, Qt::Unchecked);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
        // Long lists start closed; the short ones are the quickest way in.
        const bool open = first ? (f != Facet::Observable && f != Facet::BeamSource && f != Facet::Partner)
                                : expanded.contains(int(f));
        top->setExpanded(open);
    }
}

void FacetPanel::refresh()
{
    const MatrixTableModel *model = m_filter->matrixModel();
    m_updating = true;
    if (!model || model->generation() != m_builtGeneration)
        rebuild();
    for (Facet f : allFacets()) {
        QTreeWidgetItem *top = facetItem(f);
        if (!top)
            continue;
        const std::vector<int> &counts = m_filter->facetCounts(f);
        const QSet<int> selected = m_filter->facetSelection(f);
        int ticked = 0;
        QList<QTreeWidgetItem *> pending{top};
        while (!pending.isEmpty()) {
            QTreeWidgetItem *item = pending.takeFirst();
            for (int i = 0; i < item->childCount(); ++i)
                pending.append(item->child(i));
            const int id = item->data(0, ValueRole).toInt();
            if (id < 0)
                continue;
            const int count = size_t(id) < counts.size() ? counts[size_t(id)] : 0;
            const bool on = selected.contains(id);
            ticked += on ? 1 : 0;
            // Only what changed: every setter notifies the tree's model, and a toggle
            // usually changes a few counts of a few hundred values.
            const Qt::CheckState state = on ? Qt::Checked : Qt::Unchecked;
            if (item->checkState(0) != state)
                item->setCheckState(0, state);
            const QString text = QString::number(count);
            if (item->text(1) != text)
                item->setText(1, text);
            // A value that would leave nothing stays visible but greyed, so the list does not jump.
            const bool disabled = count == 0 && !on;
            if (item->isDisabled() != disabled)
                item->setDisabled(disabled);
        }
        const QString summary = ticked > 0 ? tr("%n ticked", nullptr, ticked) : QString();
        if (top->text(1) != summary)
            top->setText(1, summary);
    }
    m_updating = false;
}

void FacetPanel::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_updating || column != 0)
        return;
    const int id = item->data(0, ValueRole).toInt();
    if (id < 0)
        return; // group items tick their children, which arrive here one by one
    m_filter->setFacetValue(Facet(item->data(0, FacetRole).toInt()), id, item->checkState(0) == Qt::Checked);
}

} // namespace pm::ui
