#pragma once

#include "MatrixEditor.h"

#include <QUndoCommand>

#include <functional>

namespace pm::ui::commands {

// Commands run their first "redo" in the editor before they are pushed (so that a refused
// change never enters the stack); `done` makes the stack's initial redo() a no-op.
// Each command keeps the version at which its last step left the row (captured when the
// command is created): undo and redo write only over that version, so a change another
// user made in between is never overwritten (issue 15, finding 1).
class EditorCommand : public QUndoCommand {
public:
    EditorCommand(MatrixEditor *editor, const QString &text) : QUndoCommand(text), m_editor(editor) {}
    void redo() final;
    void undo() final;

protected:
    virtual Result<void> apply(bool forward) = 0;
    // After an undo or redo refused because another user changed the row: the same step
    // written over the row's current version, for the conflict dialog's "apply again";
    // empty when there is no version to conflict with (an insert, a re-creation).
    virtual std::function<Result<void>()> overCurrentVersion(bool) const { return {}; }
    MatrixEditor *m_editor;

private:
    bool m_skipRedo = true;
};

class EditCellsCommand : public EditorCommand {
public:
    // `version`: the row's version after the change was saved.
    EditCellsCommand(MatrixEditor *editor, qint64 offeringId, QList<MatrixEditor::CellChange> changes, int version, const QString &text);

protected:
    Result<void> apply(bool forward) override;
    std::function<Result<void>()> overCurrentVersion(bool forward) const override;

private:
    qint64 m_id;
    QList<MatrixEditor::CellChange> m_changes;
    int m_version;
};

// Adding (forward = insert) and deleting (forward = delete) are the same pair of operations.
class OfferingPresenceCommand : public EditorCommand {
public:
    OfferingPresenceCommand(MatrixEditor *editor, Offering offering, bool addition, const QString &text);

protected:
    Result<void> apply(bool forward) override;

    std::function<Result<void>()> overCurrentVersion(bool forward) const override;

private:
    Offering m_offering; // raw cells; id = the first id it had
    bool m_addition;
    int m_version; // of the row while it exists (as added, or as seen when deleted)
};

template <typename T>
class SaveEntityCommand : public EditorCommand {
public:
    SaveEntityCommand(MatrixEditor *editor, std::optional<T> before, T after, const QString &text)
        : EditorCommand(editor, text), m_before(std::move(before)), m_after(std::move(after)), m_version(m_after.version)
    {
    }

protected:
    Result<void> apply(bool forward) override;

    std::function<Result<void>()> overCurrentVersion(bool forward) const override;

private:
    std::optional<T> m_before; // nullopt: the command added the entity
    T m_after;                 // as saved (with its id)
    int m_version;             // of the entity as this command last left it
};

template <typename T>
class DeleteEntityCommand : public EditorCommand {
public:
    DeleteEntityCommand(MatrixEditor *editor, T entity, const QString &text)
        : EditorCommand(editor, text), m_entity(std::move(entity)), m_version(m_entity.version)
    {
    }

protected:
    Result<void> apply(bool forward) override;

    std::function<Result<void>()> overCurrentVersion(bool forward) const override;

private:
    T m_entity;
    int m_version; // of the entity while it exists (as deleted, then as re-created by undo)
};

} // namespace pm::ui::commands
