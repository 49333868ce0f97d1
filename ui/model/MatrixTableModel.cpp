#include "MatrixTableModel.h"

#include "CellText.h"

#include <QFont>
#include <QGuiApplication>
#include <QTextDocument>
#include <QPalette>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace pm::ui {

namespace {
int g_backgroundIndexThreshold = 20000;
}

MatrixTableModel::MatrixTableModel(QObject *parent) : QAbstractTableModel(parent) {}

MatrixTableModel::~MatrixTableModel()
{
    if (m_indexer.joinable())
        m_indexer.join();
}

int MatrixTableModel::backgroundIndexThreshold() { return g_backgroundIndexThreshold; }
void MatrixTableModel::setBackgroundIndexThreshold(int rows) { g_backgroundIndexThreshold = rows; }

void MatrixTableModel::setMatrix(Matrix matrix)
{
    finishIndexing(false); // the index of the matrix being replaced is of no use
    beginResetModel();
    m_matrix = std::move(matrix);
    if (m_matrix.offerings.size() < g_backgroundIndexThreshold) {
        rebuildIndex();
        endResetModel();
        return;
    }
    // The table can paint from the offerings alone; the index (a second or more at
    // 100,000 rows) is built on a worker thread, which only reads m_matrix. Every change
    // of the matrix joins it first (finishIndexing).
    rebuildLookups();
    m_index.attach(m_matrix);
    ++m_generation;
    const quint64 ticket = ++m_buildTicket;
    m_built = std::make_unique<MatrixIndex>();
    MatrixIndex *target = m_built.get();
    const Matrix *source = &m_matrix;
    m_indexer = std::thread([this, target, source, ticket] {
        target->build(*source);
        // Handed back through the event loop; dropped if the model is gone by then.
        QMetaObject::invokeMethod(
            this, [this, ticket] { if (ticket == m_buildTicket) finishIndexing(); }, Qt::QueuedConnection);
    });
    endResetModel();
}

void MatrixTableModel::setFirstRows(Matrix firstRows)
{
    finishIndexing(false);
    beginResetModel();
    m_matrix = std::move(firstRows);
    rebuildLookups();
    m_index.attach(m_matrix); // ranks on demand, no facets or words
    ++m_generation;
    endResetModel();
}

void MatrixTableModel::waitForIndex() { finishIndexing(); }

void MatrixTableModel::finishIndexing(bool install)
{
    if (!m_indexer.joinable())
        return;
    m_indexer.join();
    ++m_buildTicket; // the queued install of this build has nothing left to do
    if (!install) {
        m_built.reset();
        return;
    }
    m_built->adoptRanks(m_index);
    m_index = std::move(*m_built);
    m_built.reset();
    ++m_generation;
#ifdef __GLIBC__
    // The worker's scratch tables (a hash entry per distinct text and word) are freed;
    // return their pages instead of keeping them resident.
    malloc_trim(0);
#endif
    emit indexReady();
}

void MatrixTableModel::rebuildLookups()
{
    m_partnerByName.clear();
    for (const Partner &p : std::as_const(m_matrix.partners))
        m_partnerByName.insert(p.shortName, &p);
    m_rowById.clear();
    m_rowById.reserve(m_matrix.offerings.size());
    // Read-only access: a matrix shared with the caller is not copied here.
    const QList<Offering> &rows = m_matrix.offerings;
    for (int r = 0; r < rows.size(); ++r)
        m_rowById.insert(rows[r].id, r);
}

void MatrixTableModel::rebuildIndex()
{
    rebuildLookups();
    m_index.build(m_matrix);
    ++m_generation;
}

int MatrixTableModel::rowOf(qint64 offeringId) const { return m_rowById.value(offeringId, -1); }

const Partner *MatrixTableModel::partnerOf(const Offering &o) const
{
    if (const Partner *p = m_partnerByName.value(o.partner))
        return p;
    return m_matrix.partner(o.partner);
}

void MatrixTableModel::replaceOffering(const Offering &offering)
{
    finishIndexing();
    const int row = rowOf(offering.id);
    if (row < 0) {
        insertOffering(offering);
        return;
    }
    m_matrix.offerings[row] = offering;
    rebuildIndex();
    emit dataChanged(index(row, 0), index(row, kBrowserColumnCount - 1));
}

