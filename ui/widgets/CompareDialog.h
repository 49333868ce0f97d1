#pragma once

#include "matrix/Matrix.h"

#include <QDialog>

class QCheckBox;
class QTableWidget;

namespace pm::ui {

// 2-5 offerings side by side: one column per offering, one row per characteristic;
// rows whose values differ are highlighted, and can be shown alone.
class CompareDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kMinOfferings = 2;
    static constexpr int kMaxOfferings = 5;

    CompareDialog(const QList<Offering> &offerings, const Matrix &matrix, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Characteristics (row titles) whose values differ between the offerings.
    QStringList differingRows() const;

private:
    void applyDifferencesOnly(bool on);

    QTableWidget *m_table;
    QCheckBox *m_differencesOnly;
    QList<bool> m_differs;
};

} // namespace pm::ui
