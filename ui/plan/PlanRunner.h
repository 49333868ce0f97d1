#pragma once

// Plans a request on a worker thread so that the GUI thread never waits for the search
// (issue 14). The worker gets its own copies of the request, the matrix and the options
// (PlanSession::run reads nothing else); what it reports comes back as queued calls on the
// runner's thread. A cancel stops the search within milliseconds and still delivers the
// plans found, with their proven gap. Destroying the runner (the window closing mid-search)
// cancels the search and waits for the worker.

#include "matrix/Matrix.h"
#include "planning/Plan.h"
#include "request/Request.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace pm::ui {

class PlanRunner : public QObject {
    Q_OBJECT

public:
    explicit PlanRunner(QObject *parent = nullptr);
    ~PlanRunner() override;

    // Starts planning; a run still going is cancelled first and its outcome dropped.
    void start(const Request &request, const Matrix &matrix, PlanOptions options);
    // Asks the running search to stop; finished() follows with the plans found so far.
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancel && m_cancel->load(); }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

signals:
    void progressed(const pm::PlanProgress &progress);
    void finished(const pm::Result<pm::PlanResult> &result);

private:
    void stopAndWait();

    quint64 m_generation = 0;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QThread *m_thread = nullptr;
    QElapsedTimer m_clock;
};

} // namespace pm::ui
