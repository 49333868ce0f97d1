#pragma once

// The six pages of the request wizard. Each reads the wizard's request when shown and
// writes every edit back through RequestWizard::updateRequest.

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QLabel;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace pm::ui {

class RequestWizard;

class ObservablesPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ObservablesPage(RequestWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    QListWidget *list() const { return m_list; }
    QLineEdit *search() const { return m_search; }

private:
    void applyFilter();
    RequestWizard *m_wizard;
    QLineEdit *m_search;
    QListWidget *m_list;
};

class SamplePage : public QWizardPage {
    Q_OBJECT
public:
    explicit SamplePage(RequestWizard *wizard);
    void initializePage() override;

private:
    RequestWizard *m_wizard;
    QLineEdit *m_title;
    QComboBox *m_shape;
    QLineEdit *m_material;
    QCheckBox *m_airSensitive;
    QComboBox *m_origin;
    // The electrochemical history (issue 18): cycles before the measurement, at a C-rate.
    QSpinBox *m_cycles;
    QDoubleSpinBox *m_cRate;
    QLabel *m_historyNote;
    void showHistory();
};

class RoiPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RoiPage(RequestWizard *wizard);
    void initializePage() override;
    QTableWidget *table() const { return m_table; }

private:
    RequestWizard *m_wizard;
    QTableWidget *m_table;
};

class OperandoPage : public QWizardPage {
    Q_OBJECT
public:
    explicit OperandoPage(RequestWizard *wizard);
    void initializePage() override;
    QTableWidget *table() const { return m_table; }

private:
    RequestWizard *m_wizard;
    QTableWidget *m_table;
    QDoubleSpinBox *m_cRate;
};

class CorrelationsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit CorrelationsPage(RequestWizard *wizard);
    void initializePage() override;
    QListWidget *observables() const { return m_observables; }
    QComboBox *type() const { return m_type; }
    QListWidget *groups() const { return m_groups; }
    void addGroup();

private:
    void showGroups();
    RequestWizard *m_wizard;
    QListWidget *m_observables;
    QComboBox *m_type;
    QListWidget *m_groups;
};

class PriorityPage : public QWizardPage {
    Q_OBJECT
public:
    explicit PriorityPage(RequestWizard *wizard);
    void initializePage() override;
    // Quadrants of D5.5 Table 3: 0 high fidelity/high cost, 1 low fidelity/high cost,
    // 2 high fidelity/low cost, 3 low fidelity/low cost.
    void chooseQuadrant(int quadrant);
    QListWidget *partners() const { return m_partners; }
    QCheckBox *excludeLargeScale() const { return m_excludeLsf; }

private:
    void writeExclusions();
    RequestWizard *m_wizard;
    QButtonGroup *m_quadrants;
    QListWidget *m_partners;
    QCheckBox *m_excludeLsf;
    QCheckBox *m_hasDeadline;
    QDateEdit *m_deadline;
};

} // namespace pm::ui
