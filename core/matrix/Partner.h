#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace pm {

enum class PartnerKind { Laboratory, LargeScaleFacility, Industry };

// A consortium partner as the matrix names it, with the geography logistics needs.
struct Partner {
    qint64 id = 0;
    int version = 0;
    QString shortName; // as the matrix writes it: "CEA"
    QStringList aliases;
    QString fullName;
    PartnerKind kind = PartnerKind::Laboratory;
    QString site;
    QString city;
    QString country;
    QString countryCode;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString website;
    QString source;

    bool matches(const QString &name) const; // short name or alias, case-insensitive
};

QString partnerKindKey(PartnerKind k);
std::optional<PartnerKind> partnerKindFromKey(const QString &key);

} // namespace pm
