#pragma once

// Observables the proposer marks as already measured, with the DOI of the data (issue 17,
// D5.2 4.2: include already available data in the workflow construction). A plan then
// leaves them out; the request, and so the stored plan, records which and why.

#include "common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pm {

struct RequestedObservable;
class ObservableVocabulary;

struct CoveredObservable {
    QString observable; // one of the request's observables
    QString doi;        // "10.5281/zenodo.7654321"
};

// "covered_by_existing_data": [{"observable": "SEI composition", "doi": "10.5281/zenodo.1"}]
// Each observable must be requested, once; each DOI must look like one (10.NNNN/...).
Result<QList<CoveredObservable>> coveredFrom(const QJsonObject &root, const QList<RequestedObservable> &observables,
                                             const ObservableVocabulary &vocabulary);
QJsonArray coveredToJson(const QList<CoveredObservable> &covered);

// "https://doi.org/10.5281/zenodo.1", "doi:10.5281/zenodo.1" -> "10.5281/zenodo.1"; empty when not a DOI.
QString normalisedDoi(const QString &text);

} // namespace pm
