#include "PlanRunner.h"

#include "planning/PlanSession.h"

#include <QThread>

#include <optional>

namespace pm::ui {

PlanRunner::PlanRunner(QObject *parent) : QObject(parent) {}

PlanRunner::~PlanRunner()
{
    stopAndWait();
}

void PlanRunner::stopAndWait()
{
    ++m_generation; // whatever the old worker still reports is dropped
    if (m_cancel)
        m_cancel->store(true);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_running = false;
}

void PlanRunner::start(const Request &request, const Matrix &matrix, PlanOptions options)
{
    stopAndWait();
    const quint64 generation = m_generation;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    options.cancel = m_cancel;
    // Snapshots go to the GUI thread as queued calls; a newer run (or the runner's end)
    // makes them stale, and a destroyed runner's queued calls are discarded by Qt.
    options.progress = [this, generation](const PlanProgress &progress) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, progress] {
                if (generation == m_generation)
                    emit progressed(progress);
            },
            Qt::QueuedConnection);
    };
    auto outcome = std::make_shared<std::optional<Result<PlanResult>>>();
    // Copies: the worker shares nothing mutable with the GUI (the matrix's lists are
    // implicitly shared, so the copy is cheap and a later edit detaches on the GUI side).
    m_thread = QThread::create([request, matrix, options, outcome] { outcome->emplace(PlanSession::run(request, matrix, options)); });
    connect(m_thread, &QThread::finished, this, [this, generation, outcome] {
        if (generation != m_generation || !outcome->has_value())
            return;
        m_running = false;
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished(**outcome);
    });
    m_running = true;
    m_clock.start();
    m_thread->start();
}

void PlanRunner::cancel()
{
    if (m_running && m_cancel)
        m_cancel->store(true);
}

} // namespace pm::ui
