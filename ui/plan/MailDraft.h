#pragma once

// A mailto: draft asking a partner to accept or to reconsider their step. Only validated
// parts go in: the first well-formed address in the offering's contact cell, and subject
// and body percent-encoded, so a contact cell cannot add recipients or headers.
//
// Whom to write to comes from the contacts the matrix holds (the offering's contact cell,
// the site's public contact in sites.json): never an invented address. A site contact is
// often a web page, not an address: the workspace then says so and offers the text to copy.

#include "planning/Plan.h"
#include "request/Request.h"

#include <QDate>
#include <QString>
#include <QUrl>

namespace pm::ui {

QString firstEmailAddress(const QString &contactCell); // empty when none is well-formed
QString firstWebPage(const QString &contactCell);      // "https://…"; empty when none

struct MailContact {
    QString address; // from the offering's contact, else the site's
    QString webPage; // when there is no address: the public page where the partner takes requests
    bool isEmpty() const { return address.isEmpty() && webPage.isEmpty(); }
};
MailContact stepMailContact(const QString &offeringContact, const QString &siteContact);

// The draft's text. `start` and `end` are the calendar dates the Steps table shows.
struct MailText {
    QString subject;
    QString body;
};
MailText stepMailText(const Request &request, const Step &step, const QDate &start, const QDate &end);
QUrl stepMailDraft(const Request &request, const Step &step, const QString &contactCell, const QDate &start, const QDate &end);

} // namespace pm::ui
