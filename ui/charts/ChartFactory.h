#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace pm::ui {

// Plain data for a bar chart: categories along one axis, one or more series of values.
struct BarSeries {
    QString name;
    QList<double> values; // one per category
};

struct BarChartData {
    QString title;
    QStringList categories;
    QList<BarSeries> series;
    QString valueAxisTitle;
    bool horizontal = false;
    bool stacked = false;
};

// A chart widget that can be given new data (the statistics follow the filter).
class BarChart : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual void setData(const BarChartData &data) = 0;
    virtual BarChartData data() const = 0;
};

// Our one door to the charting library: everything else passes plain data. Qt Charts
// today (the one Qt 6.4 has); Qt Graphs later means one new implementation of this.
class ChartFactory {
public:
    virtual ~ChartFactory() = default;
    virtual BarChart *createBarChart(QWidget *parent) const = 0;

    static std::unique_ptr<ChartFactory> create();
};

} // namespace pm::ui
