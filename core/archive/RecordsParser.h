#pragma once

// Parses an InvenioRDM records search response (GET {base}/api/records, serialisation
// application/vnd.inveniordm.v1+json or application/json) and Zenodo's legacy one. The body
// comes from a server we do not control: every size is bounded before anything is kept, and
// anything of the wrong type is skipped or refused with a message, never trusted.

#include "ArchiveRecord.h"
#include "common/Result.h"

#include <QByteArray>

namespace pm::archive {

constexpr qint64 kMaxResponseBytes = 8 * 1024 * 1024; // a page of 100 records is well under 1 MiB
constexpr int kMaxRecordsPerPage = 100;
constexpr int kMaxCreators = 50;
constexpr int kMaxSubjects = 30;
constexpr int kMaxTextChars = 2000; // titles and descriptions are cut here
constexpr qint64 kMaxNumericId = (qint64(1) << 53); // JSON numbers are exact up to 2^53

Result<ArchivePage> parseRecordsResponse(const QByteArray &body, const QString &source);

} // namespace pm::archive
