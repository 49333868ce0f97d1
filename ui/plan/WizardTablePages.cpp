// Region of interest, operando and correlation pages: one row per requested observable.
#include "WizardPages.h"
#include "RequestWizard.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pm::ui {

namespace {

QTableWidget *makeTable(QWidget *parent, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setSelectionMode(QAbstractItemView::NoSelection);
    return table;
}

QTableWidgetItem *nameItem(const QString &name)
{
    auto *item = new QTableWidgetItem(name);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

} // namespace

// ---- 3. Region of interest -------------------------------------------------------------

RoiPage::RoiPage(RequestWizard *wizard) : m_wizard(wizard), m_table(makeTable(this, {tr("Observable"), tr("Region of interest"), tr("Where (coordinates, marks)")}))
{
    setTitle(tr("Region of interest"));
    setSubTitle(tr("Average over the sample, any random spot, or one specific region, such as the top-left corner of a pouch-cell "
                   "electrode or a micron-sized zone given by coordinates (D5.5 2.1). A specific region must be found again by "
                   "every correlated measurement, so fewer techniques qualify."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
}

void RoiPage::initializePage()
{
    const Request &r = m_wizard->request();
    m_table->setRowCount(int(r.observables.size()));
    for (int row = 0; row < r.observables.size(); ++row) {
        const QString name = r.observables[row].name;
        m_table->setItem(row, 0, nameItem(name));
        auto *roi = new QComboBox(m_table);
        roi->addItem(tr("Average"), int(RegionOfInterest::Average));
        roi->addItem(tr("Random"), int(RegionOfInterest::Random));
        roi->addItem(tr("Specific"), int(RegionOfInterest::Specific));
        roi->setCurrentIndex(roi->findData(int(r.observables[row].roi)));
        m_table->setCellWidget(row, 1, roi);
        auto *note = new QLineEdit(r.observables[row].roiNote, m_table);
        note->setPlaceholderText(tr("e.g. x = 2.1 mm, y = 0.4 mm, laser mark A"));
        note->setEnabled(r.observables[row].roi == RegionOfInterest::Specific);
        m_table->setCellWidget(row, 2, note);
        connect(roi, &QComboBox::currentIndexChanged, this, [this, roi, note, name] {
            const auto value = RegionOfInterest(roi->currentData().toInt());
            note->setEnabled(value == RegionOfInterest::Specific);
            m_wizard->updateRequest([&](Request &req) {
                if (const int i = req.indexOf(name); i >= 0)
                    req.observables[i].roi = value;
            });
        });
        connect(note, &QLineEdit::textEdited, this, [this, name](const QString &t) {
            m_wizard->updateRequest([&](Request &req) {
                if (const int i = req.indexOf(name); i >= 0)
                    req.observables[i].roiNote = t.trimmed();
            });
        });
    }
}

// ---- 4. Operando -----------------------------------------------------------------------

OperandoPage::OperandoPage(RequestWizard *wizard)
    : m_wizard(wizard), m_table(makeTable(this, {tr("Observable"), tr("Mode"), tr("Time resolution needed")})), m_cRate(new QDoubleSpinBox(this))
{
    setTitle(tr("Operando and in situ"));
    setSubTitle(tr("To follow an observable while the cell works, say how often a data point is needed (D5.5 2.1). "
                   "\"Any\" lets the planner choose; ex situ needs no cell."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    auto *helper = new QHBoxLayout;
    helper->addWidget(new QLabel(tr("Helper: cell cycled at"), this));
    m_cRate->setRange(0.05, 20);
    m_cRate->setValue(1);
    m_cRate->setSuffix(QStringLiteral(" C"));
    helper->addWidget(m_cRate);
    auto *hint = new QLabel(this);
    helper->addWidget(hint, 1);
    auto *apply = new QPushButton(tr("Apply to operando rows"), this);
    helper->addWidget(apply);
    layout->addLayout(helper);
    // About 60 points per charge: at 1C a charge takes an hour, so one point a minute.
    auto suggested = [this] { return 60.0 / m_cRate->value(); };
    auto showHint = [=] { hint->setText(tr("about one point every %1 s").arg(QString::number(suggested(), 'g', 3))); };
    connect(m_cRate, &QDoubleSpinBox::valueChanged, this, showHint);
    showHint();
    connect(apply, &QPushButton::clicked, this, [this, suggested] {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            auto *mode = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
            auto *spin = qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, 2));
            if (mode && spin && (RequestMode(mode->currentData().toInt()) == RequestMode::Operando || RequestMode(mode->currentData().toInt()) == RequestMode::InSitu))
                spin->setValue(suggested());
        }
    });
}

void OperandoPage::initializePage()
{
    const Request &r = m_wizard->request();
    m_table->setRowCount(int(r.observables.size()));
    for (int row = 0; row < r.observables.size(); ++row) {
        const RequestedObservable &o = r.observables[row];
        const QString name = o.name;
        m_table->setItem(row, 0, nameItem(name));
        auto *mode = new QComboBox(m_table);
        mode->addItem(tr("Any"), int(RequestMode::Any));
        mode->addItem(tr("Operando"), int(RequestMode::Operando));
        mode->addItem(tr("In situ"), int(RequestMode::InSitu));
        mode->addItem(tr("Ex situ"), int(RequestMode::ExSitu));
        mode->setCurrentIndex(mode->findData(int(o.mode)));
        m_table->setCellWidget(row, 1, mode);
        auto *spin = new QDoubleSpinBox(m_table);
        spin->setRange(0, 86400 * 7);
        spin->setDecimals(1);
        spin->setSuffix(tr(" s"));
        spin->setSpecialValueText(tr("not needed"));
        spin->setValue(o.timeResolutionS.value_or(0));
        spin->setEnabled(o.needsCell());
        m_table->setCellWidget(row, 2, spin);
        connect(mode, &QComboBox::currentIndexChanged, this, [this, mode, spin, name] {
            const auto value = RequestMode(mode->currentData().toInt());
            spin->setEnabled(value == RequestMode::Operando || value == RequestMode::InSitu);
            m_wizard->updateRequest([&](Request &req) {
                if (const int i = req.indexOf(name); i >= 0)
                    req.observables[i].mode = value;
            });
        });
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, name](double v) {
            m_wizard->updateRequest([&](Request &req) {
                if (const int i = req.indexOf(name); i >= 0)
                    req.observables[i].timeResolutionS = v > 0 ? std::optional<double>(v) : std::nullopt;
            });
        });
    }
}

