// The workspace's actions: requests in and out, planning, validation, exports, print.
#include "ExistingDataPanel.h"
#include "MailDraft.h"
#include "ParetoChart.h"
#include "PlanRunner.h"
#include "PlanWorkspace.h"
#include "RequestFile.h"
#include "RequestWizard.h"
#include "StoredPlansDialog.h"

#include "common/Dialogs.h"
#include "common/Settings.h"
#include "io/Export.h"
#include "report/ReportHtml.h"
#include "matrix/Matrix.h"
#include "planning/PlanExport.h"
#include "planning/PlanSession.h"
#include "planning/PlanStore.h"
#include "report/PdfReport.h"
#include "report/NodeStyle.h"
#include "report/SvgExport.h"
#include "report/Timeline.h"

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>

namespace pm::ui {

namespace {

std::function<bool(const QUrl &)> &urlOpener()
{
    static std::function<bool(const QUrl &)> opener = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    return opener;
}

report::PlanReportInput reportInput(const Request &request, const PlanResult &result, int plan, const Matrix *matrix, const StepStatuses &statuses)
{
    report::PlanReportInput input;
    input.request = request;
    input.result = result;
    input.planIndex = plan;
    input.matrix = matrix;
    input.statuses = statuses;
    return input;
}

} // namespace

void PlanWorkspace::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    if (opener)
        urlOpener() = std::move(opener);
}

bool PlanWorkspace::openUrl(const QUrl &url)
{
    return urlOpener()(url);
}

void PlanWorkspace::buildActions()
{
    m_newRequest = new QAction(tr("&New request…"), this);
    m_newRequest->setToolTip(tr("Describe what you want to measure, step by step"));
    m_newRequest->setEnabled(false);
    connect(m_newRequest, &QAction::triggered, this, [this] { startWizard(); });
    m_open = new QAction(tr("&Open request…"), this);
    connect(m_open, &QAction::triggered, this, [this] {
        const QString path = FileDialog::getOpenFileName(this, tr("Open request"), {}, tr(kRequestFileFilter));
        if (!path.isEmpty())
            if (auto r = openRequestFile(path); !r)
                fail(r.error());
    });
    m_openStored = new QAction(tr("Open s&tored plan…"), this);
    m_openStored->setToolTip(tr("Reopen a plan stored in the database and go on validating it"));
    m_openStored->setEnabled(false);
    connect(m_openStored, &QAction::triggered, this, [this] {
        if (!m_db)
            return;
        auto chosen = StoredPlansDialog::choose(this, *m_db);
        if (!chosen)
            return fail(chosen.error());
        if (*chosen > 0)
            if (auto r = openStoredRequest(*chosen); !r)
                fail(r.error());
    });
    m_reloadStatuses = new QAction(tr("Re&load statuses"), this);
    m_reloadStatuses->setToolTip(tr("Read the partners' answers again from the database"));
    m_reloadStatuses->setEnabled(false);
    connect(m_reloadStatuses, &QAction::triggered, this, &PlanWorkspace::reloadStatuses);
    m_save = new QAction(tr("&Save request…"), this);
    connect(m_save, &QAction::triggered, this, [this] {
        exportWithDialog(tr("Save request"), tr(kRequestFileFilter), QStringLiteral("pmreq"), [this](const QString &p) { return saveRequestFile(p); });
    });
    m_replan = new QAction(tr("&Re-plan"), this);
    m_replan->setToolTip(tr("Plan again with the accepted steps pinned and the refused offerings excluded"));
    connect(m_replan, &QAction::triggered, this, [this] {
        if (auto r = replanAfterRefusal(); !r)
            fail(r.error());
    });
    m_exportPdf = new QAction(tr("PDF report…"), this);
    connect(m_exportPdf, &QAction::triggered, this, [this] {
        exportWithDialog(tr("Export PDF report"), tr("PDF (*.pdf)"), QStringLiteral("pdf"), [this](const QString &p) { return exportPdf(p); });
    });
    m_exportCsv = new QAction(tr("Steps as CSV…"), this);
    connect(m_exportCsv, &QAction::triggered, this, [this] {
        exportWithDialog(tr("Export steps"), tr("CSV (*.csv)"), QStringLiteral("csv"), [this](const QString &p) { return exportCsv(p); });
    });
    m_exportJson = new QAction(tr("Plans as JSON…"), this);
    connect(m_exportJson, &QAction::triggered, this, [this] {
        exportWithDialog(tr("Export plans"), tr("JSON (*.json)"), QStringLiteral("json"), [this](const QString &p) { return exportJson(p); });
    });
    m_exportDot = new QAction(tr("Graph as DOT…"), this);
    connect(m_exportDot, &QAction::triggered, this, [this] {
        exportWithDialog(tr("Export graph"), tr("Graphviz (*.dot *.gv)"), QStringLiteral("dot"), [this](const QString &p) { return exportDot(p); });
    });
    m_exportSvg = new QAction(tr("Graph as SVG…"), this);
    connect(m_exportSvg, &QAction::triggered, this, [this] {
        exportWithDialog(tr("Export graph"), tr("SVG (*.svg)"), QStringLiteral("svg"), [this](const QString &p) { return exportSvg(p); });
    });
    m_print = new QAction(tr("&Print report…"), this);
    connect(m_print, &QAction::triggered, this, [this] {
        if (!currentPlan())
            return;
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        report::PlanReportInput input = reportInput(m_request, m_result, m_current, m_matrix, m_statuses);
        input.existingData = existingDataForReport();
        if (auto pages = report::paintPlanReport(printer, input); !pages)
            fail(pages.error());
    });
}

