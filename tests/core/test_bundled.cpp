// The bundled matrix: size, partners, the eight rows of D5.2 Figure 1, ontology ids.
#include "TestSupport.h"

#include "io/MatrixDecoder.h"
#include "io/RawTable.h"
#include "store/BundledMatrix.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace pm;
using namespace pm::test;

class TestBundled : public QObject {
    Q_OBJECT
    std::unique_ptr<BundledDatabase> m_db;

private slots:
    void initTestCase() { m_db = std::make_unique<BundledDatabase>(); }

    void sizeAndPartners()
    {
        QVERIFY2(m_db->matrix.offerings.size() >= 136, qPrintable(QString::number(m_db->matrix.offerings.size())));
        QVERIFY(m_db->matrix.partners.size() >= 20);
        for (const Partner &p : m_db->matrix.partners) {
            QVERIFY2(!p.country.isEmpty() && !p.city.isEmpty(), qPrintable(p.shortName));
            QVERIFY2(p.latitude && p.longitude, qPrintable(p.shortName));
        }
        for (const Offering &o : m_db->matrix.offerings)
            QVERIFY2(m_db->matrix.partner(o.partner), qPrintable(QStringLiteral("unknown partner ") + o.partner));
        for (const char *lsf : {"ESRF", "ILL", "SOLEIL"}) {
            const Partner *p = m_db->matrix.partner(QString::fromLatin1(lsf));
            QVERIFY(p);
            QCOMPARE(p->kind, PartnerKind::LargeScaleFacility);
        }
    }

    void figure1RowsAreThereExactlyAsPrinted()
    {
        const auto fig = readDelimited(readFile(dataPath(QStringLiteral("d52-figure1.tsv"))), QLatin1Char('\t'), QStringLiteral("fig1"));
        QVERIFY(fig);
        for (const RawRow &row : fig->rows.mid(1)) { // skip the legend
            const auto it = std::find_if(m_db->matrix.offerings.cbegin(), m_db->matrix.offerings.cend(), [&](const Offering &o) {
                for (int i = 0; i < kD52ColumnCount; ++i)
                    if (o.raw[size_t(i)] != row.cells[i].trimmed())
                        return false;
                return true;
            });
            QVERIFY2(it != m_db->matrix.offerings.cend(), qPrintable(row.cells.mid(0, 3).join(QLatin1Char(' '))));
            QVERIFY(!it->estimate);
        }
    }

    void everyRowSaysWhereItComesFrom()
    {
        int estimates = 0;
        for (const Offering &o : m_db->matrix.offerings) {
            QVERIFY2(!o.provenance.isEmpty(), qPrintable(o.techniqueLabel() + QStringLiteral(" @ ") + o.partner));
            if (o.estimate)
                ++estimates;
        }
        QVERIFY(estimates > 100);
    }

    void ontologyIdentifiersAreWellFormed()
    {
        static const QRegularExpression panet(QStringLiteral("^PaNET\\d{5}$"));
        static const QRegularExpression chameo(QStringLiteral("^[A-Z][A-Za-z]+$"));
        int withId = 0;
        for (const Offering &o : m_db->matrix.offerings) {
            if (!o.panet.isEmpty())
                QVERIFY2(panet.match(o.panet).hasMatch(), qPrintable(o.panet));
            if (!o.chameo.isEmpty())
                QVERIFY2(chameo.match(o.chameo).hasMatch(), qPrintable(o.chameo));
            if (!o.panet.isEmpty() || !o.chameo.isEmpty())
                ++withId;
        }
        QVERIFY(withId > m_db->matrix.offerings.size() / 2);
    }

    void holdersAndCellsPointAtOfferings()
    {
        QVERIFY(m_db->matrix.holders.size() >= 5);
        QVERIFY(m_db->matrix.cells.size() >= 6);
        const auto table1 = std::find_if(m_db->matrix.holders.cbegin(), m_db->matrix.holders.cend(),
                                         [](const SampleHolder &h) { return h.label == u"XPS/SEM transfer chamber"; });
        QVERIFY(table1 != m_db->matrix.holders.cend());
        QCOMPARE(table1->owner, QStringLiteral("CEA"));
        for (const SampleHolder &h : m_db->matrix.holders)
            for (const InstrumentRef &r : h.instruments)
                QVERIFY2(m_db->matrix.partner(r.partner), qPrintable(h.label + QStringLiteral(": ") + r.partner));
        for (const OperandoCell &c : m_db->matrix.cells)
            for (const InstrumentRef &r : c.instruments)
                QVERIFY2(m_db->matrix.partner(r.partner), qPrintable(c.name + QStringLiteral(": ") + r.partner));
    }

