#pragma once

#include "Scale.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pm {

// Where a holder or cell can be used: one instrument (or technique) at one partner.
struct InstrumentRef {
    QString partner;
    QString technique;  // abbreviation or name as in the matrix
    QString instrument; // may be empty: any instrument of that technique
    bool airTight = false;    // holders
    OrdinalRange dataQuality; // operando cells (Level)
};

// D5.5 Table 1: a sample holder that moves a specific region of interest between
// instruments, possibly without air exposure.
struct SampleHolder {
    qint64 id = 0;
    int version = 0;
    QString label;
    QString owner;
    OrdinalRange availability; // Level
    QStringList shapes;        // electrode, powder, ...
    QList<InstrumentRef> instruments;
    QString source;
};

// An operando cell: who owns it, where it works and with what data quality.
struct OperandoCell {
    qint64 id = 0;
    int version = 0;
    QString name;
    QString owner;
    OrdinalRange performance;  // electrochemical performance (Level): the cell's fidelity
    OrdinalRange availability; // Level
    QStringList shapes;
    QList<InstrumentRef> instruments;
    QString source;
};

// One line of the BIG-MAP online notebook: a measurement that was actually done.
struct LogbookEntry {
    qint64 id = 0;
    QString date; // ISO 8601
    QString partner;
    QString technique;
    QString instrument;
    QString material;
    QString observable;
};

} // namespace pm
