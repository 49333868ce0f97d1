#pragma once

#include "matrix/Matrix.h"
#include "matrix/Vocabulary.h"

#include <QDialog>
#include <QHash>
#include <QPair>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pm::ui {

// Adds, edits or duplicates one offering: every column as the raw text the matrix
// stores, grouped as in the details pane, each checked as it is typed (pm::validateCell):
// a value outside its scale is refused with the reason and OK stays disabled.
class OfferingDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Add, Edit, Duplicate };

    OfferingDialog(const Offering &base, const Matrix &matrix, const ObservableVocabulary &vocabulary, Mode mode,
                   QWidget *parent = nullptr);

    QLineEdit *field(Column column) const { return m_fields.value(int(column)); }
    // The cells that differ from the offering the dialog started from.
    QList<QPair<Column, QString>> changedCells() const;
    // The offering as typed (raw cells; parsed by the store when saved).
    Offering offering() const;
    // The reason a field is refused, or "" when it reads.
    QString problem(Column column) const;

private:
    void validate();

    Offering m_base;
    const ObservableVocabulary &m_vocabulary;
    Mode m_mode;
    QHash<int, QLineEdit *> m_fields;
    QHash<int, QLabel *> m_problems;
    QDialogButtonBox *m_buttons;
    QLabel *m_summary;
};

} // namespace pm::ui
