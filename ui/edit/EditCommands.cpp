#include "EditCommands.h"

#include "model/MatrixTableModel.h"

#include "store/MatrixStore.h"

namespace pm::ui::commands {

void EditorCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (auto ok = apply(true); !ok)
        m_editor->reportFailure(ok.error(), true, overCurrentVersion(true));
}

void EditorCommand::undo()
{
    if (auto ok = apply(false); !ok)
        m_editor->reportFailure(ok.error(), true, overCurrentVersion(false));
}

EditCellsCommand::EditCellsCommand(MatrixEditor *editor, qint64 offeringId, QList<MatrixEditor::CellChange> changes, int version,
                                   const QString &text)
    : EditorCommand(editor, text), m_id(offeringId), m_changes(std::move(changes)), m_version(version)
{
}

Result<void> EditCellsCommand::apply(bool forward)
{
    auto version = m_editor->applyCells(m_editor->currentId(MatrixEditor::Kind::Offering, m_id), m_changes, forward, m_version);
    if (!version)
        return version.error();
    m_version = *version;
    return {};
}

std::function<Result<void>()> OfferingPresenceCommand::overCurrentVersion(bool forward) const
{
    if (forward == m_addition)
        return {}; // inserting has no version to conflict with
    MatrixEditor *editor = m_editor;
    const qint64 id = m_editor->currentId(MatrixEditor::Kind::Offering, m_offering.id);
    return [editor, id]() -> Result<void> {
        auto current = editor->store().fetchOffering(id);
        if (!current)
            return current.error();
        if (auto ok = editor->store().deleteOffering(id, current->version); !ok)
            return ok;
        editor->model()->removeOffering(id);
        return {};
    };
}

std::function<Result<void>()> EditCellsCommand::overCurrentVersion(bool forward) const
{
    // By value: the command may be gone (a new edit drops the undone ones) when the user
    // answers; the editor outlives every dialog.
    MatrixEditor *editor = m_editor;
    const qint64 id = m_editor->currentId(MatrixEditor::Kind::Offering, m_id);
    const QList<MatrixEditor::CellChange> changes = m_changes;
    return [editor, id, changes, forward]() -> Result<void> {
        auto current = editor->store().fetchOffering(id);
        if (!current)
            return current.error();
        auto version = editor->applyCells(id, changes, forward, current->version);
        if (!version)
            return version.error();
        return {};
    };
}

OfferingPresenceCommand::OfferingPresenceCommand(MatrixEditor *editor, Offering offering, bool addition, const QString &text)
    : EditorCommand(editor, text), m_offering(std::move(offering)), m_addition(addition), m_version(m_offering.version)
{
}

Result<void> OfferingPresenceCommand::apply(bool forward)
{
    const bool insert = forward == m_addition;
    const qint64 id = m_editor->currentId(MatrixEditor::Kind::Offering, m_offering.id);
    if (insert) {
        Offering copy = m_offering;
        copy.id = 0;
        auto added = m_editor->store().insertOffering(copy);
        if (!added)
            return added.error();
        m_editor->setCurrentId(MatrixEditor::Kind::Offering, m_offering.id, added->id);
        m_editor->model()->insertOffering(*added);
        m_version = added->version;
        return {};
    }
    if (auto ok = m_editor->store().deleteOffering(id, m_version); !ok)
        return ok;
    m_editor->model()->removeOffering(id);
    return {};
}

