#pragma once

// A mailto: draft asking a partner to accept or to reconsider their step. Only validated
// parts go in: the first well-formed address in the offering's contact cell, and subject
// and body percent-encoded, so a contact cell cannot add recipients or headers.

#include "planning/Plan.h"
#include "request/Request.h"

#include <QString>
#include <QUrl>

namespace pm::ui {

QString firstEmailAddress(const QString &contactCell); // empty when none is well-formed
QUrl stepMailDraft(const Request &request, const Step &step, const QString &contactCell, double startDay);

} // namespace pm::ui
