#pragma once

#include "Words.h"
#include "common/Result.h"
#include "PartnerDirectory.h"
#include "matrix/Matrix.h"
#include "matrix/Vocabulary.h"
#include "query/Filter.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace pm::ask {

// What a matched phrase contributes to the interpretation of a question.
enum class Role {
    Criterion,   // a filter expression ("at CEA" -> partner=CEA), possibly with request hints
    Hint,        // only a request hint: sample shape, material, ROI, correlation, campaign
    Negation,    // flips the next criterion ("not", "without")
    Alternative, // "or": the next criterion of the same field becomes an alternative
    Conjunction, // "and": joins values of a field an offering has one of (partner, country)
    Filler,      // understood and deliberately without meaning ("which", "the", "techniques")
};

// A placeholder in a phrase: {time} ("minute", "10 s") or {duration} ("days").
enum class Slot { None, Time, Duration };

struct PatternElement {
    QString key;    // a word's matching key (Words.h), empty for a slot
    QString folded; // the word as written, folded: "cnrs" (key "cnr") must beat partner CNR
    QString separatorBefore; // ",", "/" ... inside the phrase: a match never crosses a comma the phrase lacks
    Slot slot = Slot::None;
};

// One phrase of the vocabulary and what it means.
struct Rule {
    QList<PatternElement> pattern;
    QString phrase; // as written in the vocabulary, for suggestions and diagnostics
    Role role = Role::Filler;
    QString whereTemplate;                  // `list --where` text, with {time}/{duration} if the phrase has slots
    std::optional<FilterExpression> expression; // parsed at load time when there is no slot
    // A second criterion the phrase also means ("state of charge distribution": Li distribution
    // AND a spatially resolving technique; phrase files' "and_where").
    std::optional<FilterExpression> also;
    int priority = 0;                       // breaks ties between matches of the same length
    bool capitalsOnly = false;              // "NI" (neutron imaging) must not swallow "Ni" (nickel)
    bool exactSpelling = false;             // an element symbol counts only as written: "Ni", "Co", "O"
    QString element; // an element-qualified observable ("Ni oxidation state"): also element=<symbol>
    // Request hints (issue 5 request format).
    QString shape;
    QString roi;
    int correlation = -1; // 0: correlated, type from context; 1, 2, 3: D5.5 types
    bool airSensitive = false;
    bool campaign = false; // the sentence asks for a measurement campaign
    bool material = false; // names the sample's material ("LNO")
    // A negation that may follow what it negates ("XPS excluded"): phrase files' "postfix_negations".
    bool postfix = false;
};

// The words ProbeMatrix understands in a question: the bundled phrase files
// (resources/vocabulary/techniques.json, phrases.json, geography.json), the observable
// vocabulary, and the names found in the matrix (partners with aliases, full names, cities
// and countries; technique names and abbreviations; clusters).
class AskVocabulary {
public:
    // The bundled phrase files together with the names of `matrix`.
    static Result<AskVocabulary> forMatrix(const Matrix &matrix,
                                           const ObservableVocabulary &observables = ObservableVocabulary::bundled());
    // Phrase files given as JSON documents (each with any of: rules, negations, alternatives,
    // conjunctions, materials, filler, exact_case), with the names of `matrix`.
    // `directory` completes the matrix's partners (PartnerDirectory.h).
    static Result<AskVocabulary> fromJson(const QList<QByteArray> &phraseFiles, const Matrix &matrix,
                                          const ObservableVocabulary &observables,
                                          const QList<Partner> &directory = bundledDirectory());

    const QList<Rule> &rules() const { return m_rules; }
    // Rules whose first element is the literal `key`, and those starting with a slot.
    const QList<int> &rulesStartingWith(const QString &key) const;
    const QList<int> &rulesStartingWithSlot() const { return m_slotFirst; }

    // The vocabulary keys a question word may stand for: itself when known, otherwise the
    // known words within its typo allowance (same first letter), closest first. `typo` tells
    // which case it was.
    QStringList keysFor(const Word &word, bool *typo) const;
    // Content phrases (names, observables, techniques, qualifiers) for "did you mean".
    const QStringList &suggestionTerms() const { return m_suggestions; }
    const QList<QStringList> &suggestionWords() const { return m_suggestionWords; } // folded words of each term
    // Example terms offered when a question held only filler words ("hello?").
    const QStringList &examples() const { return m_examples; }
    // Phrases dropped at load time because their filter did not fit the matrix.
    const QStringList &problems() const { return m_problems; }

private:
    void addRule(Rule rule, const QString &phrase);
    Result<void> addPhraseFile(const QByteArray &json, const Matrix &matrix, const ObservableVocabulary &observables);
    void addMatrixNames(const Matrix &matrix, const ObservableVocabulary &observables);
    void addTechniqueNames(const Matrix &matrix, const QList<QJsonObject> &panetTerms);
    void addElements();

    QList<Rule> m_rules;
    QHash<QString, QList<int>> m_byFirstKey;
    QList<int> m_slotFirst;
    QSet<QString> m_dictionary;
    QHash<QChar, QStringList> m_dictionaryByInitial;
    QSet<QString> m_exactCase;
    QSet<QString> m_seen; // phrase keys + meaning, to skip duplicates
    QStringList m_suggestions;
    QList<QStringList> m_suggestionWords;
    QStringList m_examples;
    QStringList m_problems;
    QSet<QString> m_countriesInMatrix; // lower-case countries and codes the matrix's own partners carry
};

} // namespace pm::ask