namespace {
template <typename T>
struct Entity;

template <>
struct Entity<Partner> {
    static constexpr auto kind = MatrixEditor::Kind::Partner;
    static const QList<Partner> &current(MatrixEditor *e) { return e->model()->matrix().partners; }
    static Result<Partner> save(MatrixEditor *e, const Partner &p) { return e->store().savePartner(p); }
    static Result<void> remove(MatrixEditor *e, qint64 id, int version) { return e->store().deletePartner(id, version); }
    static void reload(MatrixEditor *e) { e->reloadPartners(); }
};

template <>
struct Entity<SampleHolder> {
    static constexpr auto kind = MatrixEditor::Kind::Holder;
    static const QList<SampleHolder> &current(MatrixEditor *e) { return e->model()->matrix().holders; }
    static Result<SampleHolder> save(MatrixEditor *e, const SampleHolder &h) { return e->store().saveHolder(h); }
    static Result<void> remove(MatrixEditor *e, qint64 id, int version) { return e->store().deleteHolder(id, version); }
    static void reload(MatrixEditor *e) { e->reloadHolders(); }
};

template <>
struct Entity<OperandoCell> {
    static constexpr auto kind = MatrixEditor::Kind::Cell;
    static const QList<OperandoCell> &current(MatrixEditor *e) { return e->model()->matrix().cells; }
    static Result<OperandoCell> save(MatrixEditor *e, const OperandoCell &c) { return e->store().saveCell(c); }
    static Result<void> remove(MatrixEditor *e, qint64 id, int version) { return e->store().deleteCell(id, version); }
    static void reload(MatrixEditor *e) { e->reloadCells(); }
};

enum class Save { Update, Recreate };

// Saves `target` over the entity that now stands for `originalId` at `version` (the one
// the command last left it at), or re-creates it. The version it has afterwards.
template <typename T>
Result<int> saveVersioned(MatrixEditor *e, T target, qint64 originalId, Save how, int version)
{
    const bool update = how == Save::Update;
    target.id = update ? e->currentId(Entity<T>::kind, originalId) : 0;
    target.version = update ? version : 0; // an insert has no version yet
    auto saved = Entity<T>::save(e, target);
    if (!saved)
        return saved.error();
    if (!update)
        e->setCurrentId(Entity<T>::kind, originalId, saved->id);
    Entity<T>::reload(e);
    return saved->version;
}

// The version the entity standing for `originalId` has in the database now (a refused undo
// or redo is written again over it when the user chooses "apply again").
template <typename T>
Result<int> storedVersion(MatrixEditor *e, qint64 originalId)
{
    const auto stored = e->storedEntity<T>(e->currentId(Entity<T>::kind, originalId));
    if (!stored)
        return stored.error();
    if (*stored)
        return (*stored)->version;
    return makeError(QStringLiteral("it was deleted by someone else in the meantime; there is nothing to write over"));
}

template <typename T>
Result<void> removeVersioned(MatrixEditor *e, qint64 originalId, int version)
{
    if (auto ok = Entity<T>::remove(e, e->currentId(Entity<T>::kind, originalId), version); !ok)
        return ok;
    Entity<T>::reload(e);
    return {};
}
} // namespace

template <typename T>
Result<void> SaveEntityCommand<T>::apply(bool forward)
{
    if (!forward && !m_before)
        return removeVersioned<T>(m_editor, m_after.id, m_version); // undo an addition
    // Redo of an addition re-creates the entity; everything else updates it in place.
    const Save how = (forward && !m_before) ? Save::Recreate : Save::Update;
    auto saved = saveVersioned(m_editor, forward ? m_after : *m_before, m_after.id, how, m_version);
    if (!saved)
        return saved.error();
    m_version = *saved;
    return {};
}

template <typename T>
Result<void> DeleteEntityCommand<T>::apply(bool forward)
{
    if (forward)
        return removeVersioned<T>(m_editor, m_entity.id, m_version);
    auto saved = saveVersioned(m_editor, m_entity, m_entity.id, Save::Recreate, m_version);
    if (!saved)
        return saved.error();
    m_version = *saved;
    return {};
}

template <typename T>
std::function<Result<void>()> SaveEntityCommand<T>::overCurrentVersion(bool forward) const
{
    // Updates only: re-creating (redo of an addition) has no version to conflict with.
    if (forward && !m_before)
        return {};
    MatrixEditor *editor = m_editor;
    const std::optional<T> before = m_before;
    const T after = m_after;
    return [editor, before, after, forward]() -> Result<void> {
        auto version = storedVersion<T>(editor, after.id);
        if (!version)
            return version.error();
        if (!forward && !before)
            return removeVersioned<T>(editor, after.id, *version); // undo of an addition
        auto saved = saveVersioned(editor, forward ? after : *before, after.id, Save::Update, *version);
        return saved ? Result<void>() : Result<void>(saved.error());
    };
}

template <typename T>
std::function<Result<void>()> DeleteEntityCommand<T>::overCurrentVersion(bool forward) const
{
    if (!forward)
        return {}; // undoing a delete re-creates: no version to conflict with
    MatrixEditor *editor = m_editor;
    const qint64 id = m_entity.id;
    return [editor, id]() -> Result<void> {
        auto version = storedVersion<T>(editor, id);
        if (!version)
            return version.error();
        return removeVersioned<T>(editor, id, *version);
    };
}

template class SaveEntityCommand<Partner>;
template class SaveEntityCommand<SampleHolder>;
template class SaveEntityCommand<OperandoCell>;
template class DeleteEntityCommand<Partner>;
template class DeleteEntityCommand<SampleHolder>;
template class DeleteEntityCommand<OperandoCell>;

} // namespace pm::ui::commands
