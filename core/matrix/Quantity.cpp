#include "Quantity.h"

#include "common/TextMatch.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace pm::quantity {

std::optional<double> secondsPerUnit(const QString &unitText)
{
    const QString u = text::normalized(unitText);
    if (u == u"ms" || u == u"msec" || u == u"millisecond" || u == u"milliseconds")
        return 0.001;
    if (u == u"µs" || u == u"us" || u == u"μs" || u == u"microsecond" || u == u"microseconds")
        return 1e-6;
    if (u == u"s" || u == u"sec" || u == u"secs" || u == u"second" || u == u"seconds")
        return 1.0;
    if (u == u"min" || u == u"mins" || u == u"minute" || u == u"minutes")
        return 60.0;
    if (u == u"h" || u == u"hr" || u == u"hrs" || u == u"hour" || u == u"hours")
        return 3600.0;
    if (u == u"d" || u == u"day" || u == u"days")
        return 86400.0;
    if (u == u"week" || u == u"weeks")
        return 7 * 86400.0;
    return std::nullopt;
}

namespace {
double toNumber(const QString &s)
{
    QString t = s;
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    return t.toDouble();
}
} // namespace

std::optional<TimeSpan> parseTimeSpan(const QString &item)
{
    const QString t = item.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    // "5 < Δt < 30 mins": both ends share the trailing unit unless they carry their own.
    static const QRegularExpression range(
        QStringLiteral(R"(^(\d+(?:[.,]\d+)?)\s*([a-zµμ]*)\s*(?:<|-|–|to)\s*(?:(?:Δ|∆|d)t\s*<\s*)?(\d+(?:[.,]\d+)?)\s*([a-zµμ]+)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = range.match(t);
    if (m.hasMatch()) {
        const auto hiUnit = secondsPerUnit(m.captured(4));
        const auto loUnit = m.captured(2).isEmpty() ? hiUnit : secondsPerUnit(m.captured(2));
        if (hiUnit && loUnit)
            return TimeSpan{toNumber(m.captured(1)) * *loUnit, toNumber(m.captured(3)) * *hiUnit};
    }
    if (const auto u = secondsPerUnit(t))
        return TimeSpan{*u, *u};
    if (const auto s = parseSeconds(t))
        return TimeSpan{*s, *s};
    return std::nullopt;
}

std::optional<double> parseSeconds(const QString &textIn)
{
    const QString t = textIn.trimmed();
    static const QRegularExpression re(QStringLiteral(R"(^(\d+(?:[.,]\d+)?)?\s*([a-zµμ]*)$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(t);
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        return std::nullopt;
    const double n = m.captured(1).isEmpty() ? 1.0 : toNumber(m.captured(1));
    if (m.captured(2).isEmpty())
        return n;
    const auto u = secondsPerUnit(m.captured(2));
    if (!u)
        return std::nullopt;
    return n * *u;
}

namespace {
std::optional<double> metresPerUnit(const QString &unitText)
{
    const QString u = unitText.toLower();
    if (u == u"nm")
        return 1e-9;
    if (u == u"µm" || u == u"μm" || u == u"um" || u == u"micron" || u == u"microns")
        return 1e-6;
    if (u == u"mm")
        return 1e-3;
    if (u == u"cm")
        return 1e-2;
    if (u == u"m")
        return 1.0;
    if (u == u"å" || u == u"a" || u == u"angstrom")
        return 1e-10;
    return std::nullopt;
}

QList<double> allLengths(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"((?:(\d+(?:[.,]\d+)?)(?:\s*(?:-|–|to)\s*(\d+(?:[.,]\d+)?))?\s*)?(nm|µm|μm|um|mm|cm|microns?|m|Å)(?![a-z0-9]))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QList<double> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const auto unit = metresPerUnit(m.captured(3));
        if (!unit)
            continue;
        // "cm2" is an area, not a length: the lookahead above already excluded digits after the unit.
        if (m.captured(1).isEmpty()) {
            out.append(*unit);
            continue;
        }
        out.append(toNumber(m.captured(1)) * *unit);
        if (!m.captured(2).isEmpty())
            out.append(toNumber(m.captured(2)) * *unit);
    }
    return out;
}
} // namespace

std::optional<double> parseLength(const QString &text)
{
    const QList<double> all = allLengths(text);
    if (all.isEmpty())
        return std::nullopt;
    return *std::min_element(all.begin(), all.end());
}

std::optional<double> largestLength(const QString &text)
{
    const QList<double> all = allLengths(text);
    if (all.isEmpty())
        return std::nullopt;
    return *std::max_element(all.begin(), all.end());
}

QString formatSeconds(double s)
{
    auto fmt = [](double v, const char *unit) {
        return QString::number(v, 'g', 3) + QLatin1Char(' ') + QLatin1String(unit);
    };
    if (s < 1)
        return fmt(s * 1000, "ms");
    if (s < 60)
        return fmt(s, "s");
    if (s < 3600)
        return fmt(s / 60, "min");
    if (s < 86400)
        return fmt(s / 3600, "h");
    return fmt(s / 86400, s == 86400 ? "day" : "days");
}

QString formatLength(double m)
{
    auto fmt = [](double v, const char *unit) {
        return QString::number(v, 'g', 3) + QLatin1Char(' ') + QString::fromUtf8(unit);
    };
    if (m < 1e-6)
        return fmt(m * 1e9, "nm");
    if (m < 1e-3)
        return fmt(m * 1e6, "µm");
    if (m < 1e-2)
        return fmt(m * 1e3, "mm");
    if (m < 1)
        return fmt(m * 1e2, "cm");
    return fmt(m, "m");
}

} // namespace pm::quantity
