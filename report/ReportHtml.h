#pragma once

// The text parts of a plan report as HTML for QTextDocument. Everything that comes from
// the database or the request is escaped: a partner called "<b>Lab</b>" prints as typed.

#include "planning/Plan.h"
#include "planning/Validation.h"
#include "request/Request.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace pm {
struct Matrix;
}

namespace pm::report {

// A dataset or publication found in a repository for a measure step's technique (issue 17).
struct ExistingDataItem {
    QString technique; // the steps of this technique list it
    QString title;
    QString date;
    QString doi;   // without the resolver; empty: only a page
    QString url;
    QString query; // what found it
    QDateTime fetched; // valid: the repository could not be reached, this is the cached answer of that date
};

struct PlanReportInput {
    Request request;
    PlanResult result;
    int planIndex = 0;              // the plan the report details (others are compared on the cover)
    const Matrix *matrix = nullptr; // contacts, instruments and CRLs; optional
    StepStatuses statuses;          // validation so far; empty: all proposed
    QDate startDate;                // day 0; default: next Monday
    QDate generated = QDate::currentDate();
    QList<ExistingDataItem> existingData; // empty: not looked up

    const Plan *plan() const
    {
        return planIndex >= 0 && planIndex < result.plans.size() ? &result.plans[planIndex] : nullptr;
    }
};

QString coverHtml(const PlanReportInput &input);        // request summary and the plans compared
QString stepsHtml(const PlanReportInput &input);        // ordered steps (D5.2 4.2, first output)
QString requirementsHtml(const PlanReportInput &input); // requirements per step (second output)
QString practicalHtml(const PlanReportInput &input);    // contacts, instruments, time frames, CRL (third output)
QString rejectionsHtml(const PlanReportInput &input);   // rejected offerings and unmeasurable observables
QString existingDataHtml(const PlanReportInput &input); // datasets found per step (empty when none were looked up)

// How a measurement's sample is kept from air, translated: the report's requirements and the
// workspace's step details say the same (the CSV writes it in English: airHandling()).
// Plain text: escape it for HTML.
QString airHandlingText(const Step &step, bool airSensitive);

// The style sheet the report documents share.
QString reportStyleSheet();

} // namespace pm::report
