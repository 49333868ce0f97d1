#pragma once

#include <QString>

#include <optional>

namespace pm {

// A time scale entry in seconds: a single duration (lo == hi) or a range ("5 < Δt < 30 mins").
struct TimeSpan {
    double lo = 0;
    double hi = 0;
    bool operator==(const TimeSpan &) const = default;
};

namespace quantity {

// Seconds per unit: ms 0.001, s 1, min 60, hours 3600, days 86400 (plural and short forms).
std::optional<double> secondsPerUnit(const QString &unit);

// One time-scale item: "ms", "min", "10 s", "5 < Δt < 30 mins", "1-10 min".
std::optional<TimeSpan> parseTimeSpan(const QString &item);

// "60s", "1 min", "2h": a duration with a unit (a bare number is seconds).
std::optional<double> parseSeconds(const QString &text);

// A length in metres: "5 mm", "1 µm", "50 nm", "cm" (a bare unit means one of it).
// With several numbers ("1-5 µm") the smallest is returned.
std::optional<double> parseLength(const QString &text);

// All lengths found in a free text, largest first ("101 µm with Cu, 1 mm with Mo" -> 1e-3).
std::optional<double> largestLength(const QString &text);

// "60 s", "5 min", "2 h", "3 days": a readable duration.
QString formatSeconds(double seconds);
// "5 mm", "50 nm".
QString formatLength(double metres);

} // namespace quantity
} // namespace pm
