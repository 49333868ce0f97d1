#pragma once

#include "Database.h"

#include "common/Result.h"
#include "io/ImportReport.h"
#include "io/MatrixDecoder.h"
#include "matrix/Matrix.h"

#include <QDateTime>

namespace pm {

struct ImportOptions {
    bool dryRun = false;  // run the whole import in a transaction, report, then roll back
    bool replace = false; // remove offerings that the file does not contain
};

// One change to an offering, for the per-row history.
struct HistoryEntry {
    QString changedAt; // ISO 8601 UTC
    QString changedBy;
    QString action; // "insert", "update", "delete", "import"
    QString column; // column key for updates
    QString oldValue;
    QString newValue;
};

// Reads and writes the matrix. Every write is one transaction; every edit is checked
// against the row's version so that a change based on stale data is refused, with a
// message naming the other user's change (from offering_history). Every write records
// the rows it changed (Database::recordChange) for other users' live updates.
class MatrixStore {
public:
    explicit MatrixStore(Database &db, const ObservableVocabulary &vocabulary = ObservableVocabulary::bundled());

    Result<Matrix> load() const;
    // The partners, holders, cells and only the first `limit` offerings in the browser's
    // default order (cluster, case-insensitive, blank last; then id): a screenful to show
    // at once while load() runs on another connection. Fast at any size (one sorted scan).
    Result<Matrix> loadFirst(int limit) const;
    Result<QList<Offering>> loadOfferings() const;
    Result<QList<Partner>> loadPartners() const;
    int offeringCount() const;

    // Imports decoded rows: all of them or, on any failure, none.
    Result<ImportReport> import(DecodedMatrix decoded, const ImportOptions &options);
    // Reads, decodes and imports a file.
    Result<ImportReport> importFile(const QString &path, const ImportOptions &options);

    // Edits and deletes. `expectedVersion` is the version the user saw when the edit began
    // (the dialog opened, the in-table editor opened, the undo step was recorded); a row
    // at another version is left alone and the call fails naming the other change. Every
    // call checks: a version below 1 is refused, never taken as "skip the check".
    Result<Offering> updateCell(qint64 id, Column column, const QString &rawText, int expectedVersion);
    Result<Offering> insertOffering(Offering offering);
    Result<void> deleteOffering(qint64 id, int expectedVersion);
    Result<Offering> fetchOffering(qint64 id) const;
    // The offerings among `ids` that exist, in one query per 1000 ids (a live update's
    // batch: ids heard from other desktops, possibly many, possibly made up).
    Result<QList<Offering>> fetchOfferings(const QList<qint64> &ids) const;
    Result<QList<HistoryEntry>> history(qint64 offeringId) const;

    // Insert (id 0) or update at the entity's `version` (the one the user saw).
    Result<Partner> savePartner(Partner partner);
    Result<void> deletePartner(qint64 id, int expectedVersion);
    Result<SampleHolder> saveHolder(SampleHolder holder);
    Result<void> deleteHolder(qint64 id, int expectedVersion);
    Result<OperandoCell> saveCell(OperandoCell cell);
    Result<void> deleteCell(qint64 id, int expectedVersion);
    Result<QList<SampleHolder>> loadHolders() const;
    Result<QList<OperandoCell>> loadCells() const;

    Database &database() { return m_db; }
    const ObservableVocabulary &vocabulary() const { return m_vocabulary; }
    QString userName() const { return m_user; }
    void setUserName(const QString &user) { m_user = user; }

private:
    void parseAll(QList<Offering> &offerings, const QList<Partner> &partners) const;
    Result<Matrix> loadAll() const;
    Result<qint64> insertRow(const Offering &o);
    Result<void> updateRow(const Offering &o, const Offering &before);
    Result<void> addHistory(qint64 offeringId, const QString &action, const QString &column, const QString &oldValue,
                            const QString &newValue);
    Result<Partner> insertOrUpdatePartner(Partner p);
    // "X at Y was changed since you loaded it (version 3, now 4) by bob at ...: Resources "[Cheap]" -> "[Medium]"..."
    QString describeConflict(const Offering &current, int seenVersion) const;
    // A partner, holder or cell that is no longer at `seenVersion`: changed (which version
    // now) or deleted.
    QString staleEntityMessage(const QString &table, const QString &what, qint64 id, int seenVersion) const;

    Database &m_db;
    ObservableVocabulary m_vocabulary;
    QString m_user;
};

// Canonical partner short name for what a file wrote ("TU Delft" -> "TUD").
QString canonicalPartner(const QList<Partner> &partners, const QString &written);

} // namespace pm
