// `--where` expressions over the bundled matrix.
#include "TestSupport.h"

#include "query/Filter.h"

#include <QTest>

using namespace pm;
using namespace pm::test;

class TestFilter : public QObject {
    Q_OBJECT
    std::unique_ptr<BundledDatabase> m_db;

    QList<Offering> where(const QStringList &expressions)
    {
        auto f = Filter::parse(expressions, m_db->matrix);
        if (!f)
            qFatal("filter failed: %s", qPrintable(f.error().text()));
        return f->apply(m_db->matrix.offerings);
    }

private slots:
    void initTestCase() { m_db = std::make_unique<BundledDatabase>(); }

    void partnerMatchesShortNameAndAlias()
    {
        const auto cea = where({QStringLiteral("partner=CEA")});
        QVERIFY(!cea.isEmpty());
        for (const Offering &o : cea)
            QCOMPARE(o.partner, QStringLiteral("CEA"));
        const Partner *p = m_db->matrix.partner(QStringLiteral("CEA"));
        QVERIFY(p && !p->aliases.isEmpty());
        QCOMPARE(where({QStringLiteral("partner=") + p->aliases.first()}).size(), cea.size());
        QCOMPARE(where({QStringLiteral("partner=cea")}).size(), cea.size()); // case-insensitive
    }

    void alternativesAndConjunction()
    {
        const int cea = int(where({QStringLiteral("partner=CEA")}).size());
        const int esrf = int(where({QStringLiteral("partner=ESRF")}).size());
        QCOMPARE(where({QStringLiteral("partner=CEA|ESRF")}).size(), cea + esrf);
        const auto both = where({QStringLiteral("partner=CEA|ESRF"), QStringLiteral("mode=operando")});
        QVERIFY(both.size() < cea + esrf);
        for (const Offering &o : both)
            QVERIFY(o.modes.testFlag(Mode::Operando));
    }

    void observableThroughSynonyms()
    {
        const auto direct = where({QStringLiteral("observable=oxidation state")});
        QVERIFY(!direct.isEmpty());
        QCOMPARE(where({QStringLiteral("observable=Ni oxidation state")}).size(), direct.size());
        QCOMPARE(where({QStringLiteral("observable=valence")}).size(), direct.size());
    }

    void ordinalComparisons()
    {
        for (const Offering &o : where({QStringLiteral("fidelity>=high")}))
            QVERIFY(o.fidelity.hi >= 2);
        for (const Offering &o : where({QStringLiteral("resources<=cheap")}))
            QVERIFY(o.resources.lo == 0);
        const int all = int(where({}).size());
        const int atMostMedium = int(where({QStringLiteral("resources<=medium")}).size());
        const int expensive = int(where({QStringLiteral("resources=expensive")}).size());
        QVERIFY(atMostMedium > 0 && expensive > 0);
        QVERIFY(atMostMedium + expensive <= all + int(where({QStringLiteral("resources>=medium"), QStringLiteral("resources<=medium")}).size()));
    }

    void timeResolutionWithUnits()
    {
        const auto fast = where({QStringLiteral("time_resolution<=60s")});
        QVERIFY(!fast.isEmpty());
        for (const Offering &o : fast)
            QVERIFY(*o.timeResolutionS <= 60);
        QCOMPARE(where({QStringLiteral("time_resolution<=1min")}).size(), fast.size());
    }

    void techniqueMatchesNameOrAbbreviation()
    {
        const auto xps = where({QStringLiteral("technique=XPS")});
        QVERIFY(!xps.isEmpty());
        for (const Offering &o : xps)
            QVERIFY(o.abbreviation.contains(QStringLiteral("XPS"), Qt::CaseInsensitive) || o.technique.contains(QStringLiteral("XPS"), Qt::CaseInsensitive));
    }

    void sourceCategories()
    {
        const auto neutron = where({QStringLiteral("source=neutron")});
        QVERIFY(!neutron.isEmpty());
        const auto tube = where({QStringLiteral("source=Cu")});
        for (const Offering &o : tube)
            QVERIFY(std::any_of(o.sources.cbegin(), o.sources.cend(), [](const QString &s) { return sourceCategory(s) == u"x-ray tube"; }));
    }

    void negationAndYesNo()
    {
        const int all = int(where({}).size());
        const int reuse = int(where({QStringLiteral("sample_reuse=yes")}).size());
        const int destroy = int(where({QStringLiteral("sample_reuse=no")}).size());
        QVERIFY(reuse > 0 && destroy > 0);
        QVERIFY(reuse + destroy <= all);
        QCOMPARE(where({QStringLiteral("partner!=CEA")}).size(), all - where({QStringLiteral("partner=CEA")}).size());
    }

    void countryThroughPartners()
    {
        const auto fr = where({QStringLiteral("country=France")});
        QVERIFY(!fr.isEmpty());
        for (const Offering &o : fr)
            QCOMPARE(m_db->matrix.partner(o.partner)->country, QStringLiteral("France"));
        QCOMPARE(where({QStringLiteral("country=FR")}).size(), fr.size());
    }

    void errorsListValidValues_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown field") << QStringLiteral("colour=red") << QStringLiteral("valid fields: cluster, partner");
        QTest::newRow("unknown partner") << QStringLiteral("partner=CAE") << QStringLiteral("did you mean");
        QTest::newRow("bad ordinal") << QStringLiteral("fidelity=superb") << QStringLiteral("valid values: low, medium, high, best");
        QTest::newRow("order on unordered") << QStringLiteral("partner>=CEA") << QStringLiteral("has no order");
        QTest::newRow("bad mode") << QStringLiteral("mode=sideways") << QStringLiteral("ex-situ, in-situ, operando");
        QTest::newRow("bad time") << QStringLiteral("time_resolution<=soon") << QStringLiteral("number with a unit");
        QTest::newRow("unknown observable") << QStringLiteral("observable=happiness") << QStringLiteral("did you mean");
        QTest::newRow("no operator") << QStringLiteral("partner") << QStringLiteral("write field=value");
    }

    void errorsListValidValues()
    {
        QFETCH(QString, expression);
        QFETCH(QString, message);
        auto f = Filter::parse({expression}, m_db->matrix);
        QVERIFY(!f);
        QVERIFY2(f.error().text().contains(message), qPrintable(f.error().text()));
    }
};

QTEST_GUILESS_MAIN(TestFilter)
#include "test_filter.moc"
