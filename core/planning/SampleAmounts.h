#pragma once

// How much material an ex-situ measurement takes from a prepared sample, by technique
// family (resources/planning/sample-amounts.json; docs/PLANNER.md "Sample amounts").

#include "common/Result.h"
#include "matrix/Offering.h"
#include "request/SampleAmount.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pm::planning {

struct AmountRule {
    QString family;
    QStringList abbreviations; // normalised
    SampleAmount amount;
    QString reason;
    QString source;
};

class SampleAmountTable {
public:
    // Errors name the rule and field ("rules[2].amount").
    static Result<SampleAmountTable> fromJson(const QByteArray &json);
    static const SampleAmountTable &bundled();

    // The first rule whose abbreviations include the offering's; nullptr when none does
    // (the amount is then unknown and not counted).
    const AmountRule *ruleFor(const Offering &o) const;

private:
    QList<AmountRule> m_rules;
};

} // namespace pm::planning
