#pragma once

#include "MatrixEditor.h"

#include <QUndoCommand>

namespace pm::ui::commands {

// Commands run their first "redo" in the editor before they are pushed (so that a refused
// change never enters the stack); `done` makes the stack's initial redo() a no-op.
class EditorCommand : public QUndoCommand {
public:
    EditorCommand(MatrixEditor *editor, const QString &text) : QUndoCommand(text), m_editor(editor) {}
    void redo() final;
    void undo() final;

protected:
    virtual Result<void> apply(bool forward) = 0;
    MatrixEditor *m_editor;

private:
    bool m_skipRedo = true;
};

class EditCellsCommand : public EditorCommand {
public:
    EditCellsCommand(MatrixEditor *editor, qint64 offeringId, QList<MatrixEditor::CellChange> changes, const QString &text);

protected:
    Result<void> apply(bool forward) override;

private:
    qint64 m_id;
    QList<MatrixEditor::CellChange> m_changes;
};

// Adding (forward = insert) and deleting (forward = delete) are the same pair of operations.
class OfferingPresenceCommand : public EditorCommand {
public:
    OfferingPresenceCommand(MatrixEditor *editor, Offering offering, bool addition, const QString &text);

protected:
    Result<void> apply(bool forward) override;

private:
    Offering m_offering; // raw cells; id = the first id it had
    bool m_addition;
};

template <typename T>
class SaveEntityCommand : public EditorCommand {
public:
    SaveEntityCommand(MatrixEditor *editor, std::optional<T> before, T after, const QString &text)
        : EditorCommand(editor, text), m_before(std::move(before)), m_after(std::move(after))
    {
    }

protected:
    Result<void> apply(bool forward) override;

private:
    std::optional<T> m_before; // nullopt: the command added the entity
    T m_after;                 // as saved (with its id)
};

template <typename T>
class DeleteEntityCommand : public EditorCommand {
public:
    DeleteEntityCommand(MatrixEditor *editor, T entity, const QString &text)
        : EditorCommand(editor, text), m_entity(std::move(entity))
    {
    }

protected:
    Result<void> apply(bool forward) override;

private:
    T m_entity;
};

} // namespace pm::ui::commands
