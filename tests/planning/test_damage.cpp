// Issue 13: the damage class comes from the technique family (resources/planning/damage.json),
// not from "Sample reuse"; what can be measured on which sample form comes from
// resources/planning/applicability.json. Both tables say why and where from.
#include "TestSupport.h"

#include "planning/Applicability.h"
#include "planning/DamageTable.h"
#include "planning/PlanningModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pm;
using namespace pm::planning;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestDamage : public QObject {
    Q_OBJECT

    const Offering &offering(const QString &partner, const QString &abbreviation) const
    {
        for (const Offering &o : m_db->matrix.offerings)
            if (o.partner == partner && o.abbreviation == abbreviation)
                return o;
        qFatal("no %s at %s in the bundled matrix", qPrintable(abbreviation), qPrintable(partner));
    }

private slots:
    void initTestCase() { m_db = std::make_unique<test::BundledDatabase>(); }

    void bundledTablesLoad()
    {
        const auto &damage = bundledDamageTable();
        QVERIFY2(damage.ok(), qPrintable(damage ? QString() : damage.error().text()));
        QVERIFY(damage->rules.size() >= 10);
        const auto &applicability = bundledApplicabilityTable();
        QVERIFY2(applicability.ok(), qPrintable(applicability ? QString() : applicability.error().text()));
        for (const DamageRule &r : damage->rules)
            QVERIFY(!r.reason.isEmpty() && !r.source.isEmpty());
    }

    // Observation 2: lab XRD at DTU (sample reuse "No") was "(ex-situ, destructive)".
    void labXrdIsNotDestructive()
    {
        const Offering &dtu = offering(QStringLiteral("DTU"), QStringLiteral("lab XRD"));
        QVERIFY(dtu.isDestructive()); // the matrix's sample reuse "No" is still there...
        const Damage d = damageOf(dtu);
        QCOMPARE(d.damage, DamageClass::None); // ...but XRD destroys nothing
        QVERIFY(d.endsSample);                  // the sample still does not go on
        QVERIFY2(d.reason.contains(QStringLiteral("sample reuse")), qPrintable(d.reason));
        QCOMPARE(damageClass(dtu), 2); // the search keeps it last on its sample
    }

    void classesFollowTheTechnique()
    {
        QCOMPARE(damageOf(offering(QStringLiteral("CEA"), QStringLiteral("XPS"))).damage, DamageClass::Surface);
        QCOMPARE(damageOf(offering(QStringLiteral("CEA"), QStringLiteral("SEM"))).damage, DamageClass::Beam);
        QCOMPARE(damageOf(offering(QStringLiteral("CEA"), QStringLiteral("FIB-SEM"))).damage, DamageClass::Destructive);
        QCOMPARE(damageOf(offering(QStringLiteral("KIT"), QStringLiteral("ToF-SIMS"))).damage, DamageClass::Destructive);
        QCOMPARE(damageOf(offering(QStringLiteral("CNRS"), QStringLiteral("ICP-OES"))).damage, DamageClass::Destructive);
        QCOMPARE(damageOf(offering(QStringLiteral("ESRF"), QStringLiteral("XAS"))).damage, DamageClass::Beam);
        QCOMPARE(damageOf(offering(QStringLiteral("KIT"), QStringLiteral("lab XRD"))).damage, DamageClass::None);
        const Damage neutrons = damageOf(offering(QStringLiteral("ILL"), QStringLiteral("HR-NPD")));
        QCOMPARE(neutrons.damage, DamageClass::None);
        QCOMPARE(neutrons.holdDays, 7.0);
        // Observation 5: on one sample the surface probe goes before the electron beam.
        QVERIFY(sequenceOrder(damageOf(offering(QStringLiteral("CEA"), QStringLiteral("XPS"))))
                < sequenceOrder(damageOf(offering(QStringLiteral("CEA"), QStringLiteral("SEM")))));
        QVERIFY(sequenceOrder(damageOf(offering(QStringLiteral("ESRF"), QStringLiteral("XAS"))))
                < sequenceOrder(damageOf(offering(QStringLiteral("CEA"), QStringLiteral("SEM")))));
    }

    // The synchrotron's damage depends on the dose: a partner's "Low" means none.
    void doseDependentFollowsTheMatrixLevel()
    {
        Offering o = offering(QStringLiteral("ESRF"), QStringLiteral("XAS"));
        QVERIFY(o.damage.known() && o.damage.hi >= 1);
        o.damage = OrdinalRange{0, 0};
        QCOMPARE(damageOf(o).damage, DamageClass::None);
    }

    void matrixCellOverridesTheTable()
    {
        Offering o = offering(QStringLiteral("CEA"), QStringLiteral("SEM"));
        o.raw[size_t(Column::SampleDamage)] = QStringLiteral("[destructive]");
        QCOMPARE(damageOf(o).damage, DamageClass::Destructive);
        QVERIFY(damageOf(o).endsSample);
        o.raw[size_t(Column::SampleDamage)] = QStringLiteral("none");
        QCOMPARE(damageOf(o).damage, DamageClass::None);
        QCOMPARE(sequenceOrder(damageOf(o)), 0);
    }

    void tableErrorsNameTheRule()
    {
        auto noSource = damageTableFromJson(parse(R"({"rules": [{"family": "x", "class": "none", "alters": "nothing",
            "match": {"abbreviations": ["XRD"]}, "reason": "because"}]})"), QStringLiteral("damage.json"));
        QVERIFY(!noSource);
        QVERIFY2(noSource.error().text().contains(QStringLiteral("rules[0]")) && noSource.error().message.contains(QStringLiteral("source")),
                 qPrintable(noSource.error().text()));
        auto badClass = damageTableFromJson(parse(R"({"rules": [{"family": "x", "class": "melted", "alters": "bulk",
            "match": {"abbreviations": ["XRD"]}, "reason": "r", "source": "s"}]})"), QStringLiteral("damage.json"));
        QVERIFY(!badClass);
        QVERIFY(badClass.error().where.endsWith(QStringLiteral(".class")));
        auto badKey = applicabilityTableFromJson(parse(R"({"rules": [{"id": "a", "applies": false, "observables": ["*"],
            "forms": ["powder"], "match": {"abreviations": ["XRD"]}, "reason": "r", "source": "s"}]})"), QStringLiteral("applicability.json"));
        QVERIFY(!badKey);
        QVERIFY2(badKey.error().message.contains(QStringLiteral("abreviations")), qPrintable(badKey.error().text()));
        auto badForm = applicabilityTableFromJson(parse(R"({"rules": [{"id": "a", "applies": false, "observables": ["*"],
            "forms": ["gel"], "match": {"abbreviations": ["XRD"]}, "reason": "r", "source": "s"}]})"), QStringLiteral("applicability.json"));
        QVERIFY(!badForm);
        QVERIFY(badForm.error().where.endsWith(QStringLiteral(".forms")));
    }

    // Observation 4, and the flag: where no rule decides and the matrix cell is empty, the step
    // is kept "to confirm with the partner".
    void applicabilityDecidesOrFlags()
    {
        const Offering &tud = offering(QStringLiteral("TUD"), QStringLiteral("ND"));
        QVERIFY(tud.samplePreparation.isEmpty());
        const ApplicabilityRule *liquid = applicableRule(tud, QStringLiteral("crystal structure"), SampleShape::LiquidElectrolyte);
        QVERIFY(liquid);
        QCOMPARE(liquid->id, QStringLiteral("no-diffraction-on-liquids"));
        QVERIFY(!liquid->applies);
        const ApplicabilityRule *solid = applicableRule(tud, QStringLiteral("crystal structure"), SampleShape::Electrode);
        QVERIFY(solid && solid->applies);
        QVERIFY(toConfirm(tud, QStringLiteral("crystal structure"), SampleShape::Electrode).isEmpty());
        const QString cell = toConfirm(tud, QStringLiteral("crystal structure"), SampleShape::CoinCell);
        QVERIFY2(cell.contains(QStringLiteral("TUD")) && cell.contains(QStringLiteral("full cell")), qPrintable(cell));
        // A filled sample-preparation cell settles it.
        QVERIFY(toConfirm(offering(QStringLiteral("CEA"), QStringLiteral("XPS")), QStringLiteral("SEI composition"), SampleShape::CoinCell).isEmpty());
    }

private:
    std::unique_ptr<test::BundledDatabase> m_db;
};

QTEST_GUILESS_MAIN(TestDamage)
#include "test_damage.moc"
