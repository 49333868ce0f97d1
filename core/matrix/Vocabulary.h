#pragma once

#include "common/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace pm {

// One concept of the observable vocabulary, SKOS-like (resources/vocabulary/observables.json).
struct ObservableTerm {
    QString name;   // preferred label: "oxidation state"
    QString family; // "electronic"
    // Every label that resolves to this concept: true synonyms, search labels and
    // element-qualified labels (the question parser matches them all).
    QStringList synonyms;
    QStringList altLabels;    // true synonyms: "valence"
    QStringList hiddenLabels; // looser words that still find the concept, each with a note: "redox"
    QHash<QString, QString> qualified; // lower-case label -> element it names: "ni oxidation state" -> "Ni"
    QString broader;          // the broader concept's name; empty at the top ("oxygen redox" -> "electronic structure")
    bool broaderFull = false; // an offering listing the broader concept always delivers this one
    QString element;          // the element the concept implies ("oxygen redox": "O")
    QString why;              // why it is a concept of its own
};

// How an offering's listed observables answer one requested concept.
struct ObservableMatch {
    enum Kind { None, Full, Broader };
    Kind kind = None;
    QString listed;  // the term the offering lists that answers it
    int hops = 0;    // Broader: how many steps up the hierarchy
    bool full = false; // Broader, but every hop is marked "broader_match": "full"
    explicit operator bool() const { return kind != None; }
};

// The observable vocabulary: concepts with synonyms and broader/narrower links, shared by
// import, filters, plain-language questions and planning so that "Ni oxidation state" means
// the same everywhere. Loaded from resources/vocabulary/observables.json.
class ObservableVocabulary {
public:
    static Result<ObservableVocabulary> fromJson(const QByteArray &json);
    // The bundled vocabulary (compiled into the core's resources).
    static const ObservableVocabulary &bundled();

    // Canonical name for a name or any of its labels, tolerating case, spacing and a plural "s".
    std::optional<QString> canonical(const QString &term) const;
    // The element an element-qualified label names ("Ni oxidation state" -> "Ni"); empty for
    // other labels (the element a concept implies is ObservableTerm::element).
    QString elementOf(const QString &term) const;
    QStringList names() const;                 // canonical names, in file order
    QStringList allTerms() const;              // names and every label
    const ObservableTerm *term(const QString &canonicalName) const;
    const QList<ObservableTerm> &terms() const { return m_terms; }
    // Adds a term found in a matrix but not in the vocabulary (kept as its own canonical name).
    void addTerm(const QString &name);

    // The broader concepts of a concept, nearest first ("oxygen redox" -> {"electronic structure"}).
    QStringList broaderChain(const QString &canonicalName) const;
    // Is `name` the concept `ancestor` or narrower than it (transitively)?
    bool isWithin(const QString &name, const QString &ancestor) const;
    // Does an offering that lists `listed` answer a request for `requested`? In full when it
    // lists the concept or a narrower one; through the hierarchy when it lists a broader one.
    ObservableMatch match(const QStringList &listed, const QString &requested) const;

private:
    QList<ObservableTerm> m_terms;
    QHash<QString, QString> m_lookup; // normalized term -> canonical
    QHash<QString, int> m_index;      // canonical -> m_terms index
};

} // namespace pm
