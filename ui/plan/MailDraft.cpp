#include "MailDraft.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace pm::ui {

QString firstEmailAddress(const QString &contactCell)
{
    // Deliberately strict: letters, digits and ._%+- before the @, a dotted domain after.
    static const QRegularExpression address(QStringLiteral("(?<![\\w.%+-])([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})+)(?![\\w-])"));
    const auto m = address.match(contactCell);
    return m.hasMatch() ? m.captured(1) : QString();
}

QUrl stepMailDraft(const Request &request, const Step &step, const QString &contactCell, double startDay)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("pm::ui::MailDraft", s); };
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(firstEmailAddress(contactCell));
    const QString oneLine = QString(step.technique).replace(QRegularExpression(QStringLiteral("[\\r\\n]+")), QStringLiteral(" "));
    QString body = tr("Dear colleague,\n\nWithin the BIG-MAP experimental matrix we would like to ask whether you can carry out this "
                      "measurement:\n\n");
    body += tr("Technique: %1\n").arg(oneLine);
    if (!step.instrument.isEmpty())
        body += tr("Instrument: %1\n").arg(step.instrument);
    body += tr("Observables: %1\n").arg(step.observables.join(QStringLiteral(", ")));
    body += tr("Mode: %1\n").arg(step.mode);
    body += tr("Sample: %1, %2%3\n")
                .arg(sampleShapeKey(request.sample.shape), request.sample.material,
                     request.sample.airSensitive ? tr(" (air sensitive)") : QString());
    body += tr("Planned: from day %1, about %2 day(s)\n\n").arg(startDay).arg(step.durationDays);
    body += tr("Please tell us whether you accept this step.\n\nBest regards");
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"),
                       QString::fromLatin1(QUrl::toPercentEncoding(tr("Measurement request: %1 (%2)").arg(oneLine, request.title))));
    query.addQueryItem(QStringLiteral("body"), QString::fromLatin1(QUrl::toPercentEncoding(body)));
    url.setQuery(query);
    return url;
}

} // namespace pm::ui
