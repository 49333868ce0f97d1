// The vocabulary is SKOS-like: true synonyms, narrower concepts with a broader link, labels
// qualified by an element; and the element table says which techniques reach which element.
#include "matrix/Elements.h"
#include "matrix/Offering.h"
#include "matrix/Vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pm;

namespace {

std::optional<QString> str(const char *s)
{
    return QString::fromUtf8(s);
}

Offering offering(const char *technique, const char *abbreviation)
{
    Offering o;
    o.technique = QString::fromUtf8(technique);
    o.abbreviation = QString::fromUtf8(abbreviation);
    return o;
}

} // namespace

class TestVocabulary : public QObject {
    Q_OBJECT

private slots:
    // Issue 13, observation 9: "oxygen redox" was folded into "electronic structure".
    void narrowerTermsAreConceptsOfTheirOwn()
    {
        const auto &v = ObservableVocabulary::bundled();
        QCOMPARE(v.canonical(QStringLiteral("oxygen redox")), str("oxygen redox"));
        QCOMPARE(v.canonical(QStringLiteral("Anionic redox")), str("oxygen redox"));
        QCOMPARE(v.broaderChain(QStringLiteral("oxygen redox")), QStringList{QStringLiteral("electronic structure")});
        QCOMPARE(v.term(QStringLiteral("oxygen redox"))->element, QStringLiteral("O"));
        QVERIFY(!v.term(QStringLiteral("oxygen redox"))->why.isEmpty());
        QCOMPARE(v.canonical(QStringLiteral("lattice parameters")), str("lattice parameters"));
        QCOMPARE(v.broaderChain(QStringLiteral("lattice parameters")), QStringList{QStringLiteral("crystal structure")});
        QCOMPARE(v.canonical(QStringLiteral("lithium dendrites")), str("lithium dendrites"));
        QCOMPARE(v.canonical(QStringLiteral("oxygen release")), str("O2 evolution"));
        // True synonyms stay synonyms.
        QCOMPARE(v.canonical(QStringLiteral("Valence")), str("oxidation state"));
        QCOMPARE(v.canonical(QStringLiteral("cracks")), str("particle cracking"));
        QCOMPARE(v.canonical(QStringLiteral("phase fraction")), str("phase fractions"));
        QVERIFY(v.broaderChain(QStringLiteral("oxidation state")).isEmpty());
    }

    // The audit's false synonyms: each now sits where it belongs.
    void falseSynonymsAreGone()
    {
        const auto &v = ObservableVocabulary::bundled();
        QCOMPARE(v.canonical(QStringLiteral("solvation structure")), str("solvation structure"));
        QCOMPARE(v.broaderChain(QStringLiteral("solvation structure")), QStringList{QStringLiteral("local structure")});
        QCOMPARE(v.canonical(QStringLiteral("pore size distribution")), str("pore size distribution"));
        QCOMPARE(v.broaderChain(QStringLiteral("pore size distribution")), QStringList{QStringLiteral("porosity")});
        QCOMPARE(v.canonical(QStringLiteral("CEI")), str("CEI composition"));
        QCOMPARE(v.canonical(QStringLiteral("thermal stability")), str("thermal stability"));
        // Element-qualified labels are not synonyms, but still find their concept.
        QCOMPARE(v.canonical(QStringLiteral("Ni oxidation state")), str("oxidation state"));
        QCOMPARE(v.elementOf(QStringLiteral("Ni oxidation state")), QStringLiteral("Ni"));
        QVERIFY(!v.term(QStringLiteral("oxidation state"))->altLabels.contains(QStringLiteral("ni oxidation state")));
        QVERIFY(v.elementOf(QStringLiteral("valence")).isEmpty());
    }

    // Every label resolves to the concept that lists it (no label is claimed twice), and every
    // narrower concept says why it is one.
    void everyLabelHasOneConcept()
    {
        const auto &v = ObservableVocabulary::bundled();
        for (const ObservableTerm &t : v.terms()) {
            for (const QString &label : t.synonyms)
                QVERIFY2(v.canonical(label) == t.name, qPrintable(label + QStringLiteral(" -> ") + v.canonical(label).value_or(QString())));
            if (!t.broader.isEmpty()) {
                QVERIFY2(!t.why.isEmpty(), qPrintable(t.name));
                QVERIFY2(v.term(t.broader), qPrintable(t.broader));
            }
        }
    }

    void matchThroughTheHierarchy()
    {
        const auto &v = ObservableVocabulary::bundled();
        const QStringList es{QStringLiteral("electronic structure"), QStringLiteral("oxidation state")};
        // Only the broader term listed: proposed through it, one step up.
        ObservableMatch m = v.match(es, QStringLiteral("oxygen redox"));
        QCOMPARE(m.kind, ObservableMatch::Broader);
        QCOMPARE(m.listed, QStringLiteral("electronic structure"));
        QCOMPARE(m.hops, 1);
        QVERIFY(!m.full);
        // The narrower term listed: a full match, for it and for its broader term.
        const QStringList rixs{QStringLiteral("electronic structure"), QStringLiteral("oxygen redox")};
        QCOMPARE(v.match(rixs, QStringLiteral("oxygen redox")).kind, ObservableMatch::Full);
        QCOMPARE(v.match({QStringLiteral("oxygen redox")}, QStringLiteral("electronic structure")).kind, ObservableMatch::Full);
        // A link marked "full": diffraction of the crystal structure gives the lattice parameters.
        m = v.match({QStringLiteral("crystal structure")}, QStringLiteral("lattice parameters"));
        QCOMPARE(m.kind, ObservableMatch::Broader);
        QVERIFY(m.full);
        // Siblings and unrelated terms do not match.
        QVERIFY(!v.match({QStringLiteral("oxidation state")}, QStringLiteral("oxygen redox")));
        QVERIFY(!v.match({QStringLiteral("crystal structure")}, QStringLiteral("oxygen redox")));
    }

