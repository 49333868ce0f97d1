// probematrix-cli archive search QUERY [--url BASE]... [--size N] [--format json|text]
// Looks a query up in InvenioRDM repositories (issue 17): by default the BIG-MAP Archive and
// Zenodo, and those the consortium server shares. Only datasets and publications are listed;
// each result names the repository and the query that found it. Answers are cached in the
// database (--db); with no network the cached ones are printed, marked cached.
// probematrix-cli archive repositories [--add URL [--name NAME]] [--remove URL]
// Lists the consortium server's shared repositories; its administrators change the list.
// probematrix-cli archive token --url BASE [--from-env NAME | --remove]
// Keeps a repository's access token in the system keychain, where the desktop keeps it too;
// every search of that repository then sends it (to that repository only).
#include "Commands.h"

#include "archive/ArchiveClient.h"
#include "archive/KeychainTokenStore.h"
#include "archive/Repositories.h"
#include "archive/RepositoryUrl.h"
#include "archive/ResultCache.h"
#include "archive/SharedRepositories.h"
#include "archive/TokenLookup.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <optional>

namespace pm::cli {
namespace {

using namespace pm::archive;

QJsonObject recordJson(const ArchiveRecord &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("source"), r.source);
    o.insert(QStringLiteral("id"), r.id);
    o.insert(QStringLiteral("title"), r.title);
    o.insert(QStringLiteral("creators"), QJsonArray::fromStringList(r.creators));
    o.insert(QStringLiteral("date"), r.date);
    o.insert(QStringLiteral("resource_type"), r.resourceType);
    o.insert(QStringLiteral("doi"), r.doi);
    o.insert(QStringLiteral("url"), r.url);
    o.insert(QStringLiteral("query"), r.query);
    if (r.cached()) {
        o.insert(QStringLiteral("cached"), true);
        o.insert(QStringLiteral("fetched"), r.fetched.toString(Qt::ISODate));
    }
    return o;
}

int runRepositories(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("repositories"), QStringLiteral("the action"));
    parser.addOption({QStringLiteral("add"), QStringLiteral("add this base URL to the consortium's list (admin role)"), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("with --add: the repository's name"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("remove"), QStringLiteral("remove this base URL from the consortium's list (admin role)"), QStringLiteral("URL")});
    if (!parser.parse(arguments))
        return context.fail(parser.errorText());
    if (parser.positionalArguments() != QStringList{QStringLiteral("repositories")})
        return context.fail(QStringLiteral("usage: probematrix-cli archive repositories [--add URL [--name NAME]] [--remove URL]"));
    auto db = context.database();
    if (!db)
        return context.fail(db.error(), BadInput);
    if (parser.isSet(QStringLiteral("add")))
        if (auto ok = addSharedRepository(**db, parser.value(QStringLiteral("add")), parser.value(QStringLiteral("name"))); !ok)
            return context.fail(ok.error(), Failure);
    if (parser.isSet(QStringLiteral("remove")))
        if (auto ok = removeSharedRepository(**db, parser.value(QStringLiteral("remove"))); !ok)
            return context.fail(ok.error(), Failure);
    auto shared = sharedRepositories(**db);
    if (!shared)
        return context.fail(shared.error(), Failure);
    for (const SharedRepository &r : std::as_const(*shared))
        context.out() << r.url.toString() << '\t' << r.name << '\t' << r.addedBy << '\n';
    return Success;
}

// Waits for one token store call (a keychain answers over D-Bus, later).
Result<void> wait(const std::function<void(std::function<void(Result<void>)>)> &call)
{
    std::optional<Result<void>> answer;
    QEventLoop loop;
    call([&](Result<void> r) {
        answer = std::move(r);
        loop.quit();
    });
    if (!answer) {
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return answer ? *answer : Result<void>(makeError(QStringLiteral("the system keychain did not answer within 10 s")));
}

int runToken(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("token"), QStringLiteral("the action"));
    parser.addOption({QStringLiteral("url"), QStringLiteral("the repository the token is for"), QStringLiteral("BASE")});
    parser.addOption({QStringLiteral("from-env"), QStringLiteral("keep the token held in this environment variable (never give a token on the command line)"),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("remove"), QStringLiteral("forget the repository's token")});
    const QString usage = QStringLiteral("usage: probematrix-cli archive token --url BASE [--from-env NAME | --remove]");
    if (!parser.parse(arguments))
        return context.fail(parser.errorText());
    if (parser.positionalArguments() != QStringList{QStringLiteral("token")} || parser.values(QStringLiteral("url")).size() != 1
        || (parser.isSet(QStringLiteral("from-env")) && parser.isSet(QStringLiteral("remove"))))
        return context.fail(usage);
    auto base = repositoryBase(parser.value(QStringLiteral("url")));
    if (!base)
        return context.fail(makeError(base.error().message, QStringLiteral("--url")));
    TokenStore &store = tokenStore();
    if (parser.isSet(QStringLiteral("from-env"))) {
        const QString name = parser.value(QStringLiteral("from-env"));
        const QString token = qEnvironmentVariable(name.toLocal8Bit().constData()).trimmed();
        if (token.isEmpty())
            return context.fail(makeError(QStringLiteral("the environment variable %1 is not set or empty").arg(name), QStringLiteral("--from-env")));
        if (auto ok = wait([&](auto done) { store.write(*base, token, std::move(done)); }); !ok)
            return context.fail(ok.error(), Failure);
    } else if (parser.isSet(QStringLiteral("remove"))) {
        if (auto ok = wait([&](auto done) { store.remove(*base, std::move(done)); }); !ok)
            return context.fail(ok.error(), Failure);
    }
    const FoundTokens found = lookUpTokens(store, {*base});
    for (const QString &w : found.warnings)
        context.err() << "probematrix-cli: warning: " << w << '\n';
    if (!store.persistent()) {
        const auto *keychain = dynamic_cast<const KeychainTokenStore *>(&store);
        return context.fail(QStringLiteral("no system keychain (%1): a token cannot be kept here; give it to each search with --token-env")
                                .arg(keychain ? keychain->missingReason() : QStringLiteral("none")),
                            Failure);
    }
    context.out() << (found.byBase.contains(*base) ? "a token is kept for " : "no token is kept for ") << base->toString()
                  << " in the system keychain\n";
    return Success;
}

int runArchive(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Look a query up in InvenioRDM repositories (datasets and publications only)."));
    parser.addPositionalArgument(QStringLiteral("search"), QStringLiteral("the only action"));
    parser.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("words to look for, e.g. \"operando XRD LiNiO2\""));
    parser.addOption({QStringLiteral("url"), QStringLiteral("repository base URL (repeatable; default: the BIG-MAP Archive and Zenodo)"), QStringLiteral("BASE")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("results per repository, 1-100 (default 10)"), QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("text (default) or json"), QStringLiteral("FORMAT"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("timeout"), QStringLiteral("seconds to wait for each repository (default 10)"), QStringLiteral("S"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("no-cache"), QStringLiteral("neither read nor write the cache of results in the database")});
    parser.addOption({QStringLiteral("token-env"), QStringLiteral("send the access token held in this environment variable (a restricted community; "
                                                                  "needs exactly one --url; never give a token on the command line)"),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("no-keychain"), QStringLiteral("do not send the tokens kept in the system keychain")});
    if (arguments.value(1) == u"repositories")
        return runRepositories(context, arguments);
    if (arguments.value(1) == u"token")
        return runToken(context, arguments);
    if (!parser.parse(arguments))
        return context.fail(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional[0] != u"search")
        return context.fail(QStringLiteral("usage: probematrix-cli archive search \"QUERY\" [--url BASE]... [--size N] [--format json|text]"));
    const QString query = positional[1].trimmed();
    if (query.isEmpty() || query.size() > 1000)
        return context.fail(QStringLiteral("the query must have 1 to 1000 characters"), BadInput);
    bool sizeOk = false, timeoutOk = false;
    const int size = parser.value(QStringLiteral("size")).toInt(&sizeOk);
    const int timeout = parser.value(QStringLiteral("timeout")).toInt(&timeoutOk);
    if (!sizeOk || size < 1 || size > 100)
        return context.fail(makeError(QStringLiteral("\"%1\" is not a number from 1 to 100").arg(parser.value(QStringLiteral("size"))), QStringLiteral("--size")));
    if (!timeoutOk || timeout < 1 || timeout > 120)
        return context.fail(makeError(QStringLiteral("\"%1\" is not a number of seconds from 1 to 120").arg(parser.value(QStringLiteral("timeout"))), QStringLiteral("--timeout")));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"text" && format != u"json")
        return context.fail(QStringLiteral("unknown format \"%1\"; use text or json").arg(format));

    // The database holds the cache and a consortium server's list of repositories. Without it
    // (a path that cannot be opened) the search still runs, uncached.
    Database *db = nullptr;
    if (!parser.isSet(QStringLiteral("no-cache"))) {
        if (auto opened = context.database())
            db = *opened;
        else
            context.err() << "probematrix-cli: warning: results are not cached: " << opened.error().text() << '\n';
    }
    QStringList urls = parser.values(QStringLiteral("url"));
    if (urls.isEmpty()) {
        for (const Repository &r : defaultRepositories())
            urls.append(r.url);
        if (db) {
            if (auto shared = sharedRepositories(*db)) {
                for (const SharedRepository &r : std::as_const(*shared))
                    if (!urls.contains(r.url.toString()))
                        urls.append(r.url.toString());
            } else {
                context.err() << "probematrix-cli: warning: " << shared.error().text() << '\n';
            }
        }
    }
    QList<QUrl> bases;
    for (const QString &u : urls) {
        auto base = repositoryBase(u);
        if (!base)
            return context.fail(makeError(base.error().message, QStringLiteral("--url")));
        bases.append(*base);
    }

    ArchiveClient client;
    client.setTimeoutMs(timeout * 1000);
    if (db)
        client.setCache(std::make_shared<ResultCache>(*db));
    if (parser.isSet(QStringLiteral("token-env"))) {
        // A token is for one repository: never sent to the others of a default list.
        if (parser.values(QStringLiteral("url")).size() != 1)
            return context.fail(makeError(QStringLiteral("a token is for one repository: give exactly one --url with it"), QStringLiteral("--token-env")));
        const QString name = parser.value(QStringLiteral("token-env"));
        const QString token = qEnvironmentVariable(name.toLocal8Bit().constData()).trimmed();
        if (token.isEmpty())
            return context.fail(makeError(QStringLiteral("the environment variable %1 is not set or empty").arg(name), QStringLiteral("--token-env")));
        client.setTokenFor(bases.first(), token);
    } else if (!parser.isSet(QStringLiteral("no-keychain"))) {
        // The tokens the desktop (or `archive token`) kept, each for its own repository.
        const FoundTokens tokens = lookUpTokens(tokenStore(), bases);
        for (const QString &w : tokens.warnings)
            context.err() << "probematrix-cli: warning: " << w << '\n';
        for (auto it = tokens.byBase.cbegin(); it != tokens.byBase.cend(); ++it)
            client.setTokenFor(it.key(), it.value());
    }
    QList<SearchOutcome> outcomes;
    QEventLoop loop;
    QObject::connect(&client, &ArchiveClient::finished, &loop, [&](const SearchOutcome &o) {
        outcomes.append(o);
        if (outcomes.size() == bases.size())
            loop.quit();
    });
    for (const QUrl &base : bases)
        client.search(base, query, size);
    loop.exec();

    int failures = 0;
    QJsonArray results, errors, cached;
    for (const SearchOutcome &o : std::as_const(outcomes)) {
        if (!o.ok()) {
            ++failures;
            context.err() << o.error << '\n';
            errors.append(QJsonObject{{QStringLiteral("source"), o.base.toString()}, {QStringLiteral("error"), o.error}});
            continue;
        }
        const QString fetched = o.fetched.toString(Qt::ISODate);
        if (o.cached) { // no network: what the cache kept, said so on both streams
            context.err() << o.notice << "; showing the results cached on " << fetched << '\n';
            cached.append(QJsonObject{{QStringLiteral("source"), o.base.toString()}, {QStringLiteral("cached"), true},
                                      {QStringLiteral("fetched"), fetched}, {QStringLiteral("message"), o.notice}});
        }
        for (const ArchiveRecord &r : o.page.records)
            results.append(recordJson(r));
        if (format == u"text") {
            context.out() << o.base.toString() << ": " << o.page.total << " match(es) for \"" << query << "\"";
            if (o.cached)
                context.out() << " (cached, fetched on " << fetched << ')';
            if (o.filteredOut > 0)
                context.out() << " (" << o.filteredOut << " other than datasets and publications not listed)";
            context.out() << '\n';
            for (const ArchiveRecord &r : o.page.records) {
                context.out() << "  [" << kindKey(r.kind) << "] " << r.title;
                if (!r.date.isEmpty())
                    context.out() << " (" << r.date << ')';
                context.out() << '\n';
                if (!r.creators.isEmpty())
                    context.out() << "    " << r.creators.mid(0, 3).join(QStringLiteral("; ")) << (r.creators.size() > 3 ? "; et al." : "") << '\n';
                context.out() << "    " << (r.doi.isEmpty() ? r.url : QStringLiteral("https://doi.org/") + r.doi) << '\n';
            }
        }
    }
    if (format == u"json") {
        QJsonObject root{{QStringLiteral("query"), query}, {QStringLiteral("results"), results}};
        if (!errors.isEmpty())
            root.insert(QStringLiteral("errors"), errors);
        if (!cached.isEmpty())
            root.insert(QStringLiteral("cached"), cached);
        context.out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    // Some repositories answered: the results are printed and the others named on stderr.
    return failures == outcomes.size() ? Failure : Success;
}

const CommandRegistrar registrar({"archive", "archive search \"QUERY\" [--url BASE]... [--size N] [--format json|text] [--no-cache] [--token-env NAME] [--no-keychain] | "
                                             "archive repositories [--add URL [--name NAME]] [--remove URL] | "
                                             "archive token --url BASE [--from-env NAME | --remove]",
                                  runArchive});

} // namespace
} // namespace pm::cli
