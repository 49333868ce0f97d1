#pragma once

// Plans > Open stored plan…: the requests stored in the database (title, date, author,
// number of plans), newest first, to reopen one and go on validating it.

#include "planning/PlanStore.h"

#include <QDialog>

class QTableWidget;

namespace pm::ui {

class StoredPlansDialog : public QDialog {
    Q_OBJECT
public:
    StoredPlansDialog(const QList<planstore::StoredRequest> &requests, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    qint64 selectedRequestId() const; // 0: none

    // Lists the stored requests of `db` and returns the one chosen; 0 when cancelled or
    // there is none (then the user is told so). Test seam: setNextChoice.
    static Result<qint64> choose(QWidget *parent, Database &db);
    static void setNextChoice(qint64 requestId);

private:
    QTableWidget *m_table;
};

// Where a stored re-plan comes from, in the user's language: "re-plan of «A — plan 2»
// (stored plan 12) after refusal of measure-2 (TEM @ CEA)"; empty when not a re-plan.
QString replanOriginText(const planstore::StoredRequest &request);

} // namespace pm::ui
