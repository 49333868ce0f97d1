#pragma once

#include "common/Result.h"
#include "Vocabulary.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pm {

struct Offering;

struct ChemicalElement {
    QString symbol; // "Ni"
    QString name;   // "nickel"
    int z = 0;
    double kEdgeEv = 0;  // K-shell binding energy
    double l3EdgeEv = 0; // L3 binding energy; 0 when not listed
};

// Which elements one element-specific technique family reaches, and why.
struct ElementRule {
    QString id;                     // "mossbauer-isotopes", named in rejections
    QStringList techniques;         // lower-case patterns found in the technique name or abbreviation
    double windowLowEv = 0;         // edge rules: a K or L3 edge inside [low, high]
    double windowHighEv = 0;
    QHash<QString, QString> isotopes; // isotope rules: element -> isotope ("Fe" -> "57Fe")
    QStringList allExcept;          // "all except" rules
    bool allExceptRule = false;
    QString reason;
    QString source;

    bool reaches(const ChemicalElement &e) const;
    QString reachDescription() const; // "57Fe and 119Sn", "edges between 4.5 and 35 keV"
};

// Elements that qualify observables ("oxidation state of Ni") and the reach of element-specific
// techniques (XAS edges, Mössbauer isotopes). Loaded from resources/vocabulary/elements.json.
class ElementTable {
public:
    static Result<ElementTable> fromJson(const QByteArray &json);
    static const ElementTable &bundled();

    // "Ni", "ni", "nickel" -> the element; nullptr when unknown.
    const ChemicalElement *element(const QString &word) const;
    QStringList symbols() const;
    // The rule that decides for this offering, or nullptr: not element-specific.
    const ElementRule *ruleFor(const Offering &o) const;
    // Why the offering cannot reach the element (naming the rule), or empty when it can or
    // when no rule decides.
    QString unreachable(const Offering &o, const QString &symbol) const;

private:
    QList<ChemicalElement> m_elements;
    QList<ElementRule> m_rules;
    QHash<QString, int> m_lookup; // lower-case symbol or name -> index
};

// An observable as a person writes it: "Ni oxidation state", "oxidation state of Ni",
// "oxidation state (Ni)", "nickel oxidation state" -> {"oxidation state", "Ni"}.
struct QualifiedObservable {
    QString name;    // canonical
    QString element; // symbol; empty when the words name none
};
std::optional<QualifiedObservable> resolveObservable(const QString &written, const ObservableVocabulary &vocabulary,
                                                     const ElementTable &elements = ElementTable::bundled());

} // namespace pm
