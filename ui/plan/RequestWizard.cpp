#include "RequestWizard.h"
#include "CandidatePanel.h"
#include "RequestFile.h"
#include "WizardAccessPage.h"
#include "WizardPages.h"

#include "matrix/Matrix.h"

namespace pm::ui {

RequestWizard::RequestWizard(const Matrix &matrix, QWidget *parent) : QWizard(parent), m_matrix(matrix), m_panel(new CandidatePanel(matrix, this))
{
    setWindowTitle(tr("New characterisation request"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setButtonText(QWizard::FinishButton, tr("&Plan"));
    setPage(ObservablesPageId, new ObservablesPage(this));
    setPage(SamplePageId, new SamplePage(this));
    setPage(RoiPageId, new RoiPage(this));
    setPage(OperandoPageId, new OperandoPage(this));
    setPage(CorrelationsPageId, new CorrelationsPage(this));
    setPage(PriorityPageId, new PriorityPage(this));
    setPage(AccessPageId, new AccessPage(this));
    setSideWidget(m_panel);
    resize(1000, 640);
    m_panel->update(m_request);
}

void RequestWizard::setRequest(const Request &request)
{
    m_request = request;
    reloadPages();
    m_panel->update(m_request);
    emit requestChanged();
}

Result<void> RequestWizard::setRequestJson(const QByteArray &json)
{
    auto request = Request::fromJson(json);
    if (!request)
        return request.error();
    setRequest(*request);
    return {};
}

void RequestWizard::updateRequest(const std::function<void(Request &)> &change)
{
    change(m_request);
    m_panel->update(m_request);
    // A draft that cannot be written is not worth interrupting the user for.
    (void)RequestDraft::save(m_request);
    emit requestChanged();
}

void RequestWizard::reloadPages()
{
    // Pages already visited read the request again; the others will when shown.
    for (int id : visitedIds())
        if (QWizardPage *p = page(id))
            p->initializePage();
    if (QWizardPage *p = currentPage())
        p->initializePage();
}

} // namespace pm::ui
