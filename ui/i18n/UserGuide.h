#pragma once

#include <QLocale>
#include <QString>

class QWidget;

namespace pm::i18n {

// The user guide (docs/USER_GUIDE.md, compiled in), for Help > User Guide. A translated
// guide (docs/USER_GUIDE.<lang>.md) is preferred when it exists for the locale.
QString userGuideMarkdown(const QLocale &locale = QLocale());

// Shows the guide in a non-modal window (one at a time), rendered from the Markdown.
void showUserGuide(QWidget *parent);

} // namespace pm::i18n
