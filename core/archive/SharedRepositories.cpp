#include "SharedRepositories.h"
#include "RepositoryUrl.h"

#include "store/Database.h"

#include <QDateTime>
#include <QVariant>

namespace pm::archive {

namespace {
constexpr int kMaxShared = 50;

Result<void> requireServer(Database &db)
{
    if (db.kind() != Database::Kind::Postgres)
        return makeError(QStringLiteral("only a consortium server (PostgreSQL) shares a list of repositories; "
                                        "in an SQLite file, add repositories in the Existing data tab's Repositories dialog"),
                         db.displayName());
    return {};
}
} // namespace

Result<QList<SharedRepository>> sharedRepositories(Database &db)
{
    if (db.kind() != Database::Kind::Postgres)
        return QList<SharedRepository>{};
    QSqlQuery q = db.prepare(QStringLiteral("SELECT url, name, added_by FROM archive_repositories ORDER BY added_at, url"));
    if (auto ok = Database::exec(q, QStringLiteral("reading the consortium's repositories")); !ok)
        return ok.error();
    QList<SharedRepository> out;
    while (q.next() && out.size() < kMaxShared) {
        auto base = repositoryBase(q.value(0).toString());
        if (!base || std::any_of(out.begin(), out.end(), [&](const SharedRepository &r) { return r.url == *base; }))
            continue;
        out.append({*base, q.value(1).toString().simplified().left(200), q.value(2).toString().left(100)});
    }
    return out;
}

Result<void> addSharedRepository(Database &db, const QString &url, const QString &name)
{
    if (auto ok = requireServer(db); !ok)
        return ok;
    auto base = repositoryBase(url);
    if (!base)
        return base.error();
    return db.transaction([&]() -> Result<void> {
        QSqlQuery q = db.prepare(QStringLiteral("INSERT INTO archive_repositories (url, name, added_at) VALUES (:url, :name, :at)"));
        q.bindValue(QStringLiteral(":url"), base->toString());
        q.bindValue(QStringLiteral(":name"), sqlText(name.simplified()));
        q.bindValue(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        return Database::exec(q, QStringLiteral("adding %1 to the consortium's repositories").arg(base->toString()));
    });
}

Result<void> removeSharedRepository(Database &db, const QString &url)
{
    if (auto ok = requireServer(db); !ok)
        return ok;
    auto base = repositoryBase(url);
    const QString key = base ? base->toString() : url;
    return db.transaction([&]() -> Result<void> {
        QSqlQuery q = db.prepare(QStringLiteral("DELETE FROM archive_repositories WHERE url = :url"));
        q.bindValue(QStringLiteral(":url"), key);
        if (auto ok = Database::exec(q, QStringLiteral("removing %1 from the consortium's repositories").arg(key)); !ok)
            return ok;
        if (q.numRowsAffected() == 0)
            return makeError(QStringLiteral("%1 is not in the consortium's list").arg(key));
        return {};
    });
}

QList<QUrl> mergedRepositories(const QList<SharedRepository> &shared, const QList<QUrl> &own)
{
    QList<QUrl> out;
    for (const SharedRepository &r : shared)
        if (!out.contains(r.url))
            out.append(r.url);
    for (const QUrl &u : own)
        if (!out.contains(u))
            out.append(u);
    return out;
}

} // namespace pm::archive
