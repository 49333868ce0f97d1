#pragma once

// The plan report on paper: cover with the request, the sample-flow graph, the ordered
// steps, requirements, practical details and contacts, the timeline and the rejected
// offerings. Drawn on any paged device, so the GUI prints exactly what the PDF holds.

#include "GraphLayout.h"
#include "ReportHtml.h"

#include <QByteArray>

class QPagedPaintDevice;

namespace pm::report {

// Paints the whole report on `device` (a QPdfWriter or a QPrinter) and returns the number
// of pages. `layout` is the selected plan's graph; computed here when null.
Result<int> paintPlanReport(QPagedPaintDevice &device, const PlanReportInput &input, const GraphLayout *layout = nullptr);

struct PdfReport {
    QByteArray data;
    int pages = 0;
};
Result<PdfReport> planReportPdf(const PlanReportInput &input);
// Written atomically; errors name the file. Needs a QGuiApplication (the offscreen
// platform will do).
Result<int> writePlanPdf(const QString &path, const PlanReportInput &input);

} // namespace pm::report
