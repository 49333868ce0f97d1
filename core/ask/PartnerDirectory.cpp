#include "PartnerDirectory.h"

#include "store/BundledMatrix.h"

#include <QRegularExpression>

namespace pm::ask {

namespace {
const Partner *inDirectory(const Partner &p, const QList<Partner> &directory)
{
    for (const Partner &d : directory)
        if (d.shortName.compare(p.shortName, Qt::CaseInsensitive) == 0)
            return &d;
    for (const Partner &d : directory)
        if (d.matches(p.shortName) || p.matches(d.shortName))
            return &d;
    return nullptr;
}
} // namespace

QList<Partner> withDirectory(const QList<Partner> &matrixPartners, const QList<Partner> &directory)
{
    QList<Partner> out = matrixPartners;
    for (Partner &p : out) {
        const Partner *d = inDirectory(p, directory);
        if (!d)
            continue;
        // A partner imported from short codes has no geography at all: its kind is the
        // default too, so the directory's kind (facility, industry) is the better guess.
        if (p.city.isEmpty() && p.country.isEmpty())
            p.kind = d->kind;
        if (p.fullName.isEmpty())
            p.fullName = d->fullName;
        if (p.city.isEmpty())
            p.city = d->city;
        if (p.country.isEmpty())
            p.country = d->country;
        if (p.countryCode.isEmpty())
            p.countryCode = d->countryCode;
        QStringList names = d->aliases;
        names << d->fullName << d->shortName;
        for (const QString &alias : std::as_const(names))
            if (!alias.isEmpty() && alias.compare(p.shortName, Qt::CaseInsensitive) != 0 && !p.aliases.contains(alias, Qt::CaseInsensitive))
                p.aliases.append(alias);
    }
    return out;
}

const QList<Partner> &bundledDirectory()
{
    static const QList<Partner> directory = [] {
        auto partners = bundled::partners();
        return partners ? *partners : QList<Partner>();
    }();
    return directory;
}

QString countryAsPartners(const QString &where, const QList<Partner> &partners, const QSet<QString> &countriesInMatrix)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*country\s*(!=|=)\s*(.+?)\s*$)"), QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(where);
    if (!m.hasMatch())
        return where;
    const QStringList countries = m.captured(2).split(QLatin1Char('|'));
    bool allKnown = true;
    for (const QString &c : countries)
        allKnown = allKnown && countriesInMatrix.contains(c.trimmed().toLower());
    if (allKnown)
        return where;
    QStringList codes;
    for (const Partner &p : partners)
        for (const QString &c : countries)
            if ((p.country.compare(c.trimmed(), Qt::CaseInsensitive) == 0 || p.countryCode.compare(c.trimmed(), Qt::CaseInsensitive) == 0)
                && !codes.contains(p.shortName))
                codes.append(p.shortName);
    if (codes.isEmpty())
        return where; // nobody there: the filter says so in its own words
    codes.sort(Qt::CaseInsensitive);
    return QStringLiteral("partner") + m.captured(1) + codes.join(QLatin1Char('|'));
}

} // namespace pm::ask
