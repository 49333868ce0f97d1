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

    // Issue 18 section 5: lab XPS measures an SEI's thickness by sputtering it away, a
    // destructive measurement of its own, less certain than a non-destructive profile; XPS
    // for anything else stays a surface technique, and HAXPES is never a sputter profile.
    void xpsDepthProfileIsDestructiveOnlyForThickness()
    {
        const Offering &xps = offering(QStringLiteral("CEA"), QStringLiteral("XPS"));
        const Damage composition = damageOf(xps, {QStringLiteral("SEI composition")});
        QCOMPARE(composition.damage, DamageClass::Surface);
        QVERIFY(composition.forObservables.isEmpty());
        const Damage thickness = damageOf(xps, {QStringLiteral("SEI composition"), QStringLiteral("SEI thickness")});
        QCOMPARE(thickness.damage, DamageClass::Destructive);
        QVERIFY(thickness.endsSample);
        QCOMPARE(thickness.forObservables, QStringList{QStringLiteral("SEI thickness")});
        QVERIFY(thickness.fidelityFactor < 1);
        QVERIFY2(thickness.reason.contains(QStringLiteral("sputter")), qPrintable(thickness.reason));
        // The offering's own damage (no observables given) is the usual one.
        QCOMPARE(damageOf(xps).damage, DamageClass::Surface);
        // Even when the partner's cell says "surface": the cell rates XPS as usually run.
        Offering rated = xps;
        rated.raw[size_t(Column::SampleDamage)] = QStringLiteral("surface");
        QCOMPARE(damageOf(rated, {QStringLiteral("SEI thickness")}).damage, DamageClass::Destructive);
        const Damage haxpes = damageOf(offering(QStringLiteral("CEA"), QStringLiteral("lab HAXPES")), {QStringLiteral("SEI thickness")});
        QCOMPARE(haxpes.damage, DamageClass::Surface);
    }

    // Issue 18 section 5: a TEM specimen is a FIB lamella or scraped particles: that piece of
    // electrode is used up, and the preparation takes a day at the microscope.
    void temNeedsASpecimen()
    {
        const Damage tem = damageOf(offering(QStringLiteral("CEA"), QStringLiteral("TEM")));
        QCOMPARE(tem.damage, DamageClass::Destructive);
        QCOMPARE(tem.specimenDays, 1.0);
        QVERIFY2(tem.specimen.contains(QStringLiteral("lamella")), qPrintable(tem.specimen));
        QCOMPARE(damageOf(offering(QStringLiteral("CEA"), QStringLiteral("SEM"))).specimenDays, 0.0);
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
        auto factorWithoutObservables = damageTableFromJson(parse(R"({"rules": [{"family": "x", "class": "surface", "alters": "surface",
            "fidelity": 0.9, "match": {"abbreviations": ["XPS"]}, "reason": "r", "source": "s"}]})"), QStringLiteral("damage.json"));
        QVERIFY(!factorWithoutObservables);
        QVERIFY(factorWithoutObservables.error().where.endsWith(QStringLiteral("rules[0].fidelity")));
        auto specimenWithoutDays = damageTableFromJson(parse(R"({"rules": [{"family": "x", "class": "beam", "alters": "electron beam",
            "specimen": "a lamella", "match": {"abbreviations": ["TEM"]}, "reason": "r", "source": "s"}]})"), QStringLiteral("damage.json"));
        QVERIFY(!specimenWithoutDays);
        QVERIFY(specimenWithoutDays.error().where.endsWith(QStringLiteral(".specimen")));
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
