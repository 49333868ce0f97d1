#include "ConnectionDialog.h"

#include "RecentConnections.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace pm::ui {

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent),
      m_recent(new QComboBox(this)),
      m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)),
      m_sslMode(new QComboBox(this)),
      m_password(new QLineEdit(this)),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to a consortium server"));
    m_recent->addItem(tr("New connection"));
    for (const QString &url : RecentConnections::load())
        m_recent->addItem(url, url);
    m_host->setPlaceholderText(tr("matrix.example.org"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setPlaceholderText(tr("probematrix"));
    m_user->setPlaceholderText(tr("your login on the server"));
    // Automatic leaves sslmode out of the URL: the core then asks for verify-full for any
    // other machine and libpq's default for this one (issue 15). The rest are libpq's own
    // names and go into the URL as ?sslmode=...
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_sslMode->addItem(tr("Automatic (verify-full for other machines)"), QString());
    for (const char *mode : {"verify-full", "verify-ca", "require", "prefer", "disable"})
        m_sslMode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    m_sslMode->setToolTip(tr("verify-full checks the server's certificate and name (the consortium's CA certificate must be "
                             "installed: see the server guide); require encrypts without checking who answers"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: use ~/.pgpass, PGPASSWORD or a service file"));
    m_password->setToolTip(tr("Kept in memory for this session only, never saved"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Recent:"), m_recent);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("&SSL:"), m_sslMode);
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_recent, &QComboBox::currentIndexChanged, this, &ConnectionDialog::recentChosen);
    for (QLineEdit *e : {m_host, m_database, m_user})
        connect(e, &QLineEdit::textChanged, this, &ConnectionDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    if (m_recent->count() > 1)
        m_recent->setCurrentIndex(1);
    updateButtons();
}

ConnectionDialog::~ConnectionDialog() = default;

QString ConnectionDialog::buildUrl(const QString &host, int port, const QString &database, const QString &user, const QString &sslMode,
                                   const QString &password)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host.trimmed());
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database.trimmed());
    if (!user.trimmed().isEmpty())
        url.setUserName(user.trimmed());
    if (!password.isEmpty())
        url.setPassword(password);
    if (!sslMode.isEmpty()) { // empty: automatic (ConnectionSecurity.h)
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
        url.setQuery(query);
    }
    return url.toString();
}

void ConnectionDialog::setLocation(const QString &text)
{
    const QUrl url(text);
    m_host->setText(url.host());
    m_port->setValue(url.port(5432));
    m_database->setText(url.path().mid(1));
    m_user->setText(url.userName());
    const QString ssl = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
    const int index = m_sslMode->findData(ssl);
    m_sslMode->setCurrentIndex(index < 0 ? 0 : index);
    m_password->clear();
}

QString ConnectionDialog::openLocation() const
{
    return buildUrl(m_host->text(), m_port->value(), m_database->text(), m_user->text(), m_sslMode->currentData().toString(), m_password->text());
}

QString ConnectionDialog::displayLocation() const
{
    return buildUrl(m_host->text(), m_port->value(), m_database->text(), m_user->text(), m_sslMode->currentData().toString());
}

std::unique_ptr<Database> ConnectionDialog::takeDatabase()
{
    return std::move(m_db);
}

void ConnectionDialog::recentChosen(int index)
{
    const QString url = m_recent->itemData(index).toString();
    if (!url.isEmpty())
        setLocation(url);
}

void ConnectionDialog::updateButtons()
{
    const bool complete = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

void ConnectionDialog::showError(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

void ConnectionDialog::accept()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = Database::open(openLocation());
    QApplication::restoreOverrideCursor();
    if (!opened) {
        const QString text = opened.error().text();
        // libpq asks for a password it did not find in PGPASSWORD or ~/.pgpass.
        if (text.contains(u"password") && m_password->text().isEmpty()) {
            showError(tr("The server wants a password for %1. Type it above (it is not saved), or put it in ~/.pgpass.")
                          .arg(m_user->text().isEmpty() ? tr("your login") : m_user->text()));
            m_password->setFocus();
        } else {
            showError(text);
        }
        return;
    }
    m_db = std::move(*opened);
    RecentConnections::remember(displayLocation());
    QDialog::accept();
}

} // namespace pm::ui
