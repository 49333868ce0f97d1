// Observables, sample, and fidelity/cost pages of the request wizard.
#include "WizardPages.h"
#include "RequestWizard.h"

#include "common/TextMatch.h"
#include "matrix/Matrix.h"
#include "matrix/Vocabulary.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pm::ui {

namespace {

// Offerings the planner would propose for the observable: those listing it or a narrower
// term, and those listing only a broader term (at lower fidelity, docs/PLANNER.md).
int offeringsMeasuring(const Matrix &matrix, const QString &observable)
{
    const ObservableVocabulary &vocabulary = ObservableVocabulary::bundled();
    int n = 0;
    for (const Offering &o : matrix.offerings)
        n += o.observables.contains(observable, Qt::CaseInsensitive) || vocabulary.match(o.observables, observable) ? 1 : 0;
    return n;
}

} // namespace

// ---- 1. Observables -------------------------------------------------------------------

ObservablesPage::ObservablesPage(RequestWizard *wizard) : m_wizard(wizard), m_search(new QLineEdit(this)), m_list(new QListWidget(this))
{
    setTitle(tr("Observables"));
    setSubTitle(tr("What do you want to know about the sample? For example the crystal structure of the SEI or its chemical "
                   "composition (D5.5 2.1). Synonyms are understood: type \"Ni oxidation state\" or \"valence\"."));
    m_search->setPlaceholderText(tr("Search observables and synonyms…"));
    m_search->setClearButtonEnabled(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    auto *hint = new QLabel(tr("The number after each observable is how many offerings in the matrix can measure it."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    const ObservableVocabulary &vocabulary = ObservableVocabulary::bundled();
    for (const ObservableTerm &term : vocabulary.terms()) {
        const int n = offeringsMeasuring(wizard->matrix(), term.name);
        auto *item = new QListWidgetItem(tr("%1  (%n offering(s))", nullptr, n).arg(term.name), m_list);
        item->setData(Qt::UserRole, term.name);
        item->setData(Qt::UserRole + 1, term.synonyms);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        if (!term.synonyms.isEmpty())
            item->setToolTip(tr("Also called: %1").arg(term.synonyms.join(QStringLiteral(", "))));
        if (n == 0)
            item->setForeground(palette().color(QPalette::PlaceholderText));
    }
    connect(m_search, &QLineEdit::textChanged, this, &ObservablesPage::applyFilter);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString name = item->data(Qt::UserRole).toString();
        const bool on = item->checkState() == Qt::Checked;
        m_wizard->updateRequest([&](Request &r) {
            const int i = r.indexOf(name);
            if (on && i < 0) {
                RequestedObservable o;
                o.name = name;
                r.observables.append(o);
            } else if (!on && i >= 0) {
                r.observables.removeAt(i);
                for (Correlation &c : r.correlations)
                    c.observables.removeAll(name);
                r.correlations.removeIf([](const Correlation &c) { return c.observables.size() < 2; });
            }
        });
        emit completeChanged();
    });
}

void ObservablesPage::applyFilter()
{
    const QString needle = text::normalized(m_search->text());
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        bool match = needle.isEmpty() || text::normalized(item->data(Qt::UserRole).toString()).contains(needle);
        for (const QString &synonym : item->data(Qt::UserRole + 1).toStringList())
            match = match || text::normalized(synonym).contains(needle);
        item->setHidden(!match);
    }
}

void ObservablesPage::initializePage()
{
    const QSignalBlocker block(m_list);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(m_wizard->request().indexOf(item->data(Qt::UserRole).toString()) >= 0 ? Qt::Checked : Qt::Unchecked);
    }
}

bool ObservablesPage::isComplete() const
{
    return !m_wizard->request().observables.isEmpty();
}

// ---- 2. Sample ------------------------------------------------------------------------

