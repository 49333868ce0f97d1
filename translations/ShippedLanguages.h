#pragma once

#include <QStringList>

namespace pm::i18n {

// The languages ProbeMatrix ships a translation for besides English (ISO 639-1 codes,
// e.g. "fr", "de"), from PROBEMATRIX_LANGUAGES in translations/CMakeLists.txt. Each has
// its compiled catalogue at :/i18n/probematrix_<code>.qm.
QStringList shippedLanguages();

} // namespace pm::i18n