    // Issue 13: offerings sit at their true site (sites.json), and every partner has a home
    // site with a public contact point.
    void offeringsSitAtTheirSites()
    {
        const Matrix &m = m_db->matrix;
        QVERIFY(!m.sites.isEmpty());
        auto siteOf = [&](const QString &partner, const QString &abbreviation, const QString &instrument = QString()) -> const Site * {
            for (const Offering &o : m.offerings)
                if (o.partner == partner && o.abbreviation == abbreviation
                    && (instrument.isEmpty() || o.instruments.join(u',').contains(instrument)))
                    return m.sites.siteOf(*m.partner(partner), o);
            return nullptr;
        };
        const Site *xps = siteOf(QStringLiteral("CNRS"), QStringLiteral("XPS"));
        const Site *epr = siteOf(QStringLiteral("CNRS"), QStringLiteral("EPR"));
        QVERIFY(xps && epr);
        QCOMPARE(xps->key, QStringLiteral("cnrs-pau"));
        QCOMPARE(epr->key, QStringLiteral("cnrs-bordeaux"));
        const Site *ill = siteOf(QStringLiteral("ILL"), QStringLiteral("NI"));
        const Site *esrf = siteOf(QStringLiteral("ESRF"), QStringLiteral("XAS"));
        QVERIFY(ill && esrf);
        QVERIFY(ill->key != esrf->key);
        QCOMPARE(ill->campus, esrf->campus);
        QCOMPARE(siteOf(QStringLiteral("CEA"), QStringLiteral("SANS"))->key, ill->key);  // D22 at the ILL
        QCOMPARE(siteOf(QStringLiteral("CEA"), QStringLiteral("SXRD"))->key, esrf->key); // D5.2 Figure 3
        QCOMPARE(siteOf(QStringLiteral("CNR"), QStringLiteral("XAS"))->key, esrf->key);  // BM08 LISA
        const Site *dtuXrd = siteOf(QStringLiteral("DTU"), QStringLiteral("XRD"));
        QVERIFY(dtuXrd);
        QVERIFY2(dtuXrd->city != QStringLiteral("Kongens Lyngby"), "DTU's synchrotron XRD is not measured at Lyngby");
        QCOMPARE(siteOf(QStringLiteral("DTU"), QStringLiteral("lab XRD"))->city, QStringLiteral("Kongens Lyngby"));
        for (const Partner &p : m.partners) {
            const Site *home = m.sites.homeOf(p);
            QVERIFY2(home, qPrintable(p.shortName + QStringLiteral(" has no site")));
            QVERIFY2(home->contactUrl.startsWith(QStringLiteral("https://")), qPrintable(p.shortName + QStringLiteral(" has no public contact page")));
        }
    }

    void badSiteRegistryNamesTheField()
    {
        auto noSite = bundled::sitesFromJson(R"({"sites": [{"key": "a", "partner": "A", "city": "X", "country_code": "FR"}],
                                                 "placements": [{"partner": "A", "instrument": "D22", "site": "b"}]})",
                                              QStringLiteral("sites.json"));
        QVERIFY(!noSite.ok());
        QVERIFY2(noSite.error().text().contains(QStringLiteral("placements[0].site")), qPrintable(noSite.error().text()));
        auto noCountry = bundled::sitesFromJson(R"({"sites": [{"key": "a", "partner": "A", "city": "X"}]})", QStringLiteral("sites.json"));
        QVERIFY(!noCountry.ok());
        QVERIFY2(noCountry.error().text().contains(QStringLiteral("sites[0].country_code")), qPrintable(noCountry.error().text()));
    }

    void bundledMatrixParsesCleanly()
    {
        // Curated rows are written in the native conventions: only the reported rows may
        // carry the report's own quirks.
        const auto table = readDelimited(bundled::matrixTsv(), QLatin1Char('\t'), QStringLiteral("bigmap-matrix.tsv"));
        QVERIFY(table);
        auto decoded = decodeMatrix(*table, ObservableVocabulary::bundled());
        QVERIFY(decoded);
        for (const ImportIssue &i : decoded->report.issues)
            QVERIFY2(i.line <= 10, qPrintable(QStringLiteral("line %1 %2: %3 %4").arg(i.line).arg(i.column, i.message, i.raw)));
    }
};

QTEST_GUILESS_MAIN(TestBundled)
#include "test_bundled.moc"
