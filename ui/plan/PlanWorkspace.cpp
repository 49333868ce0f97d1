// The workspace's widgets and how the selected plan is shown.
#include "PlanWorkspace.h"

#include "ExistingDataPanel.h"
#include "ParetoChart.h"
#include "PlanRunner.h"
#include "RequestWizard.h"
#include "SampleFlowView.h"
#include "TimelineView.h"

#include "common/Dialogs.h"
#include "matrix/Matrix.h"
#include "matrix/Scale.h"
#include "planning/PlanStore.h"
#include "report/NodeStyle.h"
#include "report/ReportHtml.h"
#include "report/Timeline.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QLocale>
#include <QScrollArea>
#include <QStyle>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace pm::ui {

namespace {

QTableWidget *makeTable(QWidget *parent, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(true);
    return t;
}

QTableWidgetItem *cell(const QString &text, const QVariant &key = {})
{
    auto *item = new QTableWidgetItem(text);
    if (key.isValid())
        item->setData(Qt::UserRole, key);
    return item;
}

QString statusTitle(StepStatus s)
{
    switch (s) {
    case StepStatus::Accepted:
        return PlanWorkspace::tr("accepted");
    case StepStatus::Refused:
        return PlanWorkspace::tr("refused");
    case StepStatus::Changed:
        return PlanWorkspace::tr("changed since accepted");
    case StepStatus::Proposed:
        break;
    }
    return PlanWorkspace::tr("proposed");
}

} // namespace

