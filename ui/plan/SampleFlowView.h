#pragma once

// The sample-flow graph in a QGraphicsScene: the Graphviz layout of report/, drawn by the
// same painter functions as the PDF. Zoom with the wheel or the buttons, pan by dragging,
// fit to the window; clicking a step selects it.

#include "report/GraphLayout.h"

#include <QGraphicsView>

namespace pm::ui {

class SampleFlowView : public QGraphicsView {
    Q_OBJECT

public:
    explicit SampleFlowView(QWidget *parent = nullptr);
    ~SampleFlowView() override;

    void setGraph(const report::GraphLayout &layout);
    const report::GraphLayout &graphLayout() const { return m_layout; }
    void selectStep(const QString &stepId);
    QString selectedStep() const;
    // The centre of a step's box in view coordinates (tests click there).
    QPoint stepPosition(const QString &stepId) const;

public slots:
    void zoomIn();
    void zoomOut();
    void fit();

signals:
    void stepClicked(const QString &stepId);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    report::GraphLayout m_layout;
    bool m_fitted = true; // keep fitting on resize until the user zooms
};

} // namespace pm::ui
