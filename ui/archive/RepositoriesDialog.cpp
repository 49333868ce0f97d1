#include "RepositoriesDialog.h"
#include "RepositorySettings.h"

#include "archive/Repositories.h"
#include "archive/RepositoryUrl.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace pm::ui::archive {

RepositoriesDialog::RepositoriesDialog(QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_address(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Repositories for existing data"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("ProbeMatrix looks up each plan's techniques and observables in these InvenioRDM repositories. "
                                "Only the search words are sent, over HTTPS."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    auto *row = new QHBoxLayout;
    m_address->setPlaceholderText(tr("https://repository.example.org"));
    auto *add = new QPushButton(tr("&Add"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *defaults = new QPushButton(tr("&Defaults"), this);
    defaults->setToolTip(tr("The BIG-MAP Archive and Zenodo"));
    row->addWidget(m_address, 1);
    row->addWidget(add);
    row->addWidget(remove);
    row->addWidget(defaults);
    layout->addLayout(row);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        if (addAddress(m_address->text()))
            m_address->clear();
    });
    connect(m_address, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(remove, &QPushButton::clicked, this, [this] { qDeleteAll(m_list->selectedItems()); });
    connect(defaults, &QPushButton::clicked, this, [this] {
        QList<QUrl> list;
        for (const pm::archive::Repository &r : pm::archive::defaultRepositories())
            list.append(QUrl(r.url));
        fill(list);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill(repositories());
}

void RepositoriesDialog::fill(const QList<QUrl> &list)
{
    m_list->clear();
    for (const QUrl &u : list)
        m_list->addItem(u.toString());
    m_problem->clear();
}

bool RepositoriesDialog::addAddress(const QString &text)
{
    const auto base = pm::archive::repositoryBase(text);
    if (!base) {
        m_problem->setText(base.error().message);
        return false;
    }
    if (addresses().contains(base->toString())) {
        m_problem->setText(tr("%1 is already in the list").arg(base->toString()));
        return false;
    }
    m_list->addItem(base->toString());
    m_problem->clear();
    return true;
}

QStringList RepositoriesDialog::addresses() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->text());
    return out;
}

void RepositoriesDialog::accept()
{
    QList<QUrl> list;
    for (const QString &a : addresses())
        if (auto base = pm::archive::repositoryBase(a))
            list.append(*base);
    setRepositories(list);
    QDialog::accept();
}

} // namespace pm::ui::archive