// ---- 5. Correlations -------------------------------------------------------------------

CorrelationsPage::CorrelationsPage(RequestWizard *wizard)
    : m_wizard(wizard), m_observables(new QListWidget(this)), m_type(new QComboBox(this)), m_groups(new QListWidget(this))
{
    setTitle(tr("Correlations"));
    setSubTitle(tr("Observables that must be related to each other, e.g. the SEI composition together with the crystal structure "
                   "of the graphite underneath (D5.5 1.2, 2.1)."));
    auto *layout = new QVBoxLayout(this);
    auto *definitions = new QLabel(tr("<b>Type 1</b>: same sample, same region, same time: one set-up measures all of them.<br/>"
                                      "<b>Type 2</b>: same sample measured in sequence at the same state of charge (it travels in an air-tight holder).<br/>"
                                      "<b>Type 3</b>: different samples prepared alike, correlated at the analysis."),
                                   this);
    definitions->setWordWrap(true);
    layout->addWidget(definitions);
    auto *row = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Tick the observables to correlate:"), this));
    left->addWidget(m_observables);
    auto *add = new QHBoxLayout;
    m_type->addItem(tr("Type 1"), 1);
    m_type->addItem(tr("Type 2"), 2);
    m_type->addItem(tr("Type 3"), 3);
    add->addWidget(m_type);
    auto *addButton = new QPushButton(tr("Add correlation"), this);
    add->addWidget(addButton);
    left->addLayout(add);
    row->addLayout(left);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Correlations:"), this));
    right->addWidget(m_groups);
    auto *remove = new QPushButton(tr("Remove"), this);
    right->addWidget(remove);
    row->addLayout(right);
    layout->addLayout(row, 1);
    connect(addButton, &QPushButton::clicked, this, &CorrelationsPage::addGroup);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int i = m_groups->currentRow();
        if (i < 0)
            return;
        m_wizard->updateRequest([&](Request &r) {
            if (i < r.correlations.size())
                r.correlations.removeAt(i);
        });
        showGroups();
    });
}

void CorrelationsPage::addGroup()
{
    Correlation c;
    c.type = m_type->currentData().toInt();
    for (int i = 0; i < m_observables->count(); ++i)
        if (m_observables->item(i)->checkState() == Qt::Checked)
            c.observables << m_observables->item(i)->text();
    if (c.observables.size() < 2)
        return; // a correlation needs two observables; the button says nothing else
    m_wizard->updateRequest([&](Request &r) { r.correlations.append(c); });
    for (int i = 0; i < m_observables->count(); ++i)
        m_observables->item(i)->setCheckState(Qt::Unchecked);
    showGroups();
}

void CorrelationsPage::showGroups()
{
    m_groups->clear();
    for (const Correlation &c : m_wizard->request().correlations)
        m_groups->addItem(tr("Type %1: %2").arg(c.type).arg(c.observables.join(QStringLiteral(", "))));
}

void CorrelationsPage::initializePage()
{
    m_observables->clear();
    for (const RequestedObservable &o : m_wizard->request().observables) {
        auto *item = new QListWidgetItem(o.name, m_observables);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
    }
    showGroups();
}

} // namespace pm::ui
