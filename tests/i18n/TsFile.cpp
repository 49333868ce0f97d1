#include "TsFile.h"

#include <QFile>
#include <QXmlStreamReader>

namespace pm::test {

bool TsMessage::isUnfinished() const
{
    if (type == u"unfinished")
        return true;
    if (translations.isEmpty())
        return true;
    for (const QString &t : translations)
        if (t.isEmpty())
            return true;
    return false;
}

QString TsMessage::key() const
{
    return context + QChar(u'\x1f') + source + QChar(u'\x1f') + comment;
}

QString TsMessage::describe() const
{
    QString text = context + QStringLiteral(": \"") + source + u'"';
    if (!comment.isEmpty())
        text += QStringLiteral(" (") + comment + u')';
    return text;
}

namespace {
void readMessage(QXmlStreamReader &xml, const QString &context, TsMessage &m)
{
    m.context = context;
    m.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            m.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            m.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        m.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m.translations.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            }
        } else {
            xml.skipCurrentElement();
        }
    }
}
} // namespace

TsFile readTsFile(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != u"TS") {
        ts.error = QStringLiteral("%1 is not a Qt Linguist .ts file").arg(path);
        return ts;
    }
    ts.language = xml.attributes().value(QLatin1String("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != u"context") {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                TsMessage m;
                readMessage(xml, context, m);
                ts.messages.append(m);
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1, line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

} // namespace pm::test
