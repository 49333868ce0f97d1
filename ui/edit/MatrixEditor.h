#pragma once

#include "common/Result.h"
#include "matrix/Matrix.h"

#include <QHash>
#include <QObject>
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

    Result<void> editCell(qint64 offeringId, Column column, const QString &rawText);
    // Several cells of one offering as one undo step (the offering dialog).
    Result<void> editCells(qint64 offeringId, const QList<QPair<Column, QString>> &cells);
    Result<qint64> addOffering(const Offering &offering);
    Result<void> deleteOffering(qint64 offeringId);

    Result<Partner> savePartner(const Partner &partner); // id 0 adds
    Result<void> deletePartner(qint64 id);
    Result<SampleHolder> saveHolder(const SampleHolder &holder);
    Result<void> deleteHolder(qint64 id);
    Result<OperandoCell> saveCell(const OperandoCell &cell);
    Result<void> deleteCell(qint64 id);

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
    void reportFailure(const Error &error, bool stale);
    Result<void> applyCells(qint64 offeringId, const QList<CellChange> &changes, bool forward);
    void reloadPartners();
    void reloadHolders();
    void reloadCells();

signals:
    void cleanChanged(bool clean);
    // An undo or redo could not be saved; `stale` when the row changed in the database.
    void failed(const QString &message, bool stale);

private:
    MatrixStore *m_store;
    MatrixTableModel *m_model;
    QUndoStack *m_stack;
    QHash<QPair<int, qint64>, qint64> m_recreated; // (kind, old id) -> id after an undo re-inserted the row
};

} // namespace pm::ui
