// The Qt Charts implementation of ChartFactory; the only file that includes Qt Charts.
#include "ChartFactory.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QStackedBarSeries>
#include <QBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace pm::ui {

namespace {

class QtBarChart : public BarChart {
public:
    explicit QtBarChart(QWidget *parent) : BarChart(parent), m_view(new QChartView(this))
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_view);
        m_view->setRenderHint(QPainter::Antialiasing);
        m_view->setMinimumHeight(220);
    }

    void setData(const BarChartData &data) override
    {
        m_data = data;
        auto *chart = new QChart;
        chart->setTitle(data.title);
        chart->setAnimationOptions(QChart::NoAnimation);
        // Follow the system palette (dark mode): Qt Charts themes ignore it otherwise.
        const QPalette pal = palette();
        chart->setBackgroundBrush(pal.brush(QPalette::Base));
        chart->setTitleBrush(pal.brush(QPalette::Text));
        chart->legend()->setLabelColor(pal.color(QPalette::Text));
        chart->legend()->setVisible(data.series.size() > 1);
        chart->legend()->setAlignment(Qt::AlignBottom);

        QAbstractBarSeries *series = nullptr;
        if (data.horizontal)
            series = data.stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries) : new QHorizontalBarSeries;
        else
            series = data.stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries) : new QBarSeries;
        double maximum = 0;
        for (const BarSeries &s : data.series) {
            auto *set = new QBarSet(s.name);
            for (double v : s.values) {
                *set << v;
                maximum = std::max(maximum, v);
            }
            series->append(set);
        }
        if (data.stacked) {
            maximum = 0;
            for (int i = 0; i < data.categories.size(); ++i) {
                double sum = 0;
                for (const BarSeries &s : data.series)
                    sum += s.values.value(i);
                maximum = std::max(maximum, sum);
            }
        }
        chart->addSeries(series);
        auto *categories = new QBarCategoryAxis;
        // Horizontal bars read top-down like the list they come from.
        QStringList labels = data.categories;
        categories->append(labels);
        categories->setLabelsColor(pal.color(QPalette::Text));
        auto *values = new QValueAxis;
        values->setRange(0, maximum > 0 ? maximum * 1.05 : 1);
        values->setLabelFormat(QStringLiteral("%d"));
        values->applyNiceNumbers(); // 0, 10, 20 rather than 0, 13, 26
        values->setTitleText(data.valueAxisTitle);
        values->setLabelsColor(pal.color(QPalette::Text));
        values->setTitleBrush(pal.brush(QPalette::Text));
        values->setGridLineColor(pal.color(QPalette::Mid));
        if (data.horizontal) {
            chart->addAxis(categories, Qt::AlignLeft);
            chart->addAxis(values, Qt::AlignBottom);
            categories->setReverse(true);
        } else {
            chart->addAxis(categories, Qt::AlignBottom);
            chart->addAxis(values, Qt::AlignLeft);
        }
        series->attachAxis(categories);
        series->attachAxis(values);
        // Horizontal bars: room for every category label (Qt Charts elides them otherwise).
        // Many categories along the bottom: slanted labels, so that none is elided.
        if (!data.horizontal && data.categories.size() > 8)
            categories->setLabelsAngle(-60);
        QChart *old = m_view->chart();
        m_view->setChart(chart);
        delete old;
    }

    BarChartData data() const override { return m_data; }

private:
    QChartView *m_view;
    BarChartData m_data;
};

class QtChartsFactory : public ChartFactory {
public:
    BarChart *createBarChart(QWidget *parent) const override { return new QtBarChart(parent); }
};

} // namespace

std::unique_ptr<ChartFactory> ChartFactory::create() { return std::make_unique<QtChartsFactory>(); }

} // namespace pm::ui
