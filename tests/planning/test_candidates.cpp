// The filter of D5.5 2.2.2: who is removed, and the reason given.
#include "TestSupport.h"

#include "planning/Candidates.h"

#include <QTest>

using namespace pm;

namespace {

Request request(SampleShape shape, QList<RequestedObservable> observables, QList<Correlation> correlations = {})
{
    Request r;
    r.sample.shape = shape;
    r.observables = observables;
    r.correlations = correlations;
    return r;
}

RequestedObservable obs(const char *name, RequestMode mode = RequestMode::Any, std::optional<double> time = {},
                        RegionOfInterest roi = RegionOfInterest::Average)
{
    return RequestedObservable{QString::fromLatin1(name), mode, time, roi, {}, {}};
}

const Rejection *find(const CandidateSet &set, const QString &observable, const QString &partner, const QString &techniquePart)
{
    for (const Rejection &r : set.rejected)
        if (r.observable == observable && r.partner == partner && r.technique.contains(techniquePart))
            return &r;
    return nullptr;
}

bool kept(const CandidateSet &set, const QString &observable, const Matrix &m, const QString &partner, const QString &techniquePart)
{
    for (const Candidate &c : set.of(observable)) {
        const Offering &o = m.offerings[c.offeringIndex];
        if (o.partner == partner && o.techniqueLabel().contains(techniquePart))
            return true;
    }
    return false;
}

} // namespace

