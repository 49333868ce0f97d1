#pragma once

#include "common/Result.h"
#include "matrix/Matrix.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>
#include <QPair>

class QAction;
class QUndoStack;

namespace pm {
class MatrixStore;
}

namespace pm::ui {

class MatrixTableModel;

// The one way the UI changes the matrix. Every method saves to the database in one
// transaction (refused with a reason when a value is outside its scale or the row
// changed underneath), updates the table model, and records an undoable command on a
// private QUndoStack. Widgets never see the stack: they call these methods and use the
// undo/redo actions.
//
// Versions (issue 15, finding 1): a change is based on the row the user saw when the
// edit began, not on the model's row when it is saved (live updates replace model rows
// while a dialog or an in-table editor is open). So every edit and delete takes the
// version the caller captured when the edit started, and each undo command keeps the
// version its last step produced: undo and redo are refused when another user changed
// the row in between. rowChangedSince() tells such a refusal from others (a value out of
// scale, a lost connection).
class MatrixEditor : public QObject {
    Q_OBJECT
public:
    struct CellChange {
        Column column;
        QString oldText;
        QString newText;
    };

    MatrixEditor(MatrixStore &store, MatrixTableModel *model, QObject *parent = nullptr);
    ~MatrixEditor() override;

    // `seenVersion`: the offering's version when the editor or dialog was opened.
    Result<void> editCell(qint64 offeringId, Column column, const QString &rawText, int seenVersion);
    // Several cells of one offering as one undo step (the offering dialog).
    Result<void> editCells(qint64 offeringId, const QList<QPair<Column, QString>> &cells, int seenVersion);
    Result<qint64> addOffering(const Offering &offering);
    // `seenVersion`: the version shown when the user asked to delete.
    Result<void> deleteOffering(qint64 offeringId, int seenVersion);
    // Whether the stored offering is no longer at `seenVersion` (changed or deleted by
    // someone else): after a refused save, a conflict to show rather than a plain error.
    bool rowChangedSince(qint64 offeringId, int seenVersion) const;

    // Saved at the entity's own `version` (the copy the form was opened with); id 0 adds.
    Result<Partner> savePartner(const Partner &partner);
    Result<void> deletePartner(qint64 id, int seenVersion);
    Result<SampleHolder> saveHolder(const SampleHolder &holder);
    Result<void> deleteHolder(qint64 id, int seenVersion);
    Result<OperandoCell> saveCell(const OperandoCell &cell);
    Result<void> deleteCell(qint64 id, int seenVersion);

    QAction *createUndoAction(QObject *parent) const;
    QAction *createRedoAction(QObject *parent) const;
    bool canUndo() const;
    bool canRedo() const;
    void undo();
    void redo();
    bool isClean() const;
    void setClean();
    void clearHistory(); // after a reload: the old commands no longer match the rows
    // Another database was opened: edits go there from now on (the history is cleared).
    void setStore(MatrixStore &store);

    // Internal, for the commands: the store, the model, and the current id of a row that
    // an undo re-created under a new id.
    MatrixStore &store() { return *m_store; }
    MatrixTableModel *model() { return m_model; }
    enum class Kind { Offering, Partner, Holder, Cell };
    qint64 currentId(Kind kind, qint64 id) const;
    void setCurrentId(Kind kind, qint64 oldId, qint64 newId);
    void reportFailure(const Error &error, bool stale, std::function<Result<void>()> overCurrentVersion = {});
    // After a refused undo or redo (failed, stale): whether it can be written again over the
    // row's current version, and doing so (once). Cleared by the next refusal or a reload.
    bool canApplyRefusedAgain() const { return bool(m_refusedAgain); }
    Result<void> applyRefusedAgain();
    // Writes the changes over the row at `seenVersion`; the version it left the row at.
    Result<int> applyCells(qint64 offeringId, const QList<CellChange> &changes, bool forward, int seenVersion);
    void reloadPartners();
    void reloadHolders();
    void reloadCells();
    // A partner, holder or cell as the database has it now (nullopt: deleted meanwhile), for a
    // conflict's "reload" and "apply again" (T: Partner, SampleHolder or OperandoCell).
    template <typename T>
    Result<std::optional<T>> storedEntity(qint64 id) const;

signals:
    void cleanChanged(bool clean);
    // An undo or redo could not be saved; `stale` when the row changed in the database.
    void failed(const QString &message, bool stale);

private:
    MatrixStore *m_store;
    MatrixTableModel *m_model;
    QUndoStack *m_stack;
    QHash<QPair<int, qint64>, qint64> m_recreated; // (kind, old id) -> id after an undo re-inserted the row
    std::function<Result<void>()> m_refusedAgain;   // the last refused undo/redo, over the current version
};

} // namespace pm::ui
