#include "MailDraft.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QUrlQuery>

namespace pm::ui {

namespace {
// lupdate files Strings::tr() under this context, the one looked up at run time.
struct Strings { Q_DECLARE_TR_FUNCTIONS(pm::ui::MailDraft) };
} // namespace

QString firstEmailAddress(const QString &contactCell)
{
    // Deliberately strict: letters, digits and ._%+- before the @, a dotted domain after.
    static const QRegularExpression address(QStringLiteral("(?<![\\w.%+-])([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})+)(?![\\w-])"));
    const auto m = address.match(contactCell);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString firstWebPage(const QString &contactCell)
{
    static const QRegularExpression page(QStringLiteral("https?://[^\\s<>\"]+"));
    const auto m = page.match(contactCell);
    return m.hasMatch() ? m.captured(0) : QString();
}

MailContact stepMailContact(const QString &offeringContact, const QString &siteContact)
{
    MailContact c;
    c.address = firstEmailAddress(offeringContact);
    if (c.address.isEmpty())
        c.address = firstEmailAddress(siteContact);
    if (c.address.isEmpty()) {
        c.webPage = firstWebPage(offeringContact);
        if (c.webPage.isEmpty())
            c.webPage = firstWebPage(siteContact);
    }
    return c;
}

MailText stepMailText(const Request &request, const Step &step, const QDate &start, const QDate &end)
{
    const QString oneLine = QString(step.technique).replace(QRegularExpression(QStringLiteral("[\\r\\n]+")), QStringLiteral(" "));
    QString body = Strings::tr("Dear colleague,\n\nWithin the BIG-MAP experimental matrix we would like to ask whether you can carry out this "
                               "measurement:\n\n");
    body += Strings::tr("Technique: %1\n").arg(oneLine);
    if (!step.instrument.isEmpty())
        body += Strings::tr("Instrument: %1\n").arg(step.instrument);
    if (!step.site.isEmpty()) // where it happens, as the plan's shipments name it (issue 13)
        body += Strings::tr("Where: %1\n").arg(QStringLiteral("%1, %2").arg(stepLocation(step), step.site));
    body += Strings::tr("Observables: %1\n").arg(step.observables.join(QStringLiteral(", ")));
    body += Strings::tr("Mode: %1\n").arg(step.mode);
    body += Strings::tr("Sample: %1, %2%3\n")
                .arg(sampleShapeKey(request.sample.shape), request.sample.material,
                     request.sample.airSensitive ? Strings::tr(" (air sensitive)") : QString());
    // The calendar dates of the Steps table (issue 18: the draft said "from day 7" while the
    // table said "14 Dec").
    const QLocale locale;
    if (start.isValid())
        body += Strings::tr("Planned: %1 to %2 (about %3 day(s))\n\n")
                    .arg(locale.toString(start, QLocale::ShortFormat), locale.toString(end.isValid() ? end : start, QLocale::ShortFormat))
                    .arg(step.durationDays);
    else
        body += Strings::tr("Planned: about %1 day(s)\n\n").arg(step.durationDays);
    body += Strings::tr("Please tell us whether you accept this step.\n\nBest regards");
    return {Strings::tr("Measurement request: %1 (%2)").arg(oneLine, request.title), body};
}

QUrl stepMailDraft(const Request &request, const Step &step, const QString &contactCell, const QDate &start, const QDate &end)
{
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(firstEmailAddress(contactCell));
    const MailText text = stepMailText(request, step, start, end);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"), QString::fromLatin1(QUrl::toPercentEncoding(text.subject)));
    query.addQueryItem(QStringLiteral("body"), QString::fromLatin1(QUrl::toPercentEncoding(text.body)));
    url.setQuery(query);
    return url;
}

} // namespace pm::ui
