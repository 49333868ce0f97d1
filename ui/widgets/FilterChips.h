#pragma once

#include <QWidget>

#include <functional>

class QHBoxLayout;
class QToolButton;

namespace pm::ui {

class MatrixFilterModel;

// The active filters as removable chips ("Partner: ESRF ×", "Search: xrd ×",
// "fidelity>=high ×") and a "Clear all" button. Hidden when nothing filters.
class FilterChips : public QWidget {
    Q_OBJECT
public:
    explicit FilterChips(MatrixFilterModel *filter, QWidget *parent = nullptr);

    QStringList chipTexts() const;

signals:
    void searchCleared();

private:
    void refresh();
    QToolButton *addChip(const QString &text, const std::function<void()> &remove);

    MatrixFilterModel *m_filter;
    QHBoxLayout *m_chips;
    QToolButton *m_clearAll;
};

} // namespace pm::ui
