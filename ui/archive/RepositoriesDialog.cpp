#include "RepositoriesDialog.h"
#include "archive/KeychainTokenStore.h"
#include "RepositorySettings.h"

#include "archive/Repositories.h"
#include "archive/RepositoryUrl.h"
#include "archive/ResultCache.h"
#include "archive/SharedRepositories.h"
#include "store/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace pm::ui::archive {

namespace {
constexpr int kAddressRole = Qt::UserRole + 1;
constexpr int kFromServerRole = Qt::UserRole + 2;
} // namespace

RepositoriesDialog::RepositoriesDialog(QWidget *parent, Database *db)
    : QDialog(parent), m_db(db), m_list(new QListWidget(this)), m_address(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_token(new QLineEdit(this)), m_tokenLabel(new QLabel(tr("Access &token:"), this)), m_keychain(new QLabel(this)), m_clearCache(new QPushButton(tr("C&lear cached results"), this))
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

    // The selected repository's access token, for restricted communities.
    auto *tokenForm = new QFormLayout;
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setEnabled(false);
    m_token->setPlaceholderText(tr("select a repository"));
    m_tokenLabel->setBuddy(m_token);
    tokenForm->addRow(m_tokenLabel, m_token);
    layout->addLayout(tokenForm);
    m_keychain->setObjectName(QStringLiteral("keychainNote"));
    m_keychain->setWordWrap(true);
    layout->addWidget(m_keychain);

    m_clearCache->setObjectName(QStringLiteral("clearCache"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_clearCache);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    bottom->addWidget(buttons, 1);
    layout->addLayout(bottom);

    connect(add, &QPushButton::clicked, this, [this] {
        if (addAddress(m_address->text()))
            m_address->clear();
    });
    connect(m_address, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(remove, &QPushButton::clicked, this, [this] {
        for (QListWidgetItem *item : m_list->selectedItems()) {
            if (item->data(kFromServerRole).toBool()) {
                m_problem->setText(tr("%1 is the consortium's: only its administrators change that list").arg(item->data(kAddressRole).toString()));
                continue;
            }
            delete item;
        }
    });
    connect(defaults, &QPushButton::clicked, this, [this] {
        QList<QUrl> list;
        for (const pm::archive::Repository &r : pm::archive::defaultRepositories())
            list.append(QUrl(r.url));
        fill(list);
    });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        showTokenOf(current ? current->data(kAddressRole).toString() : QString());
    });
    connect(m_token, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!m_tokenFor.isEmpty())
            m_editedTokens.insert(m_tokenFor, text);
    });
    connect(m_clearCache, &QPushButton::clicked, this, [this] {
        if (!m_db)
            return;
        if (auto cleared = pm::archive::ResultCache(*m_db).clear(); !cleared)
            m_problem->setText(cleared.error().text());
        updateCacheButton();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill(repositories());
    updateCacheButton();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0); // reads its token's presence: finds out whether there is a keychain
    if (auto *keychain = dynamic_cast<pm::archive::KeychainTokenStore *>(&pm::archive::tokenStore()))
        connect(keychain, &pm::archive::KeychainTokenStore::keychainMissing, this, &RepositoriesDialog::updateKeychainNote);
    updateKeychainNote();
}

void RepositoriesDialog::fill(const QList<QUrl> &list)
{
    m_list->clear();
    if (m_db)
        if (auto shared = pm::archive::sharedRepositories(*m_db)) {
            for (const pm::archive::SharedRepository &r : std::as_const(*shared)) {
                const QString name = r.name.isEmpty() ? r.url.toString() : QStringLiteral("%1 (%2)").arg(r.name, r.url.toString());
                auto *item = new QListWidgetItem(tr("%1 — from the consortium server").arg(name), m_list);
                item->setData(kAddressRole, r.url.toString());
                item->setData(kFromServerRole, true);
                item->setToolTip(tr("Shared by the consortium server (added by %1); only its administrators change it").arg(r.addedBy));
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            }
        }
    for (const QUrl &u : list)
        if (!serverAddresses().contains(u.toString())) {
            auto *item = new QListWidgetItem(u.toString(), m_list);
            item->setData(kAddressRole, u.toString());
        }
    m_problem->clear();
}

