#pragma once

// The plan workspace: the ranked plans with a Pareto chart, and for the selected plan the
// sample-flow graph, the timeline, the ordered steps with validation, requirements per
// step, practical details and the rejected offerings. Exports PDF, CSV, JSON, DOT and SVG.
//
// The main window embeds it:
//   auto *plans = new pm::ui::PlanWorkspace(this);
//   plans->setDatabase(db); plans->setMatrix(&matrix);
//   tabs->addTab(plans, tr("Plans")); menu->addAction(plans->newRequestAction());
//   connect(askBar, &AskBar::requestWanted, plans, &PlanWorkspace::startWizardWithJson);

#include "MailDraft.h"
#include "RequestWizard.h"

#include "planning/Plan.h"
#include "planning/PlanDiff.h"
#include "planning/PlanSession.h"
#include "planning/PlanStore.h"
#include "planning/Validation.h"
#include "report/GraphLayout.h"
#include "request/Request.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QTabWidget;

namespace pm::ui::archive {
class ExistingDataPanel;
}
namespace pm::report {
struct ExistingDataItem;
}
class QTableWidget;
class QTextBrowser;

namespace pm {
class Database;
struct Matrix;
} // namespace pm

namespace pm::ui {

class ParetoChart;
class PlanRunner;
class SampleFlowView;
class TimelineView;

// A file name for an export made from the request's title ("SEI growth.pdf"), safe on every
// file system; "plan.<suffix>" for an untitled request.
QString suggestedFileName(const QString &title, const QString &suffix);

// Decimals for the plans' fidelity column: 2, or 3 when two plans that differ would show the
// same two-decimal value (issue 18 §3: a tie that is not one must not look like one).
int fidelityDecimals(const QList<Plan> &plans);

class PlanWorkspace : public QWidget {
    Q_OBJECT

public:
    enum Tab { GraphTab, TimelineTab, StepsTab, RequirementsTab, PracticalTab, RejectionsTab };

    explicit PlanWorkspace(QWidget *parent = nullptr);

    void setDatabase(Database *db);      // where outcomes and step statuses are stored; may be null
    void setMatrix(const Matrix *matrix); // the matrix plans are made from (must outlive the workspace)

    QAction *newRequestAction() const { return m_newRequest; }
    QList<QAction *> fileActions() const; // open, save, export..., print