PlanWorkspace::PlanWorkspace(QWidget *parent)
    : QWidget(parent), m_headline(new QLabel(this)), m_plans(makeTable(this, {tr("Rank"), tr("Fidelity"), tr("Cost"), tr("Duration"), tr("Plan type")})),
      m_pareto(new ParetoChart(this)), m_tabs(new QTabWidget(this)), m_graph(new SampleFlowView(this)), m_details(new QTextBrowser(this)),
      m_timeline(new TimelineView(this)), m_steps(makeTable(this, {tr("#"), tr("Step"), tr("What"), tr("Where"), tr("Start"), tr("Duration"), tr("Status")})),
      m_requirements(new QTextBrowser(this)), m_practical(new QTextBrowser(this)), m_existing(new archive::ExistingDataPanel(this)),
      m_exportNote(new QLabel(this)), m_rankingNote(new QLabel(this)),
      m_rejections(makeTable(this, {tr("Observable"), tr("Technique"), tr("Partner"), tr("Reason")})), m_unmeasurable(new QLabel(this))
{
    buildActions();
    auto *layout = new QVBoxLayout(this);
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_newRequest);
    toolbar->addAction(m_open);
    toolbar->addAction(m_openStored);
    toolbar->addAction(m_save);
    toolbar->addSeparator();
    toolbar->addAction(m_replan);
    toolbar->addAction(m_reloadStatuses);
    toolbar->addSeparator();
    auto *exportButton = new QToolButton(toolbar);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->addActions({m_exportPdf, m_exportCsv, m_exportJson, m_exportDot, m_exportSvg});
    toolbar->addWidget(exportButton);
    toolbar->addAction(m_print);
    layout->addWidget(toolbar);
    m_headline->setObjectName(QStringLiteral("planHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    layout->addWidget(m_headline);
    layout->addWidget(m_exportNote);
    // While planning: what the search has found and proved so far, Cancel, and once it has
    // stopped short, Keep searching.
    m_searchBar = new QWidget(this);
    m_searchBar->setObjectName(QStringLiteral("searchBar"));
    auto *searchLayout = new QHBoxLayout(m_searchBar);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    m_exportNote->setObjectName(QStringLiteral("exportNote"));
    m_exportNote->setTextFormat(Qt::RichText);
    m_exportNote->hide();
    connect(m_exportNote, &QLabel::linkActivated, this, [this] {
        openUrl(QUrl::fromLocalFile(m_exportNote->property("folder").toString()));
    });
    m_searchStatus = new QLabel(m_searchBar);
    m_searchStatus->setObjectName(QStringLiteral("searchStatus"));
    m_searchStatus->setWordWrap(true);
    m_cancel = new QPushButton(tr("Cancel"), m_searchBar);
    m_cancel->setObjectName(QStringLiteral("cancelPlanning"));
    m_cancel->setToolTip(tr("Stop the search and keep the best plans found so far, with their gap"));
    m_keepSearching = new QPushButton(tr("Keep searching"), m_searchBar);
    m_keepSearching->setObjectName(QStringLiteral("keepSearching"));
    m_keepSearching->setToolTip(tr("Search again with four times the time limit"));
    searchLayout->addWidget(m_searchStatus, 1);
    searchLayout->addWidget(m_cancel);
    searchLayout->addWidget(m_keepSearching);
    layout->addWidget(m_searchBar);
    m_searchBar->hide();
    m_runner = new PlanRunner(this);
    connect(m_runner, &PlanRunner::progressed, this, &PlanWorkspace::showProgress);
    connect(m_runner, &PlanRunner::finished, this, &PlanWorkspace::planningDone);
    connect(m_cancel, &QPushButton::clicked, this, &PlanWorkspace::cancelPlanning);
    connect(m_keepSearching, &QPushButton::clicked, this, &PlanWorkspace::keepSearching);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QSplitter(Qt::Vertical, split);
    m_plans->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_plans->horizontalHeader()->setStretchLastSection(true);
    // Issue 18 §3: what the columns mean and how the list is ordered, where it is shown.
    m_plans->horizontalHeaderItem(1)->setToolTip(tr("Fidelity, 0 to 1: how well the plan's techniques answer what you asked"));
    m_plans->horizontalHeaderItem(2)->setToolTip(tr("Cost units: 1 ≈ one cheap laboratory measurement"));
    m_plans->horizontalHeaderItem(4)->setToolTip(tr("The kind of campaign (D5.5 Table 3): single laboratory measurements, correlated or "
                                                    "operando laboratory work, a single large-scale-facility measurement, or correlated "
                                                    "operando work including large-scale facilities"));
    auto *plansPane = new QWidget(left);
    auto *plansLayout = new QVBoxLayout(plansPane);
    plansLayout->setContentsMargins(0, 0, 0, 0);
    plansLayout->addWidget(m_plans, 1);
    m_rankingNote->setObjectName(QStringLiteral("rankingNote"));
    m_rankingNote->setWordWrap(true);
    m_rankingNote->setStyleSheet(QStringLiteral("color: #555;"));
    plansLayout->addWidget(m_rankingNote);
    left->addWidget(plansPane);
    left->addWidget(m_pareto);
    split->addWidget(left);

    auto *graphPage = new QWidget(m_tabs);
    auto *graphLayout = new QVBoxLayout(graphPage);
    auto *zoom = new QHBoxLayout;
    for (const auto &[text, slot] : {std::pair{tr("Zoom in"), &SampleFlowView::zoomIn}, std::pair{tr("Zoom out"), &SampleFlowView::zoomOut},
                                     std::pair{tr("Fit"), &SampleFlowView::fit}}) {
        auto *b = new QPushButton(text, graphPage);
        connect(b, &QPushButton::clicked, m_graph, slot);
        zoom->addWidget(b);
    }
    zoom->addStretch();
    graphLayout->addLayout(zoom);
    auto *graphSplit = new QSplitter(Qt::Vertical, graphPage);
    graphSplit->addWidget(m_graph);
    m_details->setPlaceholderText(tr("Click a step to see the offering behind it."));
    graphSplit->addWidget(m_details);
    graphSplit->setSizes({560, 140});
    graphLayout->addWidget(graphSplit);
    m_tabs->addTab(graphPage, tr("Sample flow"));

    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    m_tabs->addTab(scroll, tr("Timeline"));

    auto *stepsPage = new QWidget(m_tabs);
    auto *stepsLayout = new QVBoxLayout(stepsPage);
    // After a re-plan: what changed against the plan refused in part (issue 18).
    m_changes = new QLabel(stepsPage);
    m_changes->setObjectName(QStringLiteral("replanChanges"));
    m_changes->setWordWrap(true);
    m_changes->setTextFormat(Qt::RichText);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes->setFrameShape(QFrame::StyledPanel);
    m_changes->setMargin(6);
    m_changes->hide();
    stepsLayout->addWidget(m_changes);
    stepsLayout->addWidget(m_steps);
    auto *validation = new QHBoxLayout;
    auto *accept = new QPushButton(tr("Accepted by the partner"), stepsPage);
    auto *refuse = new QPushButton(tr("Refused by the partner…"), stepsPage);
    auto *mail = m_mail = new QPushButton(tr("Email the partner…"), stepsPage);
    accept->setObjectName(QStringLiteral("acceptStep"));
    refuse->setObjectName(QStringLiteral("refuseStep"));
    mail->setObjectName(QStringLiteral("mailStep"));
    validation->addWidget(new QLabel(tr("Selected step:"), stepsPage));
    validation->addWidget(accept);
    validation->addWidget(refuse);
    validation->addWidget(mail);
    validation->addStretch();
    stepsLayout->addLayout(validation);
    m_tabs->addTab(stepsPage, tr("Steps"));
    m_tabs->addTab(m_requirements, tr("Requirements"));
    m_tabs->addTab(m_practical, tr("Practical details"));
    // Existing data (issue 17): looked up when the user asks (the network is not touched
    // unasked); steps with matches get a badge in the Steps table.
    m_tabs->addTab(m_existing, tr("Existing data"));
    connect(m_existing, &archive::ExistingDataPanel::matchesChanged, this, [this](const QStringList &ids) {
        m_stepsWithData = ids;
        m_tabs->setTabText(m_tabs->indexOf(m_existing), ids.isEmpty() ? tr("Existing data") : tr("Existing data (%n step(s))", nullptr, int(ids.size())));
        showSteps();
    });
    connect(m_existing, &archive::ExistingDataPanel::coveredChosen, this, [this](const QString &observable, const QString &doi) {
        if (auto used = useExistingData(observable, doi); !used)
            fail(used.error());
    });
    auto *rejectedPage = new QWidget(m_tabs);
    auto *rejectedLayout = new QVBoxLayout(rejectedPage);
    m_unmeasurable->setWordWrap(true);
    rejectedLayout->addWidget(m_unmeasurable);
    rejectedLayout->addWidget(m_rejections);
    m_tabs->addTab(rejectedPage, tr("Rejected"));
    split->addWidget(m_tabs);
    split->setSizes({440, 960});
    layout->addWidget(split, 1);

    connect(m_plans, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row != m_current)
            selectPlan(row);
    });
    connect(m_pareto, &ParetoChart::planClicked, this, &PlanWorkspace::selectPlan);
    connect(m_graph, &SampleFlowView::stepClicked, this, &PlanWorkspace::showStepDetails);
    connect(accept, &QPushButton::clicked, this, [this] {
        if (auto r = setStepStatus(selectedStepId(), StepStatus::Accepted); !r && !m_refusalShown)
            fail(r.error());
    });
    connect(refuse, &QPushButton::clicked, this, [this] {
        if (auto r = setStepStatus(selectedStepId(), StepStatus::Refused); !r && !m_refusalShown)
            fail(r.error());
    });
    connect(mail, &QPushButton::clicked, this, [this] {
        if (auto r = mailPartner(selectedStepId()); !r)
            fail(r.error());
    });
    connect(m_steps, &QTableWidget::itemSelectionChanged, this, &PlanWorkspace::updateMailButton);
    showResult();
}

