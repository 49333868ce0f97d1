#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace pm {

// The ordinal scales of the matrix, each with its order.
enum class Scale {
    Fidelity, // Low < Medium < High < Best
    Cost,     // Cheap < Medium < Expensive
    Duration, // Hours < Days < Weeks < Months
    Level,    // Low < Medium < High (CRL, observable resolution, damage, availability, quality)
};

// A value on a scale, possibly a range of alternatives ("[Hours/Days]" is Hours..Days).
// lo == hi for a single value; lo < 0 when unknown.
struct OrdinalRange {
    int lo = -1;
    int hi = -1;

    bool known() const { return lo >= 0; }
    bool single() const { return known() && lo == hi; }
    bool contains(int v) const { return known() && lo <= v && v <= hi; }
    // The value used when one number is needed (ranking): the middle, rounded down.
    int typical() const { return known() ? (lo + hi) / 2 : -1; }
    bool operator==(const OrdinalRange &) const = default;
};

namespace scale {

int size(Scale s);
// "Low", "Medium", "High", "Best" etc.: display names in order.
QStringList names(Scale s);
QString name(Scale s, int level);
// Lower-case names for JSON and --where ("high").
QString key(Scale s, int level);
// "High/best" -> the range; also one-letter abbreviations (H, M, L, B) and synonyms
// ("low" for Cheap, "hour"). nullopt when a token is not on the scale.
std::optional<int> parseLevel(Scale s, const QString &token);
// Range text for display: "High", "High–Best".
QString rangeText(Scale s, const OrdinalRange &r);

} // namespace scale
} // namespace pm
