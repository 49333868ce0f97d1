#include "StoredPlanCheck.h"

#include "PlanStore.h"

#include "common/SafeNumber.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace pm::planstore {

namespace {

using namespace storedlimits;

Error refused(const QString &what, const QString &member)
{
    return makeError(QStringLiteral("the stored plan cannot be read: %1").arg(what), member);
}

QString shown(double v)
{
    return QString::number(v, 'g', 12);
}

// An optional number member in [lo, hi]; absent or null reads as 0 (as planFromJson does).
Result<void> checkNumber(const QJsonObject &o, const char *name, double lo, double hi, const QString &member, const QString &unit = {})
{
    const QJsonValue v = o.value(QLatin1String(name));
    const QString where = member.isEmpty() ? QString::fromLatin1(name) : member + u'.' + QLatin1String(name);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isDouble())
        return refused(QStringLiteral("it must be a number"), where);
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < lo || d > hi)
        return refused(QStringLiteral("%1 is out of range; it must be from %2 to %3%4").arg(shown(d), shown(lo), shown(hi), unit), where);
    return {};
}

Result<void> checkId(const QJsonValue &v, const QString &where)
{
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isDouble() || !number::wholeNumberIn(v.toDouble(), 1, kMaxId))
        return refused(QStringLiteral("an offering id must be a whole number from 1 to %1").arg(kMaxId), where);
    return {};
}

Result<void> checkArray(const QJsonValue &v, int max, const QString &where, bool texts)
{
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        return refused(QStringLiteral("it must be a list"), where);
    const QJsonArray a = v.toArray();
    if (a.size() > max)
        return refused(QStringLiteral("it has %1 entries; the limit is %2").arg(a.size()).arg(max), where);
    if (texts)
        for (qsizetype i = 0; i < a.size(); ++i)
            if (a[i].toString().size() > kMaxTextChars)
                return refused(QStringLiteral("a text is longer than %1 characters, the limit").arg(kMaxTextChars),
                               where + QStringLiteral("[%1]").arg(i));
    return {};
}

// Every string member of `o` bounded in length.
Result<void> checkTexts(const QJsonObject &o, const QString &member)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.value().isString() && it.value().toString().size() > kMaxTextChars)
            return refused(QStringLiteral("a text is longer than %1 characters, the limit").arg(kMaxTextChars),
                           member.isEmpty() ? it.key() : member + u'.' + it.key());
    return {};
}

Result<void> checkStep(const QJsonObject &s, const QString &member)
{
    const QString days = QStringLiteral(" days");
    if (auto ok = checkNumber(s, "duration_days", 0, kMaxStepDays, member, days); !ok)
        return ok;
    if (auto ok = checkNumber(s, "post_processing_days", 0, kMaxStepDays, member, days); !ok)
        return ok;
    if (auto ok = checkNumber(s, "start_day", 0, kMaxPlanDays, member); !ok)
        return ok;
    if (auto ok = checkId(s.value(QStringLiteral("offering_id")), member + QStringLiteral(".offering_id")); !ok)
        return ok;
    if (auto ok = checkArray(s.value(QStringLiteral("observables")), kMaxListItems, member + QStringLiteral(".observables"), true); !ok)
        return ok;
    if (auto ok = checkArray(s.value(QStringLiteral("warnings")), kMaxListItems, member + QStringLiteral(".warnings"), true); !ok)
        return ok;
    return checkTexts(s, member);
}

} // namespace