QList<QAction *> PlanWorkspace::fileActions() const
{
    return {m_open, m_save, m_exportPdf, m_exportCsv, m_exportJson, m_exportDot, m_exportSvg, m_print};
}

void PlanWorkspace::exportWithDialog(const QString &caption, const QString &filter, const QString &suffix,
                                     const std::function<Result<void>(const QString &)> &write)
{
    // Issue 18 §4: the dialog starts in the folder used last (or Documents) with a name made
    // from the request's title; the suffix is added before the overwrite question (issue 15).
    QString folder = Settings::value(settings::LastDirectory);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::getSaveFileNameWithSuffix(this, caption, QDir(folder).filePath(suggestedFileName(m_request.title, suffix)), filter, suffix);
    if (path.isEmpty())
        return;
    if (auto r = write(path); !r) {
        fail(r.error());
        return;
    }
    Settings::setValue(settings::LastDirectory, QFileInfo(path).absolutePath());
    // Where it went, with a way there: the file is not lost in a dialog that closed.
    m_exportNote->setText(tr("Saved %1 in %2 — <a href=\"folder\">Open folder</a>")
                              .arg(QFileInfo(path).fileName().toHtmlEscaped(), QDir::toNativeSeparators(QFileInfo(path).absolutePath()).toHtmlEscaped()));
    m_exportNote->setProperty("folder", QFileInfo(path).absolutePath());
    m_exportNote->show();
}

QString suggestedFileName(const QString &title, const QString &suffix)
{
    // "SEI growth on graphite: 100 cycles" -> "SEI growth on graphite 100 cycles.pdf": what a
    // file system accepts everywhere, at most 60 characters.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    QString name = title.simplified();
    name.replace(unsafe, QStringLiteral(" "));
    name = name.simplified().left(60).trimmed();
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty())
        name = QCoreApplication::translate("pm::ui::PlanWorkspace", "plan");
    return name + QLatin1Char('.') + suffix;
}

// ---- requests ---------------------------------------------------------------------------

Result<void> PlanWorkspace::openRequest(const Request &request)
{
    if (!m_matrix)
        return makeError(tr("no matrix is loaded to plan from"));
    startPlanning(request, PlanKind::Open);
    return {};
}

QList<report::ExistingDataItem> PlanWorkspace::existingDataForReport() const
{
    QList<report::ExistingDataItem> items;
    for (const auto &[technique, r] : m_existing->foundByTechnique())
        items.append({technique, r.title, r.date, r.doi, r.url, r.query, r.fetched});
    return items;
}

Result<void> PlanWorkspace::useExistingData(const QString &observable, const QString &doi)
{
    if (m_request.indexOf(observable) < 0)
        return makeError(tr("\"%1\" is not one of the request's observables").arg(observable));
    const QString normalised = normalisedDoi(doi);
    if (normalised.isEmpty())
        return makeError(tr("\"%1\" is not a DOI").arg(doi));
    if (isPlanning())
        return makeError(tr("a search is running: cancel it or wait, then use the existing data"));
    Request request = m_request;
    for (const CoveredObservable &c : std::as_const(request.covered))
        if (c.observable == observable)
            return makeError(tr("\"%1\" is already covered by doi:%2").arg(observable, c.doi));
    request.covered.append({observable, normalised});
    // A new request (stored as such, with the DOI), planned as any opened request.
    return openRequest(request);
}