void MatrixTableModel::insertOffering(const Offering &offering)
{
    finishIndexing();
    const int row = int(m_matrix.offerings.size());
    beginInsertRows({}, row, row);
    m_matrix.offerings.append(offering);
    rebuildIndex();
    endInsertRows();
}

void MatrixTableModel::removeOffering(qint64 offeringId)
{
    finishIndexing();
    const int row = rowOf(offeringId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_matrix.offerings.removeAt(row);
    rebuildIndex();
    endRemoveRows();
}

void MatrixTableModel::updateOfferings(const QList<Offering> &offerings)
{
    finishIndexing();
    QList<int> changedRows;
    QList<Offering> added;
    for (const Offering &o : offerings) {
        const int row = rowOf(o.id);
        if (row < 0) {
            added.append(o);
            continue;
        }
        m_matrix.offerings[row] = o;
        changedRows.append(row);
    }
    if (!added.isEmpty()) {
        const int first = int(m_matrix.offerings.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_matrix.offerings.append(added);
        rebuildIndex();
        endInsertRows();
    } else if (!changedRows.isEmpty()) {
        rebuildIndex();
    }
    for (int row : std::as_const(changedRows))
        emit dataChanged(index(row, 0), index(row, kBrowserColumnCount - 1));
}

void MatrixTableModel::removeOfferings(const QList<qint64> &offeringIds)
{
    // One row at a time: the index must match the rows whenever a view asks for data.
    for (qint64 id : offeringIds)
        removeOffering(id);
}

void MatrixTableModel::setPartners(QList<Partner> partners)
{
    finishIndexing();
    // Partners change the country columns and the partner facet's groups of every row.
    beginResetModel();
    m_matrix.partners = std::move(partners);
    rebuildIndex();
    endResetModel();
}

void MatrixTableModel::setHolders(QList<SampleHolder> holders) { m_matrix.holders = std::move(holders); }

void MatrixTableModel::setCells(QList<OperandoCell> cells) { m_matrix.cells = std::move(cells); }

int MatrixTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.offerings.size());
}

int MatrixTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : kBrowserColumnCount; }

QVariant MatrixTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Offering &o = m_matrix.offerings[index.row()];
    const auto column = matrixColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cellDisplayText(o, partnerOf(o), index.column());
    case Qt::EditRole:
    case RawTextRole:
        return column ? o.cell(*column) : cellDisplayText(o, partnerOf(o), index.column());
    case OfferingIdRole:
        return o.id;
    case CellStateRole:
        return column ? int(o.cellState(*column)) : int(CellState::Value);
    case Qt::ToolTipRole: {
        if (!column)
            return {};
        const CellState state = o.cellState(*column);
        if (state == CellState::Partial || state == CellState::NotFilled)
            // The cell is a partner's text: never markup, whatever its first line holds.
            return Qt::convertFromPlainText(tr("%1\nas written: %2").arg(cellStateText(state), o.cell(*column)), Qt::WhiteSpaceNormal);
        if (o.estimate && state == CellState::Value)
            return tr("curated estimate, not reported by the partner");
        return {};
    }
    case Qt::FontRole:
        // Not filled in or only read in part: italic, so that it never passes for a value.
        if (column && (o.cellState(*column) == CellState::NotFilled || o.cellState(*column) == CellState::Partial)) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (column && o.cellState(*column) == CellState::NotFilled)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    default:
        return {};
    }
}

QVariant MatrixTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kBrowserColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return browserColumnTitle(section);
    if (role == Qt::ToolTipRole) {
        if (const auto c = matrixColumn(section))
            return tr("%1 (matrix header: \"%2\")").arg(browserColumnTitle(section), columnHeader(*c));
        return tr("%1 (from the partner table)").arg(browserColumnTitle(section));
    }
    return {};
}

Qt::ItemFlags MatrixTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && matrixColumn(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool MatrixTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const auto column = matrixColumn(index.column());
    if (!column)
        return false;
    const Offering &o = m_matrix.offerings[index.row()];
    const QString text = value.toString();
    if (text == o.cell(*column))
        return false;
    emit cellEditRequested(o.id, *column, text);
    return false; // the row changes when the editor has saved it (replaceOffering)
}

} // namespace pm::ui
