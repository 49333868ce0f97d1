#include "MatrixEditor.h"

#include "EditCommands.h"

#include "model/MatrixTableModel.h"

#include "matrix/OfferingParser.h"
#include "store/MatrixStore.h"

#include <QAction>
#include <QUndoStack>

#include <type_traits>

namespace pm::ui {

using namespace commands;

MatrixEditor::MatrixEditor(MatrixStore &store, MatrixTableModel *model, QObject *parent)
    : QObject(parent), m_store(&store), m_model(model), m_stack(new QUndoStack(this))
{
    connect(m_stack, &QUndoStack::cleanChanged, this, &MatrixEditor::cleanChanged);
}

MatrixEditor::~MatrixEditor() = default;

qint64 MatrixEditor::currentId(Kind kind, qint64 id) const
{
    // Follow the chain: a row may have been deleted and re-created more than once.
    qint64 current = id;
    for (int guard = 0; guard < 1000; ++guard) {
        const auto it = m_recreated.constFind({int(kind), current});
        if (it == m_recreated.cend())
            break;
        current = *it;
    }
    return current;
}

void MatrixEditor::setCurrentId(Kind kind, qint64 oldId, qint64 newId)
{
    const qint64 from = currentId(kind, oldId);
    if (from != newId)
        m_recreated.insert({int(kind), from}, newId);
}

void MatrixEditor::reportFailure(const Error &error, bool stale, std::function<Result<void>()> overCurrentVersion)
{
    m_refusedAgain = stale ? std::move(overCurrentVersion) : std::function<Result<void>()>();
    emit failed(error.text(), stale);
}

Result<void> MatrixEditor::applyRefusedAgain()
{
    auto again = std::move(m_refusedAgain);
    m_refusedAgain = {};
    if (!again)
        return makeError(QStringLiteral("there is no refused change to apply again"));
    return again();
}

Result<int> MatrixEditor::applyCells(qint64 id, const QList<CellChange> &changes, bool forward, int seenVersion)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return makeError(tr("the offering is no longer in the matrix; reload to see the current state"));
    Offering latest = m_model->offering(row);
    auto ok = m_store->database().transaction([&]() -> Result<void> {
        int version = seenVersion;
        for (const CellChange &c : changes) {
            auto updated = m_store->updateCell(id, c.column, forward ? c.newText : c.oldText, version);
            if (!updated)
                return updated.error();
            latest = *updated;
            version = latest.version;
        }
        return {};
    });
    if (!ok)
        return ok.error();
    m_model->replaceOffering(latest);
    return latest.version;
}

bool MatrixEditor::rowChangedSince(qint64 offeringId, int seenVersion) const
{
    auto current = m_store->fetchOffering(offeringId);
    if (current)
        return current->version != seenVersion;
    // Gone, or the read failed: only "gone" is a conflict (a lost connection is not).
    return !m_store->database().isConnectionLost() && m_store->database().checkConnection();
}

Result<void> MatrixEditor::editCell(qint64 offeringId, Column column, const QString &rawText, int seenVersion)
{
    return editCells(offeringId, {{column, rawText}}, seenVersion);
}

Result<void> MatrixEditor::editCells(qint64 offeringId, const QList<QPair<Column, QString>> &cells, int seenVersion)
{
    const int row = m_model->rowOf(offeringId);
    if (row < 0)
        return makeError(tr("offering %1 is not in the matrix").arg(offeringId));
    const Offering &o = m_model->offering(row);
    QList<CellChange> changes;
    for (const auto &[column, text] : cells) {
        if (o.cell(column) == text)
            continue;
        // Refuse a value outside its scale before anything is written, naming the reason.
        const QList<CellIssue> issues = validateCell(o, column, text, m_store->vocabulary());
        if (!issues.isEmpty())
            return makeError(issues.first().message, columnTitle(column));
        changes.append(CellChange{column, o.cell(column), text});
    }
    if (changes.isEmpty())
        return {};
    const QString label = changes.size() == 1 ? tr("Change %1 of %2 at %3").arg(columnTitle(changes.first().column), o.techniqueLabel(), o.partner)
                                              : tr("Edit %1 at %2").arg(o.techniqueLabel(), o.partner);
    auto version = applyCells(offeringId, changes, true, seenVersion);
    if (!version)
        return version.error();
    m_stack->push(new EditCellsCommand(this, offeringId, changes, *version, label));
    return {};
}

Result<qint64> MatrixEditor::addOffering(const Offering &offering)
{
    Offering copy = offering;
    copy.id = 0;
    auto added = m_store->insertOffering(copy);
    if (!added)
        return added.error();
    m_model->insertOffering(*added);
    m_stack->push(new OfferingPresenceCommand(this, *added, true, tr("Add %1 at %2").arg(added->techniqueLabel(), added->partner)));
    return added->id;
}

Result<void> MatrixEditor::deleteOffering(qint64 offeringId, int seenVersion)
{
    const int row = m_model->rowOf(offeringId);
    if (row < 0)
        return makeError(tr("offering %1 is not in the matrix").arg(offeringId));
    const Offering o = m_model->offering(row);
    if (auto ok = m_store->deleteOffering(offeringId, seenVersion); !ok)
        return ok;
    m_model->removeOffering(offeringId);
    m_stack->push(new OfferingPresenceCommand(this, o, false, tr("Delete %1 at %2").arg(o.techniqueLabel(), o.partner)));
    return {};
}

