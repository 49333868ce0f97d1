#include "SampleAmounts.h"

#include "common/TextMatch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace pm::planning {

int samplesPooled(double needMg, double availableMg)
{
    if (availableMg <= 0 || needMg <= 0)
        return 1;
    return std::max(1, int(std::ceil(needMg / availableMg - 1e-9)));
}

Result<SampleAmountTable> SampleAmountTable::fromJson(const QByteArray &json)
{
    SampleAmountTable table;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonValue limit = root.value(QStringLiteral("pooling_limit"));
    if (!limit.isUndefined()) {
        const QJsonObject l = limit.toObject();
        table.m_limit = {l.value(QStringLiteral("max_samples")).toInt(0), l.value(QStringLiteral("reason")).toString(),
                         l.value(QStringLiteral("source")).toString()};
        if (table.m_limit.maxSamples < 1)
            return makeError(QStringLiteral("the most samples that may be pooled is a whole number of at least 1"),
                             QStringLiteral("pooling_limit.max_samples"));
        if (table.m_limit.reason.trimmed().isEmpty() || table.m_limit.source.trimmed().isEmpty())
            return makeError(QStringLiteral("the pooling limit needs its reason and source"), QStringLiteral("pooling_limit"));
    }
    const QJsonArray rules = root.value(QStringLiteral("rules")).toArray();
    for (int i = 0; i < rules.size(); ++i) {
        const QJsonObject r = rules[i].toObject();
        const QString where = QStringLiteral("rules[%1]").arg(i);
        auto amount = parseSampleAmount(r.value(QStringLiteral("amount")).toString());
        if (!amount)
            return makeError(amount.error().message, where + QStringLiteral(".amount"));
        AmountRule rule{r.value(QStringLiteral("family")).toString(), {}, *amount, r.value(QStringLiteral("reason")).toString(),
                        r.value(QStringLiteral("source")).toString()};
        if (rule.reason.trimmed().isEmpty() || rule.source.trimmed().isEmpty())
            return makeError(QStringLiteral("every rule needs its reason and source"), where);
        for (const QJsonValue &a : r.value(QStringLiteral("abbreviations")).toArray())
            rule.abbreviations.append(text::normalized(a.toString()));
        if (rule.abbreviations.isEmpty())
            return makeError(QStringLiteral("a rule lists the abbreviations it applies to"), where + QStringLiteral(".abbreviations"));
        table.m_rules.append(rule);
    }
    return table;
}

const SampleAmountTable &SampleAmountTable::bundled()
{
    static const SampleAmountTable table = [] {
        QFile f(QStringLiteral(":/probematrix/planning/sample-amounts.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("bundled sample-amount table missing from resources");
        auto r = fromJson(f.readAll());
        if (!r)
            qFatal("bundled sample-amount table is broken: %s", qPrintable(r.error().text()));
        return std::move(r).value();
    }();
    return table;
}

const AmountRule *SampleAmountTable::ruleFor(const Offering &o) const
{
    const QString abbreviation = text::normalized(o.abbreviation);
    for (const AmountRule &r : m_rules)
        if (r.abbreviations.contains(abbreviation))
            return &r;
    return nullptr;
}

} // namespace pm::planning
