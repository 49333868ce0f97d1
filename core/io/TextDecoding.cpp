#include "TextDecoding.h"

#include <QList>

namespace pm {

namespace {
// True when the last bytes start a multi-byte UTF-8 sequence that is not complete.
bool endsInsideUtf8Sequence(const QByteArray &tail)
{
    qsizetype continuation = 0;
    for (qsizetype i = tail.size() - 1; i >= 0; --i) {
        const auto b = uchar(tail[i]);
        if ((b & 0xC0) == 0x80) {
            ++continuation;
            continue;
        }
        const int length = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
        return length > 1 && continuation + 1 < length;
    }
    return false;
}
} // namespace

TextDecoding::TextDecoding(QString source)
    : m_source(std::move(source))
{
}

Error TextDecoding::badUtf8() const
{
    // The line of the first bad byte: lines of earlier chunks plus, in this chunk, the first
    // line that does not decode on its own.
    qint64 line = m_linesBefore + 1;
    // The chunk may begin inside a character that the previous chunk started: skip its rest.
    qsizetype start = 0;
    while (start < m_lastLines.size() && start < 3 && (uchar(m_lastLines[start]) & 0xC0) == 0x80)
        ++start;
    for (const QByteArray &l : m_lastLines.mid(start).split('\n')) {
        QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decodedLine = probe.decode(l);
        if (probe.hasError())
            break;
        ++line;
    }
    return makeError(QStringLiteral("the file is not valid UTF-8 text (first bad byte on line %1); save it as UTF-8 and try again").arg(line),
                     m_source);
}

Result<void> TextDecoding::feed(QByteArrayView chunk)
{
    if (!m_decoder) {
        m_head.append(chunk);
        if (m_head.size() < 2)
            return {}; // not yet known
        const bool le = m_head.startsWith("\xFF\xFE");
        const bool be = m_head.startsWith("\xFE\xFF");
        m_utf16 = le || be;
        // Stateful: a character cut in two by a chunk boundary is joined; the BOM is dropped.
        m_decoder.emplace(m_utf16 ? (le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE) : QStringDecoder::Utf8);
        const QByteArray head = std::exchange(m_head, QByteArray());
        return feed(QByteArrayView(head));
    }
    if (!m_utf16 && chunk.contains('\0'))
        return makeError(QStringLiteral("this is a binary file, not a text table (it contains NUL bytes)"), m_source);
    m_lastLines = chunk.toByteArray();
    m_bytes += chunk.size();
    m_tail = (m_tail + m_lastLines).right(4);
    const qsizetype before = m_text.size();
    m_text.append(m_decoder->decode(chunk));
    if (m_decoder->hasError()) {
        if (m_utf16)
            return makeError(QStringLiteral("the file starts as UTF-16 text (Excel's \"Unicode text\") but is damaged; save it again"), m_source);
        return badUtf8();
    }
    if (m_utf16 && QStringView(m_text).mid(before).contains(QChar(0)))
        return makeError(QStringLiteral("this is a binary file, not a text table (it contains NUL characters)"), m_source);
    m_linesBefore += chunk.count('\n');
    return {};
}

Result<QString> TextDecoding::finish()
{
    if (!m_decoder) // fewer than two bytes: UTF-8
        m_decoder.emplace(QStringDecoder::Utf8);
    if (!m_head.isEmpty()) {
        const QByteArray head = std::exchange(m_head, QByteArray());
        if (auto ok = feed(QByteArrayView(head)); !ok)
            return ok.error();
    }
    // A character cut off at the end of the file: a stateful decoder waits for the rest, so
    // look at the last bytes.
    if (m_decoder->hasError() || (m_utf16 ? m_bytes % 2 != 0 : endsInsideUtf8Sequence(m_tail)))
        return m_utf16 ? makeError(QStringLiteral("the file starts as UTF-16 text (Excel's \"Unicode text\") but is damaged; save it again"), m_source)
                       : badUtf8();
    if (m_text.startsWith(QChar(0xFEFF)))
        m_text.remove(0, 1);
    return std::move(m_text);
}

} // namespace pm