void PlanWorkspace::setDatabase(Database *db)
{
    m_db = db;
    m_existing->setDatabase(db); // its searches are cached there; a server's repositories are searched
    m_openStored->setEnabled(db != nullptr);
    m_reloadStatuses->setEnabled(db != nullptr && currentPlanId() > 0);
}

void PlanWorkspace::setMatrix(const Matrix *matrix)
{
    m_matrix = matrix;
    m_newRequest->setEnabled(matrix != nullptr);
}

const Plan *PlanWorkspace::currentPlan() const
{
    return m_current >= 0 && m_current < m_result.plans.size() ? &m_result.plans[m_current] : nullptr;
}

qint64 PlanWorkspace::currentPlanId() const
{
    return m_current >= 0 && m_current < m_planIds.size() ? m_planIds[m_current] : 0;
}

int fidelityDecimals(const QList<Plan> &plans)
{
    for (int i = 0; i < plans.size(); ++i)
        for (int j = i + 1; j < plans.size(); ++j)
            if (QString::number(plans[i].fidelity, 'f', 2) == QString::number(plans[j].fidelity, 'f', 2)
                && QString::number(plans[i].fidelity, 'f', 3) != QString::number(plans[j].fidelity, 'f', 3))
                return 3;
    return 2;
}

void PlanWorkspace::showResult()
{
    const QSignalBlocker block(m_plans);
    m_plans->setRowCount(int(m_result.plans.size()));
    const int decimals = fidelityDecimals(m_result.plans);
    for (int i = 0; i < m_result.plans.size(); ++i) {
        const Plan &p = m_result.plans[i];
        m_plans->setItem(i, 0, cell(QString::number(p.rank)));
        m_plans->setItem(i, 1, cell(QString::number(p.fidelity, 'f', decimals)));
        if (!m_result.complete)
            m_plans->item(i, 1)->setToolTip(tr("No plan costing no more and lasting no longer has a fidelity above %1 (gap %2).")
                                                .arg(std::max(p.fidelityBound, p.fidelity), 0, 'f', 3)
                                                .arg(p.gap(), 0, 'f', 3));
        m_plans->setItem(i, 2, cell(QString::number(p.cost, 'f', 1)));
        m_plans->setItem(i, 3, cell(report::durationText(p.durationDays)));
        m_plans->setItem(i, 4, cell(planClassTitle(p.tableClass)));
        m_plans->item(i, 4)->setToolTip(planClassTitle(p.tableClass));
    }
    m_plans->resizeRowsToContents();
    const RankingWeights w = rankingWeights(m_request);
    m_rankingNote->setText(tr("Best first for what you asked: a weighted sum of fidelity (weight %1), low cost (%2) and short duration (%3), "
                              "each scaled over these plans. None of them is better than another on all three.")
                               .arg(w.fidelity)
                               .arg(w.cost)
                               .arg(w.duration));
    m_pareto->setPlans(m_result.plans);
    m_rejections->setRowCount(int(m_result.rejected.size()));
    for (int i = 0; i < m_result.rejected.size(); ++i) {
        const Rejection &r = m_result.rejected[i];
        m_rejections->setItem(i, 0, cell(r.observable));
        m_rejections->setItem(i, 1, cell(r.technique));
        m_rejections->setItem(i, 2, cell(r.partner));
        m_rejections->setItem(i, 3, cell(r.reason));
        m_rejections->item(i, 3)->setToolTip(Qt::convertFromPlainText(r.reason, Qt::WhiteSpaceNormal)); // names from the matrix: never markup
    }
    m_rejections->resizeColumnsToContents();
    m_rejections->horizontalHeader()->setStretchLastSection(true);
    m_unmeasurable->setText(m_result.unmeasurable.isEmpty()
                                ? tr("Every requested observable can be measured. Offerings not used, and why:")
                                : tr("<b>Cannot be measured as asked:</b> %1").arg(m_result.unmeasurable.join(QStringLiteral(", ")).toHtmlEscaped()));
    m_current = -1;
    clearStepDetails(); // a step of the plans shown before is no step of these
    if (m_result.plans.isEmpty()) {
        m_headline->setText(m_request.observables.isEmpty() ? tr("Start with <b>New request…</b> or open a .pmreq file.")
                                                            : tr("No plan: nothing requested can be measured as asked. See <b>Rejected</b>."));
        m_graph->setGraph({});
        m_timeline->setTimeline({});
        m_steps->setRowCount(0);
        m_requirements->clear();
        m_practical->clear();
        m_changes->hide();
        updateMailButton();
    } else {
        selectPlan(0);
    }
    const bool havePlan = !m_result.plans.isEmpty();
    for (QAction *a : {m_save, m_exportCsv, m_exportJson, m_exportDot, m_exportSvg, m_exportPdf, m_print})
        a->setEnabled(havePlan || a == m_save);
    m_save->setEnabled(!m_request.observables.isEmpty());
}