    // Starts planning `request` on a worker thread (the GUI thread never plans): the plans
    // found so far appear as the search goes, and the best are shown, stored and selected
    // when it ends. Errors found before the search starts (no matrix) are returned; planning
    // errors (a pin that cannot be honoured, ...) are shown when the worker reports them.
    Result<void> openRequest(const Request &request);
    Result<void> openRequestFile(const QString &path);
    // The search: running, stopped with the plans found so far and their gap, resumed with a
    // longer time limit (a new search, not a continuation), or waited for (tests).
    bool isPlanning() const;
    void cancelPlanning();
    void keepSearching();
    bool waitForPlanning(int timeoutMs = 120000);
    qint64 planningTimeLimitMs() const { return m_timeLimitMs; }
    void setPlanningTimeLimitMs(qint64 ms) { m_timeLimitMs = ms; } // 0: until cancelled
    QWidget *searchBar() const { return m_searchBar; }
    QLabel *searchStatus() const { return m_searchStatus; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *keepSearchingButton() const { return m_keepSearching; }
    Result<void> saveRequestFile(const QString &path) const;
    // Reopens a stored request with its plans as they were proposed and their validation
    // statuses (Plans > Open stored plan…), selecting the plan being validated. Steps whose
    // offering was deleted from the matrix since are named in the headline.
    Result<void> openStoredRequest(qint64 requestId);
    QAction *openStoredAction() const { return m_openStored; }
    qint64 currentRequestId() const { return m_requestId; }

    // The wizard, optionally pre-filled; planning starts when it finishes.
    RequestWizard *startWizard(const std::optional<Request> &prefill = std::nullopt);
    RequestWizard *wizard() const { return m_wizard; }
    // Offers to resume the draft left by an earlier session; true when the wizard opened.
    bool offerDraft();

    // The selected plan.
    void selectPlan(int index);
    int currentPlanIndex() const { return m_current; }
    const PlanResult &result() const { return m_result; }
    const Request &request() const { return m_request; }
    const Plan *currentPlan() const;
    qint64 currentPlanId() const; // in the database; 0 when not stored

    // Validation (D5.5 2.3.2). A refusal offers a re-plan with the accepted steps pinned.
    // The status is stored only if nobody changed it since it was shown (the version shown
    // is passed back); otherwise the refusal names who changed it and offers to reload.
    Result<void> setStepStatus(const QString &stepId, StepStatus status);
    StepStatus stepStatus(const QString &stepId) const;
    const planstore::StepStatusRecords &statusRecords() const { return m_records; }
    // Reads the statuses of the shown plan again, keeping the selected step.
    void reloadStatuses();
    // The headline's warnings for the shown plan (deleted offerings, a deadline missed).
    QStringList planNotices() const;
    Result<void> replanAfterRefusal();
    // After a re-plan (or reopening a stored one): what changed against the plan refused in
    // part, for the shown plan (empty otherwise), and where the re-plan comes from.
    PlanDiff planDiff() const;
    QLabel *changesView() const { return m_changes; }
    // E-mail the partner of a step: the recipient from the matrix's contacts (never invented),
    // the dates of the Steps table. No contact: the button is disabled and says why; a web
    // page instead of an address, or no mail program: the text is offered to copy.
    MailContact mailContact(const QString &stepId) const;
    QUrl mailDraft(const QString &stepId) const;
    MailText mailText(const QString &stepId) const;
    Result<void> mailPartner(const QString &stepId);
    QPushButton *mailButton() const { return m_mail; }
    // Returns false when no program took the URL (QDesktopServices::openUrl); test seam.
    static void setUrlOpener(std::function<bool(const QUrl &)> opener);
    // The step the details pane below the graph shows; empty when it shows none.
    QString detailsStepId() const { return m_detailStep; }

    // Exports of the selected plan; errors name the file.
    Result<void> exportPdf(const QString &path);
    Result<void> exportCsv(const QString &path) const;
    Result<void> exportJson(const QString &path) const;
    Result<void> exportDot(const QString &path) const;
    Result<void> exportSvg(const QString &path) const;

    QTabWidget *tabs() const { return m_tabs; }
    archive::ExistingDataPanel *existingDataPanel() const { return m_existing; }
    QLabel *exportNote() const { return m_exportNote; }
    QLabel *rankingNote() const { return m_rankingNote; }
    // Plans the request again with `observable` left out as answered by `doi` (issue 17); the
    // new request records it.
    Result<void> useExistingData(const QString &observable, const QString &doi);
    SampleFlowView *graphView() const { return m_graph; }
    ParetoChart *paretoChart() const { return m_pareto; }
    QTableWidget *plansTable() const { return m_plans; }
    QTableWidget *stepsTable() const { return m_steps; }
    QTableWidget *rejectionsTable() const { return m_rejections; }
    QTextBrowser *details() const { return m_details; }

public slots:
    void startWizardWithJson(const QByteArray &requestJson); // AskBar::requestWanted
    // ChangeListener::changed: another desktop changed statuses of the shown plan.
    void applyRemoteChange(const QString &table, const QList<qint64> &ids);

signals:
    void planChanged();
    void planningStarted();
    void planningFinished();

private:
    void buildActions();
    void showResult();
    void showPlan();
    void showSteps();
    void showStepDetails(const QString &stepId);
    void storeOutcome();
    // Planning on the worker: what to do with its outcome, and the bar that shows it.
    enum class PlanKind { Open, Replan };
    void startPlanning(const Request &request, PlanKind kind, const QList<QMap<QString, qint64>> &seeds = {});
    void showProgress(const PlanProgress &progress);
    void planningDone(const Result<PlanResult> &result);
    void showSearchState();
    void loadStatuses();
    void updateMailButton();
    void clearStepDetails();
    QList<report::ExistingDataItem> existingDataForReport() const; // the Existing data tab's finds
    DecidedContent decidedOf(const QString &stepId) const;
    void fail(const Error &error);
    void exportWithDialog(const QString &caption, const QString &filter, const QString &suffix,
                          const std::function<Result<void>(const QString &)> &write);
    QString selectedStepId() const;
    static bool openUrl(const QUrl &url);

    Database *m_db = nullptr;
    const Matrix *m_matrix = nullptr;
    Request m_request;
    PlanResult m_result;
    int m_current = -1;
    qint64 m_requestId = 0;
    QList<qint64> m_planIds;
    StepStatuses m_statuses;
    planstore::StepStatusRecords m_records; // with the versions shown, passed back on a change
    bool m_refusalShown = false;            // setStepStatus showed its own refusal box
    QString m_storedNote;                   // "Planned on … by …": a plan reopened from the database
    report::GraphLayout m_layout;
    QPointer<RequestWizard> m_wizard;
    PlanRunner *m_runner = nullptr;
    qint64 m_timeLimitMs = 60000; // the CLI's default; Keep searching multiplies it
    qint64 m_runLimitMs = 0;      // the running search's limit
    struct Pending {
        PlanKind kind = PlanKind::Open;
        Request request;
        ReplanBasis previous; // re-plan: the plan refused in part, with its decisions
    } m_pending;
    // A re-plan: per plan, the decisions carried over (without a database, the only record
    // of them) and the diff against the previous plan; where it comes from, in words.
    QList<CarryResult> m_carried;
    QList<PlanDiff> m_diffs;
    QString m_originNote;
    QString m_detailStep;
    QWidget *m_searchBar = nullptr;
    QLabel *m_searchStatus = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_keepSearching = nullptr;

    QAction *m_newRequest = nullptr;
    QAction *m_open = nullptr;
    QAction *m_openStored = nullptr;
    QAction *m_reloadStatuses = nullptr;
    QAction *m_save = nullptr;
    QAction *m_replan = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportJson = nullptr;
    QAction *m_exportDot = nullptr;
    QAction *m_exportSvg = nullptr;
    QAction *m_print = nullptr;

    QLabel *m_headline;
    QTableWidget *m_plans;
    ParetoChart *m_pareto;
    QTabWidget *m_tabs;
    SampleFlowView *m_graph;
    QTextBrowser *m_details;
    TimelineView *m_timeline;
    QTableWidget *m_steps;
    QTextBrowser *m_requirements;
    QTextBrowser *m_practical;
    archive::ExistingDataPanel *m_existing;
    QLabel *m_exportNote; // "Saved plan.pdf in … — Open folder" after an export
    QLabel *m_rankingNote; // how the plans list is ordered
    QStringList m_stepsWithData; // measure steps of the shown plan with existing data found
    QTableWidget *m_rejections;
    QLabel *m_unmeasurable;
    QLabel *m_changes = nullptr;
    QPushButton *m_mail = nullptr;
};

} // namespace pm::ui
