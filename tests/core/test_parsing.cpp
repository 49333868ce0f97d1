// Every parsing quirk of the native D5.2 format: brackets, [Null] versus not filled in,
// abbreviations, case, slashes, per-observable lists, time scales and lengths.
#include "matrix/OfferingParser.h"
#include "matrix/Quantity.h"
#include "matrix/Scale.h"

#include <QTest>

using namespace pm;

class TestParsing : public QObject {
    Q_OBJECT

    Offering parse(std::initializer_list<std::pair<Column, const char *>> cells, QList<CellIssue> *issues = nullptr)
    {
        Offering o;
        o.raw[size_t(Column::Partner)] = QStringLiteral("[DTU]");
        o.raw[size_t(Column::Technique)] = QStringLiteral("[X-ray diffraction, XRD]");
        for (const auto &[c, text] : cells)
            o.raw[size_t(c)] = QString::fromUtf8(text);
        const auto found = parseOffering(o, ObservableVocabulary::bundled());
        if (issues)
            *issues = found;
        return o;
    }

private slots:
    void nullAndEmptyAreUnknown()
    {
        const Offering o = parse({{Column::ProbedAreaResolution, "[Null]"}, {Column::CellAvailability, ""}});
        QCOMPARE(o.cellState(Column::ProbedAreaResolution), CellState::Unknown);
        QCOMPARE(o.cellState(Column::CellAvailability), CellState::Unknown);
        QVERIFY(!o.cellAvailable.has_value());
    }

    void fullRangeIsNotFilledIn()
    {
        const Offering o = parse({{Column::CellAvailability, "[Yes/no]"},
                                  {Column::Fidelity, "[Low/medium/high/best]"},
                                  {Column::Observables, "[crystal structure, strain]"},
                                  {Column::ObservablesResolution, "[High/Medium/Low]"},
                                  {Column::Modes, "[Ex-situ/m-situ/Operando]"},
                                  {Column::Maturity, "[Commercial/Realistic/Model]"}});
        QCOMPARE(o.cellState(Column::CellAvailability), CellState::NotFilled);
        QCOMPARE(o.cellState(Column::Fidelity), CellState::NotFilled);
        QCOMPARE(o.cellState(Column::ObservablesResolution), CellState::NotFilled);
        QCOMPARE(o.cellState(Column::Modes), CellState::NotFilled);
        QCOMPARE(o.cellState(Column::Maturity), CellState::NotFilled);
        QVERIFY(!o.fidelity.known());
        QCOMPARE(o.modes, Modes());
        // Raw text is kept verbatim beside the parsed value.
        QCOMPARE(o.cell(Column::Modes), QStringLiteral("[Ex-situ/m-situ/Operando]"));
    }

    void slashesBetweenSomeValuesAreARange()
    {
        const Offering o = parse({{Column::Fidelity, "[High/best]"}, {Column::PostProcessingTime, "[Hours/Days]"}});
        QCOMPARE(o.cellState(Column::Fidelity), CellState::Value);
        QCOMPARE(o.fidelity, (OrdinalRange{2, 3}));
        QCOMPARE(o.postProcessingTime, (OrdinalRange{0, 1}));
        QCOMPARE(scale::rangeText(Scale::Fidelity, o.fidelity), QStringLiteral("High–Best"));
    }

    void abbreviationsAndCase()
    {
        const Offering o = parse({{Column::Observables, "[crystal structure, phase fractions, crystallite morphology, strain]"},
                                  {Column::ObservablesResolution, "[H,H,L,M]"},
                                  {Column::CrlAcquisition, "[High, High, Medium, High]"},
                                  {Column::UsedInBigmap, "[yes]"},
                                  {Column::SampleReuse, "[No]"},
                                  {Column::Maturity, "[realistic]"}});
        QCOMPARE(o.observableResolution.size(), 4);
        QCOMPARE(o.observableResolution[2], (OrdinalRange{0, 0}));
        QCOMPARE(o.observableResolution[3], (OrdinalRange{1, 1}));
        QCOMPARE(o.crlAcquisition[2], (OrdinalRange{1, 1}));
        QCOMPARE(o.usedInBigmap, std::optional<bool>(true));
        QCOMPARE(o.sampleReuse, std::optional<bool>(false));
        QVERIFY(o.isDestructive());
        QCOMPARE(o.maturity, QStringList{QStringLiteral("Realistic")});
    }

