#include "AskBar.h"

#include "AskChip.h"
#include "ask/RequestDraft.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace pm::ui {

AskBar::AskBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);

    auto *top = new QHBoxLayout;
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("askEdit"));
    m_edit->setPlaceholderText(tr("Ask the matrix, e.g. who can measure gas evolution operando?"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Ask the matrix"));
    m_plan = new QPushButton(tr("Plan this…"), this);
    m_plan->setObjectName(QStringLiteral("planButton"));
    m_plan->setToolTip(tr("Open the request wizard with the observables, sample, mode and correlations of this sentence"));
    m_plan->hide();
    m_refine = new QToolButton(this);
    m_refine->setObjectName(QStringLiteral("askRefine"));
    m_refine->setText(tr("Refine"));
    m_refine->setCheckable(true);
    m_refine->setToolTip(tr("Ask within the current facet ticks and search. Off: a new question starts from a clean filter."));
    top->addWidget(m_edit, 1);
    top->addWidget(m_refine);
    top->addWidget(m_plan);
    layout->addLayout(top);

    m_chipArea = new QWidget(this);
    m_chipLayout = new QHBoxLayout(m_chipArea);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(4);
    m_chipLayout->addStretch(1);
    layout->addWidget(m_chipArea);

    m_ignored = new QLabel(this);
    m_ignored->setObjectName(QStringLiteral("askIgnored"));
    m_ignored->setStyleSheet(QStringLiteral("color: gray;"));
    m_ignored->setWordWrap(true);
    m_ignored->setTextFormat(Qt::PlainText); // the words as typed: never markup
    m_ignored->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("askMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // names from the matrix: never markup
    m_message->hide();
    m_filterNote = new QLabel(this);
    m_filterNote->setObjectName(QStringLiteral("askFilterNote"));
    m_filterNote->setWordWrap(true);
    m_filterNote->setTextFormat(Qt::PlainText); // facet labels from the matrix: never markup
    m_filterNote->hide();
    layout->addWidget(m_ignored);
    layout->addWidget(m_message);
    layout->addWidget(m_filterNote);

    connect(m_edit, &QLineEdit::returnPressed, this, [this] { ask(m_edit->text()); });
    connect(m_plan, &QPushButton::clicked, this, [this] {
        emit requestWanted(QJsonDocument(ask::requestDraft(m_interpretation)).toJson(QJsonDocument::Compact));
    });
    setEnabled(false);
}

void AskBar::setMatrix(const Matrix *matrix)
{
    m_matrix = matrix;
    m_vocabulary.reset();
    if (matrix) {
        auto v = ask::AskVocabulary::forMatrix(*matrix);
        if (v)
            m_vocabulary = std::move(v).value();
        else
            m_message->setText(tr("Questions are unavailable: %1").arg(v.error().text()));
        m_message->setVisible(!v);
    }
    setEnabled(m_vocabulary.has_value());
}

QList<FilterExpression> AskBar::expressions() const
{
    return m_interpretation.expressions();
}

void AskBar::ask(const QString &question)
{
    if (!m_matrix || !m_vocabulary)
        return;
    if (m_edit->text() != question)
        m_edit->setText(question);
    if (question.trimmed().isEmpty()) {
        clear();
        return;
    }
    m_clearedNote.clear();
    m_emptiedNote.clear();
    // Before the new criteria exist: the window clears the other filters while the bar and
    // the table still agree on the old question (the window keeps the two in step).
    emit questionAsked(refining());
    m_interpretation = ask::interpret(question, *m_matrix, *m_vocabulary);
    showInterpretation();
    showFilterNotes();
    emit expressionsChanged(expressions());
    emit understoodNothingChanged(m_interpretation.understoodNothing());
    // A sentence asking for a campaign is a request, not a filter: the wizard opens with it
    // (the chips stay, and "Plan this…" opens it again).
    if (m_interpretation.looksLikeRequest())
        emit requestWanted(QJsonDocument(ask::requestDraft(m_interpretation)).toJson(QJsonDocument::Compact));
}

bool AskBar::refining() const { return m_refine->isChecked(); }

void AskBar::setRefining(bool on) { m_refine->setChecked(on); }

void AskBar::noteClearedFilters(const QStringList &cleared)
{
    m_clearedNote = cleared.isEmpty() ? QString()
                                      : tr("New question, clean filter: cleared %1. Turn on “Refine” to ask within them.")
                                            .arg(cleared.join(QStringLiteral("; ")));
    showFilterNotes();
}

void AskBar::noteOtherFiltersEmptied(int questionRows, const QStringList &others)
{
    m_emptiedNote = others.isEmpty() ? QString()
                                     : tr("No row left: the question matches %n offering(s), but the other filters remove them all: %1.",
                                          nullptr, questionRows)
                                           .arg(others.join(QStringLiteral("; ")));
    showFilterNotes();
}

void AskBar::showFilterNotes()
{
    QStringList notes;
    for (const QString &n : {m_emptiedNote, m_clearedNote})
        if (!n.isEmpty())
            notes.append(n);
    m_filterNote->setText(notes.join(QLatin1Char('\n')));
    m_filterNote->setVisible(!notes.isEmpty());
}

void AskBar::clear()
{
    m_interpretation = ask::Interpretation{};
    m_edit->clear();
    m_clearedNote.clear();
    m_emptiedNote.clear();
    showInterpretation();
    showFilterNotes();
    emit expressionsChanged({});
    emit understoodNothingChanged(false);
}

void AskBar::retainExpressions(const QList<FilterExpression> &applied)
{
    const qsizetype removed = m_interpretation.criteria.removeIf(
        [&applied](const ask::UnderstoodCriterion &c) { return !applied.contains(c.expression); });
    if (removed == 0)
        return;
    if (m_interpretation.criteria.isEmpty()) {
        // No chip left: an empty bar, not "nothing understood" about the old question.
        m_interpretation = ask::Interpretation{};
        m_edit->clear();
    } else if (m_matrix) {
        ask::answer(m_interpretation, *m_matrix);
    }
    // Deferred like criteriaChanged: the caller may be reacting to a chip's click.
    QMetaObject::invokeMethod(this, [this] { showInterpretation(); }, Qt::QueuedConnection);
}

void AskBar::showInterpretation()
{
    // Rebuild the chips: few of them, and rebuilding keeps their indexes in step with the criteria.
    while (m_chipLayout->count() > 1) {
        QLayoutItem *item = m_chipLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_interpretation.criteria.size(); ++i) {
        const ask::UnderstoodCriterion &c = m_interpretation.criteria[i];
        auto *chip = new AskChip(c.expression, ask::expressionLabel(c.expression), c.words.join(QLatin1Char(' ')), m_chipArea);
        m_chipLayout->insertWidget(i, chip);
        connect(chip, &AskChip::removeRequested, this, [this, i] { removeCriterion(i); });
        connect(chip, &AskChip::editSubmitted, this, [this, i, chip](const QString &text) { editCriterion(i, chip, text); });
    }

    m_ignored->setText(m_interpretation.ignored.isEmpty()
                           ? QString()
                           : tr("Ignored: %1").arg(m_interpretation.ignored.join(QStringLiteral(", "))));
    m_ignored->setVisible(!m_interpretation.ignored.isEmpty());

    QString message;
    if (!m_interpretation.refusal.isEmpty()) {
        message = tr("Question not read: %1").arg(m_interpretation.refusal);
    } else if (!m_interpretation.question.trimmed().isEmpty() && m_interpretation.understoodNothing()) {
        message = tr("Nothing understood, so no rows are shown.");
        if (!m_interpretation.suggestions.isEmpty())
            message += QLatin1Char(' ') + tr("Closest known terms: %1.").arg(m_interpretation.suggestions.join(QStringLiteral(", ")));
    } else if (m_interpretation.emptiedBy) {
        message = tr("No matching offering: %1").arg(ask::describeEmptyAnswer(m_interpretation));
    }
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_plan->setVisible(m_interpretation.looksLikeRequest());
}

void AskBar::removeCriterion(int index)
{
    if (index < 0 || index >= m_interpretation.criteria.size())
        return;
    m_interpretation.criteria.removeAt(index);
    criteriaChanged();
}

void AskBar::editCriterion(int index, AskChip *chip, const QString &whereText)
{
    if (!m_matrix || index < 0 || index >= m_interpretation.criteria.size())
        return;
    auto parsed = parseFilter(whereText, *m_matrix);
    if (!parsed) {
        chip->showEditError(parsed.error().message);
        return;
    }
    m_interpretation.criteria[index].expression = *parsed;
    criteriaChanged();
}

void AskBar::criteriaChanged()
{
    ask::answer(m_interpretation, *m_matrix);
    // Deferred: the chip that asked for the change is deleted by the rebuild.
    QMetaObject::invokeMethod(this, [this] { showInterpretation(); }, Qt::QueuedConnection);
    emit expressionsChanged(expressions());
}

} // namespace pm::ui
