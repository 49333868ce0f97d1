// Issue 15, finding 8: anyone who may connect may NOTIFY every desktop. After
// `db init --roles` only people with a ProbeMatrix role may connect; payloads are
// validated; a flood of 10,000 notifications (made-up ids, other tables, garbage) is
// coalesced into a few batched reads and the window's event loop keeps ticking.
#include "BackendFixture.h"

#include "MainWindow.h"
#include "RemoteFetcher.h"
#include "common/Dialogs.h"
#include "model/MatrixTableModel.h"

#include "store/ChangeListener.h"
#include "store/Roles.h"

#include <QElapsedTimer>
#include <algorithm>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <QThread>
#include <QTimer>
#include <QVariant>

using namespace pm;
using namespace pm::test;
using namespace pm::ui;

// The event loop's heartbeat: the longest gap between two ticks of a 10 ms timer.
class Heartbeat {
public:
    Heartbeat()
    {
        m_ticker.setInterval(10);
        QObject::connect(&m_ticker, &QTimer::timeout, &m_ticker, [this] {
            const qint64 now = m_clock.elapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_ticker.start();
    }
    qint64 elapsed() const { return m_clock.elapsed(); }
    qint64 stop() // the longest gap, in ms
    {
        m_ticker.stop();
        return m_longest;
    }

private:
    QElapsedTimer m_clock;
    QTimer m_ticker;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

class TestNotificationFlood : public QObject {
    Q_OBJECT

private slots:
    void init() { MessageBox::setNonInteractive(true); }

    void onlyPeopleWithARoleMayConnect()
    {
        PM_REQUIRE_SERVER();
        BackendDatabase t(Backend::Postgres);
        const QString stranger = t.createLogin(QStringLiteral("stranger"));
        const QString viewer = t.createLogin(QStringLiteral("viewer"));
        QVERIFY(Database::openRaw(t.locationAs(stranger))); // PostgreSQL's default: every login may connect
        QVERIFY(roles::createRoles(*t.db));
        QVERIFY(roles::grantRole(*t.db, viewer, roles::Role::Viewer));
        auto refused = Database::openRaw(t.locationAs(stranger));
        QVERIFY(!refused);
        QVERIFY2(refused.error().text().contains(QStringLiteral("CONNECT")) || refused.error().text().contains(QStringLiteral("permission denied")),
                 qPrintable(refused.error().text()));
        QVERIFY(Database::openRaw(t.locationAs(viewer)));
    }

    void tenThousandNotificationsKeepTheWindowResponsive()
    {
        PM_REQUIRE_SERVER();
        BackendDatabase t(Backend::Postgres);
        QVERIFY(t.store->importFile(dataPath(QStringLiteral("d52-figure1.tsv")), {}));
        QVERIFY(roles::createRoles(*t.db));
        const QString alice = t.createLogin(QStringLiteral("alice"));
        const QString mallory = t.createLogin(QStringLiteral("mallory"));
        QVERIFY(roles::grantRole(*t.db, alice, roles::Role::Editor));
        QVERIFY(roles::grantRole(*t.db, mallory, roles::Role::Viewer)); // reads only, may still NOTIFY
        const Matrix before = *t.store->load();
        const qint64 realId = before.offerings.first().id;

        MainWindow window(t.openAnother(alice));
        QVERIFY(QTest::qWaitFor([&] { return window.tableModel()->rowCount() == before.offerings.size(); }, 10000));
        QVERIFY(window.changeListener() && window.changeListener()->isActive());
        QSignalSpy batches(window.changeListener(), &ChangeListener::changed);

        Heartbeat beat;

        // Mallory floods from another thread (another desktop), 10 statements of 1,000:
        // a quarter made-up offering ids, a quarter other tables' or garbage payloads,
        // a quarter ids far out of range, a quarter the one real row.
        const QString location = t.locationAs(mallory);
        const QString realText = QString::number(realId);
        QString sendError;
        std::unique_ptr<QThread> sender(QThread::create([&] {
            auto db = Database::openRaw(location);
            if (!db) {
                sendError = db.error().text();
                return;
            }
            for (int part = 0; part < 10; ++part) {
                // Only numbers of this test go into the text.
                const QString sql = QStringLiteral(
                                        "SELECT count(pg_notify('probematrix_changes', CASE g % 4 "
                                        "WHEN 0 THEN 'offerings:' || (1000000 + g) "
                                        "WHEN 1 THEN CASE WHEN g % 8 = 1 THEN 'pg_authid:' || g ELSE 'garbage ' || g END "
                                        "WHEN 2 THEN 'offerings:' || g || ',-' || g "
                                        "ELSE 'offerings:%1,' || (2000000 + g) END)) "
                                        "FROM generate_series(%2, %3) g")
                                        .arg(realText)
                                        .arg(part * 1000 + 1)
                                        .arg(part * 1000 + 1000);
                if (auto ok = (*db)->execStatement(sql, QStringLiteral("notifying")); !ok) {
                    sendError = ok.error().text();
                    return;
                }
            }
        }));
        beat.start();
        sender->start();
        QVERIFY(QTest::qWaitFor([&] { return sender->isFinished(); }, 30000));
        QVERIFY2(sendError.isEmpty(), qPrintable(sendError));
        // Everything heard: 7,500 payloads of the format refused or taken, the rest batched.
        QVERIFY(QTest::qWaitFor([&] { return window.changeListener()->refusedPayloads() == 5000 && window.changeListener()->isIdle(); }, 20000));
        QTest::qWait(3 * ChangeListener::batchInterval()); // and a few more ticks after the last slice
        const qint64 longest = beat.stop();
        qInfo("10,000 notifications: %lld batches, longest event-loop gap %lld ms, %d payloads refused", qlonglong(batches.size()), longest,
              window.changeListener()->refusedPayloads());
        QVERIFY2(longest < 100 * test::timingSlack(), qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(longest)));
        // 5,001 distinct accepted ids: slices of ChangeListener::kMaxIdsPerSignal, not one
        // refresh per notification.
        QVERIFY2(batches.size() <= 5001 / ChangeListener::kMaxIdsPerSignal + 3, qPrintable(QStringLiteral("%1 refreshes for one flood").arg(batches.size())));
        QCOMPARE(qsizetype(window.tableModel()->rowCount()), before.offerings.size()); // nothing made up appeared, nothing vanished
    }

    // The read of changed rows runs off the window's thread (RemoteFetcher): a read made to
    // take 800 ms does not hold the event loop, and the change still arrives.
    void slowReadsDoNotHoldTheWindow()
    {
        PM_REQUIRE_SERVER();
        BackendDatabase t(Backend::Postgres);
        QVERIFY(t.store->importFile(dataPath(QStringLiteral("d52-figure1.tsv")), {}));
        const Matrix before = *t.store->load();
        const Offering changed = before.offerings.first();
        const QString renamed = QStringLiteral("renamed by another desktop");
        MainWindow window(t.openAnother());
        QVERIFY(QTest::qWaitFor([&] { return window.tableModel()->rowCount() == before.offerings.size(); }, 10000));
        QVERIFY(window.changeListener() && window.changeListener()->isActive());
        // The property itself: the read runs on another thread than the window's.
        std::atomic<bool> readOnGuiThread = false;
        QThread *const gui = QThread::currentThread();
        RemoteFetcher::setBeforeFetch([&readOnGuiThread, gui] {
            if (QThread::currentThread() == gui)
                readOnGuiThread = true;
            QThread::msleep(800);
        });
        Heartbeat beat;
        beat.start();
        QVERIFY(t.store->updateCell(changed.id, Column::Instrument, renamed, changed.version));
        const int row = window.tableModel()->rowOf(changed.id);
        auto instrumentShown = [&] {
            for (int c = 0; c < window.tableModel()->columnCount(); ++c)
                if (window.tableModel()->index(row, c).data().toString() == renamed)
                    return true;
            return false;
        };
        const bool arrived = QTest::qWaitFor(instrumentShown, 10000);
        const qint64 waited = beat.elapsed();
        // A partner changed by another desktop: its table is read on the same thread.
        const Result<QList<Partner>> partners = t.store->loadPartners();
        QVERIFY(partners.ok() && !partners->isEmpty());
        Partner renamedPartner = partners->first();
        renamedPartner.fullName = QStringLiteral("Renamed on another desktop");
        QVERIFY(t.store->savePartner(renamedPartner).ok());
        auto partnerShown = [&] {
            const auto &known = window.tableModel()->matrix().partners;
            return std::any_of(known.begin(), known.end(), [&](const Partner &p) { return p.fullName == renamedPartner.fullName; });
        };
        const bool partnerArrived = QTest::qWaitFor(partnerShown, 10000);
        const qint64 longest = beat.stop();
        RemoteFetcher::setBeforeFetch({});
        QVERIFY(arrived);
        QVERIFY(partnerArrived);
        QVERIFY2(waited >= 800, "the slow read did not run"); // the hook delayed it
        QVERIFY2(!readOnGuiThread, "the slow read ran on the window's thread");
        // And the window kept ticking: a read on its thread would stall it for the 800 ms of the
        // hook, more than the limit even with a sanitizer build's slack (5 x 100 ms).
        QVERIFY2(longest < 100 * test::timingSlack(), qPrintable(QStringLiteral("the event loop stalled for %1 ms while reading").arg(longest)));
    }
};

QTEST_MAIN(TestNotificationFlood)
#include "test_notification_flood.moc"
