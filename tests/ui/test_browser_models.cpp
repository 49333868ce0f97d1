// The browser's models on the bundled matrix: QAbstractItemModelTester, facet counts,
// search, ordinal sorting and query expressions, each checked against the offerings.
#include "TestSupport.h"

#include "model/MatrixFilterModel.h"
#include "model/MatrixTableModel.h"

#include "query/Filter.h"

#include "matrix/OfferingParser.h"
#include "matrix/Vocabulary.h"

#include <QAbstractItemModelTester>
#include <QTextDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace pm;
using namespace pm::ui;

class TestBrowserModels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<test::BundledDatabase>();
        m_model.setMatrix(m_fixture->matrix);
        m_filter.setMatrixModel(&m_model);
    }
    void init() { m_filter.clearAllFilters(); m_filter.sort(-1); }

    void modelsPassTheTester()
    {
        MatrixTableModel model;
        MatrixFilterModel filter;
        QAbstractItemModelTester tableTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setMatrixModel(&model);
        model.setMatrix(m_fixture->matrix);
        filter.setFacetValue(Facet::Partner, QStringLiteral("ESRF"), true);
        filter.sort(int(Column::Fidelity), Qt::DescendingOrder);
        filter.setSearchText(QStringLiteral("diff"));
        Offering edited = model.offering(0);
        edited.raw[size_t(Column::Fidelity)] = QStringLiteral("[Low]");
        edited.fidelity = {0, 0};
        model.replaceOffering(edited);
        Offering added = model.offering(1);
        added.id = 999999;
        model.insertOffering(added);
        model.removeOffering(999999);
        filter.clearAllFilters();
        QCOMPARE(filter.rowCount(), model.rowCount());
    }

    void cellTooltipShowsTheRawTextAsText()
    {
        Matrix matrix = m_fixture->matrix;
        Offering &o = matrix.offerings.first();
        o.raw[size_t(Column::Fidelity)] = QStringLiteral("[High <img src=x.png> <b>best</b>");
        parseOffering(o, ObservableVocabulary::bundled());
        QCOMPARE(o.cellState(Column::Fidelity), CellState::Partial);
        MatrixTableModel model;
        model.setMatrix(matrix);
        int fidelityColumn = -1;
        for (int c = 0; c < model.columnCount(); ++c)
            if (matrixColumn(c) == Column::Fidelity)
                fidelityColumn = c;
        QVERIFY(fidelityColumn >= 0);
        const QString tip = model.data(model.index(0, fidelityColumn), Qt::ToolTipRole).toString();
        QTextDocument shown;
        shown.setHtml(tip);
        QVERIFY2(shown.toPlainText().contains(QStringLiteral("<img src=x.png> <b>best</b>")), qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("<img")), qPrintable(tip));
    }

    void partnerFacetKeepsThatPartnersRows()
    {
        const int esrf = int(std::count_if(m_fixture->matrix.offerings.cbegin(), m_fixture->matrix.offerings.cend(),
                                           [](const Offering &o) { return o.partner == u"ESRF"; }));
        QVERIFY(esrf > 1);
        QVERIFY(m_filter.setFacetValue(Facet::Partner, QStringLiteral("ESRF"), true));
        QCOMPARE(m_filter.rowCount(), esrf);
        QCOMPARE(m_filter.acceptedCount(), esrf);
        for (int r = 0; r < m_filter.rowCount(); ++r)
            QCOMPARE(m_filter.index(r, int(Column::Partner)).data().toString(), QStringLiteral("ESRF"));
    }

    void facetsAreOrWithinAndAcross()
    {
        const auto &offerings = m_fixture->matrix.offerings;
        auto count = [&](auto &&pred) { return int(std::count_if(offerings.cbegin(), offerings.cend(), pred)); };
        m_filter.setFacetValue(Facet::Partner, QStringLiteral("ESRF"), true);
        m_filter.setFacetValue(Facet::Partner, QStringLiteral("ILL"), true);
        QCOMPARE(m_filter.rowCount(), count([](const Offering &o) { return o.partner == u"ESRF" || o.partner == u"ILL"; }));
        const int diffraction = m_model.matrixIndex().facet(Facet::Cluster).indexOf(QStringLiteral("Diffraction"));
        QVERIFY(diffraction >= 0);
        // The count beside a value is what ticking it would leave.
        const int expected = count([](const Offering &o) { return (o.partner == u"ESRF" || o.partner == u"ILL") && o.cluster == u"Diffraction"; });
        QCOMPARE(m_filter.facetCounts(Facet::Cluster)[size_t(diffraction)], expected);
        m_filter.setFacetValue(Facet::Cluster, diffraction, true);
        QCOMPARE(m_filter.rowCount(), expected);
        // Within the partner facet, counts ignore the partner selection itself.
        const int cea = m_model.matrixIndex().facet(Facet::Partner).indexOf(QStringLiteral("CEA"));
        QCOMPARE(m_filter.facetCounts(Facet::Partner)[size_t(cea)],
                 count([](const Offering &o) { return o.partner == u"CEA" && o.cluster == u"Diffraction"; }));
    }

    void partnersAreGroupedByCountry()
    {
        const FacetValues &partners = m_model.matrixIndex().facet(Facet::Partner);
        const int esrf = partners.indexOf(QStringLiteral("ESRF"));
        QCOMPARE(partners.groups[esrf], m_fixture->matrix.partner(QStringLiteral("ESRF"))->country);
        for (int i = 1; i < partners.valueCount(); ++i)
            QVERIFY2(partners.groups[i - 1].toLower() <= partners.groups[i].toLower(), qPrintable(partners.groups[i]));
    }

    void searchMatchesWordPrefixesInAnyCell()
    {
        m_filter.setSearchText(QStringLiteral("neutr diffr"));
        QVERIFY(m_filter.rowCount() > 0);
        static const QRegularExpression neutron(QStringLiteral("\\bneutr"), QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression diffraction(QStringLiteral("\\bdiffr"), QRegularExpression::CaseInsensitiveOption);
        int expected = 0;
        for (const Offering &o : m_fixture->matrix.offerings) {
            QString all;
            for (const QString &c : o.raw)
                all += c + QLatin1Char(' ');
            all += o.observables.join(QLatin1Char(' '));
            if (const Partner *p = m_fixture->matrix.partner(o.partner))
                all += QLatin1Char(' ') + p->fullName + QLatin1Char(' ') + p->city + QLatin1Char(' ') + p->country;
            if (all.contains(neutron) && all.contains(diffraction))
                ++expected;
        }
        QCOMPARE(m_filter.rowCount(), expected);
        m_filter.setSearchText(QStringLiteral("eutron")); // not a word start
        QCOMPARE(m_filter.rowCount(), 0);
    }

    void ordinalColumnsSortByOrderUnknownLast_data()
    {
        QTest::addColumn<int>("order");
        QTest::newRow("ascending") << int(Qt::AscendingOrder);
        QTest::newRow("descending") << int(Qt::DescendingOrder);
    }
    void ordinalColumnsSortByOrderUnknownLast()
    {
        QFETCH(int, order);
        m_filter.sort(int(Column::Fidelity), Qt::SortOrder(order));
        bool seenUnknown = false;
        int previous = order == Qt::AscendingOrder ? -1 : 99;
        int known = 0;
        for (int r = 0; r < m_filter.rowCount(); ++r) {
            const Offering &o = m_model.offering(m_filter.mapToSource(m_filter.index(r, 0)).row());
            if (!o.fidelity.known()) {
                seenUnknown = true;
                continue;
            }
            QVERIFY2(!seenUnknown, "a known fidelity after an unknown one");
            ++known;
            if (order == Qt::AscendingOrder)
                QVERIFY(o.fidelity.lo >= previous);
            else
                QVERIFY(o.fidelity.lo <= previous);
            previous = o.fidelity.lo;
        }
        QVERIFY(known > 10);
        QVERIFY(seenUnknown); // the bundled matrix has unfilled fidelities ([Low/medium/high/best])
    }

    void queryExpressionsFilterLikeTheCli()
    {
        auto expression = parseFilter(QStringLiteral("fidelity>=high"), m_fixture->matrix);
        QVERIFY(expression.ok());
        auto filter = Filter::compile({*expression}, m_fixture->matrix);
        QVERIFY(filter.ok());
        const int expected = int(filter->apply(m_fixture->matrix.offerings).size());
        m_filter.setQueryExpressions({*expression});
        QCOMPARE(m_filter.rowCount(), expected);
        QVERIFY(expected < m_model.rowCount());
        m_filter.setQueryExpressions({});
        QCOMPARE(m_filter.rowCount(), m_model.rowCount());
    }

    // A large matrix is shown at once and indexed on a worker thread; the result must be
    // the index a synchronous build gives (m_model), and search typed meanwhile applies
    // when it arrives.
    void backgroundIndexGivesTheSameFiltersAsASynchronousOne()
    {
        const int threshold = MatrixTableModel::backgroundIndexThreshold();
        MatrixTableModel::setBackgroundIndexThreshold(1);
        auto restore = qScopeGuard([threshold] { MatrixTableModel::setBackgroundIndexThreshold(threshold); });
        MatrixTableModel model;
        MatrixFilterModel filter;
        QAbstractItemModelTester tableTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setMatrixModel(&model);
        filter.setSearchText(QStringLiteral("neutr diffr"));
        filter.sort(int(Column::Fidelity), Qt::DescendingOrder);
        model.setMatrix(m_fixture->matrix);

        // Before the index: every row, sorted; no facet values yet.
        QVERIFY(!model.isIndexReady());
        QCOMPARE(model.rowCount(), int(m_fixture->matrix.offerings.size()));
        QCOMPARE(filter.rowCount(), model.rowCount());
        QCOMPARE(model.matrixIndex().facet(Facet::Partner).valueCount(), 0);
        m_filter.sort(int(Column::Fidelity), Qt::DescendingOrder);
        for (int r = 0; r < filter.rowCount(); ++r)
            QCOMPARE(filter.mapToSource(filter.index(r, 0)).row(), m_filter.mapToSource(m_filter.index(r, 0)).row());

        // The index arrives through the event loop; the search typed meanwhile applies.
        QSignalSpy ready(&model, &MatrixTableModel::indexReady);
        QTRY_VERIFY(model.isIndexReady());
        QCOMPARE(ready.count(), 1);
        m_filter.setSearchText(QStringLiteral("neutr diffr"));
        QVERIFY(m_filter.rowCount() > 0 && m_filter.rowCount() < model.rowCount());
        QCOMPARE(filter.rowCount(), m_filter.rowCount());
        for (int r = 0; r < filter.rowCount(); ++r)
            QCOMPARE(filter.mapToSource(filter.index(r, 0)).row(), m_filter.mapToSource(m_filter.index(r, 0)).row());
        for (Facet f : allFacets()) {
            QCOMPARE(model.matrixIndex().facet(f).labels, m_model.matrixIndex().facet(f).labels);
            QCOMPARE(filter.facetCounts(f), m_filter.facetCounts(f));
        }

        // An edit while the worker still runs waits for it, then indexes the edited row.
        model.setMatrix(m_fixture->matrix);
        Offering edited = model.offering(0);
        edited.raw[size_t(Column::Technique)] = QStringLiteral("[Zyxwspectroscopy (ZYX)]");
        edited.technique = QStringLiteral("Zyxwspectroscopy");
        model.replaceOffering(edited);
        QVERIFY(model.isIndexReady());
        filter.setSearchText(QStringLiteral("zyxw"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.mapToSource(filter.index(0, 0)).row(), 0);
    }

private:
    std::unique_ptr<test::BundledDatabase> m_fixture;
    MatrixTableModel m_model;
    MatrixFilterModel m_filter;
};

QTEST_MAIN(TestBrowserModels)
#include "test_browser_models.moc"
