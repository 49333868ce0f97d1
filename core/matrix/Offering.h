#pragma once

#include "Column.h"
#include "Quantity.h"
#include "Scale.h"

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace pm {

// What a raw cell turned out to hold.
enum class CellState : quint8 {
    Unknown,   // "[Null]" or empty: nobody knows
    Value,     // parsed completely
    NotFilled, // the range of allowed values ("[Yes/no]"): the partner never filled it in
    Partial,   // parsed in part; the import report says what was not understood
};

enum class Mode : quint8 { ExSitu = 0x1, InSitu = 0x2, Operando = 0x4 };
Q_DECLARE_FLAGS(Modes, Mode)
Q_DECLARE_OPERATORS_FOR_FLAGS(Modes)

QString modeKey(Mode m); // "ex-situ", "in-situ", "operando"
QStringList modeKeys(Modes m);
std::optional<Mode> modeFromText(const QString &text); // "Ex-situ", "in situ", "operando", "m-situ"

// One row of the global experimental matrix: one technique offered by one partner,
// possibly on named instruments. Every cell keeps its raw text beside the parsed value.
struct Offering {
    qint64 id = 0;
    int version = 0; // optimistic-locking version in the database

    std::array<QString, kColumnCount> raw{};
    std::array<CellState, kColumnCount> state{};

    // Parsed values (filled by parseOffering from `raw`).
    QString cluster;
    QString partner;
    QString technique;    // "X-ray diffraction"
    QString abbreviation; // "XRD"
    std::optional<double> probedAreaResolutionM;
    std::optional<double> penetrationDepthM; // deepest listed
    QStringList observables;                 // canonical names
    QList<OrdinalRange> observableResolution; // aligned with observables (Level)
    Modes modes;
    QList<TimeSpan> timeScales;
    std::optional<double> timeResolutionS; // finest listed (lower end of a range)
    QStringList samplePreparation;
    QStringList instruments;
    QStringList sources;
    std::optional<bool> cellAvailable;
    OrdinalRange fidelity;
    QStringList maturity;
    OrdinalRange resources;
    OrdinalRange planningTime;
    OrdinalRange postProcessingTime;
    QList<OrdinalRange> crlAcquisition; // aligned with observables (Level)
    QList<OrdinalRange> crlAnalysis;
    std::optional<bool> usedInBigmap;
    std::optional<bool> sampleReuse;
    QStringList software;
    QString contact;
    OrdinalRange damage;
    OrdinalRange availability;
    std::optional<int> samplesSubmitted;
    OrdinalRange instrumentQuality;
    OrdinalRange preparationComplexity;
    QString panet;
    QString chameo;
    QString provenance;
    bool estimate = false; // values are a curated estimate, not reported by the partner

    const QString &cell(Column c) const { return raw[size_t(c)]; }
    CellState cellState(Column c) const { return state[size_t(c)]; }

    // "X-ray diffraction (XRD)" for display.
    QString techniqueLabel() const;
    // Identity in the matrix: partner + technique + instruments (case-insensitive).
    QString identity() const;
    // Level of one observable in a per-observable list (a single value applies to all).
    OrdinalRange perObservable(const QList<OrdinalRange> &list, int observableIndex) const;
    bool isDestructive() const; // sample reuse "No"
};

QString offeringIdentity(const QString &partner, const QString &techniqueCell, const QString &instrumentCell);

} // namespace pm
