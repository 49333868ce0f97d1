#include "StatisticsView.h"

#include "model/MatrixFilterModel.h"
#include "model/MatrixIndex.h"
#include "model/MatrixTableModel.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QScrollArea>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace pm::ui {

namespace {
// Counts per label, largest first (ties alphabetically); `limit` keeps the largest.
QList<QPair<QString, int>> ranked(const QHash<QString, int> &counts, int limit = 1 << 20)
{
    QList<QPair<QString, int>> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first.compare(b.first, Qt::CaseInsensitive) < 0;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}
} // namespace

StatisticsView::StatisticsView(MatrixFilterModel *filter, QWidget *parent)
    : QWidget(parent), m_filter(filter), m_factory(ChartFactory::create()), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("statisticsView"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *grid = new QGridLayout(content);

    m_summary->setObjectName(QStringLiteral("statisticsSummary"));
    grid->addWidget(m_summary, 0, 0, 1, 2);
    m_clusters = m_factory->createBarChart(content);
    m_clusters->setObjectName(QStringLiteral("clusterChart"));
    m_partners = m_factory->createBarChart(content);
    m_partners->setObjectName(QStringLiteral("partnerChart"));
    m_fidelity = m_factory->createBarChart(content);
    m_fidelity->setObjectName(QStringLiteral("fidelityChart"));
    grid->addWidget(m_clusters, 1, 0);
    grid->addWidget(m_fidelity, 1, 1);
    m_partners->setMinimumHeight(480);
    grid->addWidget(m_partners, 2, 0);

    auto *coverageBox = new QGroupBox(tr("Coverage: offerings per observable and cluster"), content);
    auto *coverageLayout = new QVBoxLayout(coverageBox);
    m_coverage = new QTableWidget(coverageBox);
    m_coverage->setObjectName(QStringLiteral("coverageTable"));
    m_coverage->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_coverage->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_coverage->setMinimumHeight(420);
    coverageLayout->addWidget(m_coverage);
    grid->addWidget(coverageBox, 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    connect(m_filter, &MatrixFilterModel::filterChanged, this, [this] {
        m_dirty = true;
        if (isVisible())
            refresh();
    });
}

StatisticsView::~StatisticsView() = default;

void StatisticsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void StatisticsView::refresh()
{
    m_dirty = false;
    const MatrixTableModel *model = m_filter->matrixModel();
    if (!model)
        return;
    const std::vector<int> rows = m_filter->acceptedSourceRows();
    const QString notStated = MatrixIndex::notStatedLabel();
    m_summary->setText(tr("Statistics of the %1 of %2 offerings the current filter shows.").arg(rows.size()).arg(model->rowCount()));

    QHash<QString, int> perCluster, perPartner;
    QMap<QString, QHash<QString, int>> coverage; // observable -> cluster -> count
    // Fidelity (series) against resources (categories), by each offering's typical level.
    const int costLevels = scale::size(Scale::Cost);
    const int fidelityLevels = scale::size(Scale::Fidelity);
    QList<QList<double>> fidelityByCost(fidelityLevels + 1, QList<double>(costLevels + 1, 0));
    for (int row : rows) {
        const Offering &o = model->offering(row);
        const QString cluster = o.cluster.isEmpty() ? notStated : o.cluster;
        ++perCluster[cluster];
        ++perPartner[o.partner.isEmpty() ? notStated : o.partner];
        for (const QString &observable : o.observables)
            ++coverage[observable][cluster];
        const int f = o.fidelity.known() ? o.fidelity.typical() : fidelityLevels;
        const int c = o.resources.known() ? o.resources.typical() : costLevels;
        fidelityByCost[f][c] += 1;
    }

    BarChartData clusters;
    clusters.title = tr("Offerings per cluster");
    clusters.valueAxisTitle = tr("offerings");
    BarSeries clusterCounts{tr("Offerings"), {}};
    for (const auto &[label, count] : ranked(perCluster)) {
        clusters.categories.append(label);
        clusterCounts.values.append(count);
    }
    clusters.series = {clusterCounts};
    clusters.horizontal = true;
    m_clusters->setData(clusters);

    BarChartData partners;
    partners.title = perPartner.size() > 15 ? tr("Offerings per partner (the 15 with most)") : tr("Offerings per partner");
    partners.valueAxisTitle = tr("offerings");
    partners.horizontal = true; // names read best as rows; the 15 largest keep every label legible
    BarSeries partnerCounts{tr("Offerings"), {}};
    for (const auto &[label, count] : ranked(perPartner, 15)) {
        partners.categories.append(label);
        partnerCounts.values.append(count);
    }
    partners.series = {partnerCounts};
    m_partners->setData(partners);

    BarChartData fidelity;
    fidelity.title = tr("Fidelity against resources");
    fidelity.valueAxisTitle = tr("offerings");
    fidelity.stacked = true;
    for (int c = 0; c < costLevels; ++c)
        fidelity.categories.append(scale::name(Scale::Cost, c));
    fidelity.categories.append(notStated);
    for (int f = 0; f <= fidelityLevels; ++f) {
        BarSeries s{f < fidelityLevels ? tr("%1 fidelity").arg(scale::name(Scale::Fidelity, f)) : tr("fidelity not stated"),
                    fidelityByCost[f]};
        fidelity.series.append(s);
    }
    m_fidelity->setData(fidelity);

    // Coverage: observables by how many offerings measure them, clusters by size.
    QStringList clusterOrder;
    for (const auto &entry : ranked(perCluster))
        clusterOrder.append(entry.first);
    QHash<QString, int> perObservable;
    for (auto it = coverage.cbegin(); it != coverage.cend(); ++it)
        for (int n : it.value())
            perObservable[it.key()] += n;
    const auto observables = ranked(perObservable);
    m_coverage->clear();
    m_coverage->setColumnCount(int(clusterOrder.size()));
    m_coverage->setRowCount(int(observables.size()));
    m_coverage->setHorizontalHeaderLabels(clusterOrder);
    QStringList rowLabels;
    QColor shade = palette().color(QPalette::Highlight);
    int maximum = 1;
    for (const auto &byCluster : std::as_const(coverage))
        for (int n : byCluster)
            maximum = std::max(maximum, n);
    for (int r = 0; r < observables.size(); ++r) {
        const QString &observable = observables[r].first;
        rowLabels.append(observable);
        for (int c = 0; c < clusterOrder.size(); ++c) {
            const int n = coverage[observable].value(clusterOrder[c]);
            auto *item = new QTableWidgetItem(n > 0 ? QString::number(n) : QString());
            item->setTextAlignment(Qt::AlignCenter);
            if (n > 0) {
                QColor cell = shade;
                cell.setAlphaF(0.15 + 0.6 * double(n) / maximum);
                item->setBackground(cell);
            }
            // Cluster names come from the matrix: plain text, never markup (issue 15, finding 9).
            item->setToolTip(Qt::convertFromPlainText(tr("%1 offering(s) measure %2 in %3").arg(n).arg(observable, clusterOrder[c]), Qt::WhiteSpaceNormal));
            m_coverage->setItem(r, c, item);
        }
    }
    m_coverage->setVerticalHeaderLabels(rowLabels);
}

} // namespace pm::ui
