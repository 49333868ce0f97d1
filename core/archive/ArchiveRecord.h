#pragma once

// What an InvenioRDM repository (the BIG-MAP Archive, Zenodo, an institution's own) says about
// one record, reduced to what a plan needs to cite it (issue 17, D5.2 4.2: "interrogate the
// BIG-MAP Archive to verify any available data").

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pm::archive {

enum class RecordKind { Dataset, Publication, Other };

struct ArchiveRecord {
    QString source;       // the repository's base URL it came from
    QString id;           // the repository's record id ("4d0ns-ntd89", or Zenodo's number)
    QString title;
    QStringList creators; // "Family, Given" or an organisation's name
    QString date;         // publication date as the repository gives it (YYYY, YYYY-MM or YYYY-MM-DD)
    QString resourceType; // the repository's resource type id ("dataset", "publication-article")
    RecordKind kind = RecordKind::Other;
    QString doi;          // "10.5281/zenodo.123" without the resolver
    QString url;          // the record's landing page (links.self_html, or Zenodo's links.html)
    QStringList subjects;
    QString description;  // plain text, shortened
    QString query;        // the query that found it, so the user can judge the match
    QDateTime fetched;    // set only when it comes from the cache (no network): when it was fetched
    bool cached() const { return fetched.isValid(); }
};

struct ArchivePage {
    qint64 total = 0; // hits.total: all matches, not only this page's
    QList<ArchiveRecord> records;
    bool hasNext = false; // links.next is present
};

QString kindKey(RecordKind kind); // "dataset", "publication", "other"

} // namespace pm::archive