    void singlePerObservableValueAppliesToAll()
    {
        const Offering o = parse({{Column::Observables, "[crystal structure, strain]"}, {Column::CrlAnalysis, "[Medium]"}});
        QCOMPARE(o.perObservable(o.crlAnalysis, 0), (OrdinalRange{1, 1}));
        QCOMPARE(o.perObservable(o.crlAnalysis, 1), (OrdinalRange{1, 1}));
    }

    void perObservableLengthMismatchIsReported()
    {
        QList<CellIssue> issues;
        const Offering o = parse({{Column::Observables, "[crystal structure, strain]"}, {Column::CrlAnalysis, "[High, Low, Medium]"}}, &issues);
        QCOMPARE(o.cellState(Column::CrlAnalysis), CellState::Partial);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().column, Column::CrlAnalysis);
        QVERIFY(issues.first().message.contains(QStringLiteral("3 values for 2 observables")));
    }

    void outOfScaleValueIsReported()
    {
        QList<CellIssue> issues;
        const Offering o = parse({{Column::Resources, "[Very pricey]"}}, &issues);
        QCOMPARE(o.cellState(Column::Resources), CellState::Partial);
        QVERIFY(!o.resources.known());
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().message.contains(QStringLiteral("Cheap < Medium < Expensive")));
    }

    void observablesGoThroughTheVocabulary()
    {
        QList<CellIssue> issues;
        const Offering o = parse({{Column::Observables, "[Cell parameters, Ni oxidation state, gas production, unobtainium flux]"}}, &issues);
        QCOMPARE(o.observables, (QStringList{QStringLiteral("lattice parameters"), QStringLiteral("oxidation state"),
                                             QStringLiteral("gas evolution"), QStringLiteral("unobtainium flux")}));
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().message.contains(QStringLiteral("unobtainium flux")));
    }

    void modes()
    {
        const Offering o = parse({{Column::Modes, "[Ex-situ, operando]"}});
        QVERIFY(o.modes.testFlag(Mode::ExSitu));
        QVERIFY(o.modes.testFlag(Mode::Operando));
        QVERIFY(!o.modes.testFlag(Mode::InSitu));
        QCOMPARE(modeFromText(QStringLiteral("in situ")), std::optional<Mode>(Mode::InSitu));
        QCOMPARE(modeFromText(QStringLiteral("m-situ")), std::optional<Mode>(Mode::InSitu));
        QCOMPARE(modeFromText(QStringLiteral("Ex situ")), std::optional<Mode>(Mode::ExSitu));
    }

    void timeScales_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<double>("finest");
        QTest::addColumn<int>("count");
        QTest::newRow("ms, min") << QStringLiteral("[ms, min]") << 0.001 << 2;
        QTest::newRow("min") << QStringLiteral("[min]") << 60.0 << 1;
        QTest::newRow("range") << QStringLiteral("[5 < Δt < 30 mins]") << 300.0 << 1;
        QTest::newRow("hours") << QStringLiteral("[hours]") << 3600.0 << 1;
        QTest::newRow("days") << QStringLiteral("[days]") << 86400.0 << 1;
        QTest::newRow("number with unit") << QStringLiteral("[10 s, 2 min]") << 10.0 << 2;
        QTest::newRow("s") << QStringLiteral("[s]") << 1.0 << 1;
    }

    void timeScales()
    {
        QFETCH(QString, cell);
        QFETCH(double, finest);
        QFETCH(int, count);
        Offering o;
        o.raw[size_t(Column::Partner)] = QStringLiteral("X");
        o.raw[size_t(Column::Technique)] = QStringLiteral("Y");
        o.raw[size_t(Column::TimeScale)] = cell;
        QVERIFY(parseOffering(o, ObservableVocabulary::bundled()).isEmpty());
        QCOMPARE(o.timeScales.size(), count);
        QVERIFY(o.timeResolutionS.has_value());
        QCOMPARE(*o.timeResolutionS, finest);
    }

    void timeRangeKeepsBothEnds()
    {
        const auto span = quantity::parseTimeSpan(QStringLiteral("5 < Δt < 30 mins"));
        QVERIFY(span);
        QCOMPARE(span->lo, 300.0);
        QCOMPARE(span->hi, 1800.0);
        QVERIFY(!quantity::parseTimeSpan(QStringLiteral("whenever")).has_value());
    }

    void lengths()
    {
        QCOMPARE(*quantity::parseLength(QStringLiteral("5 mm")), 5e-3);
        QCOMPARE(*quantity::parseLength(QStringLiteral("1 µm")), 1e-6);
        QCOMPARE(*quantity::parseLength(QStringLiteral("50 nm")), 5e-8);
        QCOMPARE(*quantity::parseLength(QStringLiteral("cm")), 1e-2);
        QCOMPARE(*quantity::largestLength(QStringLiteral("101 μm with Cu (8 keV), 1 mm with Mo (17.45 keV)")), 1e-3);
        QVERIFY(!quantity::parseLength(QStringLiteral("few mm2")).has_value()); // an area, not a length
    }

    void techniqueNameAndAbbreviation()
    {
        const Offering o = parse({{Column::Technique, "[Laboratory X-ray Diffraction, lab XRD]"}});
        QCOMPARE(o.technique, QStringLiteral("Laboratory X-ray Diffraction"));
        QCOMPARE(o.abbreviation, QStringLiteral("lab XRD"));
    }

    void listsRespectParentheses()
    {
        const Offering o = parse({{Column::Software, "[Commercial (Topas, v6), free (Fullprof)]"}});
        QCOMPARE(o.software.size(), 2);
        QCOMPARE(o.software.first(), QStringLiteral("Commercial (Topas, v6)"));
    }

    void unbalancedBracketsAreReported()
    {
        QList<CellIssue> issues;
        const Offering o = parse({{Column::Instrument, "[ID22, ID31"}}, &issues);
        QCOMPARE(o.instruments, (QStringList{QStringLiteral("ID22"), QStringLiteral("ID31")}));
        QCOMPARE(o.cellState(Column::Instrument), CellState::Partial);
        QVERIFY(std::any_of(issues.cbegin(), issues.cend(), [](const CellIssue &i) { return i.message.contains(QStringLiteral("unbalanced")); }));
    }

    void unbracketedCellsAreRead()
    {
        const Offering o = parse({{Column::Cluster, "Diffraction"}});
        QCOMPARE(o.cluster, QStringLiteral("Diffraction"));
    }

    void validateCellRefusesOutOfScaleEdits()
    {
        Offering o = parse({{Column::Fidelity, "[High]"}});
        QVERIFY(validateCell(o, Column::Fidelity, QStringLiteral("[Best]"), ObservableVocabulary::bundled()).isEmpty());
        const auto issues = validateCell(o, Column::Fidelity, QStringLiteral("[Superb]"), ObservableVocabulary::bundled());
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().message.contains(QStringLiteral("Low < Medium < High < Best")));
    }

    void ordinalScalesHaveOrder()
    {
        QCOMPARE(scale::parseLevel(Scale::Fidelity, QStringLiteral("best")), std::optional<int>(3));
        QCOMPARE(scale::parseLevel(Scale::Fidelity, QStringLiteral("B")), std::optional<int>(3));
        QCOMPARE(scale::parseLevel(Scale::Cost, QStringLiteral("Expensive")), std::optional<int>(2));
        QCOMPARE(scale::parseLevel(Scale::Duration, QStringLiteral("Months")), std::optional<int>(3));
        QCOMPARE(scale::parseLevel(Scale::Duration, QStringLiteral("day")), std::optional<int>(1));
        QCOMPARE(scale::parseLevel(Scale::Level, QStringLiteral("H")), std::optional<int>(2));
        QVERIFY(!scale::parseLevel(Scale::Level, QStringLiteral("Best")).has_value());
    }

    void vocabularySynonyms()
    {
        const auto &v = ObservableVocabulary::bundled();
        QCOMPARE(v.canonical(QStringLiteral("unit cell parameters")), std::optional<QString>(QStringLiteral("lattice parameters")));
        QCOMPARE(v.canonical(QStringLiteral("Valence")), std::optional<QString>(QStringLiteral("oxidation state")));
        QCOMPARE(v.canonical(QStringLiteral("phase fraction")), std::optional<QString>(QStringLiteral("phase fractions")));
        QCOMPARE(v.canonical(QStringLiteral("cracks")), std::optional<QString>(QStringLiteral("particle cracking")));
        QVERIFY(!v.canonical(QStringLiteral("banana")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestParsing)
#include "test_parsing.moc"
