#include "Words.h"

#include <QVarLengthArray>

#include <algorithm>

namespace pm::ask {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c.toLower());
    }
    return out;
}

QString singular(const QString &w)
{
    if (w.size() <= 3 || !w.back().isLetter())
        return w;
    if (w.endsWith(u"ies") && w.size() > 4)
        return w.chopped(3) + QLatin1Char('y');
    if (w.endsWith(u"sses") || w.endsWith(u"xes") || w.endsWith(u"ches") || w.endsWith(u"shes"))
        return w.chopped(2);
    if (w.endsWith(QLatin1Char('s')) && !w.endsWith(u"ss") && !w.endsWith(u"is") && !w.endsWith(u"us"))
        return w.chopped(1);
    return w;
}

QList<Word> splitWords(const QString &text)
{
    QList<Word> words;
    const qsizetype n = text.size();
    qsizetype i = 0;
    QString punctuation;
    while (i < n) {
        if (!text[i].isLetterOrNumber()) {
            if (!text[i].isSpace())
                punctuation.append(text[i]);
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n) {
            if (text[i].isLetterOrNumber()) {
                ++i;
                continue;
            }
            // "0.5" and "1,5": a separator between two digits belongs to the number.
            const bool decimal = (text[i] == QLatin1Char('.') || text[i] == QLatin1Char(',')) && i > start
                                 && text[i - 1].isDigit() && i + 1 < n && text[i + 1].isDigit();
            if (!decimal)
                break;
            ++i;
        }
        Word w;
        w.typed = text.mid(start, i - start);
        w.folded = fold(w.typed);
        w.key = singular(w.folded);
        w.start = start;
        w.end = i;
        w.punctuationBefore = words.isEmpty() ? QString() : punctuation;
        punctuation.clear();
        words.append(w);
    }
    return words;
}

QString hardSeparators(const QString &punctuation)
{
    QString out;
    for (const QChar c : punctuation)
        if (c != QLatin1Char('-') && c != QLatin1Char('\'') && c != QChar(0x2019) && c != QLatin1Char('.') && c != QChar(0x2013))
            out.append(c);
    return out;
}

QStringList phraseKeys(const QString &phrase)
{
    QStringList keys;
    for (const Word &w : splitWords(phrase))
        keys.append(w.key);
    return keys;
}

int typoDistance(const QString &a, const QString &b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(int(n - m)) > limit)
        return limit + 1;
    // Three rows: the one before the previous is needed for transpositions.
    QVarLengthArray<int, 64> before(m + 1), prev(m + 1), cur(m + 1); // on the stack for ordinary words
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int d = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d = std::min(d, before[j - 2] + 1);
            cur[j] = d;
            rowMin = std::min(rowMin, d);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(before, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[m], limit + 1);
}

int typoAllowance(qsizetype length)
{
    if (length < 4)
        return 0;
    return length <= 7 ? 1 : 2;
}

} // namespace pm::ask
