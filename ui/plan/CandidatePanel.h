#pragma once

#include "request/Request.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace pm {
struct Matrix;
}

namespace pm::ui {

// Live count of the offerings that can still measure each observable as asked, and which
// criterion removed the others (the planner's filterCandidates).
class CandidatePanel : public QWidget {
    Q_OBJECT

public:
    CandidatePanel(const Matrix &matrix, QWidget *parent = nullptr);
    void update(const Request &request);
    int remaining(const QString &observable) const; // -1 when not shown

private:
    const Matrix &m_matrix;
    QTreeWidget *m_tree;
    QLabel *m_summary;
};

QString reasonTitle(const QString &reasonCode);

} // namespace pm::ui
