#include "WizardAccessPage.h"
#include "RequestWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace pm::ui {

namespace {
const AccessRoute kOptionalRoutes[] = {AccessRoute::Rapid, AccessRoute::Industrial, AccessRoute::LongTerm};
}

AccessPage::AccessPage(RequestWizard *wizard)
    : m_wizard(wizard), m_amount(new QLineEdit(this)), m_amountProblem(new QLabel(this)), m_preparation(new QComboBox(this))
{
    setTitle(tr("Access and material"));
    setSubTitle(tr("A standard proposal to a large-scale facility takes more than 6 months to beam time (D5.5 2.5.3); "
                   "tick the faster routes you hold (D5.2 4.4). Give the material one prepared sample yields: when the "
                   "measurements need more, the plan prepares and pools more samples."));
    auto *form = new QFormLayout(this);
    auto *routes = new QVBoxLayout;
    auto *standard = new QCheckBox(tr("Standard proposal (always possible)"), this);
    standard->setChecked(true);
    standard->setEnabled(false);
    routes->addWidget(standard);
    const QString titles[] = {tr("Rapid access"), tr("Industrial (paid) access"), tr("Long-term, HUB or block-allocation access")};
    for (int i = 0; i < 3; ++i) {
        auto *box = new QCheckBox(titles[i], this);
        box->setProperty("route", accessRouteKey(kOptionalRoutes[i]));
        m_routes.append(box);
        routes->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &AccessPage::writeRoutes);
    }
    form->addRow(tr("Access routes held:"), routes);
    form->addRow(tr("Material per &sample:"), m_amount);
    m_amountProblem->setWordWrap(true);
    m_amountProblem->setStyleSheet(QStringLiteral("color: #b00020"));
    form->addRow(QString(), m_amountProblem);
    m_preparation->addItem(tr("Industrial sample (high fidelity)"), QStringLiteral("industrial"));
    m_preparation->addItem(tr("Modified sample (medium fidelity, one more week to make)"), QStringLiteral("modified"));
    form->addRow(tr("Sample &preparation:"), m_preparation);

    connect(m_amount, &QLineEdit::textEdited, this, &AccessPage::writeAmount);
    connect(m_preparation, &QComboBox::currentIndexChanged, this, [this] {
        const bool modified = m_preparation->currentData().toString() == u"modified";
        m_wizard->updateRequest([&](Request &r) { r.modifiedSample = modified; });
    });
}

void AccessPage::writeRoutes()
{
    QList<AccessRoute> held;
    for (int i = 0; i < m_routes.size(); ++i)
        if (m_routes[i]->isChecked())
            held.append(kOptionalRoutes[i]);
    m_wizard->updateRequest([&](Request &r) { r.accessRoutes = held; });
}

void AccessPage::writeAmount(const QString &text)
{
    // An amount the planner would refuse is not written: the field says why and Next waits.
    std::optional<SampleAmount> amount;
    QString problem;
    if (!text.trimmed().isEmpty()) {
        auto parsed = parseSampleAmount(text);
        if (!parsed)
            problem = parsed.error().message;
        else if (parsed->unit == AmountUnit::Cell)
            problem = tr("Give a mass or an electrode area, such as \"600 mg\" or \"50 cm2\".");
        else
            amount = *parsed;
    }
    m_amountValid = problem.isEmpty();
    m_amountProblem->setText(problem);
    if (m_amountValid)
        m_wizard->updateRequest([&](Request &r) { r.availableAmount = amount; });
    emit completeChanged();
}

bool AccessPage::isComplete() const
{
    return m_amountValid;
}

void AccessPage::initializePage()
{
    const Request &r = m_wizard->request();
    for (int i = 0; i < m_routes.size(); ++i) {
        const QSignalBlocker block(m_routes[i]);
        m_routes[i]->setChecked(r.accessRoutes.contains(kOptionalRoutes[i]));
    }
    m_amount->setPlaceholderText(tr("default for a %1: %2").arg(sampleShapeKey(r.sample.shape), formatSampleAmount(defaultAvailableAmount(r.sample.shape))));
    m_amount->setText(r.availableAmount ? formatSampleAmount(*r.availableAmount) : QString());
    m_amountValid = true;
    m_amountProblem->clear();
    const QSignalBlocker block(m_preparation);
    m_preparation->setCurrentIndex(r.modifiedSample ? 1 : 0);
}

} // namespace pm::ui
