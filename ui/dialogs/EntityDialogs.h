#pragma once

#include "common/Result.h"
#include "matrix/Matrix.h"

#include <QDialog>

class QTableWidget;

namespace pm::ui {

class MatrixEditor;
class MatrixTableModel;

// A list of partners, sample holders or operando cells with Add, Edit, Duplicate and
// Delete; each change goes through the MatrixEditor (saved at once, undoable).
class EntityListDialog : public QDialog {
    Q_OBJECT
public:
    QTableWidget *table() const { return m_table; }

protected:
    EntityListDialog(MatrixEditor *editor, MatrixTableModel *model, const QString &title, const QStringList &headers, QWidget *parent);
    void refresh();
    int currentRow() const;
    void report(const Result<void> &result);

    virtual QList<QStringList> rows() const = 0;
    virtual void add() = 0;
    virtual void edit(int row, bool duplicate) = 0;
    virtual void remove(int row) = 0;

    MatrixEditor *m_editor;
    MatrixTableModel *m_model;

private:
    QTableWidget *m_table;
};

class PartnerListDialog : public EntityListDialog {
    Q_OBJECT
public:
    PartnerListDialog(MatrixEditor *editor, MatrixTableModel *model, QWidget *parent = nullptr);

protected:
    QList<QStringList> rows() const override;
    void add() override;
    void edit(int row, bool duplicate) override;
    void remove(int row) override;

private:
    void openForm(Partner partner);
};

class HolderListDialog : public EntityListDialog {
    Q_OBJECT
public:
    HolderListDialog(MatrixEditor *editor, MatrixTableModel *model, QWidget *parent = nullptr);

protected:
    QList<QStringList> rows() const override;
    void add() override;
    void edit(int row, bool duplicate) override;
    void remove(int row) override;

private:
    void openForm(SampleHolder holder);
};

class CellListDialog : public EntityListDialog {
    Q_OBJECT
public:
    CellListDialog(MatrixEditor *editor, MatrixTableModel *model, QWidget *parent = nullptr);

protected:
    QList<QStringList> rows() const override;
    void add() override;
    void edit(int row, bool duplicate) override;
    void remove(int row) override;

private:
    void openForm(OperandoCell cell);
};

// Reading and writing the instrument lines of the holder and cell forms:
// "partner; technique; instrument; air-tight" (holders) or "...; quality" (cells).
Result<QList<InstrumentRef>> parseInstrumentLines(const QString &text, const Matrix &matrix, bool qualityColumn);
QString instrumentLines(const QList<InstrumentRef> &refs, bool qualityColumn);

} // namespace pm::ui
