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
        m_editor->reportFailure(ok.error(), true);
}

void EditorCommand::undo()
{
    if (auto ok = apply(false); !ok)
        m_editor->reportFailure(ok.error(), true);
}

EditCellsCommand::EditCellsCommand(MatrixEditor *editor, qint64 offeringId, QList<MatrixEditor::CellChange> changes, const QString &text)
    : EditorCommand(editor, text), m_id(offeringId), m_changes(std::move(changes))
{
}

Result<void> EditCellsCommand::apply(bool forward)
{
    return m_editor->applyCells(m_editor->currentId(MatrixEditor::Kind::Offering, m_id), m_changes, forward);
}

OfferingPresenceCommand::OfferingPresenceCommand(MatrixEditor *editor, Offering offering, bool addition, const QString &text)
    : EditorCommand(editor, text), m_offering(std::move(offering)), m_addition(addition)
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
        return {};
    }
    const int row = m_editor->model()->rowOf(id);
    const int version = row >= 0 ? m_editor->model()->offering(row).version : 0;
    if (auto ok = m_editor->store().deleteOffering(id, version); !ok)
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
    static Result<void> remove(MatrixEditor *e, qint64 id) { return e->store().deletePartner(id); }
    static void reload(MatrixEditor *e) { e->reloadPartners(); }
};

template <>
struct Entity<SampleHolder> {
    static constexpr auto kind = MatrixEditor::Kind::Holder;
    static const QList<SampleHolder> &current(MatrixEditor *e) { return e->model()->matrix().holders; }
    static Result<SampleHolder> save(MatrixEditor *e, const SampleHolder &h) { return e->store().saveHolder(h); }
    static Result<void> remove(MatrixEditor *e, qint64 id) { return e->store().deleteHolder(id); }
    static void reload(MatrixEditor *e) { e->reloadHolders(); }
};

template <>
struct Entity<OperandoCell> {
    static constexpr auto kind = MatrixEditor::Kind::Cell;
    static const QList<OperandoCell> &current(MatrixEditor *e) { return e->model()->matrix().cells; }
    static Result<OperandoCell> save(MatrixEditor *e, const OperandoCell &c) { return e->store().saveCell(c); }
    static Result<void> remove(MatrixEditor *e, qint64 id) { return e->store().deleteCell(id); }
    static void reload(MatrixEditor *e) { e->reloadCells(); }
};

template <typename T>
const T *findEntity(MatrixEditor *e, qint64 id)
{
    for (const T &t : Entity<T>::current(e))
        if (t.id == id)
            return &t;
    return nullptr;
}

// Saves `target` over the entity that now stands for `originalId` (or re-creates it).
template <typename T>
Result<void> saveAs(MatrixEditor *e, T target, qint64 originalId)
{
    const qint64 id = e->currentId(Entity<T>::kind, originalId);
    const T *now = findEntity<T>(e, id);
    target.id = now ? id : 0;
    target.version = now ? now->version : 0;
    auto saved = Entity<T>::save(e, target);
    if (!saved)
        return saved.error();
    if (!now)
        e->setCurrentId(Entity<T>::kind, originalId, saved->id);
    Entity<T>::reload(e);
    return {};
}

template <typename T>
Result<void> removeAs(MatrixEditor *e, qint64 originalId)
{
    if (auto ok = Entity<T>::remove(e, e->currentId(Entity<T>::kind, originalId)); !ok)
        return ok;
    Entity<T>::reload(e);
    return {};
}
} // namespace

template <typename T>
Result<void> SaveEntityCommand<T>::apply(bool forward)
{
    if (forward)
        return saveAs(m_editor, m_after, m_after.id);
    if (m_before)
        return saveAs(m_editor, *m_before, m_after.id);
    return removeAs<T>(m_editor, m_after.id);
}

template <typename T>
Result<void> DeleteEntityCommand<T>::apply(bool forward)
{
    if (forward)
        return removeAs<T>(m_editor, m_entity.id);
    return saveAs(m_editor, m_entity, m_entity.id);
}

template class SaveEntityCommand<Partner>;
template class SaveEntityCommand<SampleHolder>;
template class SaveEntityCommand<OperandoCell>;
template class DeleteEntityCommand<Partner>;
template class DeleteEntityCommand<SampleHolder>;
template class DeleteEntityCommand<OperandoCell>;

} // namespace pm::ui::commands
