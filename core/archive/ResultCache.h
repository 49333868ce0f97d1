#pragma once

// Offline first (issue 17): the last answer to each search of a repository (base URL, query,
// page) is kept in the matrix database (table archive_cache, schema version 6) with its date,
// so that with no network the tab and the CLI still show what was found, marked cached.
//
// Rows are the parsed records written back in InvenioRDM's shape and read again through
// parseRecordsResponse: a row is checked with the same bounds as a server's answer (on a
// consortium server, any member can write the cache), and a corrupt row is ignored. Nothing
// but the records is stored: no token, no header. The cache holds at most maxEntries() rows;
// the oldest are dropped.

#include "ArchiveRecord.h"
#include "common/Result.h"

#include <QDateTime>
#include <QUrl>

#include <optional>

namespace pm {
class Database;
}

namespace pm::archive {

struct CachedPage {
    ArchivePage page;    // records with `fetched` set and `query` the cached query
    int filteredOut = 0;
    QDateTime fetched;
};

class ResultCache {
public:
    static constexpr int kDefaultMaxEntries = 2000;

    // `db` must outlive the cache and be used on this thread only (as any Database).
    explicit ResultCache(Database &db, int maxEntries = kDefaultMaxEntries);

    // Replaces what was kept for (base, query, page); one transaction, also for the trimming.
    Result<void> store(const QUrl &base, const QString &query, int page, const ArchivePage &records, int filteredOut,
                       const QDateTime &fetched = QDateTime::currentDateTimeUtc());
    // What was kept, or nothing (also for a row that does not read back as records).
    std::optional<CachedPage> lookup(const QUrl &base, const QString &query, int page) const;
    Result<int> count() const;
    Result<void> clear();
    int maxEntries() const { return m_maxEntries; }

    // The JSON a row holds, and back (exposed for tests: a row is hostile input).
    static QByteArray encode(const ArchivePage &page, int filteredOut);
    static Result<CachedPage> decode(const QByteArray &json, const QString &source);

private:
    Database &m_db;
    int m_maxEntries;
};

} // namespace pm::archive
