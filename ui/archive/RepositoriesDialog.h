#pragma once

// Edits the list of InvenioRDM repositories searched for existing data: add an address
// (checked as the client checks it: https://, or http:// on this machine), remove one, or go
// back to the BIG-MAP Archive and Zenodo.

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace pm::ui::archive {

class RepositoriesDialog : public QDialog {
    Q_OBJECT
public:
    explicit RepositoriesDialog(QWidget *parent = nullptr);

    bool addAddress(const QString &text); // false, with the reason shown, when refused
    QStringList addresses() const;

    void accept() override;

private:
    void fill(const QList<QUrl> &list);

    QListWidget *m_list;
    QLineEdit *m_address;
    QLabel *m_problem;
};

} // namespace pm::ui::archive
