#pragma once

#include "GraphLayout.h"

#include <QByteArray>

namespace pm::report {

// The laid-out sample-flow graph as an SVG document (1 unit = 1 point).
QByteArray graphToSvg(const GraphLayout &layout, const QString &title = {});
// ... written atomically to `path`; errors name the file.
Result<void> writeGraphSvg(const QString &path, const GraphLayout &layout, const QString &title = {});

} // namespace pm::report
