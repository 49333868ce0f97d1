#pragma once

#include <QString>

namespace pm::spreadsheet {

// Formula injection (CSV injection, OWASP): a spreadsheet opening a CSV or TSV file runs a cell
// that starts with '=', '+', '-' or '@' as a formula (=HYPERLINK(...), =cmd|...), and a leading
// tab or carriage return lets such a cell hide behind blanks. Matrix and plan text comes from
// thirty partners' files and from other users of a shared server, so exports neutralise such
// cells by default, as OWASP advises: a single quote is put in front, which spreadsheets show
// as text. `--raw` (CLI) keeps cells exactly as they are.
// https://owasp.org/www-community/attacks/CSV_Injection
bool startsLikeFormula(const QString &cell);

// The cell with a leading "'" when it starts like a formula; otherwise unchanged.
QString neutralised(const QString &cell);

// The inverse, for our own CSV/TSV files read back: "'" followed by a formula start loses the
// quote, so that export then import gives the cells back as they were.
QString unneutralised(const QString &cell);

} // namespace pm::spreadsheet
