#include "Scale.h"

#include "common/TextMatch.h"

namespace pm::scale {

namespace {
struct Token {
    const char *text;
    int level;
};

QStringList namesOf(Scale s)
{
    switch (s) {
    case Scale::Fidelity:
        return {QStringLiteral("Low"), QStringLiteral("Medium"), QStringLiteral("High"), QStringLiteral("Best")};
    case Scale::Cost:
        return {QStringLiteral("Cheap"), QStringLiteral("Medium"), QStringLiteral("Expensive")};
    case Scale::Duration:
        return {QStringLiteral("Hours"), QStringLiteral("Days"), QStringLiteral("Weeks"), QStringLiteral("Months")};
    case Scale::Level:
        return {QStringLiteral("Low"), QStringLiteral("Medium"), QStringLiteral("High")};
    }
    return {};
}
} // namespace

int size(Scale s) { return int(namesOf(s).size()); }
QStringList names(Scale s) { return namesOf(s); }

QString name(Scale s, int level)
{
    const QStringList n = namesOf(s);
    return level >= 0 && level < n.size() ? n[level] : QString();
}

QString key(Scale s, int level) { return name(s, level).toLower(); }

std::optional<int> parseLevel(Scale s, const QString &token)
{
    QString t = text::normalized(token);
    t.remove(QLatin1Char('.'));
    if (t.isEmpty())
        return std::nullopt;
    const QStringList n = namesOf(s);
    for (int i = 0; i < n.size(); ++i) {
        const QString full = n[i].toLower();
        if (t == full)
            return i;
        // Singular forms ("hour", "day") and one-letter abbreviations (H, M, L, B).
        if (full.endsWith(QLatin1Char('s')) && t == full.chopped(1))
            return i;
    }
    if (t.size() == 1) {
        for (int i = 0; i < n.size(); ++i)
            if (n[i].at(0).toLower() == t.at(0) && !(s == Scale::Cost))
                return i;
    }
    switch (s) {
    case Scale::Cost:
        if (t == u"low" || t == u"cheap" || t == u"l" || t == u"inexpensive")
            return 0;
        if (t == u"m" || t == u"moderate" || t == u"med")
            return 1;
        if (t == u"high" || t == u"h" || t == u"e" || t == u"costly")
            return 2;
        break;
    case Scale::Fidelity:
    case Scale::Level:
        if (t == u"med" || t == u"mid" || t == u"intermediate")
            return 1;
        break;
    case Scale::Duration:
        if (t == u"h" || t == u"hrs" || t == u"hr")
            return 0;
        if (t == u"d")
            return 1;
        if (t == u"w" || t == u"wk" || t == u"wks")
            return 2;
        break;
    }
    return std::nullopt;
}

QString rangeText(Scale s, const OrdinalRange &r)
{
    if (!r.known())
        return {};
    if (r.single())
        return name(s, r.lo);
    return name(s, r.lo) + QChar(0x2013) + name(s, r.hi);
}

} // namespace pm::scale
