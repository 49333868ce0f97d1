#pragma once

#include "model/Facet.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace pm::ui {

class MatrixFilterModel;

// The facet side panel: one branch per facet, one checkbox per value with the number of
// offerings it would leave; partners are grouped by country (ticking a country ticks its
// partners). Reads and writes the filter state of a MatrixFilterModel.
class FacetPanel : public QWidget {
    Q_OBJECT
public:
    explicit FacetPanel(MatrixFilterModel *filter, QWidget *parent = nullptr);

    // The checkbox item of a value, for tests and keyboard navigation; nullptr if absent.
    QTreeWidgetItem *valueItem(Facet facet, const QString &label) const;
    QTreeWidget *tree() const { return m_tree; }

private:
    void rebuild();
    void refresh();
    void onItemChanged(QTreeWidgetItem *item, int column);
    QTreeWidgetItem *facetItem(Facet facet) const;

    MatrixFilterModel *m_filter;
    QTreeWidget *m_tree;
    quint64 m_builtGeneration = ~quint64(0);
    bool m_updating = false;
};

} // namespace pm::ui
