#pragma once

#include "ask/Interpretation.h"
#include "query/Filter.h"

#include <QByteArray>
#include <QList>
#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace pm::ui {

class AskChip;

// The query bar (issue 4): a question in plain language becomes removable, editable chips
// ("partner = CEA ×"), one per understood criterion; ignored words are shown in grey, and
// when nothing is understood, the closest known terms. The chips are the filter: every change
// emits expressionsChanged, which the main window applies to the table. A sentence asking for
// a measurement campaign opens the request wizard at once (issue 18: the drafted request,
// issue 5 JSON, through requestWanted) and offers "Plan this…" to open it again.
// A new question starts from a clean filter (questionAsked(false): the window clears the facet
// ticks and the search) unless "Refine" is on; notes say what was cleared, and which of the
// other filters emptied the table when the question alone had rows (issue 18 §2).
class AskBar : public QWidget {
    Q_OBJECT
public:
    explicit AskBar(QWidget *parent = nullptr);

    // The matrix questions are asked about (not owned; null disables the bar). Builds the
    // vocabulary from the matrix names: call again after the matrix changed.
    void setMatrix(const Matrix *matrix);

    QList<FilterExpression> expressions() const;
    const ask::Interpretation &interpretation() const { return m_interpretation; }
    QLineEdit *lineEdit() const { return m_edit; }
    // "Refine": a new question keeps the facet ticks and the search instead of starting clean.
    bool refining() const;
    void setRefining(bool on);
    // What the window did around the question: the filters a new question cleared, and, when
    // the question's rows are all removed by other filters, which ones. Reset by ask().
    void noteClearedFilters(const QStringList &cleared);
    void noteOtherFiltersEmptied(int questionRows, const QStringList &others);

public slots:
    // As if the user typed `question` and pressed Return.
    void ask(const QString &question);
    void clear();
    // Keeps only the criteria whose expressions are in `applied`, for a filter removed
    // elsewhere (the table's filter chips); emits nothing, since the filter already changed.
    void retainExpressions(const QList<pm::FilterExpression> &applied);

signals:
    void expressionsChanged(const QList<pm::FilterExpression> &expressions);
    void requestWanted(const QByteArray &requestJson);
    // Emitted by ask() before expressionsChanged: `refine` is false when the question must
    // start from a clean filter.
    void questionAsked(bool refine);
    // True after a question of which nothing was understood: the answer is no rows, never
    // the whole matrix. False again after a new question or clear().
    void understoodNothingChanged(bool understoodNothing);

private:
    void showInterpretation();
    void removeCriterion(int index);
    void editCriterion(int index, AskChip *chip, const QString &whereText);
    void criteriaChanged();
    void showFilterNotes();

    const Matrix *m_matrix = nullptr;
    std::optional<ask::AskVocabulary> m_vocabulary;
    ask::Interpretation m_interpretation;
    QLineEdit *m_edit = nullptr;
    QWidget *m_chipArea = nullptr;
    QHBoxLayout *m_chipLayout = nullptr;
    QLabel *m_ignored = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_plan = nullptr;
    QToolButton *m_refine = nullptr;
    QLabel *m_filterNote = nullptr;
    QString m_clearedNote;
    QString m_emptiedNote;
};

} // namespace pm::ui