void PlanWorkspace::selectPlan(int index)
{
    if (index < 0 || index >= m_result.plans.size())
        return;
    if (index != m_current)
        clearStepDetails(); // "measure-2" of another plan is another step (issue 18, 2)
    m_current = index;
    {
        const QSignalBlocker block(m_plans);
        m_plans->selectRow(index);
    }
    m_pareto->setCurrent(index);
    loadStatuses();
    showPlan();
    emit planChanged();
}

void PlanWorkspace::showPlan()
{
    const Plan *p = currentPlan();
    if (!p)
        return;
    m_headline->setText(tr("<b>%1</b> — plan %2 of %3: fidelity %4, cost %5, %6. %7")
                            .arg((m_request.title.isEmpty() ? tr("Untitled request") : m_request.title).toHtmlEscaped())
                            .arg(p->rank)
                            .arg(m_result.plans.size())
                            .arg(p->fidelity, 0, 'f', 2)
                            .arg(p->cost, 0, 'f', 1)
                            .arg(report::durationText(p->durationDays), planClassTitle(p->tableClass).toHtmlEscaped()));
    if (!m_storedNote.isEmpty())
        m_headline->setText(m_headline->text() + QStringLiteral("<br/><span style=\"color:#555\">%1</span>").arg(m_storedNote.toHtmlEscaped()));
    if (!m_originNote.isEmpty())
        m_headline->setText(m_headline->text() + QStringLiteral("<br/><span style=\"color:#555\">%1</span>").arg(m_originNote.toHtmlEscaped()));
    if (!m_result.complete)
        m_headline->setText(m_headline->text() + QStringLiteral("<br/><span style=\"color:#a35400\">%1</span>")
                                                     .arg(tr("The search stopped before the front was proven complete: no plan costing no more "
                                                             "and lasting no longer than this one has a fidelity above %1 (gap %2); no plan at all "
                                                             "has one above %3 (gap %4 to the best found).")
                                                              .arg(std::max(p->fidelityBound, p->fidelity), 0, 'f', 3)
                                                              .arg(p->gap(), 0, 'f', 3)
                                                              .arg(std::max(m_result.fidelityBound, m_result.bestFidelity), 0, 'f', 3)
                                                              .arg(m_result.gap(), 0, 'f', 3)
                                                              .toHtmlEscaped()));
    QStringList notices;
    for (const QString &n : planNotices())
        notices << QStringLiteral("<span style=\"color:#a35400\">⚠ %1</span>").arg(n.toHtmlEscaped());
    if (!notices.isEmpty())
        m_headline->setText(m_headline->text() + QStringLiteral("<br/>") + notices.join(QStringLiteral("<br/>")));
    if (auto layout = report::layoutPlan(*p, m_matrix)) {
        m_layout = *layout;
        m_graph->setGraph(m_layout);
    } else {
        m_layout = {};
        m_graph->setGraph({});
        m_details->setPlainText(layout.error().text());
    }
    m_timeline->setTimeline(report::buildTimeline(*p, m_matrix));
    if (m_matrix)
        m_existing->setPlan(*p, m_request, *m_matrix); // clears the badges until searched again
    const PlanDiff diff = planDiff();
    m_changes->setVisible(m_current < m_diffs.size());
    if (m_current < m_diffs.size()) {
        QString html = QStringLiteral("<b>%1</b>").arg(tr("Changes against the plan refused in part:").toHtmlEscaped());
        const QStringList lines = diff.lines();
        if (lines.isEmpty())
            html += u' ' + tr("none").toHtmlEscaped();
        else
            html += QStringLiteral("<ul style=\"margin:0\">");
        for (const QString &l : lines)
            html += QStringLiteral("<li>%1</li>").arg(l.toHtmlEscaped());
        if (!lines.isEmpty())
            html += QStringLiteral("</ul>");
        m_changes->setText(html);
    }
    showSteps();
    report::PlanReportInput input;
    input.request = m_request;
    input.result = m_result;
    input.planIndex = m_current;
    input.matrix = m_matrix;
    input.statuses = m_statuses;
    const QString style = QStringLiteral("<style>%1</style>").arg(report::reportStyleSheet());
    m_requirements->setHtml(style + report::requirementsHtml(input));
    m_practical->setHtml(style + report::practicalHtml(input));
}

