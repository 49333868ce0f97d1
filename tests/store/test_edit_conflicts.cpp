// Issue 15, finding 1: lost updates. An edit is based on the row the user saw when it
// began (the dialog or the in-table editor opened, the undo step was recorded), so a
// change another user committed meanwhile, whose notification has already refreshed the
// row, is never overwritten. Desktop A is the real MainWindow on its own editor login;
// desktop B another editor on another connection; the notification travels through the
// server (LISTEN/NOTIFY). Deletes of every kind are version-checked, and no call skips
// the check with version 0.
#include "BackendFixture.h"

#include "MainWindow.h"
#include "dialogs/EntityDialogs.h"
#include "common/Dialogs.h"
#include "edit/MatrixEditor.h"
#include "model/BrowserColumn.h"
#include "model/MatrixFilterModel.h"
#include "model/MatrixTableModel.h"

#include "store/ChangeListener.h"
#include "store/Roles.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QTableWidget>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace pm;
using namespace pm::test;
using namespace pm::ui;

namespace {
template <typename T>
QString errorText(const Result<T> &r)
{
    return r ? QString() : r.error().text();
}

// Alice's desktop (the real main window) and Bob on another connection, both editors.
struct TwoDesktops {
    BackendDatabase server{Backend::Postgres};
    QString aliceName, bobName;
    std::unique_ptr<MainWindow> alice;
    std::unique_ptr<Database> bobDb;
    std::unique_ptr<MatrixStore> bob;
    Offering row; // the row both look at, as loaded

    bool setUp()
    {
        if (!server.store->importFile(dataPath(QStringLiteral("d52-figure1.tsv")), {}))
            return false;
        if (!roles::createRoles(*server.db))
            return false;
        aliceName = server.createLogin(QStringLiteral("alice"));
        bobName = server.createLogin(QStringLiteral("bob"));
        if (!roles::grantRole(*server.db, aliceName, roles::Role::Editor) || !roles::grantRole(*server.db, bobName, roles::Role::Editor))
            return false;
        alice = std::make_unique<MainWindow>(server.openAnother(aliceName));
        bobDb = server.openAnother(bobName);
        bob = std::make_unique<MatrixStore>(*bobDb);
        row = server.store->load()->offerings.first();
        if (!QTest::qWaitFor([&] { return alice->tableModel()->rowOf(row.id) >= 0; }, 10000))
            return false;
        return alice->changeListener() && alice->changeListener()->isActive() && alice->permissions().canEditMatrix;
    }

    Offering aliceSees() const { return alice->tableModel()->offering(alice->tableModel()->rowOf(row.id)); }
    Offering stored() const { return *server.store->fetchOffering(row.id); }

    // Bob changes Resources; true once Alice's window shows it (the notification arrived).
    bool bobChangesResources(const QString &text)
    {
        const Offering now = *bob->fetchOffering(row.id);
        if (!bob->updateCell(row.id, Column::Resources, text, now.version))
            return false;
        return QTest::qWaitFor([&] { return aliceSees().version == now.version + 1 && aliceSees().cell(Column::Resources) == text; }, 5000);
    }
};

} // namespace