    void brokenHierarchiesAreRefused()
    {
        const auto load = [](const char *json) { return ObservableVocabulary::fromJson(QByteArray(json)); };
        auto r = load(R"({"observables":[{"name":"a","broader":"nope","why":"x"}]})");
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("nope")), qPrintable(r.error().message));
        r = load(R"({"observables":[{"name":"a","broader":"b","why":"x"},{"name":"b","broader":"a","why":"y"}]})");
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("loop")), qPrintable(r.error().message));
        r = load(R"({"observables":[{"name":"a"},{"name":"b","broader":"a"}]})");
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("without saying why")), qPrintable(r.error().message));
    }

    void elementsInTheUsersWords()
    {
        const auto &v = ObservableVocabulary::bundled();
        for (const char *written : {"Ni oxidation state", "oxidation state of Ni", "oxidation state of nickel", "oxidation state (Ni)",
                                    "nickel oxidation state"}) {
            const auto q = resolveObservable(QString::fromUtf8(written), v);
            QVERIFY2(q, written);
            QCOMPARE(q->name, QStringLiteral("oxidation state"));
            QCOMPARE(q->element, QStringLiteral("Ni"));
        }
        QCOMPARE(resolveObservable(QStringLiteral("Mn dissolution"), v)->element, QStringLiteral("Mn"));
        QVERIFY(resolveObservable(QStringLiteral("oxidation state"), v)->element.isEmpty());
        QVERIFY(!resolveObservable(QStringLiteral("oxidation state of unobtainium"), v));
    }

    // Mössbauer sees only its isotopes; hard X-ray XAS the K edges of the 3d metals; soft X-rays
    // the O K edge; X-ray Raman scattering even the Li K edge.
    void elementReachOfTechniques()
    {
        const ElementTable &t = ElementTable::bundled();
        const Offering moss = offering("Mössbauer spectroscopy", "Mössbauer");
        const QString why = t.unreachable(moss, QStringLiteral("Ni"));
        QVERIFY2(why.contains(QStringLiteral("mossbauer-isotopes")) && why.contains(QStringLiteral("57Fe")), qPrintable(why));
        QVERIFY(t.unreachable(moss, QStringLiteral("Fe")).isEmpty());
        QVERIFY(t.unreachable(moss, QStringLiteral("Sn")).isEmpty());

        const Offering xas = offering("X-ray absorption spectroscopy", "XAS");
        for (const char *e : {"Ni", "Mn", "Co", "Fe"})
            QVERIFY2(t.unreachable(xas, QString::fromLatin1(e)).isEmpty(), e);
        QVERIFY(t.unreachable(xas, QStringLiteral("O")).contains(QStringLiteral("hard-xray-edges")));
        QVERIFY(!t.unreachable(xas, QStringLiteral("Li")).isEmpty());

        const Offering soft = offering("Soft X-ray absorption spectroscopy", "soft XAS");
        QVERIFY(t.unreachable(soft, QStringLiteral("O")).isEmpty());
        QVERIFY(t.unreachable(soft, QStringLiteral("Ni")).isEmpty()); // the Ni L3 edge
        QVERIFY(t.unreachable(soft, QStringLiteral("Li")).contains(QStringLiteral("soft-xray-edges")));
        QVERIFY(t.unreachable(offering("X-ray Raman scattering", "XRS"), QStringLiteral("Li")).isEmpty());
        QVERIFY(t.unreachable(offering("X-ray photoelectron spectroscopy", "XPS"), QStringLiteral("Li")).isEmpty());
        QVERIFY(t.unreachable(offering("Scanning electron microscopy with EDX", "SEM"), QStringLiteral("Li")).contains(QStringLiteral("edx")));
        // Not element-specific: no rule, nothing to refuse.
        QVERIFY(t.unreachable(offering("Electron paramagnetic resonance", "EPR"), QStringLiteral("Ni")).isEmpty());
    }

    void elementRulesNeedReasonAndSource()
    {
        auto r = ElementTable::fromJson(R"({"elements":[{"symbol":"Ni","name":"nickel","z":28,"k_edge_ev":8333}],
                                           "rules":[{"id":"x","techniques":["xas"],"edge_window_ev":[1,2],"reason":"r"}]})");
        QVERIFY(!r);
        QCOMPARE(r.error().where, QStringLiteral("rules"));
        // Every bundled rule carries both.
        QVERIFY(ElementTable::bundled().symbols().contains(QStringLiteral("Ni")));
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "test_vocabulary.moc"
