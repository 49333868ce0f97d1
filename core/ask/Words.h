#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pm::ask {

// One word of a question, as typed and in the form used for matching.
struct Word {
    QString typed;  // as the user wrote it: "Chalmers", "in-situ" gives "in" and "situ"
    QString folded; // lower case, accents removed: "julich"
    QString key;    // folded and made singular: "techniques" -> "technique"
    qsizetype start = 0; // position in the question, for highlighting
    qsizetype end = 0;
    QString punctuationBefore; // what separates it from the previous word ("," or "/"), spaces removed
};

// Lower case without accents ("Jülich" -> "julich", "µ" -> "μ"), so that a question typed on
// any keyboard meets the vocabulary.
QString fold(const QString &text);

// English plural to singular for matching only ("cells" -> "cell", "properties" -> "property",
// "analysis" stays). Applied to both the vocabulary and the question, so it need not be perfect.
QString singular(const QString &foldedWord);

// Splits a question into words at anything that is not a letter or a digit; a decimal point
// between digits stays inside the number ("0.5 s").
QList<Word> splitWords(const QString &text);

// The punctuation that separates phrases (",", ";", "/", ...), without hyphens and apostrophes,
// which join the parts of one name ("XRD-XAS", "l'énergie").
QString hardSeparators(const QString &punctuation);

// The matching keys of a phrase ("In-situ cells" -> ["in", "situ", "cell"]).
QStringList phraseKeys(const QString &phrase);

// Optimal string alignment distance (a swap of two neighbours counts one), bounded: returns
// limit + 1 as soon as the distance must exceed limit.
int typoDistance(const QString &a, const QString &b, int limit);

// How many typos a word of this length may carry: none below 4 letters, one up to 7, two beyond.
int typoAllowance(qsizetype length);

} // namespace pm::ask