void PlanWorkspace::showSteps()
{
    const Plan *p = currentPlan();
    const QString keep = selectedStepId();
    m_steps->setRowCount(p ? int(p->steps.size()) : 0);
    if (!p)
        return;
    const report::Timeline t = report::buildTimeline(*p, m_matrix);
    for (int i = 0; i < p->steps.size(); ++i) {
        const Step &s = p->steps[i];
        QString what = s.kind == StepKind::Measure ? tr("%1: %2").arg(s.technique, s.observables.join(QStringLiteral(", "))) : s.note;
        if (s.destructive)
            what += tr(" (destructive)");
        if (!s.toConfirm.isEmpty())
            what += u'\n' + tr("To confirm with the partner: %1").arg(s.toConfirm);
        for (const QString &obs : s.observables)
            if (const int r = m_request.indexOf(obs); r >= 0 && !m_request.observables[r].roiNote.isEmpty())
                what += u'\n' + tr("Region of interest (%1): %2").arg(obs, m_request.observables[r].roiNote);
        m_steps->setItem(i, 0, cell(QString::number(i + 1), s.id));
        m_steps->setItem(i, 1, cell(s.id));
        auto *whatItem = cell(what);
        if (!s.warnings.isEmpty()) {
            whatItem->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            whatItem->setToolTip(Qt::convertFromPlainText(s.warnings.join(u'\n'), Qt::WhiteSpaceNormal)); // they start with the technique's name: never markup
            whatItem->setText(what + u'\n' + tr("Logbook: %1").arg(s.warnings.join(QStringLiteral("; "))));
        }
        if (m_stepsWithData.contains(s.id)) {
            // A badge, not a colour: the warning icon keeps its place when both apply.
            if (s.warnings.isEmpty())
                whatItem->setIcon(style()->standardIcon(QStyle::SP_FileDialogInfoView));
            whatItem->setText(whatItem->text() + u'\n' + tr("Existing data found: see the Existing data tab"));
        }
        m_steps->setItem(i, 2, whatItem);
        m_steps->setItem(i, 3, cell(s.kind == StepKind::Ship ? tr("%1 → %2").arg(s.partner, s.to) : stepLocation(s)));
        m_steps->setItem(i, 4, cell(QLocale().toString(t.dateOf(s.startDay), QLocale::ShortFormat)));
        m_steps->setItem(i, 5, cell(report::durationText(s.durationDays)));
        const StepStatus status = stepStatus(s.id);
        QString statusText = s.kind == StepKind::Measure ? statusTitle(status) : QString();
        // Changed since accepted: what the partner agreed to against what the plan has now.
        const QString changed = status == StepStatus::Changed ? changesText(contentChanges(decidedOf(s.id), decidedContent(*p, s))) : QString();
        if (!changed.isEmpty())
            statusText += u'\n' + changed;
        auto *statusItem = cell(statusText);
        if (status == StepStatus::Accepted)
            statusItem->setForeground(QColor(0x1e, 0x84, 0x49));
        else if (status == StepStatus::Refused)
            statusItem->setForeground(QColor(0xb0, 0x3a, 0x2e));
        else if (status == StepStatus::Changed)
            statusItem->setForeground(QColor(0xa3, 0x54, 0x00));
        QString tip = changed.isEmpty() ? QString() : tr("The partner accepted: %1").arg(changed);
        if (const planstore::StepStatusRecord record = m_records.value(s.id); record.version > 0)
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Set by %1 at %2").arg(record.updatedBy, record.updatedAt)
                + (record.note.isEmpty() ? QString() : u'\n' + record.note);
        if (!tip.isEmpty())
            statusItem->setToolTip(Qt::convertFromPlainText(tip, Qt::WhiteSpaceNormal));
        m_steps->setItem(i, 6, statusItem);
        if (s.id == keep)
            m_steps->selectRow(i);
    }
    m_steps->resizeColumnsToContents();
    m_steps->setColumnWidth(2, std::min(m_steps->columnWidth(2), 420));
    m_steps->resizeRowsToContents();
    m_steps->horizontalHeader()->setStretchLastSection(true);
    updateMailButton();
}