void PlanWorkspace::startPlanning(const Request &request, PlanKind kind, const QList<QMap<QString, qint64>> &seeds)
{
    m_pending.kind = kind;
    m_pending.request = request;
    PlanOptions options = PlanSession(m_db).prepare(); // the logbook, read here: the database stays on this thread
    options.timeLimitMs = m_timeLimitMs;
    options.seeds = seeds;
    options.progressPlans = true;
    m_runLimitMs = m_timeLimitMs;
    m_runner->start(request, *m_matrix, options);
    m_searchStatus->setText(tr("Searching for plans…"));
    showSearchState();
    emit planningStarted();
}

bool PlanWorkspace::isPlanning() const
{
    return m_runner->isRunning();
}

void PlanWorkspace::cancelPlanning()
{
    m_runner->cancel();
}

void PlanWorkspace::keepSearching()
{
    if (isPlanning() || !m_matrix || m_pending.request.observables.isEmpty())
        return;
    // A new search with four times the limit, starting from the plans found so far: they
    // seed its archive, so it keeps them (and its bounds prune with them from the first
    // node); they stay shown until its first snapshot replaces them.
    m_timeLimitMs = m_timeLimitMs > 0 ? m_timeLimitMs * 4 : 0;
    QList<QMap<QString, qint64>> seeds;
    for (const Plan &p : std::as_const(m_result.plans))
        seeds.append(p.assignment);
    startPlanning(m_pending.request, m_pending.kind, seeds);
}

