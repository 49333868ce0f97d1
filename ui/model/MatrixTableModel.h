#pragma once

#include "BrowserColumn.h"
#include "MatrixIndex.h"

#include "matrix/Matrix.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <thread>

namespace pm::ui {

// The matrix as a table: one row per offering, one column per BrowserColumn. Owns the
// loaded Matrix and its MatrixIndex; the database is never touched from here (edits are
// requested through cellEditRequested and applied by the MatrixEditor, which then calls
// replaceOffering).
class MatrixTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        OfferingIdRole = Qt::UserRole + 1, // qint64
        RawTextRole,                       // the cell as stored ("[High/best]")
        CellStateRole,                     // int(pm::CellState)
    };

    explicit MatrixTableModel(QObject *parent = nullptr);
    ~MatrixTableModel() override;

    // Shows the rows at once. A large matrix (backgroundIndexThreshold() rows or more) is
    // indexed on a worker thread meanwhile: until indexReady(), the index can sort but has
    // no facets or words (MatrixIndex::isComplete() is false), so search and facets wait.
    void setMatrix(Matrix matrix);
    // The first rows of a matrix still being read (MainWindow's progressive start): shown
    // and sortable, but without facets or words (isIndexReady() stays false) until
    // setMatrix brings the whole matrix, whose facet counts are the ones that mean something.
    void setFirstRows(Matrix firstRows);
    bool isIndexReady() const { return m_index.isComplete(); }
    // Blocks until a background build has finished and installs its index.
    void waitForIndex();
    // Row count from which setMatrix indexes in the background (default 20,000; tests lower it).
    static int backgroundIndexThreshold();
    static void setBackgroundIndexThreshold(int rows);
    const Matrix &matrix() const { return m_matrix; }
    const MatrixIndex &matrixIndex() const { return m_index; }
    // Incremented whenever the index is rebuilt, so that the filter knows its cache is stale.
    quint64 generation() const { return m_generation; }

    const Offering &offering(int row) const { return m_matrix.offerings[row]; }
    int rowOf(qint64 offeringId) const; // -1 when absent
    const Partner *partnerOf(const Offering &o) const;

    // Applies changes that are already in the database.
    void replaceOffering(const Offering &offering);
    void insertOffering(const Offering &offering);
    void removeOffering(qint64 offeringId);
    // Changes another user made (refetched from the server), applied in place so that the
    // views keep their selection, sorting and filters: known ids are replaced, new ones
    // appended; the index is rebuilt once for the whole batch.
    void updateOfferings(const QList<Offering> &offerings);
    void removeOfferings(const QList<qint64> &offeringIds);
    void setPartners(QList<Partner> partners);
    void setHolders(QList<SampleHolder> holders);
    void setCells(QList<OperandoCell> cells);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // The user typed a new raw text into a cell; nothing is changed until the editor saves it.
    void cellEditRequested(qint64 offeringId, pm::Column column, const QString &rawText);
    // The background index is installed: facets and search work (generation() changed).
    void indexReady();

private:
    void rebuildIndex();
    void rebuildLookups();
    // Joins a running background build and installs its index (before any change of the
    // matrix, which the worker reads).
    void finishIndexing(bool install = true);

    Matrix m_matrix;
    MatrixIndex m_index;
    QHash<QString, const Partner *> m_partnerByName;
    QHash<qint64, int> m_rowById;
    quint64 m_generation = 0;
    std::thread m_indexer;
    std::unique_ptr<MatrixIndex> m_built; // written by m_indexer, read after joining it
    quint64 m_buildTicket = 0;           // the build whose result the queued install expects
};

} // namespace pm::ui