bool RepositoriesDialog::addAddress(const QString &text)
{
    const auto base = pm::archive::repositoryBase(text);
    if (!base) {
        m_problem->setText(base.error().message);
        return false;
    }
    if (addresses().contains(base->toString()) || serverAddresses().contains(base->toString())) {
        m_problem->setText(tr("%1 is already in the list").arg(base->toString()));
        return false;
    }
    auto *item = new QListWidgetItem(base->toString(), m_list);
    item->setData(kAddressRole, base->toString());
    m_problem->clear();
    return true;
}

QStringList RepositoriesDialog::addresses() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        if (!m_list->item(i)->data(kFromServerRole).toBool())
            out.append(m_list->item(i)->data(kAddressRole).toString());
    return out;
}

QStringList RepositoriesDialog::serverAddresses() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kFromServerRole).toBool())
            out.append(m_list->item(i)->data(kAddressRole).toString());
    return out;
}

bool RepositoriesDialog::selectAddress(const QString &address)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kAddressRole).toString() == address) {
            m_list->setCurrentRow(i);
            return true;
        }
    return false;
}

void RepositoriesDialog::showTokenOf(const QString &address)
{
    m_tokenFor = address;
    m_tokenLabel->setText(address.isEmpty() ? tr("Access &token:") : tr("Access &token for %1:").arg(address));
    m_token->clear();
    m_token->setEnabled(!address.isEmpty());
    if (address.isEmpty()) {
        m_token->setPlaceholderText(tr("select a repository"));
        return;
    }
    if (m_editedTokens.contains(address)) {
        m_token->setText(m_editedTokens.value(address));
        return;
    }
    // Whether one is kept, without showing it: the field stays empty until the user types.
    m_token->setPlaceholderText(tr("none (only restricted communities need one)"));
    QPointer<RepositoriesDialog> self(this);
    pm::archive::tokenStore().read(QUrl(address), [self, address](Result<QString> token) {
        if (!self || self->m_tokenFor != address)
            return;
        if (!token)
            self->m_problem->setText(token.error().message);
        else if (!token->isEmpty())
            self->m_token->setPlaceholderText(tr("a token is kept; type a new one to replace it, or clear the field to remove it"));
        self->updateKeychainNote();
    });
}

QString RepositoriesDialog::keychainNote() const
{
    return m_keychain->text();
}

void RepositoriesDialog::updateKeychainNote()
{
    m_keychain->setText(pm::archive::tokenStore().persistent() ? tr("Tokens are kept in the system keychain, never in the settings.")
                                                  : tr("No system keychain: the token is kept for this session only."));
}

void RepositoriesDialog::updateCacheButton()
{
    m_clearCache->setEnabled(m_db != nullptr);
    if (!m_db) {
        m_clearCache->setToolTip(tr("No database: nothing is cached"));
        return;
    }
    const auto count = pm::archive::ResultCache(*m_db).count();
    m_clearCache->setToolTip(count ? tr("%n search(es) cached, shown when a repository cannot be reached", nullptr, *count)
                                   : count.error().text());
}

void RepositoriesDialog::accept()
{
    QList<QUrl> list;
    for (const QString &a : addresses())
        if (auto base = pm::archive::repositoryBase(a))
            list.append(*base);
    setRepositories(list);
    // Tokens go to the keychain (or this session's memory), nowhere else; the answer comes
    // later and is only worth a warning without the token in it.
    for (auto it = m_editedTokens.constBegin(); it != m_editedTokens.constEnd(); ++it) {
        const QUrl base(it.key());
        auto report = [base](Result<void> done) {
            if (!done)
                qWarning("probematrix: %s", qPrintable(done.error().message));
        };
        if (it.value().isEmpty())
            pm::archive::tokenStore().remove(base, report);
        else
            pm::archive::tokenStore().write(base, it.value(), report);
    }
    QDialog::accept();
}

} // namespace pm::ui::archive
