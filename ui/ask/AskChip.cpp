#include "AskChip.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTextDocument>
#include <QToolButton>

namespace pm::ui {

AskChip::AskChip(const FilterExpression &expression, const QString &label, const QString &words, QWidget *parent)
    : QFrame(parent), m_expression(expression)
{
    setObjectName(QStringLiteral("askChip"));
    setProperty("expression", expression.toString());
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#askChip { border-radius: 9px; background: palette(alternate-base); }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 1, 2, 1);
    layout->setSpacing(2);

    m_text = new QToolButton(this);
    m_text->setObjectName(QStringLiteral("chipText"));
    m_text->setAutoRaise(true);
    m_text->setText(label);
    // Escaped: the words are as typed, the value may come from the matrix, and a tooltip with
    // a tag on its first line is shown as rich text.
    m_text->setToolTip(Qt::convertFromPlainText(tr("From \"%1\". Click to change: %2").arg(words, expression.toString()), Qt::WhiteSpaceNormal));
    m_editor = new QLineEdit(this);
    m_editor->setObjectName(QStringLiteral("chipEditor"));
    m_editor->setText(expression.toString());
    m_editor->setToolTip(tr("Edit the criterion as field=value, field!=value, field>=value or field<=value; Return applies it."));
    m_editor->hide();
    m_remove = new QToolButton(this);
    m_remove->setObjectName(QStringLiteral("removeChip"));
    m_remove->setAutoRaise(true);
    m_remove->setText(QStringLiteral("×"));
    m_remove->setToolTip(tr("Remove this criterion"));
    m_remove->setAccessibleName(tr("Remove %1").arg(label));
    layout->addWidget(m_text);
    layout->addWidget(m_editor);
    layout->addWidget(m_remove);

    connect(m_text, &QToolButton::clicked, this, &AskChip::startEditing);
    connect(m_remove, &QToolButton::clicked, this, &AskChip::removeRequested);
    connect(m_editor, &QLineEdit::returnPressed, this, [this] { emit editSubmitted(m_editor->text().trimmed()); });
}

void AskChip::startEditing()
{
    m_text->hide();
    m_editor->show();
    m_editor->setFocus();
    m_editor->selectAll();
}

void AskChip::showEditError(const QString &message)
{
    m_editor->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
    m_editor->setToolTip(Qt::convertFromPlainText(message, Qt::WhiteSpaceNormal));
}

} // namespace pm::ui
