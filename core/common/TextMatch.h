#pragma once

#include <QString>
#include <QStringList>

namespace pm::text {

// Lower-case, trimmed, inner whitespace collapsed: the form in which names are compared.
QString normalized(const QString &s);

// Levenshtein distance, bounded: returns limit + 1 as soon as the distance exceeds limit.
int editDistance(const QString &a, const QString &b, int limit = 1 << 20);

// The candidates closest to `word` (edit distance, then prefix), at most `count`.
QStringList closest(const QString &word, const QStringList &candidates, int count = 3);

// "a, b or c" for messages.
QString humanList(const QStringList &items, const QString &lastJoin = QStringLiteral("or"));

// Split a list cell on commas that are not inside parentheses: "Commercial (Topas, v6), free" -> 2.
QStringList splitTopLevel(const QString &s, QChar separator = QLatin1Char(','));

} // namespace pm::text