Result<Partner> MatrixEditor::savePartner(const Partner &partner)
{
    std::optional<Partner> before;
    for (const Partner &p : m_model->matrix().partners)
        if (partner.id != 0 && p.id == partner.id)
            before = p;
    auto saved = m_store->savePartner(partner);
    if (!saved)
        return saved.error();
    reloadPartners();
    m_stack->push(new SaveEntityCommand<Partner>(this, before, *saved,
                                                 before ? tr("Edit partner %1").arg(saved->shortName) : tr("Add partner %1").arg(saved->shortName)));
    return saved;
}

Result<void> MatrixEditor::deletePartner(qint64 id, int seenVersion)
{
    std::optional<Partner> before;
    for (const Partner &p : m_model->matrix().partners)
        if (p.id == id)
            before = p;
    if (!before)
        return makeError(tr("partner %1 is not in the matrix").arg(id));
    if (auto ok = m_store->deletePartner(id, seenVersion); !ok)
        return ok;
    reloadPartners();
    m_stack->push(new DeleteEntityCommand<Partner>(this, *before, tr("Delete partner %1").arg(before->shortName)));
    return {};
}

Result<SampleHolder> MatrixEditor::saveHolder(const SampleHolder &holder)
{
    std::optional<SampleHolder> before;
    for (const SampleHolder &h : m_model->matrix().holders)
        if (holder.id != 0 && h.id == holder.id)
            before = h;
    auto saved = m_store->saveHolder(holder);
    if (!saved)
        return saved.error();
    reloadHolders();
    m_stack->push(new SaveEntityCommand<SampleHolder>(this, before, *saved,
                                                      before ? tr("Edit sample holder %1").arg(saved->label) : tr("Add sample holder %1").arg(saved->label)));
    return saved;
}

Result<void> MatrixEditor::deleteHolder(qint64 id, int seenVersion)
{
    std::optional<SampleHolder> before;
    for (const SampleHolder &h : m_model->matrix().holders)
        if (h.id == id)
            before = h;
    if (!before)
        return makeError(tr("sample holder %1 is not in the matrix").arg(id));
    if (auto ok = m_store->deleteHolder(id, seenVersion); !ok)
        return ok;
    reloadHolders();
    m_stack->push(new DeleteEntityCommand<SampleHolder>(this, *before, tr("Delete sample holder %1").arg(before->label)));
    return {};
}

Result<OperandoCell> MatrixEditor::saveCell(const OperandoCell &cell)
{
    std::optional<OperandoCell> before;
    for (const OperandoCell &c : m_model->matrix().cells)
        if (cell.id != 0 && c.id == cell.id)
            before = c;
    auto saved = m_store->saveCell(cell);
    if (!saved)
        return saved.error();
    reloadCells();
    m_stack->push(new SaveEntityCommand<OperandoCell>(this, before, *saved,
                                                      before ? tr("Edit operando cell %1").arg(saved->name) : tr("Add operando cell %1").arg(saved->name)));
    return saved;
}

Result<void> MatrixEditor::deleteCell(qint64 id, int seenVersion)
{
    std::optional<OperandoCell> before;
    for (const OperandoCell &c : m_model->matrix().cells)
        if (c.id == id)
            before = c;
    if (!before)
        return makeError(tr("operando cell %1 is not in the matrix").arg(id));
    if (auto ok = m_store->deleteCell(id, seenVersion); !ok)
        return ok;
    reloadCells();
    m_stack->push(new DeleteEntityCommand<OperandoCell>(this, *before, tr("Delete operando cell %1").arg(before->name)));
    return {};
}

template <typename T>
Result<std::optional<T>> MatrixEditor::storedEntity(qint64 id) const
{
    auto all = [this] {
        if constexpr (std::is_same_v<T, Partner>)
            return m_store->loadPartners();
        else if constexpr (std::is_same_v<T, SampleHolder>)
            return m_store->loadHolders();
        else
            return m_store->loadCells();
    }();
    if (!all)
        return all.error();
    for (const T &x : *all)
        if (x.id == id)
            return std::optional<T>(x);
    return std::optional<T>();
}

template Result<std::optional<Partner>> MatrixEditor::storedEntity<Partner>(qint64) const;
template Result<std::optional<SampleHolder>> MatrixEditor::storedEntity<SampleHolder>(qint64) const;
template Result<std::optional<OperandoCell>> MatrixEditor::storedEntity<OperandoCell>(qint64) const;

void MatrixEditor::reloadPartners()
{
    if (auto partners = m_store->loadPartners())
        m_model->setPartners(*partners);
}

void MatrixEditor::reloadHolders()
{
    if (auto holders = m_store->loadHolders())
        m_model->setHolders(*holders);
}

void MatrixEditor::reloadCells()
{
    if (auto cells = m_store->loadCells())
        m_model->setCells(*cells);
}

QAction *MatrixEditor::createUndoAction(QObject *parent) const { return m_stack->createUndoAction(parent, tr("&Undo")); }
QAction *MatrixEditor::createRedoAction(QObject *parent) const { return m_stack->createRedoAction(parent, tr("&Redo")); }
bool MatrixEditor::canUndo() const { return m_stack->canUndo(); }
bool MatrixEditor::canRedo() const { return m_stack->canRedo(); }
void MatrixEditor::undo() { m_stack->undo(); }
void MatrixEditor::redo() { m_stack->redo(); }
bool MatrixEditor::isClean() const { return m_stack->isClean(); }
void MatrixEditor::setClean() { m_stack->setClean(); }

void MatrixEditor::setStore(MatrixStore &store)
{
    m_store = &store;
    clearHistory();
}

void MatrixEditor::clearHistory()
{
    m_stack->clear();
    m_recreated.clear();
    m_refusedAgain = {};
}

} // namespace pm::ui
