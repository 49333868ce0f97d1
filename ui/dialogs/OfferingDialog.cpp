#include "OfferingDialog.h"

#include "matrix/OfferingParser.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pm::ui {

OfferingDialog::OfferingDialog(const Offering &base, const Matrix &matrix, const ObservableVocabulary &vocabulary, Mode mode,
                               QWidget *parent)
    : QDialog(parent), m_base(base), m_vocabulary(vocabulary), m_mode(mode),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("offeringDialog"));
    switch (mode) {
    case Mode::Add: setWindowTitle(tr("Add offering")); break;
    case Mode::Edit: setWindowTitle(tr("Edit %1 at %2").arg(base.techniqueLabel(), base.partner)); break;
    case Mode::Duplicate: setWindowTitle(tr("Duplicate %1 at %2").arg(base.techniqueLabel(), base.partner)); break;
    }
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(mode == Mode::Duplicate
                       ? tr("The copy needs a different partner, technique or instrument from the original.")
                       : tr("Cells are written as in the matrix: lists with commas, alternatives with a slash (High/Medium), "
                            "[Null] or empty when unknown."));
    layout->addWidget(intro);

    const QList<QPair<QString, QList<Column>>> groups = {
        {tr("Identity"), {Column::Cluster, Column::Partner, Column::Technique, Column::Instrument, Column::Contact, Column::Panet,
                          Column::Chameo, Column::Source, Column::Curation}},
        {tr("What it measures"), {Column::Observables, Column::ObservablesResolution, Column::Contrast, Column::DetectionLimit,
                                  Column::DetectionLimitResolution, Column::Modes, Column::TimeScale}},
        {tr("Technical reach"), {Column::ProbedArea, Column::ProbedAreaResolution, Column::PenetrationDepth,
                                 Column::PenetrationDepthResolution, Column::BeamSource, Column::SamplePreparation,
                                 Column::CellAvailability, Column::Maturity, Column::SampleDamage, Column::SampleReuse}},
        {tr("Logistics and cost"), {Column::Resources, Column::PlanningTime, Column::PostProcessingTime, Column::Availability,
                                    Column::PreparationComplexity, Column::SamplesSubmitted, Column::Software}},
        {tr("Readiness"), {Column::Fidelity, Column::InstrumentQuality, Column::CrlAcquisition, Column::CrlAnalysis, Column::UsedInBigmap}},
    };
    auto *tabs = new QTabWidget(this);
    for (const auto &[title, columns] : groups) {
        auto *scroll = new QScrollArea(tabs);
        scroll->setWidgetResizable(true);
        auto *page = new QWidget(scroll);
        auto *form = new QFormLayout(page);
        for (Column c : columns) {
            auto *cell = new QWidget(page);
            auto *cellLayout = new QVBoxLayout(cell);
            cellLayout->setContentsMargins(0, 0, 0, 0);
            auto *edit = new QLineEdit(base.cell(c), cell);
            edit->setObjectName(QStringLiteral("field_") + columnKey(c));
            edit->setToolTip(tr("Matrix header: %1").arg(columnHeader(c)));
            auto *problem = new QLabel(cell);
            problem->setWordWrap(true);
            problem->setTextFormat(Qt::PlainText); // the reason quotes the cell text
            problem->setStyleSheet(QStringLiteral("color: palette(link);")); // visible in light and dark themes
            problem->hide();
            cellLayout->addWidget(edit);
            cellLayout->addWidget(problem);
            form->addRow(columnTitle(c), cell);
            m_fields.insert(int(c), edit);
            m_problems.insert(int(c), problem);
            connect(edit, &QLineEdit::textChanged, this, &OfferingDialog::validate);
        }
        scroll->setWidget(page);
        tabs->addTab(scroll, title);
    }
    auto *partnerCompleter = new QCompleter(matrix.partnerNames(), this);
    partnerCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_fields.value(int(Column::Partner))->setCompleter(partnerCompleter);
    auto *clusterCompleter = new QCompleter(matrix.clusters(), this);
    clusterCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_fields.value(int(Column::Cluster))->setCompleter(clusterCompleter);
    layout->addWidget(tabs, 1);
    m_summary->setObjectName(QStringLiteral("offeringProblems"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 560);
    validate();
}

QString OfferingDialog::problem(Column column) const
{
    const QLineEdit *edit = m_fields.value(int(column));
    const QString text = edit->text();
    if ((column == Column::Partner || column == Column::Technique) && cell::isUnknownText(cell::unbracket(text)))
        return tr("an offering needs a partner and a technique");
    if (text == m_base.cell(column))
        return {}; // unchanged cells were accepted before (the import keeps what it cannot read)
    const QList<CellIssue> issues = validateCell(m_base, column, text, m_vocabulary);
    return issues.isEmpty() ? QString() : issues.first().message;
}

void OfferingDialog::validate()
{
    int problems = 0;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString reason = problem(Column(it.key()));
        QLabel *label = m_problems.value(it.key());
        label->setText(reason);
        label->setVisible(!reason.isEmpty());
        problems += reason.isEmpty() ? 0 : 1;
    }
    const bool changed = m_mode != Mode::Edit || !changedCells().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems == 0 && changed);
    m_summary->setText(problems > 0 ? tr("%n field(s) cannot be read; see the reasons under them.", nullptr, problems) : QString());
}

QList<QPair<Column, QString>> OfferingDialog::changedCells() const
{
    QList<QPair<Column, QString>> out;
    for (int c = 0; c < kColumnCount; ++c)
        if (const QLineEdit *edit = m_fields.value(c); edit && edit->text() != m_base.cell(Column(c)))
            out.append({Column(c), edit->text()});
    return out;
}

Offering OfferingDialog::offering() const
{
    Offering o = m_base;
    for (int c = 0; c < kColumnCount; ++c)
        if (const QLineEdit *edit = m_fields.value(c))
            o.raw[size_t(c)] = edit->text();
    (void)parseOffering(o, m_vocabulary);
    return o;
}

} // namespace pm::ui
