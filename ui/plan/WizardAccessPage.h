#pragma once

// The request wizard's access and material page (issue 13): which large-scale-facility
// access routes the proposer holds, how much material one prepared sample gives, and
// whether the sample is industrial or modified (D5.5 Table 2).

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace pm::ui {

class RequestWizard;

class AccessPage : public QWizardPage {
    Q_OBJECT
public:
    explicit AccessPage(RequestWizard *wizard);
    void initializePage() override;
    // The amount field is complete when empty (the shape's default) or a valid amount.
    bool isComplete() const override;
    QList<QCheckBox *> routes() const { return m_routes; }
    QLineEdit *amount() const { return m_amount; }
    QComboBox *preparation() const { return m_preparation; }
    QLabel *amountProblem() const { return m_amountProblem; }

private:
    void writeRoutes();
    void writeAmount(const QString &text);
    RequestWizard *m_wizard;
    QList<QCheckBox *> m_routes; // rapid, industrial, long-term (standard is always held)
    QLineEdit *m_amount;
    QLabel *m_amountProblem;
    QComboBox *m_preparation;
    bool m_amountValid = true;
};

} // namespace pm::ui
