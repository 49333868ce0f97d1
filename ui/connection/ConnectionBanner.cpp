#include "ConnectionBanner.h"

#include "store/Database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace pm::ui {

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_retry(new QPushButton(tr("Retry now"), this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#connectionBanner { background: palette(tool-tip-base); }"));
    m_text->setWordWrap(true);
    m_text->setAccessibleName(tr("Connection status"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    m_retryTimer.setSingleShot(true);
    m_hideTimer.setSingleShot(true);
    m_tick.setInterval(1000);
    connect(&m_retryTimer, &QTimer::timeout, this, &ConnectionBanner::retryNow);
    connect(&m_tick, &QTimer::timeout, this, &ConnectionBanner::updateText);
    connect(&m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    connect(m_retry, &QPushButton::clicked, this, &ConnectionBanner::retryNow);
    hide();
}

void ConnectionBanner::setDatabase(Database *db)
{
    if (m_status)
        disconnect(m_status, nullptr, this, nullptr);
    m_db = db;
    m_status = db ? db->status() : nullptr;
    m_retryTimer.stop();
    m_tick.stop();
    m_state = State::Connected;
    m_attempts = 0;
    hide();
    if (!m_status)
        return;
    connect(m_status, &ConnectionStatus::lost, this, &ConnectionBanner::connectionLost);
    connect(m_status, &ConnectionStatus::restored, this, &ConnectionBanner::connectionRestored);
    connect(m_status, &QObject::destroyed, this, [this] { setDatabase(nullptr); });
    if (db->isConnectionLost())
        connectionLost(tr("the connection to the server was lost"));
}

int ConnectionBanner::retryDelayMs(int attempt) const
{
    const int capped = std::min(attempt, 10); // 2^10 s is far past the cap already
    return std::min(m_baseDelayMs * (1 << capped), 30000);
}

void ConnectionBanner::connectionLost(const QString &message)
{
    if (m_state == State::Lost)
        return;
    m_state = State::Lost;
    m_reason = message;
    m_attempts = 0;
    m_hideTimer.stop();
    m_retry->setEnabled(true);
    show();
    scheduleRetry();
}

void ConnectionBanner::connectionRestored()
{
    m_retryTimer.stop();
    m_tick.stop();
    m_state = State::Connected;
    m_attempts = 0;
    m_retry->setEnabled(false);
    m_text->setText(tr("Connected again. Rows other users changed meanwhile are being reloaded."));
    show();
    m_hideTimer.start(3000);
    emit reconnected();
}

void ConnectionBanner::scheduleRetry()
{
    m_retryTimer.start(retryDelayMs(m_attempts));
    m_tick.start();
    updateText();
}

void ConnectionBanner::retryNow()
{
    if (!m_db || m_state != State::Lost)
        return;
    m_retryTimer.stop();
    ++m_attempts;
    auto ok = m_db->reconnect(); // success emits restored() -> connectionRestored()
    if (!ok) {
        m_reason = ok.error().message;
        scheduleRetry();
    }
}

void ConnectionBanner::updateText()
{
    if (m_state != State::Lost)
        return;
    const int seconds = std::max(1, (m_retryTimer.remainingTime() + 999) / 1000);
    m_text->setText(tr("%1. Your last change was not saved; nothing is half-written. Trying again in %n s...", nullptr, seconds).arg(m_reason));
}

} // namespace pm::ui
