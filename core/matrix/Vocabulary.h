#pragma once

#include "common/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace pm {

struct ObservableTerm {
    QString name;   // canonical: "oxidation state"
    QString family; // "electronic"
    QStringList synonyms;
};

// The observable vocabulary: canonical names with synonyms, shared by import, filters,
// plain-language questions and planning so that "Ni oxidation state" means the same
// everywhere. Loaded from resources/vocabulary/observables.json.
class ObservableVocabulary {
public:
    static Result<ObservableVocabulary> fromJson(const QByteArray &json);
    // The bundled vocabulary (compiled into the core's resources).
    static const ObservableVocabulary &bundled();

    // Canonical name for a name or synonym, tolerating case, spacing and a plural "s".
    std::optional<QString> canonical(const QString &term) const;
    QStringList names() const;                 // canonical names, in file order
    QStringList allTerms() const;              // names and synonyms
    const ObservableTerm *term(const QString &canonicalName) const;
    const QList<ObservableTerm> &terms() const { return m_terms; }
    // Adds a term found in a matrix but not in the vocabulary (kept as its own canonical name).
    void addTerm(const QString &name);

private:
    QList<ObservableTerm> m_terms;
    QHash<QString, QString> m_lookup; // normalized term -> canonical
};

} // namespace pm
