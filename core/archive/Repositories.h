#pragma once

// The repositories searched when the user has not chosen others (issue 17): the BIG-MAP
// Archive, where the consortium deposits its data, and Zenodo. Both run InvenioRDM.

#include <QList>
#include <QString>

namespace pm::archive {

struct Repository {
    QString name;
    QString url;
};

inline QList<Repository> defaultRepositories()
{
    return {{QStringLiteral("BIG-MAP Archive"), QStringLiteral("https://archive.big-map.eu")},
            {QStringLiteral("Zenodo"), QStringLiteral("https://zenodo.org")}};
}

} // namespace pm::archive
