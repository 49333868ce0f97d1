#include "TextMatch.h"

#include <QList>

#include <algorithm>
#include <utility>

namespace pm::text {

QString normalized(const QString &s)
{
    return s.simplified().toLower();
}

int editDistance(const QString &a, const QString &b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(int(n - m)) > limit)
        return limit + 1;
    QList<int> prev(m + 1), cur(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(prev, cur);
    }
    return prev[m];
}

QStringList closest(const QString &word, const QStringList &candidates, int count)
{
    const QString w = normalized(word);
    QList<std::pair<int, QString>> scored;
    for (const QString &c : candidates) {
        const QString n = normalized(c);
        int d = editDistance(w, n, 64);
        if (!w.isEmpty() && n.startsWith(w))
            d = std::min(d, 1);
        if (!w.isEmpty() && n.contains(w))
            d = std::min(d, 2);
        scored.append({d, c});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto &l, const auto &r) { return l.first < r.first; });
    QStringList out;
    for (const auto &[d, c] : std::as_const(scored)) {
        if (out.size() >= count)
            break;
        if (!out.contains(c))
            out.append(c);
    }
    return out;
}

QString humanList(const QStringList &items, const QString &lastJoin)
{
    if (items.isEmpty())
        return {};
    if (items.size() == 1)
        return items.first();
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QLatin1Char(' ') + lastJoin
           + QLatin1Char(' ') + items.last();
}

QStringList splitTopLevel(const QString &s, QChar separator)
{
    QStringList out;
    int depth = 0;
    QString cur;
    for (const QChar c : s) {
        if (c == QLatin1Char('(') || c == QLatin1Char('['))
            ++depth;
        else if ((c == QLatin1Char(')') || c == QLatin1Char(']')) && depth > 0)
            --depth;
        if (c == separator && depth == 0) {
            out.append(cur.trimmed());
            cur.clear();
        } else {
            cur.append(c);
        }
    }
    if (!cur.trimmed().isEmpty() || !out.isEmpty())
        out.append(cur.trimmed());
    out.removeAll(QString());
    return out;
}

} // namespace pm::text
