#include "SecurityIndicator.h"

#include "store/ConnectionSecurity.h"
#include "store/Database.h"

#include <QUrl>

namespace pm::ui {

SecurityIndicator::SecurityIndicator(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("securityIndicator"));
    hide();
}

void SecurityIndicator::setDatabase(const Database *db)
{
    m_warns = false;
    if (!db || !db->security().server) {
        hide();
        return;
    }
    const ConnectionSecurity &s = db->security();
    const QString host = QUrl(db->location()).host();
    const QString warning = s.warning(host);
    m_warns = !warning.isEmpty();
    QString text;
    if (s.verified)
        text = tr("Encrypted, server verified");
    else if (s.encrypted)
        text = tr("Encrypted, server not verified");
    else
        text = tr("Not encrypted");
    if (isLocalHost(host) && !s.verified)
        text += tr(" (this machine)");
    setText(m_warns ? QStringLiteral("⚠ ") + text : text);
    // The tooltip: the technical summary, and what to do about a warning.
    setToolTip(m_warns ? warning : s.summary());
    setStyleSheet(m_warns ? QStringLiteral("QLabel { color: #9a5b00; font-weight: bold; }") : QString());
    show();
}

} // namespace pm::ui
