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

// How many prepared samples may be pooled into one for its material (issue 13): beyond it a
// laboratory would have to scale its preparation up for this request, so the option is
// refused rather than priced (sample-amounts.json "pooling_limit", with its reason).
struct PoolingLimit {
    int maxSamples = 0; // <= 0: no limit
    QString reason;
    QString source;
};

// Prepared samples, each giving availableMg, that together give needMg (at least 1; 1 when
// nothing is counted).
int samplesPooled(double needMg, double availableMg);

class SampleAmountTable {
public:
    // Errors name the rule and field ("rules[2].amount").
    static Result<SampleAmountTable> fromJson(const QByteArray &json);
    static const SampleAmountTable &bundled();

    // The first rule whose abbreviations include the offering's; nullptr when none does
    // (the amount is then unknown and not counted).
    const AmountRule *ruleFor(const Offering &o) const;
    const PoolingLimit &poolingLimit() const { return m_limit; }

private:
    QList<AmountRule> m_rules;
    PoolingLimit m_limit;
};

} // namespace pm::planning