class TestEditConflicts : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        MessageBox::setNonInteractive(true);
        MessageBox::clearMessages();
    }

    // The offering dialog: A opens it, B commits, the notification refreshes A's row
    // while the dialog is open, A saves: refused, B's change kept, the conflict named.
    void dialogSaveAfterLiveUpdate_data()
    {
        QTest::addColumn<bool>("reapply");
        QTest::newRow("reload") << false;
        QTest::newRow("apply again") << true;
    }
    void dialogSaveAfterLiveUpdate()
    {
        PM_REQUIRE_SERVER();
        QFETCH(bool, reapply);
        TwoDesktops d;
        QVERIFY(d.setUp());
        d.alice->selectOffering(d.row.id);
        bool bobCommitted = false, dialogSeen = false;
        QTimer::singleShot(0, d.alice.get(), [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != u"offeringDialog")
                return;
            dialogSeen = true;
            dialog->findChild<QLineEdit *>(QStringLiteral("field_") + columnKey(Column::PlanningTime))->setText(QStringLiteral("[Weeks]"));
            bobCommitted = d.bobChangesResources(QStringLiteral("[Cheap]")); // the dialog's event loop takes the notification
            dialog->accept();
        });
        MessageBox::setNextAnswer(reapply ? QMessageBox::Retry : QMessageBox::Discard);
        d.alice->action(QStringLiteral("actionEditOffering"))->trigger();
        QVERIFY(dialogSeen);
        QVERIFY(bobCommitted);

        const QString shown = MessageBox::lastMessages().join(QLatin1Char('\n'));
        QVERIFY2(shown.contains(QStringLiteral("by ") + d.bobName) && shown.contains(QStringLiteral("\"[Cheap]\"")), qPrintable(shown));
        const Offering now = d.stored();
        QCOMPARE(now.cell(Column::Resources), QStringLiteral("[Cheap]")); // Bob's change is never lost
        if (reapply) {
            QCOMPARE(now.cell(Column::PlanningTime), QStringLiteral("[Weeks]"));
            QCOMPARE(now.version, d.row.version + 2);
        } else {
            QCOMPARE(now.cell(Column::PlanningTime), d.row.cell(Column::PlanningTime));
            QCOMPARE(now.version, d.row.version + 1);
        }
        QCOMPARE(d.aliceSees().version, now.version);
    }

    // A partner's form (the same code serves holders and cells): Bob saves the partner while
    // Alice's form is open; Alice's save is refused with Bob's change named, and she either
    // saves her values again over Bob's version, or reloads: the form opens again with the
    // values now stored.
    void partnerFormConflict_data()
    {
        QTest::addColumn<bool>("reapply");
        QTest::newRow("reload") << false;
        QTest::newRow("apply again") << true;
    }
    void partnerFormConflict()
    {
        PM_REQUIRE_SERVER();
        QFETCH(bool, reapply);
        TwoDesktops d;
        QVERIFY(d.setUp());
        const Result<QList<Partner>> before = d.server.store->loadPartners();
        QVERIFY(before.ok() && !before->isEmpty());
        const Partner original = before->first();
        PartnerListDialog list(d.alice->editor(), d.alice->tableModel());
        list.show();
        auto *table = list.findChild<QTableWidget *>();
        QVERIFY(table);
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == original.shortName)
                row = r;
        QVERIFY(row >= 0);
        table->setCurrentCell(row, 0);

        const QString bobsSite = QStringLiteral("https://bob.example.org");
        const QString alicesName = QStringLiteral("Renamed by Alice");
        bool formSeen = false, bobSaved = false, reopenedWithBobs = false;
        QTimer::singleShot(0, &list, [&] {
            auto *form = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!form || form->objectName() != u"entityForm")
                return;
            formSeen = true;
            form->findChildren<QLineEdit *>().at(1)->setText(alicesName); // Full name
            const Result<QList<Partner>> bobSees = d.bob->loadPartners();
            if (!bobSees.ok())
                return;
            Partner bobs;
            for (const Partner &p : *bobSees)
                if (p.id == original.id)
                    bobs = p;
            bobs.website = bobsSite;
            bobSaved = d.bob->savePartner(bobs).ok();
            if (!reapply)
                QTimer::singleShot(0, &list, [&] { // the form again, with what is stored now
                    auto *again = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                    if (!again || again->objectName() != u"entityForm")
                        return;
                    const auto fields = again->findChildren<QLineEdit *>();
                    reopenedWithBobs = std::any_of(fields.begin(), fields.end(), [&](QLineEdit *e) { return e->text() == bobsSite; })
                        && fields.at(1)->text() == original.fullName;
                    again->reject();
                });
            form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        MessageBox::setNextAnswer(reapply ? QMessageBox::Retry : QMessageBox::Discard);
        list.findChild<QPushButton *>(QStringLiteral("editButton"))->click();
        QVERIFY(formSeen);
        QVERIFY(bobSaved);
        const QString shown = MessageBox::lastMessages().join(QLatin1Char('\n'));
        QVERIFY2(shown.contains(QStringLiteral("changed by someone else")), qPrintable(shown));
        const Result<QList<Partner>> after = d.server.store->loadPartners();
        QVERIFY(after.ok());
        Partner now;
        for (const Partner &p : *after)
            if (p.id == original.id)
                now = p;
        if (reapply) {
            QCOMPARE(now.fullName, alicesName);          // her values, saved over Bob's version
            QCOMPARE(now.version, original.version + 2);
        } else {
            QVERIFY(reopenedWithBobs);
            QCOMPARE(now.fullName, original.fullName);   // nothing of hers was saved
            QCOMPARE(now.website, bobsSite);             // Bob's change kept
            QCOMPARE(now.version, original.version + 1);
        }
    }

    // The same through MatrixEditor directly: the version is the one captured when the
    // edit began, not the model's at save time.
    void editorUsesTheVersionSeenAtTheStart()
    {
        PM_REQUIRE_SERVER();
        TwoDesktops d;
        QVERIFY(d.setUp());
        const int seen = d.aliceSees().version;
        QVERIFY(d.bobChangesResources(QStringLiteral("[Cheap]")));
        auto saved = d.alice->editor()->editCells(d.row.id, {{Column::Resources, QStringLiteral("[Medium]")}}, seen);
        QVERIFY(!saved);
        QVERIFY(d.alice->editor()->rowChangedSince(d.row.id, seen));
        QVERIFY2(saved.error().text().contains(d.bobName), qPrintable(saved.error().text()));
        QCOMPARE(d.stored().cell(Column::Resources), QStringLiteral("[Cheap]"));
        QVERIFY(!d.alice->editor()->canUndo()); // a refused change never enters the undo stack
    }

    // The in-table editor: the version is taken when the editor opens.
    void inTableEditAfterLiveUpdate()
    {
        PM_REQUIRE_SERVER();
        TwoDesktops d;
        QVERIFY(d.setUp());
        d.alice->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.alice.get()));
        QTableView *view = d.alice->tableView();
        const QModelIndex source = d.alice->tableModel()->index(d.alice->tableModel()->rowOf(d.row.id), browserColumn(Column::PlanningTime));
        const QModelIndex index = d.alice->filterModel()->mapFromSource(source);
        QVERIFY(index.isValid());
        view->scrollTo(index);
        view->setCurrentIndex(index);
        view->edit(index);
        auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(index));
        QVERIFY(editor);
        QVERIFY(d.bobChangesResources(QStringLiteral("[Cheap]")));
        editor->setText(QStringLiteral("[Weeks]"));
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!MessageBox::lastMessages().isEmpty());
        const QString shown = MessageBox::lastMessages().join(QLatin1Char('\n'));
        QVERIFY2(shown.contains(QStringLiteral("by ") + d.bobName), qPrintable(shown));
        const Offering now = d.stored();
        QCOMPARE(now.cell(Column::Resources), QStringLiteral("[Cheap]"));
        QCOMPARE(now.cell(Column::PlanningTime), d.row.cell(Column::PlanningTime));
    }

    // Undo and redo write only over the version their last step left.
    void undoAndRedoAfterOtherUsersChange()
    {
        PM_REQUIRE_SERVER();
        TwoDesktops d;
        QVERIFY(d.setUp());
        MatrixEditor *editor = d.alice->editor();
        QSignalSpy failed(editor, &MatrixEditor::failed);
        auto edited = editor->editCell(d.row.id, Column::PlanningTime, QStringLiteral("[Weeks]"), d.aliceSees().version);
        QVERIFY2(edited, qPrintable(errorText(edited)));
        QVERIFY(d.bobChangesResources(QStringLiteral("[Cheap]")));
        MessageBox::setNextAnswer(QMessageBox::Cancel); // neither reload nor apply again: look at what is stored
        editor->undo();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(d.bobName), qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(failed.at(0).at(1).toBool());
        Offering now = d.stored();
        QCOMPARE(now.cell(Column::PlanningTime), QStringLiteral("[Weeks]")); // the undo did not write
        QCOMPARE(now.cell(Column::Resources), QStringLiteral("[Cheap]"));
        QVERIFY2(MessageBox::lastMessages().join(QLatin1Char(' ')).contains(QStringLiteral("Retry: apply your change again")),
                 qPrintable(MessageBox::lastMessages().join(QLatin1Char(' ')))); // the conflict dialog, not only "reload?"

        // The same refusal answered "apply again": the undo is written over Bob's version,
        // his change to another cell stays.
        TwoDesktops a;
        QVERIFY(a.setUp());
        MatrixEditor *again = a.alice->editor();
        QVERIFY(again->editCell(a.row.id, Column::PlanningTime, QStringLiteral("[Weeks]"), a.aliceSees().version));
        QVERIFY(a.bobChangesResources(QStringLiteral("[Cheap]")));
        MessageBox::setNextAnswer(QMessageBox::Retry);
        again->undo();
        now = a.stored();
        QCOMPARE(now.cell(Column::PlanningTime), a.row.cell(Column::PlanningTime)); // undone
        QCOMPARE(now.cell(Column::Resources), QStringLiteral("[Cheap]"));           // Bob's change kept
        QCOMPARE(now.version, a.row.version + 3);

        // Redo: Alice undoes on an unchanged row (accepted), Bob changes it, Alice redoes.
        TwoDesktops r;
        QVERIFY(r.setUp());
        MatrixEditor *redoer = r.alice->editor();
        QSignalSpy redoFailed(redoer, &MatrixEditor::failed);
        QVERIFY(redoer->editCell(r.row.id, Column::PlanningTime, QStringLiteral("[Weeks]"), r.aliceSees().version));
        redoer->undo();
        QCOMPARE(redoFailed.count(), 0);
        QCOMPARE(r.stored().cell(Column::PlanningTime), r.row.cell(Column::PlanningTime));
        QVERIFY(r.bobChangesResources(QStringLiteral("[Cheap]")));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        redoer->redo();
        QCOMPARE(redoFailed.count(), 1);
        now = r.stored();
        QCOMPARE(now.cell(Column::PlanningTime), r.row.cell(Column::PlanningTime));
        QCOMPARE(now.cell(Column::Resources), QStringLiteral("[Cheap]"));
    }

    // The same for a partner's edit (SaveEntityCommand): Alice renames, Bob changes the
    // website, Alice's undo is refused, then written again over Bob's version.
    void undoOfAPartnerEditAppliedAgain()
    {
        PM_REQUIRE_SERVER();
        TwoDesktops d;
        QVERIFY(d.setUp());
        MatrixEditor *editor = d.alice->editor();
        const Result<QList<Partner>> before = d.server.store->loadPartners();
        QVERIFY(before.ok() && !before->isEmpty());
        Partner mine = before->first();
        const QString originalName = mine.fullName;
        mine.fullName = QStringLiteral("Renamed by Alice");
        auto saved = editor->savePartner(mine);
        QVERIFY2(saved.ok(), qPrintable(errorText(saved)));
        Partner bobs = *saved;
        bobs.website = QStringLiteral("https://bob.example.org");
        QVERIFY(d.bob->savePartner(bobs).ok());
        MessageBox::setNextAnswer(QMessageBox::Retry);
        editor->undo();
        const Result<QList<Partner>> after = d.server.store->loadPartners();
        QVERIFY(after.ok());
        Partner now;
        for (const Partner &p : *after)
            if (p.id == mine.id)
                now = p;
        QCOMPARE(now.fullName, originalName); // the undo, written over Bob's version
        QCOMPARE(now.version, saved->version + 2);
        QVERIFY2(MessageBox::lastMessages().join(QLatin1Char(' ')).contains(QStringLiteral("Retry: apply your change again")),
                 qPrintable(MessageBox::lastMessages().join(QLatin1Char(' '))));
    }

    // Deletes of partners, holders and cells carry the version; a row changed or deleted
    // meanwhile is reported; version 0 is refused everywhere (it used to skip the check).
    void everyWriteIsVersionChecked_data() { addBackendRows(); }
    void everyWriteIsVersionChecked()
    {
        PM_FETCH_BACKEND(b);
        BackendDatabase t(b);
        QVERIFY(t.store->importFile(dataPath(QStringLiteral("d52-figure1.tsv")), {}));
        const Offering o = t.store->load()->offerings.first();
        Partner p;
        p.shortName = QStringLiteral("KIT");
        const Partner partner = *t.store->savePartner(p);
        SampleHolder h;
        h.label = QStringLiteral("air-tight XRD dome");
        const SampleHolder holder = *t.store->saveHolder(h);
        OperandoCell c;
        c.name = QStringLiteral("pouch cell");
        const OperandoCell cell = *t.store->saveCell(c);
        const qsizetype partners = t.store->loadPartners()->size(), holders = t.store->loadHolders()->size(),
                        cells = t.store->loadCells()->size();

        // Version 0 never means "skip the check".
        QVERIFY(!t.store->updateCell(o.id, Column::Resources, QStringLiteral("[Cheap]"), 0));
        QVERIFY(!t.store->deleteOffering(o.id, 0));
        QVERIFY(!t.store->deletePartner(partner.id, 0));
        QVERIFY(!t.store->deleteHolder(holder.id, 0));
        QVERIFY(!t.store->deleteCell(cell.id, 0));
        Partner unversioned = partner;
        unversioned.version = 0;
        QVERIFY(!t.store->savePartner(unversioned));
        QCOMPARE(t.store->fetchOffering(o.id)->version, o.version);

        // Someone else changes each one; the delete based on the old version is refused.
        Partner renamed = partner;
        renamed.fullName = QStringLiteral("Karlsruhe Institute of Technology");
        QVERIFY(t.store->savePartner(renamed));
        SampleHolder relabelled = holder;
        relabelled.owner = QStringLiteral("KIT");
        QVERIFY(t.store->saveHolder(relabelled));
        OperandoCell reowned = cell;
        reowned.owner = QStringLiteral("KIT");
        QVERIFY(t.store->saveCell(reowned));
        auto stalePartner = t.store->deletePartner(partner.id, partner.version);
        auto staleHolder = t.store->deleteHolder(holder.id, holder.version);
        auto staleCell = t.store->deleteCell(cell.id, cell.version);
        for (const Result<void> *r : {&stalePartner, &staleHolder, &staleCell}) {
            QVERIFY(!*r);
            QVERIFY2(r->error().text().contains(QStringLiteral("changed by someone else")), qPrintable(r->error().text()));
        }
        QCOMPARE(t.store->loadPartners()->size(), partners);
        QCOMPARE(t.store->loadHolders()->size(), holders);
        QCOMPARE(t.store->loadCells()->size(), cells);

        // At the current version they go; a second delete is told they are gone.
        QVERIFY(t.store->deleteHolder(holder.id, holder.version + 1));
        QVERIFY(t.store->deleteCell(cell.id, cell.version + 1));
        QVERIFY(t.store->deletePartner(partner.id, partner.version + 1));
        auto goneHolder = t.store->deleteHolder(holder.id, holder.version + 1);
        QVERIFY(!goneHolder);
        QVERIFY2(goneHolder.error().text().contains(QStringLiteral("deleted by someone else")), qPrintable(goneHolder.error().text()));
        QVERIFY(!t.store->deleteCell(cell.id, cell.version + 1));
        QVERIFY(!t.store->deletePartner(partner.id, partner.version + 1));
    }
};

QTEST_MAIN(TestEditConflicts)
#include "test_edit_conflicts.moc"
