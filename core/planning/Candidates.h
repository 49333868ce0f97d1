#pragma once

#include "matrix/Matrix.h"
#include "request/Request.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pm {

// An offering removed from the candidates of one observable, and why, in words a scientist
// understands. Stored with every request: the "most-desired developments" report counts them.
struct Rejection {
    qint64 offeringId = 0;
    QString partner;
    QString technique;
    QString observable;
    QString reasonCode; // sample_shape, applicability, roi, mode, no_operando_cell, time_resolution, material, type1_not_combined, type2_no_holder, excluded
    QString reason;
};

// An offering that can measure one requested observable as asked.
struct Candidate {
    qint64 offeringId = 0;
    int offeringIndex = -1; // into Matrix::offerings
    QString observable;
    Mode mode = Mode::ExSitu; // how it will be measured
    QString cell;             // the operando cell to use, when the cell list names one
    QStringList holders;      // air-tight holders (D5.5 Table 1) this offering takes
    QString listedAs;         // the broader term the offering lists, when it answers only through it ("electronic structure")
};

// D5.5 2.2: for each observable every offering that measures it, filtered in order.
struct CandidateSet {
    QList<QString> observables;               // in request order
    QList<QList<Candidate>> candidates;       // aligned with observables
    QList<Rejection> rejected;
    QStringList unmeasurable;                 // observables left with no candidate

    const QList<Candidate> &of(const QString &observable) const;
};

// Reason codes that come from the request itself, not from a missing capability; left out
// of the developments report.
inline bool isUserExclusion(const QString &reasonCode) { return reasonCode == u"excluded"; }

// The mode an observable is measured in once its Type 1 group is taken into account.
RequestMode effectiveMode(const Request &request, const QString &observable);

CandidateSet filterCandidates(const Request &request, const Matrix &matrix);

} // namespace pm