SamplePage::SamplePage(RequestWizard *wizard)
    : m_wizard(wizard), m_title(new QLineEdit(this)), m_shape(new QComboBox(this)), m_material(new QLineEdit(this)),
      m_airSensitive(new QCheckBox(tr("Air sensitive: handle, ship and measure under inert gas"), this)), m_origin(new QComboBox(this)),
      m_cycles(new QSpinBox(this)), m_cRate(new QDoubleSpinBox(this)), m_historyNote(new QLabel(this))
{
    setTitle(tr("Sample"));
    setSubTitle(tr("The sample shape decides which techniques can take it: a real or model electrode, a powder of active "
                   "material, a liquid electrolyte or a whole cell (D5.5 2.1)."));
    auto *form = new QFormLayout(this);
    m_title->setPlaceholderText(tr("e.g. SEI growth on graphite after 100 cycles"));
    form->addRow(tr("&Title:"), m_title);
    for (const QString &key : sampleShapeKeys())
        m_shape->addItem(key, key);
    form->addRow(tr("Sample &shape:"), m_shape);
    m_material->setPlaceholderText(tr("e.g. LiNiO2 / graphite, LP57"));
    form->addRow(tr("&Material:"), m_material);
    form->addRow(QString(), m_airSensitive);
    m_origin->addItem(tr("Where it is first measured"), QString());
    const Matrix &matrix = wizard->matrix();
    for (const QString &p : matrix.partnerNames())
        m_origin->addItem(p, p);
    // A partner with several laboratories (CNRS: Amiens, Bordeaux, Pau, ...) can also be named
    // by the site where the material is: the shipments start there, not at its home.
    QHash<QString, int> sitesOf;
    for (const Site &site : matrix.sites.sites)
        ++sitesOf[site.partner];
    for (const Site &site : matrix.sites.sites)
        if (sitesOf.value(site.partner) > 1)
            m_origin->addItem(tr("%1: %2").arg(site.partner, site.name), site.key);
    form->addRow(tr("Prepared &at:"), m_origin);

    // "Gas evolution after 100 cycles" must measure the gas of those cycles: the history goes
    // with the request, and the planner measures operando during it where it can.
    m_cycles->setRange(0, CyclingHistory::kMaxCycles);
    m_cycles->setSpecialValueText(tr("none: as prepared"));
    m_cycles->setSuffix(tr(" cycles"));
    m_cycles->setToolTip(tr("How many charge-discharge cycles the sample goes through before it is measured. "
                            "0: as prepared (formed and brought to the state of charge)."));
    m_cRate->setRange(0.01, 20);
    m_cRate->setDecimals(2);
    m_cRate->setSingleStep(0.1);
    m_cRate->setValue(0.5);
    m_cRate->setPrefix(tr("at "));
    m_cRate->setSuffix(tr(" C"));
    m_cRate->setToolTip(tr("The C-rate of those cycles: 0.5 is C/2, a full charge and discharge in 4 hours."));
    auto *history = new QHBoxLayout;
    history->addWidget(m_cycles);
    history->addWidget(m_cRate);
    history->addStretch();
    // A layout as the field gets no buddy: name it, so that the mnemonic reaches the cycles.
    auto *historyLabel = new QLabel(tr("Electrochemical &history:"), this);
    historyLabel->setBuddy(m_cycles);
    form->addRow(historyLabel, history);
    m_historyNote->setWordWrap(true);
    m_historyNote->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_historyNote);

    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &t) { m_wizard->updateRequest([&](Request &r) { r.title = t; }); });
    connect(m_material, &QLineEdit::textEdited, this,
            [this](const QString &t) { m_wizard->updateRequest([&](Request &r) { r.sample.material = t; }); });
    connect(m_shape, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto shape = sampleShapeFromKey(m_shape->currentData().toString()))
            m_wizard->updateRequest([&](Request &r) { r.sample.shape = *shape; });
    });
    connect(m_airSensitive, &QCheckBox::toggled, this, [this](bool on) { m_wizard->updateRequest([&](Request &r) { r.sample.airSensitive = on; }); });
    connect(m_origin, &QComboBox::currentIndexChanged, this,
            [this] { m_wizard->updateRequest([&](Request &r) { r.origin = m_origin->currentData().toString(); }); });
    auto historyChanged = [this] {
        m_wizard->updateRequest([&](Request &r) {
            r.sample.history = m_cycles->value() > 0 ? CyclingHistory{m_cycles->value(), m_cRate->value()} : CyclingHistory{};
        });
        showHistory();
    };
    connect(m_cycles, &QSpinBox::valueChanged, this, historyChanged);
    connect(m_cRate, &QDoubleSpinBox::valueChanged, this, historyChanged);
    showHistory();
}