bool PlanWorkspace::waitForPlanning(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (isPlanning() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !isPlanning();
}

void PlanWorkspace::showSearchState()
{
    const bool running = isPlanning();
    m_searchBar->setVisible(running || (!m_result.complete && !m_result.plans.isEmpty()));
    m_cancel->setVisible(running);
    m_keepSearching->setVisible(!running && !m_result.complete);
    m_plans->setEnabled(!running);
    m_pareto->setEnabled(!running);
    for (QAction *a : {m_newRequest, m_open, m_openStored, m_replan})
        a->setEnabled(!running && (a != m_openStored || m_db) && (a != m_newRequest || m_matrix));
}

// A snapshot from the worker: the counters, the proven gap, and the best plans so far in
// the table and the chart (the graph and the other tabs wait for the end: laying out a
// graph every snapshot would cost the GUI thread more than it gains).
void PlanWorkspace::showProgress(const PlanProgress &progress)
{
    m_searchStatus->setText(tr("Searching: %1 s, %n plan(s) found, %2 nodes; best fidelity %3, none can exceed %4 (gap %5).", nullptr,
                               progress.frontSize)
                                .arg(QLocale().toString(progress.elapsedMs / 1000.0, 'f', 1))
                                .arg(QLocale().toString(progress.nodes))
                                .arg(progress.bestFidelity, 0, 'f', 3)
                                .arg(progress.fidelityBound, 0, 'f', 3)
                                .arg(progress.gap(), 0, 'f', 3));
    if (progress.plans.isEmpty())
        return;
    const QSignalBlocker block(m_plans);
    m_plans->setRowCount(int(progress.plans.size()));
    const int decimals = fidelityDecimals(progress.plans);
    for (int i = 0; i < progress.plans.size(); ++i) {
        const Plan &p = progress.plans[i];
        const QStringList cells{QString::number(p.rank), QString::number(p.fidelity, 'f', decimals), QString::number(p.cost, 'f', 1),
                                report::durationText(p.durationDays), planClassTitle(p.tableClass)};
        for (int c = 0; c < cells.size(); ++c)
            m_plans->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_pareto->setPlans(progress.plans);
    m_headline->setText(tr("<b>%1</b> — searching; the best plans so far are listed.")
                            .arg((m_pending.request.title.isEmpty() ? tr("Untitled request") : m_pending.request.title).toHtmlEscaped()));
}

void PlanWorkspace::planningDone(const Result<PlanResult> &result)
{
    if (!result) {
        showSearchState();
        fail(result.error());
        emit planningFinished();
        return;
    }
    m_request = m_pending.request;
    m_result = *result;
    if (m_pending.kind == PlanKind::Replan) {
        // Stored with its origin, and each decision carried into each new plan: unchanged
        // accepted steps stay accepted, the others are flagged (PlanSession::finishReplan).
        m_storedNote.clear();
        m_requestId = 0;
        m_planIds.clear();
        PlanOutcome outcome;
        outcome.request = m_request;
        outcome.result = m_result;
        const auto done = PlanSession(m_db).finishReplan(outcome, m_pending.previous);
        m_result = outcome.result; // the previous plan's calendar
        m_requestId = outcome.requestId;
        m_planIds = outcome.planIds;
        m_carried = outcome.carried;
        m_diffs = outcome.diffs;
        m_originNote = outcome.origin.planId > 0 || !outcome.origin.refusedSteps.isEmpty()
            ? tr("Re-plan of plan %1 after refusal of %2.")
                  .arg(m_pending.previous.plan.rank)
                  .arg(outcome.origin.refusedSteps.isEmpty() ? tr("no step") : outcome.origin.refusedSteps.join(QStringLiteral(", ")))
            : QString();
        if (!done)
            fail(done.error()); // the plans are still shown; what could not be kept is said
        showResult();
    } else {
        storeOutcome();
        showResult();
    }
    if (m_result.complete)
        m_searchStatus->clear();
    else
        m_searchStatus->setText(tr("%1 after %2 s: the plans are the best found. No plan can have a fidelity above %3; the best found has %4 (gap %5).")
                                    .arg(m_runner->wasCancelled() ? tr("Stopped") : tr("Time limit reached"),
                                         QLocale().toString(result->elapsedMs / 1000.0, 'f', 1))
                                    .arg(std::max(m_result.fidelityBound, m_result.bestFidelity), 0, 'f', 3)
                                    .arg(m_result.bestFidelity, 0, 'f', 3)
                                    .arg(m_result.gap(), 0, 'f', 3));
    showSearchState();
    emit planningFinished();
}

Result<void> PlanWorkspace::openRequestFile(const QString &path)
{
    auto request = readRequestFile(path);
    if (!request)
        return request.error();
    return openRequest(*request);
}

Result<void> PlanWorkspace::saveRequestFile(const QString &path) const
{
    return writeRequestFile(path, m_request);
}

Result<void> PlanWorkspace::openStoredRequest(qint64 requestId)
{
    if (!m_db)
        return makeError(tr("no database is open"));
    auto outcome = planstore::loadOutcome(*m_db, requestId);
    if (!outcome)
        return outcome.error();
    m_request = outcome->request;
    m_result = outcome->result;
    m_requestId = requestId;
    m_planIds = outcome->planIds;
    m_carried.clear();
    m_diffs.clear();
    m_originNote.clear();
    // A stored re-plan: where it comes from, and what changed against that plan.
    if (const QString origin = replanOriginText(outcome->info); !origin.isEmpty()) {
        m_originNote = tr("This is a %1, by %2.").arg(origin, outcome->info.createdBy.isEmpty() ? tr("an unknown user") : outcome->info.createdBy);
        if (outcome->info.replanOf > 0 && !outcome->info.replanOfTitle.isEmpty())
            if (auto previous = planstore::storedPlan(*m_db, outcome->info.replanOf))
                for (const Plan &p : std::as_const(m_result.plans))
                    m_diffs.append(diffPlans(*previous, p));
    }
    const QDateTime planned = QDateTime::fromString(outcome->info.createdAt, Qt::ISODate);
    m_storedNote = tr("Planned %1 by %2, reopened from the database with the partners' answers so far.")
                       .arg(planned.isValid() ? QLocale().toString(planned.toLocalTime(), QLocale::ShortFormat) : outcome->info.createdAt,
                            outcome->info.createdBy.isEmpty() ? tr("an unknown user") : outcome->info.createdBy);
    showResult();
    // Show the plan being validated: the one with the most statuses set (the first if none).
    int best = 0, most = 0;
    for (int i = 0; i < m_planIds.size(); ++i)
        if (auto records = planstore::stepStatusRecords(*m_db, m_planIds[i]); records && records->size() > most) {
            most = int(records->size());
            best = i;
        }
    if (best != m_current)
        selectPlan(best);
    return {};
}

void PlanWorkspace::storeOutcome()
{
    m_storedNote.clear();
    m_originNote.clear();
    m_carried.clear();
    m_diffs.clear();
    m_requestId = 0;
    m_planIds.clear();
    if (!m_db)
        return;
    PlanOutcome outcome;
    outcome.request = m_request;
    outcome.result = m_result;
    if (auto stored = PlanSession(m_db).store(outcome); !stored) {
        fail(stored.error()); // the plans are still shown; only validation cannot be kept
        return;
    }
    m_requestId = outcome.requestId;
    m_planIds = outcome.planIds;
    m_result = outcome.result;
}

RequestWizard *PlanWorkspace::startWizard(const std::optional<Request> &prefill)
{
    if (!m_matrix)
        return nullptr;
    if (m_wizard)
        m_wizard->close();
    m_wizard = new RequestWizard(*m_matrix, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (prefill)
        m_wizard->setRequest(*prefill);
    connect(m_wizard, &QWizard::accepted, this, [this, wizard = m_wizard] {
        if (auto r = openRequest(wizard->request()); !r)
            fail(r.error());
        else
            RequestDraft::discard();
    });
    m_wizard->open();
    return m_wizard;
}

void PlanWorkspace::startWizardWithJson(const QByteArray &requestJson)
{
    auto request = Request::fromJson(requestJson);
    if (!request)
        return fail(request.error());
    startWizard(*request);
}

bool PlanWorkspace::offerDraft()
{
    const auto draft = RequestDraft::load();
    if (!draft || draft->observables.isEmpty())
        return false;
    const QString title = draft->title.isEmpty() ? tr("an untitled request") : QStringLiteral("\"%1\"").arg(draft->title);
    if (MessageBox::question(this, tr("Resume request"),
                             tr("You were writing %1 with %n observable(s). Continue with it?", nullptr, int(draft->observables.size())).arg(title))
        != QMessageBox::Yes) {
        RequestDraft::discard();
        return false;
    }
    return startWizard(*draft) != nullptr;
}

// ---- validation -------------------------------------------------------------------------

Result<void> PlanWorkspace::setStepStatus(const QString &stepId, StepStatus status)
{
    const Plan *p = currentPlan();
    const Step *s = p ? p->step(stepId) : nullptr;
    if (!s)
        return makeError(tr("select a step of the plan first"));
    if (s->kind != StepKind::Measure)
        return makeError(tr("only measurements are validated by partners; %1 is a %2 step").arg(stepId, stepKindKey(s->kind)));
    m_refusalShown = false;
    if (m_db && currentPlanId() > 0) {
        std::optional<planstore::StepStatusRecord> current;
        auto stored = planstore::setStepStatus(*m_db, currentPlanId(), stepId, status, m_records.value(stepId).version, {}, &current);
        if (!stored) {
            if (!current)
                return stored.error();
            // Someone else set this status since it was shown: say who, keep theirs, offer to reload.
            m_refusalShown = true;
            if (MessageBox::warning(this, tr("Status not saved"),
                                    tr("%1\n\nReload the statuses now?").arg(stored.error().message),
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                == QMessageBox::Yes)
                reloadStatuses();
            return stored.error();
        }
        m_records.insert(stepId, *stored);
    }
    m_statuses.insert(stepId, status);
    showSteps();
    if (status == StepStatus::Refused
        && MessageBox::question(this, tr("Step refused"),
                                tr("%1 at %2 was refused. Plan again, keeping the accepted steps and leaving this offering out?").arg(s->technique, stepLocation(*s)))
            == QMessageBox::Yes)
        return replanAfterRefusal();
    return {};
}

Result<void> PlanWorkspace::replanAfterRefusal()
{
    const Plan *p = currentPlan();
    if (!p || !m_matrix)
        return makeError(tr("no plan to re-plan"));
    if (isPlanning())
        return makeError(tr("a search is still running; cancel it first"));
    auto request = requestForReplan(m_request, *p, m_statuses);
    if (!request)
        return request.error();
    m_pending.previous = replanBasis(*p, currentPlanId(), m_statuses, m_records);
    startPlanning(*request, PlanKind::Replan);
    return {};
}

PlanDiff PlanWorkspace::planDiff() const
{
    return m_current >= 0 && m_current < m_diffs.size() ? m_diffs[m_current] : PlanDiff{};
}

void PlanWorkspace::reloadStatuses()
{
    loadStatuses();
    showSteps();
}

void PlanWorkspace::applyRemoteChange(const QString &table, const QList<qint64> &ids)
{
    if (table == u"plan_step_status" && currentPlanId() > 0 && ids.contains(currentPlanId()))
        reloadStatuses();
}

MailContact PlanWorkspace::mailContact(const QString &stepId) const
{
    const Plan *p = currentPlan();
    const Step *s = p ? p->step(stepId) : nullptr;
    if (!s || s->kind != StepKind::Measure)
        return {};
    const Offering *o = m_matrix ? m_matrix->offering(s->offeringId) : nullptr;
    return stepMailContact(o ? o->contact : QString(), s->contact);
}

MailText PlanWorkspace::mailText(const QString &stepId) const
{
    const Plan *p = currentPlan();
    const Step *s = p ? p->step(stepId) : nullptr;
    if (!s || s->kind != StepKind::Measure)
        return {};
    // The dates of the Steps table: the same timeline (the plan's day 0).
    const report::Timeline t = report::buildTimeline(*p, m_matrix);
    return stepMailText(m_request, *s, t.dateOf(s->startDay), t.dateOf(s->startDay + s->durationDays));
}

QUrl PlanWorkspace::mailDraft(const QString &stepId) const
{
    const Plan *p = currentPlan();
    const Step *s = p ? p->step(stepId) : nullptr;
    const MailContact contact = mailContact(stepId);
    if (!s || contact.address.isEmpty())
        return {};
    const report::Timeline t = report::buildTimeline(*p, m_matrix);
    return stepMailDraft(m_request, *s, contact.address, t.dateOf(s->startDay), t.dateOf(s->startDay + s->durationDays));
}

Result<void> PlanWorkspace::mailPartner(const QString &stepId)
{
    const Plan *p = currentPlan();
    const Step *s = p ? p->step(stepId) : nullptr;
    if (!s || s->kind != StepKind::Measure)
        return makeError(tr("select a measurement step to write to its partner"));
    const MailContact contact = mailContact(stepId);
    if (contact.isEmpty())
        return makeError(tr("the matrix has no contact for %1 at %2: ask the consortium for one").arg(s->technique, stepLocation(*s)));
    const MailText text = mailText(stepId);
    auto offerCopy = [&](const QString &why) {
        if (MessageBox::question(this, tr("Email the partner"), tr("%1\n\nCopy the text of the e-mail to the clipboard?").arg(why))
            == QMessageBox::Yes)
            QGuiApplication::clipboard()->setText(text.subject + QStringLiteral("\n\n") + text.body);
    };
    if (contact.address.isEmpty()) {
        offerCopy(tr("The contact of %1 is a web page, not an e-mail address: %2. Write through it.").arg(stepLocation(*s), contact.webPage));
        return {};
    }
    if (!openUrl(mailDraft(stepId)))
        offerCopy(tr("No e-mail program opened the draft to %1.").arg(contact.address));
    return {};
}

void PlanWorkspace::updateMailButton()
{
    const QString stepId = selectedStepId();
    const Plan *p = currentPlan();
    const Step *s = p ? p->step(stepId) : nullptr;
    if (!s || s->kind != StepKind::Measure) {
        m_mail->setEnabled(false);
        m_mail->setToolTip(tr("Select a measurement step to write to its partner"));
        return;
    }
    const MailContact contact = mailContact(stepId);
    m_mail->setEnabled(!contact.isEmpty());
    if (contact.isEmpty())
        m_mail->setToolTip(tr("The matrix has no contact for %1 at %2").arg(s->technique, stepLocation(*s)));
    else if (contact.address.isEmpty())
        m_mail->setToolTip(tr("The contact is a web page, not an e-mail address (%1): the text is offered to copy").arg(contact.webPage));
    else
        m_mail->setToolTip(tr("Write to %1").arg(contact.address));
}

// ---- exports ----------------------------------------------------------------------------

Result<void> PlanWorkspace::exportPdf(const QString &path)
{
    if (!currentPlan())
        return makeError(tr("no plan to export"), path);
    report::PlanReportInput input = reportInput(m_request, m_result, m_current, m_matrix, m_statuses);
    input.existingData = existingDataForReport();
    auto pages = report::writePlanPdf(path, input);
    if (!pages)
        return pages.error();
    return {};
}

Result<void> PlanWorkspace::exportCsv(const QString &path) const
{
    if (!currentPlan())
        return makeError(tr("no plan to export"), path);
    return writeFileAtomically(path, planToCsv(*currentPlan(), false, m_request.sample.airSensitive));
}

Result<void> PlanWorkspace::exportJson(const QString &path) const
{
    return writeFileAtomically(path, QJsonDocument(planResultToJson(m_result)).toJson(QJsonDocument::Indented));
}

Result<void> PlanWorkspace::exportDot(const QString &path) const
{
    if (!currentPlan())
        return makeError(tr("no plan to export"), path);
    return writeFileAtomically(path, planToDot(*currentPlan(), m_request.title));
}

Result<void> PlanWorkspace::exportSvg(const QString &path) const
{
    if (!currentPlan())
        return makeError(tr("no plan to export"), path);
    return report::writeGraphSvg(path, m_layout, m_request.title);
}

} // namespace pm::ui
