#pragma once

// The plan workspace's "Existing data" tab (issue 17, D5.2 4.2): the shown plan's techniques
// and the request's observables looked up in the user's repositories, asynchronously (the
// window stays responsive; Cancel stops at once). Results are grouped by what was asked, so
// the user can judge each match by its query; only datasets and publications are listed.
// Double-click (or Enter) opens a result's DOI or page.

#include "archive/ArchiveClient.h"
#include "archive/PlanQueries.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace pm {
class Database;
struct Matrix;
struct Plan;
struct Request;
} // namespace pm

namespace pm::ui::archive {

class ExistingDataPanel : public QWidget {
    Q_OBJECT
public:
    explicit ExistingDataPanel(QWidget *parent = nullptr);

    // What to look up: the plan shown and its request. Clears the results; search() asks.
    void setPlan(const Plan &plan, const Request &request, const Matrix &matrix);
    // The matrix database: answers are cached there (offline first), and a consortium server's
    // shared repositories are searched too. Null: neither. Must outlive the panel or be reset.
    void setDatabase(Database *db);
    void search();
    void cancel();
    bool isSearching() const { return m_pending > 0; }

    QTreeView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    QString statusText() const;
    // Measure steps of the shown plan with at least one match (for the steps' badges).
    QStringList stepsWithMatches() const { return m_stepsWithMatches; }
    // What was found per technique of the shown plan (for the report's Existing data page).
    QList<QPair<QString, pm::archive::ArchiveRecord>> foundByTechnique() const;

    // Opens a result's link; a seam for tests (default: QDesktopServices::openUrl).
    std::function<void(const QUrl &)> openUrl;

    // The selected result's DOI and the observables its group was asked for (empty when no
    // result with a DOI is selected): what "Use as existing data" offers.
    QString selectedDoi() const;
    QStringList selectedObservables() const;
    // Chooses the observable to mark covered among selectedObservables(); a seam for tests
    // (default: a list dialog; empty: cancelled).
    std::function<QString(const QStringList &observables, const QString &doi)> chooseObservable;

signals:
    void matchesChanged(const QStringList &stepIds);
    // The user marks `observable` as covered by the dataset `doi`: the plan should be made
    // again without it (the workspace re-plans; the request records the DOI).
    void coveredChosen(const QString &observable, const QString &doi);

private:
    void onOutcome(const pm::archive::SearchOutcome &outcome);
    void launch(const QList<QUrl> &bases, const QStringList &queries);
    void rebuild();
    void updateStatus();

    pm::archive::ArchiveClient *m_client;
    pm::archive::PlanSearches m_searches;
    QHash<QString, QList<pm::archive::ArchiveRecord>> m_found; // query -> records
    QStringList m_errors;
    QStringList m_notices; // repositories shown from the cache, and why
    Database *m_db = nullptr;
    int m_generation = 0;        // a search replaced (or cancelled) while its tokens were read is dropped
    bool m_readingTokens = false;
    QStringList m_stepsWithMatches;
    int m_pending = 0;
    int m_repositories = 0;
    bool m_cancelled = false;
    QLabel *m_status;
    QPushButton *m_searchButton;
    QPushButton *m_cancelButton;
    QPushButton *m_repositoriesButton;
    QPushButton *m_useButton;
    QTreeView *m_view;
    QStandardItemModel *m_model;
};

} // namespace pm::ui::archive
