#pragma once

#include "matrix/Column.h"

#include <QString>

#include <optional>

namespace pm::ui {

// The browser's columns: the matrix columns in file order (same numbers as pm::Column),
// then columns computed from the partner table.
enum class BrowserColumn : int {
    Country = kColumnCount, // the partner's country
    PartnerKind,            // laboratory, large-scale facility, industry
};

inline constexpr int kBrowserColumnCount = kColumnCount + 2;

// The matrix column behind a browser column, or nullopt for a computed one.
inline std::optional<Column> matrixColumn(int browserColumn)
{
    if (browserColumn >= 0 && browserColumn < kColumnCount)
        return Column(browserColumn);
    return std::nullopt;
}

inline int browserColumn(Column c) { return int(c); }
inline int browserColumn(BrowserColumn c) { return int(c); }

// Translated header title.
QString browserColumnTitle(int browserColumn);

} // namespace pm::ui
