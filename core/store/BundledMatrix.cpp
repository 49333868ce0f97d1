#include "BundledMatrix.h"

#include "io/RawTable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace pm {

namespace {
Result<QByteArray> resource(const QString &name)
{
    QFile f(QStringLiteral(":/probematrix/matrix/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("the bundled %1 is missing from this build").arg(name));
    return f.readAll();
}

Result<QJsonArray> jsonArray(const QByteArray &json, const QString &source)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("not valid JSON: %1 at offset %2").arg(err.errorString()).arg(err.offset), source);
    if (!doc.isArray())
        return makeError(QStringLiteral("expected a JSON array"), source);
    return doc.array();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

OrdinalRange level(const QJsonValue &v)
{
    const auto l = scale::parseLevel(Scale::Level, v.toString());
    return l ? OrdinalRange{*l, *l} : OrdinalRange{};
}

QList<InstrumentRef> instruments(const QJsonValue &v)
{
    QList<InstrumentRef> out;
    for (const QJsonValue &e : v.toArray()) {
        const QJsonObject o = e.toObject();
        out.append(InstrumentRef{o.value(QStringLiteral("partner")).toString(), o.value(QStringLiteral("technique")).toString(),
                                 o.value(QStringLiteral("instrument")).toString(), o.value(QStringLiteral("air_tight")).toBool(),
                                 level(o.value(QStringLiteral("data_quality")))});
    }
    return out;
}
} // namespace

namespace bundled {

Result<QList<Partner>> partnersFromJson(const QByteArray &json, const QString &source)
{
    auto arr = jsonArray(json, source);
    if (!arr)
        return arr.error();
    QList<Partner> out;
    for (const QJsonValue &v : *arr) {
        const QJsonObject o = v.toObject();
        Partner p;
        p.shortName = o.value(QStringLiteral("short_name")).toString();
        if (p.shortName.isEmpty())
            return makeError(QStringLiteral("a partner has no short_name"), source);
        p.aliases = strings(o.value(QStringLiteral("aliases")));
        p.fullName = o.value(QStringLiteral("full_name")).toString();
        p.kind = partnerKindFromKey(o.value(QStringLiteral("kind")).toString()).value_or(PartnerKind::Laboratory);
        p.site = o.value(QStringLiteral("site")).toString();
        p.city = o.value(QStringLiteral("city")).toString();
        p.country = o.value(QStringLiteral("country")).toString();
        p.countryCode = o.value(QStringLiteral("country_code")).toString();
        if (o.value(QStringLiteral("latitude")).isDouble())
            p.latitude = o.value(QStringLiteral("latitude")).toDouble();
        if (o.value(QStringLiteral("longitude")).isDouble())
            p.longitude = o.value(QStringLiteral("longitude")).toDouble();
        p.website = o.value(QStringLiteral("website")).toString();
        p.source = o.value(QStringLiteral("source")).toString();
        out.append(p);
    }
    return out;
}

Result<QList<SampleHolder>> holdersFromJson(const QByteArray &json, const QString &source)
{
    auto arr = jsonArray(json, source);
    if (!arr)
        return arr.error();
    QList<SampleHolder> out;
    for (const QJsonValue &v : *arr) {
        const QJsonObject o = v.toObject();
        SampleHolder h;
        h.label = o.value(QStringLiteral("label")).toString();
        h.owner = o.value(QStringLiteral("owner")).toString();
        h.availability = level(o.value(QStringLiteral("availability")));
        h.shapes = strings(o.value(QStringLiteral("shapes")));
        h.instruments = instruments(o.value(QStringLiteral("instruments")));
        h.source = o.value(QStringLiteral("source")).toString();
        out.append(h);
    }
    return out;
}

Result<QList<OperandoCell>> cellsFromJson(const QByteArray &json, const QString &source)
{
    auto arr = jsonArray(json, source);
    if (!arr)
        return arr.error();
    QList<OperandoCell> out;
    for (const QJsonValue &v : *arr) {
        const QJsonObject o = v.toObject();
        OperandoCell c;
        c.name = o.value(QStringLiteral("name")).toString();
        c.owner = o.value(QStringLiteral("owner")).toString();
        c.performance = level(o.value(QStringLiteral("performance")));
        c.availability = level(o.value(QStringLiteral("availability")));
        c.shapes = strings(o.value(QStringLiteral("shapes")));
        c.instruments = instruments(o.value(QStringLiteral("instruments")));
        c.source = o.value(QStringLiteral("source")).toString();
        out.append(c);
    }
    return out;
}

Result<SiteRegistry> sitesFromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("not valid JSON: %1 at offset %2").arg(err.errorString()).arg(err.offset), source);
    if (!doc.isObject())
        return makeError(QStringLiteral("expected a JSON object with \"sites\" and \"placements\""), source);
    SiteRegistry r;
    const QJsonArray sites = doc.object().value(QStringLiteral("sites")).toArray();
    for (int i = 0; i < sites.size(); ++i) {
        const QJsonObject o = sites[i].toObject();
        Site s;
        s.key = o.value(QStringLiteral("key")).toString();
        s.partner = o.value(QStringLiteral("partner")).toString();
        s.name = o.value(QStringLiteral("name")).toString();
        s.campus = o.value(QStringLiteral("campus")).toString();
        s.city = o.value(QStringLiteral("city")).toString();
        s.country = o.value(QStringLiteral("country")).toString();
        s.countryCode = o.value(QStringLiteral("country_code")).toString();
        if (o.value(QStringLiteral("latitude")).isDouble())
            s.latitude = o.value(QStringLiteral("latitude")).toDouble();
        if (o.value(QStringLiteral("longitude")).isDouble())
            s.longitude = o.value(QStringLiteral("longitude")).toDouble();
        const QJsonObject contact = o.value(QStringLiteral("contact")).toObject();
        s.contactLabel = contact.value(QStringLiteral("label")).toString();
        s.contactUrl = contact.value(QStringLiteral("url")).toString();
        s.source = o.value(QStringLiteral("source")).toString();
        const QString where = QStringLiteral("%1 sites[%2]").arg(source).arg(i);
        for (const auto &[field, value] : {std::pair{QStringLiteral("key"), s.key}, std::pair{QStringLiteral("partner"), s.partner},
                                           std::pair{QStringLiteral("city"), s.city}, std::pair{QStringLiteral("country_code"), s.countryCode}})
            if (value.trimmed().isEmpty())
                return makeError(QStringLiteral("a site needs a %1").arg(field), where + QLatin1Char('.') + field);
        if (r.site(s.key))
            return makeError(QStringLiteral("site key \"%1\" is used twice").arg(s.key), where + QStringLiteral(".key"));
        r.sites.append(s);
    }
    const QJsonArray placements = doc.object().value(QStringLiteral("placements")).toArray();
    for (int i = 0; i < placements.size(); ++i) {
        const QJsonObject o = placements[i].toObject();
        SitePlacement p{o.value(QStringLiteral("partner")).toString(), o.value(QStringLiteral("instrument")).toString(),
                        o.value(QStringLiteral("beam_source")).toString(), o.value(QStringLiteral("site")).toString(),
                        o.value(QStringLiteral("reason")).toString(), o.value(QStringLiteral("source")).toString()};
        const QString where = QStringLiteral("%1 placements[%2]").arg(source).arg(i);
        if (!r.site(p.site))
            return makeError(QStringLiteral("unknown site \"%1\"").arg(p.site), where + QStringLiteral(".site"));
        if (p.instrument.isEmpty() && p.beamSource.isEmpty())
            return makeError(QStringLiteral("a placement needs an instrument or a beam_source to match"), where);
        r.placements.append(p);
    }
    return r;
}

