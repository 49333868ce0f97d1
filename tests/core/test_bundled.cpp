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