class TestCandidates : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_db = std::make_unique<test::BundledDatabase>(); }

    void operandoCrackingHasNoInstrument()
    {
        const auto set = filterCandidates(request(SampleShape::Electrode, {obs("particle cracking", RequestMode::Operando, 600)}), m_db->matrix);
        QCOMPARE(set.unmeasurable, QStringList{QStringLiteral("particle cracking")});
        const Rejection *anatomix = find(set, QStringLiteral("particle cracking"), QStringLiteral("SOLEIL"), QStringLiteral("nano-CT"));
        QVERIFY(anatomix);
        QCOMPARE(anatomix->reasonCode, QStringLiteral("no_operando_cell"));
        QVERIFY2(anatomix->reason.contains(QStringLiteral("no operando cell for nano-CT at SOLEIL")), qPrintable(anatomix->reason));
        QVERIFY(find(set, QStringLiteral("particle cracking"), QStringLiteral("ESRF"), QStringLiteral("nano-CT")));
    }

    void exSituCrackingIsMeasurable()
    {
        const auto set = filterCandidates(request(SampleShape::Electrode, {obs("particle cracking", RequestMode::ExSitu)}), m_db->matrix);
        QVERIFY(set.unmeasurable.isEmpty());
        QVERIFY(kept(set, QStringLiteral("particle cracking"), m_db->matrix, QStringLiteral("SOLEIL"), QStringLiteral("nano-CT")));
    }

    void timeResolutionInWords()
    {
        // Lab XRD's finest step is 5 min; one pattern a minute is asked.
        const auto set = filterCandidates(request(SampleShape::Electrode, {obs("crystal structure", RequestMode::Operando, 60)}), m_db->matrix);
        const Rejection *lab = find(set, QStringLiteral("crystal structure"), QStringLiteral("CEA"), QStringLiteral("lab XRD"));
        QVERIFY(lab);
        QCOMPARE(lab->reasonCode, QStringLiteral("time_resolution"));
        QVERIFY2(lab->reason.contains(QStringLiteral("finest time step 5 min, request needs 1 min")), qPrintable(lab->reason));
        QVERIFY(kept(set, QStringLiteral("crystal structure"), m_db->matrix, QStringLiteral("ESRF"), QStringLiteral("(XRD)")));
    }

    void type1NeedsOneSetUp()
    {
        const auto set = filterCandidates(request(SampleShape::PouchCell,
                                                  {obs("gas evolution", RequestMode::Operando), obs("crystal structure", RequestMode::Operando)},
                                                  {Correlation{{QStringLiteral("gas evolution"), QStringLiteral("crystal structure")}, 1}}),
                                          m_db->matrix);
        QVERIFY(set.unmeasurable.isEmpty());
        for (const Candidate &c : set.of(QStringLiteral("gas evolution")))
            QVERIFY(m_db->matrix.offerings[c.offeringIndex].observables.contains(QStringLiteral("crystal structure")));
        QVERIFY(kept(set, QStringLiteral("gas evolution"), m_db->matrix, QStringLiteral("CEA"), QStringLiteral("OEMS-WAXS-SAXS")));
        const Rejection *oems = find(set, QStringLiteral("gas evolution"), QStringLiteral("CEA"), QStringLiteral("(OEMS)"));
        QVERIFY(oems);
        QCOMPARE(oems->reasonCode, QStringLiteral("type1_not_combined"));
    }

    void sampleShapeOnlyClearMismatches()
    {
        // A harvested electrode goes into any holder for solids: ex situ nothing solid is rejected for shape.
        const auto electrode = filterCandidates(request(SampleShape::Electrode, {obs("electrolyte composition", RequestMode::ExSitu)}), m_db->matrix);
        for (const Rejection &r : electrode.rejected)
            QVERIFY2(r.reasonCode != u"sample_shape" || r.reason.contains(QStringLiteral("only liquids")), qPrintable(r.reason));
        // A liquid electrolyte only where liquids are taken.
        const auto liquid = filterCandidates(request(SampleShape::LiquidElectrolyte, {obs("Li dynamics", RequestMode::ExSitu)}), m_db->matrix);
        const Rejection *nmr = find(liquid, QStringLiteral("Li dynamics"), QStringLiteral("UCAM"), QStringLiteral("ssNMR"));
        QVERIFY(nmr);
        QCOMPARE(nmr->reasonCode, QStringLiteral("sample_shape"));
        QVERIFY(nmr->reason.contains(QStringLiteral("takes no liquid samples")));
        QVERIFY(kept(liquid, QStringLiteral("Li dynamics"), m_db->matrix, QStringLiteral("ILL"), QStringLiteral("QENS")));
        // Neutron reflectometry needs a flat model electrode.
        const auto real = filterCandidates(request(SampleShape::Electrode, {obs("SEI thickness", RequestMode::Operando)}), m_db->matrix);
        const Rejection *nr = find(real, QStringLiteral("SEI thickness"), QStringLiteral("ILL"), QStringLiteral("(NR)"));
        QVERIFY(nr);
        QVERIFY(nr->reason.contains(QStringLiteral("model (thin-film) electrode")));
        const auto model = filterCandidates(request(SampleShape::ModelElectrode, {obs("SEI thickness", RequestMode::Operando)}), m_db->matrix);
        QVERIFY(kept(model, QStringLiteral("SEI thickness"), m_db->matrix, QStringLiteral("ILL"), QStringLiteral("(NR)")));
    }

    void specificRoiAgainstResolution()
    {
        RequestedObservable o = obs("crystal structure", RequestMode::ExSitu, {}, RegionOfInterest::Specific);
        o.roiSizeM = 10e-6;
        const auto set = filterCandidates(request(SampleShape::Electrode, {o}), m_db->matrix);
        const Rejection *nd = find(set, QStringLiteral("crystal structure"), QStringLiteral("CEA"), QStringLiteral("(ND)"));
        QVERIFY(nd);
        QCOMPARE(nd->reasonCode, QStringLiteral("roi"));
        QVERIFY2(nd->reason.contains(QStringLiteral("5 mm")), qPrintable(nd->reason));
        QVERIFY(kept(set, QStringLiteral("crystal structure"), m_db->matrix, QStringLiteral("CEA"), QStringLiteral("(TEM)")));
    }

    void type2SpecificRoiNeedsSharedHolder()
    {
        RequestedObservable xrd = obs("crystal structure", RequestMode::ExSitu, {}, RegionOfInterest::Specific);
        RequestedObservable xps = obs("surface chemical composition", RequestMode::ExSitu, {}, RegionOfInterest::Specific);
        xrd.roiSizeM = xps.roiSizeM = 2e-2; // a corner of a pouch electrode: lab XRD (cm) resolves it
        const auto set = filterCandidates(
            request(SampleShape::Electrode, {xrd, xps}, {Correlation{{xrd.name, xps.name}, 2}}), m_db->matrix);
        // CEA's XRD/XPS region-of-interest holder links lab XRD and XPS at CEA.
        QVERIFY(kept(set, xrd.name, m_db->matrix, QStringLiteral("CEA"), QStringLiteral("lab XRD")));
        QVERIFY(kept(set, xps.name, m_db->matrix, QStringLiteral("CEA"), QStringLiteral("(XPS)")));
        const Rejection *dtu = find(set, xrd.name, QStringLiteral("DTU"), QStringLiteral("lab XRD"));
        QVERIFY(dtu);
        QCOMPARE(dtu->reasonCode, QStringLiteral("type2_no_holder"));
    }

    void exclusionsAreRecorded()
    {
        Request r = request(SampleShape::Electrode, {obs("crystal structure", RequestMode::ExSitu)});
        r.excludePartners = {QStringLiteral("ESRF")};
        const auto set = filterCandidates(r, m_db->matrix);
        const Rejection *esrf = find(set, QStringLiteral("crystal structure"), QStringLiteral("ESRF"), QStringLiteral("(XRD)"));
        QVERIFY(esrf);
        QVERIFY(isUserExclusion(esrf->reasonCode));
    }

    // Issue 13, observation 4: an empty sample-preparation cell (TUD's ND) no longer fits
    // everything; the applicability table rules out diffraction on a liquid, naming the rule.
    void liquidElectrolyteRejectsNeutronDiffraction()
    {
        const auto set = filterCandidates(request(SampleShape::LiquidElectrolyte, {obs("crystal structure", RequestMode::ExSitu)}), m_db->matrix);
        const Rejection *tud = find(set, QStringLiteral("crystal structure"), QStringLiteral("TUD"), QStringLiteral("(ND)"));
        QVERIFY(tud);
        QCOMPARE(tud->reasonCode, QStringLiteral("applicability"));
        QVERIFY2(tud->reason.contains(QStringLiteral("no-diffraction-on-liquids")) && tud->reason.contains(QStringLiteral("D5.5 2.2.2")), qPrintable(tud->reason));
        QVERIFY(!kept(set, QStringLiteral("crystal structure"), m_db->matrix, QStringLiteral("TUD"), QStringLiteral("(ND)")));
        // On a solid electrode the same offering stays.
        const auto solid = filterCandidates(request(SampleShape::Electrode, {obs("crystal structure", RequestMode::ExSitu)}), m_db->matrix);
        QVERIFY(kept(solid, QStringLiteral("crystal structure"), m_db->matrix, QStringLiteral("TUD"), QStringLiteral("(ND)")));
    }

    // Issue 13, observation 6: every operando set-up records the cell's electrochemistry, so
    // a Type 1 correlation of lithium plating with electrochemical performance takes operando NMR.
    void operandoMeasuresElectrochemistry()
    {
        const RequestedObservable plating = obs("lithium plating", RequestMode::Operando);
        const RequestedObservable echem = obs("electrochemical performance", RequestMode::Operando);
        const auto set = filterCandidates(request(SampleShape::PouchCell, {plating, echem}, {Correlation{{plating.name, echem.name}, 1}}), m_db->matrix);
        QVERIFY(set.unmeasurable.isEmpty());
        QVERIFY(kept(set, plating.name, m_db->matrix, QStringLiteral("UCAM"), QStringLiteral("NMR")));
        QVERIFY(kept(set, echem.name, m_db->matrix, QStringLiteral("UCAM"), QStringLiteral("NMR")));
        QVERIFY(!find(set, plating.name, QStringLiteral("UCAM"), QStringLiteral("NMR")));
        // Ex situ, an NMR offering does not cycle a cell: not a candidate for electrochemistry,
        // and not a rejection either (it never listed the observable).
        const auto exSitu = filterCandidates(request(SampleShape::Electrode, {obs("electrochemical performance", RequestMode::ExSitu)}), m_db->matrix);
        QVERIFY(!kept(exSitu, QStringLiteral("electrochemical performance"), m_db->matrix, QStringLiteral("UCAM"), QStringLiteral("NMR")));
        QVERIFY(!find(exSitu, QStringLiteral("electrochemical performance"), QStringLiteral("UCAM"), QStringLiteral("NMR")));
    }

private:
    std::unique_ptr<test::BundledDatabase> m_db;
};

QTEST_GUILESS_MAIN(TestCandidates)
#include "test_candidates.moc"