Result<SiteRegistry> sites()
{
    static const Result<SiteRegistry> parsed = [] {
        auto data = resource(QStringLiteral("sites.json"));
        if (!data)
            return Result<SiteRegistry>(data.error());
        return sitesFromJson(*data, QStringLiteral("sites.json"));
    }();
    return parsed;
}

Result<QList<Partner>> partners()
{
    auto data = resource(QStringLiteral("partners.json"));
    if (!data)
        return data.error();
    return partnersFromJson(*data, QStringLiteral("partners.json"));
}

Result<QList<SampleHolder>> holders()
{
    auto data = resource(QStringLiteral("holders.json"));
    if (!data)
        return data.error();
    return holdersFromJson(*data, QStringLiteral("holders.json"));
}

Result<QList<OperandoCell>> cells()
{
    auto data = resource(QStringLiteral("cells.json"));
    if (!data)
        return data.error();
    return cellsFromJson(*data, QStringLiteral("cells.json"));
}

QByteArray matrixTsv()
{
    auto data = resource(QStringLiteral("bigmap-matrix.tsv"));
    return data ? *data : QByteArray();
}

QString provenanceNote()
{
    auto data = resource(QStringLiteral("README.md"));
    return data ? QString::fromUtf8(*data) : QString();
}

Result<ImportReport> seed(MatrixStore &store)
{
    ImportReport report;
    auto ok = store.database().transaction([&]() -> Result<void> {
        auto ps = partners();
        if (!ps)
            return ps.error();
        for (const Partner &p : std::as_const(*ps))
            if (auto saved = store.savePartner(p); !saved)
                return saved.error();
        auto table = readDelimited(matrixTsv(), QLatin1Char('\t'), QStringLiteral("bigmap-matrix.tsv"));
        if (!table)
            return table.error();
        auto decoded = decodeMatrix(*table, store.vocabulary());
        if (!decoded)
            return decoded.error();
        auto imported = store.import(std::move(*decoded), ImportOptions{});
        if (!imported)
            return imported.error();
        report = *imported;
        auto hs = holders();
        if (!hs)
            return hs.error();
        for (const SampleHolder &h : std::as_const(*hs))
            if (auto saved = store.saveHolder(h); !saved)
                return saved.error();
        auto cs = cells();
        if (!cs)
            return cs.error();
        for (const OperandoCell &c : std::as_const(*cs))
            if (auto saved = store.saveCell(c); !saved)
                return saved.error();
        return {};
    });
    if (!ok)
        return ok.error();
    return report;
}

} // namespace bundled

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("probematrix.sqlite"));
}

Result<std::unique_ptr<Database>> openForUser(const QString &locationOrEmpty, bool *seeded)
{
    const QString location = locationOrEmpty.isEmpty() ? defaultDatabasePath() : locationOrEmpty;
    const bool isDefault = locationOrEmpty.isEmpty();
    const bool existed = QFileInfo::exists(location);
    auto db = Database::open(location);
    if (!db)
        return db;
    if (seeded)
        *seeded = false;
    if (isDefault && !existed) {
        MatrixStore store(**db);
        auto report = bundled::seed(store);
        if (!report) {
            // Leave no half-made default database behind: the next start tries again.
            db->reset();
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(location + suffix);
            return makeError(QStringLiteral("could not fill the new database with the bundled matrix: %1").arg(report.error().text()), location);
        }
        if (seeded)
            *seeded = true;
    }
    return db;
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ProbeMatrix"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("probematrix.eu"));
    QCoreApplication::setApplicationName(QStringLiteral("ProbeMatrix"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROBEMATRIX_VERSION));
}

} // namespace pm
