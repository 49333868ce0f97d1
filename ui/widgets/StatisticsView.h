#pragma once

#include "charts/ChartFactory.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableWidget;

namespace pm::ui {

class MatrixFilterModel;

// Statistics of the offerings the filter shows: per cluster, per partner, an
// observable x cluster coverage table, and fidelity against resources. Recomputed when
// the filter changes (lazily, while hidden).
class StatisticsView : public QWidget {
    Q_OBJECT
public:
    explicit StatisticsView(MatrixFilterModel *filter, QWidget *parent = nullptr);
    ~StatisticsView() override;

    BarChart *clusterChart() const { return m_clusters; }
    BarChart *partnerChart() const { return m_partners; }
    BarChart *fidelityChart() const { return m_fidelity; }
    QTableWidget *coverageTable() const { return m_coverage; }
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    MatrixFilterModel *m_filter;
    std::unique_ptr<ChartFactory> m_factory;
    QLabel *m_summary;
    BarChart *m_clusters;
    BarChart *m_partners;
    BarChart *m_fidelity;
    QTableWidget *m_coverage;
    bool m_dirty = true;
};

} // namespace pm::ui
