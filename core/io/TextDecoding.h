#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace pm {

// Bytes of a text table to text, a chunk at a time, so that a file is never held twice (as
// bytes and as text): peak memory is the text plus one chunk (issue 15, finding 5).
//
// UTF-8 is the rule (a byte-order mark is dropped). A file that starts with a UTF-16
// byte-order mark is read as UTF-16: that is what Excel writes for "Unicode text" (finding 9).
// Anything else with a NUL byte is binary; invalid UTF-8 is refused naming the first bad line.
class TextDecoding {
public:
    explicit TextDecoding(QString source);

    // Appends the decoded chunk; an error is final (feed nothing after it).
    Result<void> feed(QByteArrayView chunk);
    // The whole text, once every chunk was fed.
    Result<QString> finish();

private:
    Error badUtf8() const;

    QString m_source;
    std::optional<QStringDecoder> m_decoder; // chosen by the first bytes
    QByteArray m_head;                       // the first bytes, until the encoding is known
    QByteArray m_lastLines;                  // the chunk being decoded, for the bad line's number
    qint64 m_linesBefore = 0;                // complete lines in earlier chunks
    qint64 m_bytes = 0;
    QByteArray m_tail; // the last four bytes, to see a character cut off at the end
    bool m_utf16 = false;
    QString m_text;
};

} // namespace pm
