#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <optional>

namespace pm::number {

// qint64(d) is undefined behaviour when d is NaN, infinite or outside qint64's range, and a
// JSON number (a stored plan, a request) can be any of these (issue 15, finding 7). These
// convert only what fits.

// The integer part of d, or nothing when it does not fit in a qint64.
inline std::optional<qint64> toQint64(double d)
{
    // 2^63 is exactly representable as a double; every double below it converts.
    constexpr double kLimit = 9223372036854775808.0;
    if (!std::isfinite(d) || d < -kLimit || d >= kLimit)
        return std::nullopt;
    return qint64(d);
}

// d clamped to [lo, hi] first (NaN gives lo), then converted: always defined.
inline qint64 toQint64Clamped(double d, qint64 lo, qint64 hi)
{
    if (std::isnan(d))
        return lo;
    return qint64(std::clamp(d, double(lo), double(hi)));
}

// A JSON number that must be a whole number in [lo, hi] (ids, counts): nothing otherwise.
inline std::optional<qint64> wholeNumberIn(double d, qint64 lo, qint64 hi)
{
    const auto v = toQint64(d);
    if (!v || double(*v) != d || *v < lo || *v > hi)
        return std::nullopt;
    return v;
}

} // namespace pm::number