void SamplePage::showHistory()
{
    const CyclingHistory h = m_wizard->request().sample.history;
    m_cRate->setEnabled(m_cycles->value() > 0);
    if (!h.isSet()) {
        m_historyNote->setText(tr("Samples are measured as prepared: formed and brought to the state of charge."));
        return;
    }
    if (h.days() > CyclingHistory::kMaxDays) {
        m_historyNote->setText(tr("%1 cycles at %2 C take %3 days: a plan covers at most %4 days of cycling. Use fewer cycles or a higher rate.")
                                   .arg(h.cycles)
                                   .arg(QLocale().toString(h.cRate))
                                   .arg(qRound(h.days()))
                                   .arg(CyclingHistory::kMaxDays));
        return;
    }
    m_historyNote->setText(tr("%1 cycles at %2 C take %3 days. Operando measurements at a laboratory run during them (their gas, their "
                              "structure changes); a beamtime cannot hold a cell that long, so its cell is cycled first and the "
                              "plan says so. Ex-situ samples are cycled before they are opened.")
                               .arg(h.cycles)
                               .arg(QLocale().toString(h.cRate), QLocale().toString(h.days(), 'f', 1)));
}

void SamplePage::initializePage()
{
    const Request &r = m_wizard->request();
    const QSignalBlocker b1(m_shape), b2(m_airSensitive), b3(m_origin);
    m_title->setText(r.title);
    m_material->setText(r.sample.material);
    m_shape->setCurrentIndex(std::max(0, m_shape->findData(sampleShapeKey(r.sample.shape))));
    m_airSensitive->setChecked(r.sample.airSensitive);
    m_origin->setCurrentIndex(std::max(0, m_origin->findData(r.origin)));
    {
        const QSignalBlocker b4(m_cycles), b5(m_cRate);
        m_cycles->setValue(r.sample.history.cycles);
        if (r.sample.history.isSet())
            m_cRate->setValue(r.sample.history.cRate);
    }
    showHistory();
}

// ---- 6. Fidelity and cost -------------------------------------------------------------

namespace {
struct Quadrant {
    int fidelity;
    int cost;
    const char *title;
};
// D5.5 Table 3, in reading order: high cost on top, high fidelity on the left.
const Quadrant kQuadrants[4] = {
    {2, 2, QT_TRANSLATE_NOOP("pm::ui::PriorityPage", "High fidelity, high cost\nCorrelated multimodal operando experiments,\nincluding large-scale facilities")},
    {0, 2, QT_TRANSLATE_NOOP("pm::ui::PriorityPage", "Low fidelity, high cost\nSingle large-scale\nfacility measurement")},
    {2, 0, QT_TRANSLATE_NOOP("pm::ui::PriorityPage", "High fidelity, low cost\nCorrelated or operando experiments\non laboratory instruments")},
    {0, 0, QT_TRANSLATE_NOOP("pm::ui::PriorityPage", "Low fidelity, low cost\nSingle and high-throughput\nlaboratory experiments")},
};
} // namespace

