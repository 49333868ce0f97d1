#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// The parse paths a hostile file or sentence goes through, one function per fuzz target.
// Shared by the libFuzzer entry points (fuzz_*.cpp, -DPROBEMATRIX_FUZZ=ON) and by the
// regression replay test (test_fuzz_regressions), which runs every saved crash input through
// the same function in the normal and the sanitizer builds.
namespace pm::fuzz {

// Each returns normally for every input: a refusal is an Error value, never a crash.
// The return value is the refusal's text (empty when the input was accepted), so that a
// regression can also assert what the user is told.
QString importTsv(const QByteArray &data);   // readDelimited('\t') + decodeMatrix
QString importCsv(const QByteArray &data);   // readDelimited(',') + decodeMatrix
QString importJson(const QByteArray &data);  // readJsonTable + decodeMatrix
QString importXlsx(const QByteArray &data);  // readXlsxData + decodeMatrix
QString readRequest(const QByteArray &data); // Request::fromJson, and back to JSON when it reads
QString askQuestion(const QByteArray &data); // ask::interpret on the bundled matrix (never refuses)
QString whereExpressions(const QByteArray &data);   // `list --where`, one expression a line: parseFilter (and back), Filter::parse
QString importLogbook(const QByteArray &data);      // logbook::parseCsv + warningFor
QString notificationPayload(const QByteArray &data); // ChangeListener::parsePayload (LISTEN/NOTIFY payloads)
QString storedPlan(const QByteArray &data);         // planstore::readStoredPlan (bounds, planFromJson), and back
QString archiveResponse(const QByteArray &data);    // archive::parseRecordsResponse (an InvenioRDM search answer)

using Entry = QString (*)(const QByteArray &);
// The entry for a target name ("tsv", "csv", "json", "xlsx", "request", "ask", "where",
// "logbook", "notify", "stored_plan", "archive"), or nullptr.
Entry entryFor(const QString &target);

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    // A deep copy: the fuzzer's buffer must not be aliased past the call.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace pm::fuzz
