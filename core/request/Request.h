#pragma once

#include "AccessRoute.h"
#include "ExistingDataUse.h"
#include "SampleAmount.h"
#include "SampleShape.h"

#include "common/Result.h"
#include "matrix/Vocabulary.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pm {

// How an observable must be measured. `Any` lets the planner choose (ex situ when the
// offering can, since it needs no cell).
enum class RequestMode { Any, Operando, InSitu, ExSitu };
// Where on the sample: the average over it, any random spot, or one specific region
// that every correlated measurement must find again.
enum class RegionOfInterest { Average, Random, Specific };

QString requestModeKey(RequestMode m); // "any", "operando", "in-situ", "ex-situ"
QString roiKey(RegionOfInterest r);     // "average", "random", "specific"

struct RequestedObservable {
    QString name; // canonical vocabulary name
    RequestMode mode = RequestMode::Any;
    std::optional<double> timeResolutionS; // the coarsest time step that still answers the question
    RegionOfInterest roi = RegionOfInterest::Average;
    std::optional<double> roiSizeM; // size of a specific ROI ("roi_size": "10 µm"); default kDefaultRoiSizeM
    QString roiNote; // where the ROI is, for the partners ("x = 2.1 mm, y = 0.4 mm, laser mark A"); not planned on
    // Elements that qualify the observable ("oxidation state" of Ni): element-specific techniques
    // must reach each of them (resources/vocabulary/elements.json). Symbols, in request order.
    QStringList elements{};

    bool needsCell() const { return mode == RequestMode::Operando || mode == RequestMode::InSitu; }
    // "oxidation state (Ni)": the observable as the plan shows it.
    QString label() const;
};

// A specific ROI without a size: "a few microns" (D5.5 2.2.2, XRD and XPS on a few-micron region).
inline constexpr double kDefaultRoiSizeM = 10e-6;

// D5.5 1.2: Type 1 same sample, same ROI, same time (one set-up measures all); Type 2 same
// sample measured in sequence at the same state of charge; Type 3 different samples,
// correlated at analysis.
struct Correlation {
    QStringList observables; // canonical names, each also in Request::observables
    int type = 3;
};

// An observable fixed to one offering (by the user, or by validation: an accepted step).
struct Pin {
    QString observable;
    qint64 offeringId = 0;
    // An accepted step kept as accepted (issue 18): its offering measures the observables
    // pinned to it and no other, unless an observable has no other offering.
    bool exclusive = false;
};

// What the sample went through before it is measured (issue 18 section 5): by default it is
// as prepared (formed and brought to the state of charge); "after 100 cycles at C/2" adds the
// cycling. An operando measurement is then made during that history where the instrument
// can hold the cell that long, so that, e.g., the gas of those 100 cycles is what OEMS measures.
struct CyclingHistory {
    int cycles = 0;     // 0: as prepared
    double cRate = 0;   // of those cycles: 0.5 for C/2
    static constexpr int kMaxCycles = 5000;
    static constexpr double kMaxDays = 730; // two years of cycling: beyond, not a plan
    bool isSet() const { return cycles > 0; }
    // A full charge and discharge at rate C/x takes 2x hours.
    double days() const { return isSet() ? cycles * 2.0 / cRate / 24.0 : 0; }
    QString text() const; // "100 cycles at C/2"
    bool operator==(const CyclingHistory &) const = default;
};

struct RequestSample {
    SampleShape shape = SampleShape::Electrode;
    QString material;
    bool airSensitive = false;
    CyclingHistory history;
};

// A characterisation request (D5.5 2.1).
struct Request {
    QString title;
    RequestSample sample;
    QList<RequestedObservable> observables;
    QList<Correlation> correlations;
    int fidelity = 1; // wanted fidelity, Level scale: 0 low, 1 medium, 2 high
    int cost = 1;     // acceptable cost, Level scale: 0 low, 1 medium, 2 high
    QString origin;   // partner where the samples are prepared; empty: where they are first measured
    QStringList excludePartners;
    QList<qint64> excludeOfferings;
    QList<Pin> pinned;
    QDate deadline; // results wished for by this day ("deadline": "YYYY-MM-DD"); invalid: none
    // Observables already measured elsewhere, with the data's DOI (issue 17): left out of
    // planning, recorded with the request ("covered_by_existing_data").
    QList<CoveredObservable> covered;

    // Access and material (issue 13; docs/PLANNER.md "Access routes" and "Sample amounts").
    // The large-scale-facility access routes the proposer holds ("access_routes"); a standard
    // proposal is always possible, so an empty list means standard only.
    QList<AccessRoute> accessRoutes;
    // Material one prepared sample gives ("available_amount": "50 cm2"); unset: the shape's default.
    std::optional<SampleAmount> availableAmount;
    // D5.5 Table 2, sample preparation: a sample from an industrial line (high fidelity) or a
    // modified one made for the study (medium, and longer to make) ("sample_preparation").
    bool modifiedSample = false;

    bool holds(AccessRoute r) const { return r == AccessRoute::Standard || accessRoutes.contains(r); }
    SampleAmount availablePerSample() const { return availableAmount.value_or(defaultAvailableAmount(sample.shape)); }

    // The largest request file read (hand-written requests are a few kB): a bigger file is
    // refused before it is parsed, so that a hostile file cannot exhaust memory.
    static constexpr qint64 kMaxJsonBytes = 1024 * 1024;

    // Reads a request. Unknown observables, shapes, modes, ROIs and correlation types are
    // errors naming the field ("observables[1].name") with the closest known values; JSON
    // syntax errors name the line and column ("line 3, column 7"); more than kMaxJsonBytes
    // is refused.
    static Result<Request> fromJson(const QByteArray &json,
                                    const ObservableVocabulary &vocabulary = ObservableVocabulary::bundled());
    static Result<Request> fromJsonObject(const QJsonObject &object,
                                          const ObservableVocabulary &vocabulary = ObservableVocabulary::bundled());
    QJsonObject toJsonObject() const;
    QByteArray toJson() const;

    int indexOf(const QString &observable) const; // -1 when not requested
    // This request without its covered observables (and correlations reduced to what is
    // left): what the planner plans.
    Request withoutCovered() const;
    // The correlation groups of one type that contain `observable`.
    QList<const Correlation *> correlationsOf(const QString &observable, int type) const;
};

} // namespace pm
