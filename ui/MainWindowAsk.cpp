// MainWindow: the plain-language query bar above the workspace, and the hand-off of a
// drafted request ("Plan this…") to the plan workspace.
#include "MainWindow.h"

#include "ask/AskBar.h"
#include "common/Dialogs.h"
#include "model/MatrixFilterModel.h"
#include "model/MatrixTableModel.h"
#include "widgets/FilterChips.h"

#ifdef PROBEMATRIX_HAVE_PLAN_UI
#include "plan/PlanWorkspace.h"
#include "plan/RequestFile.h"
#endif

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

namespace pm::ui {

namespace {
// The filters besides the question, as their chips name them ("Partner: CEA", "Search: xps").
QStringList otherFilterTexts(const MatrixFilterModel &filter)
{
    QStringList out;
    if (const MatrixTableModel *model = filter.matrixModel()) {
        for (Facet f : allFacets()) {
            const FacetValues &values = model->matrixIndex().facet(f);
            QList<int> ids = filter.facetSelection(f).values();
            std::sort(ids.begin(), ids.end());
            for (int id : std::as_const(ids))
                if (id >= 0 && id < values.valueCount())
                    out.append(QStringLiteral("%1: %2").arg(facetTitle(f), values.labels[id]));
        }
    }
    if (!filter.searchText().trimmed().isEmpty())
        out.append(QCoreApplication::translate("pm::ui::FilterChips", "Search: %1").arg(filter.searchText().trimmed())); // as its chip says it
    return out;
}
} // namespace

void MainWindow::createQueryBar()
{
    m_askBar = new AskBar;
    m_askBar->setObjectName(QStringLiteral("askBar"));
    installQueryBar(m_askBar);
    // A question mark in front tells the question field from the text search below it.
    m_askBar->lineEdit()->addAction(QIcon(QStringLiteral(":/probematrix/icons/help-contents.svg")), QLineEdit::LeadingPosition);
    // The chips are the query: every change of them is the table's filter.
    connect(m_askBar, &AskBar::expressionsChanged, m_filter, &MatrixFilterModel::setQueryExpressions);
    connect(m_askBar, &AskBar::understoodNothingChanged, m_filter, &MatrixFilterModel::setQueryUnderstoodNothing);
    connect(m_askBar, &AskBar::requestWanted, this, &MainWindow::startRequestFromJson);
    // Issue 18 §2: a new question starts from a clean filter unless "Refine" is on; the bar
    // says what was cleared. Before, a question was silently intersected with earlier facet
    // ticks and could show no row without a word.
    connect(m_askBar, &AskBar::questionAsked, this, [this](bool refine) {
        if (refine)
            return;
        const QStringList cleared = otherFilterTexts(*m_filter);
        for (Facet f : allFacets())
            if (!m_filter->facetSelection(f).isEmpty())
                m_filter->clearFacet(f);
        if (!m_search->text().isEmpty())
            m_search->clear();
        m_askBar->noteClearedFilters(cleared);
    });
    // When the question's rows are all removed by the facets or the search (refining), the
    // bar names those filters.
    connect(m_filter, &MatrixFilterModel::filterChanged, this, [this] {
        const int questionRows = int(m_askBar->interpretation().rows.size());
        const bool emptiedByOthers = !m_filter->queryExpressions().isEmpty() && questionRows > 0 && m_filter->acceptedCount() == 0;
        m_askBar->noteOtherFiltersEmptied(questionRows, emptiedByOthers ? otherFilterTexts(*m_filter) : QStringList());
    });
    // "Clear all" also clears a question that understood nothing (and so filtered nothing).
    if (auto *clearAll = m_chips->findChild<QToolButton *>(QStringLiteral("clearAllFilters")))
        connect(clearAll, &QToolButton::clicked, m_askBar, &AskBar::clear);
}

void MainWindow::matrixReloaded()
{
    // The bar's vocabulary is built from the matrix names (partners, techniques...).
    m_askBar->setMatrix(&m_model->matrix());
#ifdef PROBEMATRIX_HAVE_PLAN_UI
    if (m_plans)
        m_plans->setMatrix(&m_model->matrix());
#endif
}

void MainWindow::syncQueryBarWithFilter()
{
    // A query filter removed from the table's chips (or "Clear all") must leave the bar too,
    // or the bar would show criteria the table no longer applies.
    const QList<FilterExpression> applied = m_filter->queryExpressions();
    const QList<FilterExpression> asked = m_askBar->expressions();
    if (applied == asked)
        return;
    if (applied.isEmpty())
        m_askBar->clear();
    else
        m_askBar->retainExpressions(applied);
}

void MainWindow::createPlanWorkspace()
{
#ifdef PROBEMATRIX_HAVE_PLAN_UI
    m_plans = new PlanWorkspace(m_workspace);
    m_plans->setObjectName(QStringLiteral("planWorkspace"));
    addWorkspacePage(m_plans, tr("Plans"));
    QMenu *menu = planMenu();
    menu->addAction(m_plans->newRequestAction());
    connect(m_plans->newRequestAction(), &QAction::triggered, this, [this] { showWorkspacePage(m_plans); });
    menu->addAction(m_plans->openStoredAction());
    connect(m_plans->openStoredAction(), &QAction::triggered, this, [this] { showWorkspacePage(m_plans); });
    menu->addSeparator();
    menu->addActions(m_plans->fileActions());
#endif
}

bool MainWindow::offerUnfinishedRequest()
{
#ifdef PROBEMATRIX_HAVE_PLAN_UI
    if (m_plans && RequestDraft::load()) {
        showWorkspacePage(m_plans);
        return m_plans->offerDraft();
    }
#endif
    return false;
}

void MainWindow::startRequestFromJson(const QByteArray &requestJson)
{
#ifdef PROBEMATRIX_HAVE_PLAN_UI
    if (m_plans) {
        showWorkspacePage(m_plans);
        m_plans->startWizardWithJson(requestJson);
        return;
    }
#endif
    // Built without the plan workspace: show the drafted request so that it can be copied
    // into a .pmreq file for probematrix-cli plan.
    MessageBox::information(this, tr("Plan this"),
                            tr("<p>This build has no plan workspace. The request drafted from your question "
                               "(save it as a .pmreq file and run <code>probematrix-cli plan</code>):</p><pre>%1</pre>")
                                .arg(QString::fromUtf8(requestJson).toHtmlEscaped()));
}

} // namespace pm::ui
