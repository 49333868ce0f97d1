#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace pm {

// The columns of the global experimental matrix: the 28 characteristics of D5.2 in the
// report's order, the contact column the report hides, the D5.5 additions and our own
// provenance columns. The enum order is the file order.
enum class Column : int {
    Cluster,
    Partner,
    Technique,
    ProbedArea,
    ProbedAreaResolution,
    PenetrationDepth,
    PenetrationDepthResolution,
    DetectionLimit,
    DetectionLimitResolution,
    Contrast,
    Observables,
    ObservablesResolution,
    Modes,
    TimeScale,
    SamplePreparation,
    Instrument,
    BeamSource,
    CellAvailability,
    Fidelity,
    Maturity,
    Resources,
    PlanningTime,
    PostProcessingTime,
    CrlAcquisition,
    CrlAnalysis,
    UsedInBigmap,
    SampleReuse,
    Software,
    // Beyond the 28 of D5.2.
    Contact,
    SampleDamage,
    Availability,
    SamplesSubmitted,
    InstrumentQuality,
    PreparationComplexity,
    Panet,
    Chameo,
    Source,
    Curation,
};

inline constexpr int kColumnCount = int(Column::Curation) + 1;
inline constexpr int kD52ColumnCount = 28;

// How a column's raw text is read.
enum class ValueKind {
    Text,          // free text kept as written
    List,          // comma list
    Partner,       // partner short name
    Technique,     // "Name, ABBR"
    Length,        // a length ("5 mm")
    Observables,   // comma list through the vocabulary
    PerObservable, // High/Medium/Low per observable
    Modes,         // Ex-situ / In-situ / Operando
    TimeScale,     // durations and ranges
    YesNo,
    Fidelity,      // Low < Medium < High < Best
    Cost,          // Cheap < Medium < Expensive
    Duration,      // Hours < Days < Weeks < Months
    Level,         // Low < Medium < High
    Count,         // a non-negative integer
    Maturity,      // Commercial / Realistic / Model
    Curation,      // reported / estimate
};

struct ColumnInfo {
    Column column;
    const char *key;    // stable snake_case key: database column, JSON member, --where field
    const char *header; // header as the D5.2 report prints it (typos included)
    const char *title;  // user-facing title (translated in the UI)
    ValueKind kind;
    std::array<const char *, 3> aliases; // other accepted header spellings
};

const ColumnInfo &columnInfo(Column c);
const std::array<ColumnInfo, kColumnCount> &allColumns();
QString columnKey(Column c);
QString columnHeader(Column c);
QString columnTitle(Column c);

// Finds a column by header (case-insensitive, spaces collapsed, aliases and keys accepted).
std::optional<Column> columnFromHeader(const QString &header);

// The column an export adds after the matrix's own (the site's public contact point, from the
// site registry): not stored, so an import skips it without reporting it as unknown.
inline const QString &contactPointHeader()
{
    static const QString header = QStringLiteral("Contact point");
    return header;
}

// True for the columns holding personal data, left out by --no-contacts.
inline bool isPersonalData(Column c) { return c == Column::Contact; }

} // namespace pm
