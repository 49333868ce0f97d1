#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pm {

// A cell the importer could not read completely (kept raw) or a note about a line.
struct ImportIssue {
    int line = 0;
    QString column; // header name as in the file
    QString raw;
    QString message;
};

// What an import did (or, with --dry-run, would do).
struct ImportReport {
    QString source;
    bool dryRun = false;
    int rowsRead = 0;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int removed = 0; // --replace
    int legendLinesSkipped = 0;
    QStringList newPartners;    // partners the file names that the database did not know
    QStringList ignoredColumns; // header names that are not matrix columns
    QList<ImportIssue> issues;

    QString summary() const;  // one paragraph
    QString toText() const;   // summary plus every issue, one per line
};

} // namespace pm
