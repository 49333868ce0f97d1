#include "RepositorySettings.h"

#include "archive/Repositories.h"
#include "archive/RepositoryUrl.h"
#include "archive/SharedRepositories.h"

#include <QSettings>
#include <QStringList>

namespace pm::ui::archive {

namespace {
const QString kKey = QStringLiteral("archive/repositories");
}

QList<QUrl> repositories()
{
    QSettings settings;
    QStringList stored;
    if (settings.contains(kKey))
        stored = settings.value(kKey).toStringList();
    else
        for (const pm::archive::Repository &r : pm::archive::defaultRepositories())
            stored.append(r.url);
    QList<QUrl> list;
    // What the settings file holds is checked like anything typed: an edited file cannot
    // make the client talk plain HTTP to another machine.
    for (const QString &s : std::as_const(stored))
        if (auto base = pm::archive::repositoryBase(s); base && !list.contains(*base) && list.size() < 20)
            list.append(*base);
    return list;
}

void setRepositories(const QList<QUrl> &list)
{
    QStringList out;
    for (const QUrl &u : list)
        out.append(u.toString());
    QSettings().setValue(kKey, out);
}

void restoreDefaultRepositories()
{
    QSettings().remove(kKey);
}

QList<QUrl> repositoriesToSearch(Database *db)
{
    QList<pm::archive::SharedRepository> shared;
    if (db)
        if (auto list = pm::archive::sharedRepositories(*db))
            shared = *list;
    return pm::archive::mergedRepositories(shared, repositories());
}

} // namespace pm::ui::archive