QStringList PlanWorkspace::planNotices() const
{
    const Plan *p = currentPlan();
    if (!p)
        return {};
    QStringList out;
    // A stored plan keeps its steps as proposed; the matrix may have lost an offering since.
    if (m_matrix)
        for (const Step *s : p->measureSteps())
            if (!m_matrix->offering(s->offeringId))
                out << tr("%1 at %2 (offering %3) is no longer in the matrix: ask the partner, or refuse the step and re-plan.")
                           .arg(s->technique, stepLocation(*s))
                           .arg(s->offeringId);
    if (m_request.deadline.isValid()) {
        const report::Timeline t = report::buildTimeline(*p, m_matrix);
        const QDate end = t.dateOf(t.totalDays);
        if (end > m_request.deadline)
            out << tr("Starting %1, this plan ends about %2, after the wished-for deadline of %3.")
                       .arg(QLocale().toString(t.startDate, QLocale::ShortFormat), QLocale().toString(end, QLocale::ShortFormat),
                            QLocale().toString(m_request.deadline, QLocale::ShortFormat));
    }
    return out;
}

void PlanWorkspace::showStepDetails(const QString &stepId)
{
    const Plan *p = currentPlan();
    const Step *s = p ? p->step(stepId) : nullptr;
    if (!s)
        return;
    auto esc = [](const QString &t) { return t.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(report::nodeText(*s).title));
    html += QStringLiteral("<p>%1</p>").arg(esc(s->note));
    auto row = [&](const QString &k, const QString &v) {
        if (!v.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    const Offering *o = m_matrix ? m_matrix->offering(s->offeringId) : nullptr;
    if (o) {
        html += QStringLiteral("<table cellpadding=\"2\">");
        row(tr("Technique"), o->techniqueLabel());
        row(tr("Partner"), o->partner);
        row(tr("Cluster"), o->cluster);
        row(tr("Instruments"), o->instruments.join(QStringLiteral(", ")));
        row(tr("Observables"), o->observables.join(QStringLiteral(", ")));
        row(tr("Modes"), modeKeys(o->modes).join(QStringLiteral(", ")));
        row(tr("Fidelity"), scale::rangeText(Scale::Fidelity, o->fidelity));
        html += QStringLiteral("</table>");
    }
    // Requirements and practical details (issue 13), as the report lists them; from the
    // plan, so that a stored plan shows them even when the offering has left the matrix.
    if (s->kind == StepKind::Measure) {
        html += QStringLiteral("<table cellpadding=\"2\">");
        row(tr("Where"), stepLocation(*s));
        row(tr("Site"), s->site);
        row(tr("Amount"), s->amount.isEmpty() ? tr("to confirm with the partner") : s->amount);
        row(tr("Sample form"), s->sampleForm);
        row(tr("Cell"), s->cell);
        row(tr("Holder"), s->holder);
        row(tr("Air handling"), report::airHandlingText(*s, m_request.sample.airSensitive));
        row(tr("Access route"), s->accessRoute.isEmpty() ? tr("laboratory booking") : s->accessRoute);
        row(tr("Next call"), s->nextCall);
        row(tr("Lead time"), report::durationText(s->leadDays));
        row(tr("Contact"), o && !o->contact.isEmpty() ? o->contact : s->contact);
        row(tr("Apply at"), s->userOffice == s->contact ? QString() : s->userOffice);
        html += QStringLiteral("</table>");
    }
    for (const QString &w : s->warnings)
        html += QStringLiteral("<p style=\"color:#a35400\">⚠ %1</p>").arg(esc(w));
    m_details->setHtml(html);
    m_detailStep = stepId;
    m_graph->selectStep(stepId);
}

void PlanWorkspace::clearStepDetails()
{
    m_detailStep.clear();
    m_details->clear(); // the placeholder says to click a step
}

QString PlanWorkspace::selectedStepId() const
{
    const int row = m_steps->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_steps->item(row, 0) : nullptr;
    return item ? item->data(Qt::UserRole).toString() : QString();
}

StepStatus PlanWorkspace::stepStatus(const QString &stepId) const
{
    return m_statuses.value(stepId, StepStatus::Proposed);
}

void PlanWorkspace::loadStatuses()
{
    m_statuses.clear();
    m_records.clear();
    m_reloadStatuses->setEnabled(m_db && currentPlanId() > 0);
    if (m_db && currentPlanId() > 0) {
        if (auto stored = planstore::stepStatusRecords(*m_db, currentPlanId())) {
            m_records = *stored;
            m_statuses = planstore::statusesOf(m_records);
        } else {
            fail(stored.error());
        }
    } else if (m_current >= 0 && m_current < m_carried.size()) {
        // Nothing stored: the decisions a re-plan carried over are the only record of them.
        for (const CarriedDecision &c : m_carried[m_current].carried) {
            m_statuses.insert(c.stepId, c.status);
            planstore::StepStatusRecord r;
            r.status = c.status;
            r.decided = c.decided;
            m_records.insert(c.stepId, r);
        }
    }
}

DecidedContent PlanWorkspace::decidedOf(const QString &stepId) const
{
    return m_records.value(stepId).decided;
}

void PlanWorkspace::fail(const Error &error)
{
    MessageBox::warning(this, tr("Plans"), error.text());
}

} // namespace pm::ui