Result<void> checkStoredPlanJson(const QJsonObject &o)
{
    if (auto ok = checkNumber(o, "rank", 0, 1e6, QString()); !ok)
        return ok;
    if (auto ok = checkNumber(o, "bound", 0, 1, QString()); !ok)
        return ok;
    if (auto ok = checkNumber(o, "search_bound", 0, 1, QString()); !ok)
        return ok;
    if (const QJsonValue c = o.value(QStringLiteral("search_complete")); !c.isUndefined() && !c.isNull() && !c.isBool())
        return refused(QStringLiteral("it must be true or false"), QStringLiteral("search_complete"));
    if (auto ok = checkNumber(o, "fidelity", 0, 1, QString()); !ok)
        return ok;
    if (auto ok = checkNumber(o, "cost", 0, kMaxCost, QString()); !ok)
        return ok;
    if (auto ok = checkNumber(o, "duration_days", 0, kMaxPlanDays, QString(), QStringLiteral(" days")); !ok)
        return ok;
    if (auto ok = checkTexts(o, QString()); !ok)
        return ok;
    const QJsonValue steps = o.value(QStringLiteral("steps"));
    if (auto ok = checkArray(steps, kMaxSteps, QStringLiteral("steps"), false); !ok)
        return ok;
    const QJsonArray stepList = steps.toArray();
    for (qsizetype i = 0; i < stepList.size(); ++i) {
        const QString member = QStringLiteral("steps[%1]").arg(i);
        if (!stepList[i].isObject())
            return refused(QStringLiteral("a step must be an object"), member);
        if (auto ok = checkStep(stepList[i].toObject(), member); !ok)
            return ok;
    }
    const QJsonValue samples = o.value(QStringLiteral("samples"));
    if (auto ok = checkArray(samples, kMaxSamples, QStringLiteral("samples"), false); !ok)
        return ok;
    const QJsonArray sampleList = samples.toArray();
    for (qsizetype i = 0; i < sampleList.size(); ++i) {
        const QString member = QStringLiteral("samples[%1]").arg(i);
        if (auto ok = checkTexts(sampleList[i].toObject(), member); !ok)
            return ok;
        if (auto ok = checkArray(sampleList[i].toObject().value(QStringLiteral("steps")), kMaxListItems, member + QStringLiteral(".steps"), true); !ok)
            return ok;
    }
    const QJsonValue edges = o.value(QStringLiteral("edges"));
    if (auto ok = checkArray(edges, kMaxEdges, QStringLiteral("edges"), false); !ok)
        return ok;
    const QJsonArray edgeList = edges.toArray();
    for (qsizetype i = 0; i < edgeList.size(); ++i)
        if (auto ok = checkTexts(edgeList[i].toObject(), QStringLiteral("edges[%1]").arg(i)); !ok)
            return ok;
    if (auto ok = checkArray(o.value(QStringLiteral("warnings")), kMaxListItems, QStringLiteral("warnings"), true); !ok)
        return ok;
    const QJsonValue assignment = o.value(QStringLiteral("assignment"));
    if (!assignment.isUndefined() && !assignment.isNull()) {
        if (!assignment.isObject())
            return refused(QStringLiteral("it must be an object"), QStringLiteral("assignment"));
        const QJsonObject a = assignment.toObject();
        if (a.size() > kMaxListItems)
            return refused(QStringLiteral("it has %1 entries; the limit is %2").arg(a.size()).arg(kMaxListItems), QStringLiteral("assignment"));
        for (auto it = a.begin(); it != a.end(); ++it)
            if (auto ok = checkId(it.value(), QStringLiteral("assignment.") + it.key()); !ok)
                return ok;
    }
    return {};
}

Result<QJsonObject> parseStoredPlan(const QByteArray &json)
{
    if (json.size() > storedlimits::kMaxJsonBytes)
        return refused(QStringLiteral("it is %1 KiB of JSON; the limit is %2 KiB").arg(json.size() / 1024).arg(storedlimits::kMaxJsonBytes / 1024), QString());
    QJsonParseError parsed{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parsed);
    if (parsed.error != QJsonParseError::NoError || !doc.isObject())
        return refused(QStringLiteral("not valid JSON"), QString());
    return doc.object();
}

Result<Plan> readStoredPlan(const QByteArray &json)
{
    auto object = parseStoredPlan(json);
    if (!object)
        return object.error();
    return planFromJson(*object); // which checks the bounds first
}

} // namespace pm::planstore
