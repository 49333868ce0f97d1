#include "TechniqueRules.h"

#include "common/TextMatch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace pm::planning {

bool TechniqueMatch::matches(const Offering &o) const
{
    bool named = abbreviations.isEmpty() && techniqueContains.isEmpty();
    if (!named && !o.abbreviation.isEmpty())
        named = abbreviations.contains(text::normalized(o.abbreviation));
    if (!named) {
        const QString technique = o.technique.toLower();
        named = std::any_of(techniqueContains.begin(), techniqueContains.end(), [&](const QString &t) { return technique.contains(t); });
    }
    if (!named)
        return false;
    if (sourcesContain.isEmpty())
        return true;
    return std::any_of(o.sources.begin(), o.sources.end(), [&](const QString &s) {
        const QString source = s.toLower();
        return std::any_of(sourcesContain.begin(), sourcesContain.end(), [&](const QString &t) { return source.contains(t); });
    });
}

Result<TechniqueMatch> techniqueMatchFromJson(const QJsonObject &json, const QString &where)
{
    TechniqueMatch m;
    auto list = [&](const char *key, QStringList &out, bool normalise) -> Result<void> {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            return Error{QStringLiteral("\"%1\" must be a list of strings").arg(QLatin1String(key)), where};
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty())
                return Error{QStringLiteral("\"%1\" holds an empty or non-text entry").arg(QLatin1String(key)), where};
            out.append(normalise ? text::normalized(item.toString()) : item.toString().toLower());
        }
        return {};
    };
    for (auto it = json.begin(); it != json.end(); ++it)
        if (it.key() != u"abbreviations" && it.key() != u"technique_contains" && it.key() != u"sources_contain")
            return Error{QStringLiteral("unknown key \"%1\" (abbreviations, technique_contains, sources_contain)").arg(it.key()), where};
    if (auto r = list("abbreviations", m.abbreviations, true); !r)
        return r.error();
    if (auto r = list("technique_contains", m.techniqueContains, false); !r)
        return r.error();
    if (auto r = list("sources_contain", m.sourcesContain, false); !r)
        return r.error();
    if (m.abbreviations.isEmpty() && m.techniqueContains.isEmpty() && m.sourcesContain.isEmpty())
        return Error{QStringLiteral("matches nothing: give abbreviations, technique_contains or sources_contain"), where};
    return m;
}

Result<QJsonObject> planningResource(const QString &name)
{
    QFile f(QStringLiteral(":/probematrix/planning/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("the bundled table is missing"), name};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QStringLiteral("not a JSON object (%1 at offset %2)").arg(error.errorString()).arg(error.offset), name};
    return doc.object();
}

Result<std::pair<QString, QString>> reasonAndSource(const QJsonObject &rule, const QString &where)
{
    const QString reason = rule.value(QStringLiteral("reason")).toString().trimmed();
    const QString source = rule.value(QStringLiteral("source")).toString().trimmed();
    if (reason.isEmpty())
        return Error{QStringLiteral("the rule has no \"reason\""), where};
    if (source.isEmpty())
        return Error{QStringLiteral("the rule has no \"source\" (a seed section or a public source)"), where};
    return std::pair{reason, source};
}

} // namespace pm::planning
