#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pm::test {

// One message of a Qt Linguist .ts file.
struct TsMessage {
    QString context;
    QString source;
    QString comment;  // disambiguation, part of the message's identity
    bool numerus = false;
    QString type;     // translation type: "" (finished), "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form

    // Gone from the sources; lupdate keeps it for the translators' memory only.
    bool isDead() const { return type == u"vanished" || type == u"obsolete"; }
    // Shown untranslated at run time: marked unfinished, or a form left empty.
    bool isUnfinished() const;
    QString key() const; // context, source and comment: what the translator looks up
    QString describe() const;
};

struct TsFile {
    QString language; // the TS element's language attribute
    QList<TsMessage> messages;
    QString error;    // empty if the file was read
};

TsFile readTsFile(const QString &path);

} // namespace pm::test