PriorityPage::PriorityPage(RequestWizard *wizard)
    : m_wizard(wizard), m_quadrants(new QButtonGroup(this)), m_partners(new QListWidget(this)),
      m_excludeLsf(new QCheckBox(tr("Exclude large-scale facilities (synchrotrons, neutron sources)"), this)),
      m_hasDeadline(new QCheckBox(tr("Results wanted by:"), this)), m_deadline(new QDateEdit(this))
{
    setTitle(tr("Fidelity and cost"));
    setSubTitle(tr("Some techniques are more accurate, some take more time and money (D5.5 2.1, Table 3). Pick the kind of "
                   "plan you are after; the planner ranks its proposals by it."));
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>High fidelity</b>"), this), 0, 1, Qt::AlignCenter);
    grid->addWidget(new QLabel(tr("<b>Low fidelity</b>"), this), 0, 2, Qt::AlignCenter);
    grid->addWidget(new QLabel(tr("<b>High cost</b>"), this), 1, 0);
    grid->addWidget(new QLabel(tr("<b>Low cost</b>"), this), 2, 0);
    for (int q = 0; q < 4; ++q) {
        auto *button = new QPushButton(tr(kQuadrants[q].title), this);
        button->setCheckable(true);
        button->setMinimumSize(260, 76);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        button->setStyleSheet(QStringLiteral("QPushButton { text-align: center; padding: 6px; } QPushButton:checked { background: #cfe0f5; border: 2px solid #1f6fd1; }"));
        m_quadrants->addButton(button, q);
        grid->addWidget(button, 1 + q / 2, 1 + q % 2);
    }
    layout->addLayout(grid);
    connect(m_quadrants, &QButtonGroup::idClicked, this, &PriorityPage::chooseQuadrant);

    auto *exclusions = new QGroupBox(tr("Exclusions"), this);
    auto *ex = new QVBoxLayout(exclusions);
    ex->addWidget(m_excludeLsf);
    ex->addWidget(new QLabel(tr("Partners not to ask:"), exclusions));
    m_partners->setMaximumHeight(110);
    for (const Partner &p : wizard->matrix().partners) {
        auto *item = new QListWidgetItem(p.fullName.isEmpty() ? p.shortName : QStringLiteral("%1 (%2)").arg(p.shortName, p.fullName), m_partners);
        item->setData(Qt::UserRole, p.shortName);
        item->setData(Qt::UserRole + 1, p.kind == PartnerKind::LargeScaleFacility);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
    }
    ex->addWidget(m_partners);
    auto *deadline = new QHBoxLayout;
    deadline->addWidget(m_hasDeadline);
    m_deadline->setCalendarPopup(true);
    m_deadline->setDate(QDate::currentDate().addMonths(3));
    m_deadline->setEnabled(false);
    deadline->addWidget(m_deadline);
    deadline->addStretch();
    ex->addLayout(deadline);
    layout->addWidget(exclusions);

    connect(m_partners, &QListWidget::itemChanged, this, &PriorityPage::writeExclusions);
    connect(m_excludeLsf, &QCheckBox::toggled, this, &PriorityPage::writeExclusions);
    connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
    connect(m_hasDeadline, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard->updateRequest([&](Request &r) { r.deadline = on ? m_deadline->date() : QDate(); });
    });
    connect(m_deadline, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (m_hasDeadline->isChecked())
            m_wizard->updateRequest([&](Request &r) { r.deadline = d; });
    });
}

void PriorityPage::chooseQuadrant(int quadrant)
{
    if (quadrant < 0 || quadrant > 3)
        return;
    m_quadrants->button(quadrant)->setChecked(true);
    m_wizard->updateRequest([&](Request &r) {
        r.fidelity = kQuadrants[quadrant].fidelity;
        r.cost = kQuadrants[quadrant].cost;
    });
}

void PriorityPage::writeExclusions()
{
    QStringList excluded;
    for (int i = 0; i < m_partners->count(); ++i) {
        const QListWidgetItem *item = m_partners->item(i);
        const bool lsf = item->data(Qt::UserRole + 1).toBool();
        if (item->checkState() == Qt::Checked || (lsf && m_excludeLsf->isChecked()))
            excluded << item->data(Qt::UserRole).toString();
    }
    m_wizard->updateRequest([&](Request &r) { r.excludePartners = excluded; });
}

void PriorityPage::initializePage()
{
    const Request &r = m_wizard->request();
    m_quadrants->setExclusive(false);
    for (int q = 0; q < 4; ++q)
        m_quadrants->button(q)->setChecked(kQuadrants[q].fidelity == r.fidelity && kQuadrants[q].cost == r.cost);
    m_quadrants->setExclusive(true);
    const QSignalBlocker b1(m_partners), b2(m_excludeLsf), b3(m_hasDeadline), b4(m_deadline);
    for (int i = 0; i < m_partners->count(); ++i) {
        QListWidgetItem *item = m_partners->item(i);
        item->setCheckState(r.excludePartners.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_hasDeadline->setChecked(r.deadline.isValid());
    m_deadline->setEnabled(r.deadline.isValid());
    if (r.deadline.isValid())
        m_deadline->setDate(r.deadline);
}

} // namespace pm::ui
