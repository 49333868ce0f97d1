#pragma once

// The request wizard (D5.5 2.1): observables, sample, region of interest, operando needs,
// correlations, and the fidelity/cost quadrant with exclusions. A side panel shows live how
// many offerings remain for each observable and what removed the others. Every change is
// saved as a draft.

#include "request/Request.h"

#include <QDate>
#include <QMap>
#include <QWizard>

#include <functional>

namespace pm {
struct Matrix;
}

namespace pm::ui {

class CandidatePanel;

class RequestWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { ObservablesPageId, SamplePageId, RoiPageId, OperandoPageId, CorrelationsPageId, PriorityPageId, AccessPageId };

    explicit RequestWizard(const Matrix &matrix, QWidget *parent = nullptr);

    // Fills every page from `request` (a file, a draft, or the plain-language bar).
    void setRequest(const Request &request);
    // Accepts the planner's JSON (AskBar::requestWanted); errors name the field.
    Result<void> setRequestJson(const QByteArray &json);
    const Request &request() const { return m_request; }
    const Matrix &matrix() const { return m_matrix; }

    // Pages call this after changing the request: refreshes the side panel, saves the draft.
    void updateRequest(const std::function<void(Request &)> &change);

signals:
    void requestChanged();

private:
    void reloadPages();

    const Matrix &m_matrix;
    Request m_request;
    CandidatePanel *m_panel = nullptr;
};

} // namespace pm::ui
