#include "FakeRepository.h"

#include <QFile>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace pm::test {

FakeRepository::FakeRepository(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            s->setParent(this);
            // Owned by the connection: freed with it, whichever of socket and server goes first.
            auto buffer = std::make_shared<QByteArray>();
            connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
                if (buffer->contains("\r\n\r\n"))
                    return; // one request per connection
                *buffer += s->readAll();
                if (!buffer->contains("\r\n\r\n"))
                    return;
                Request request;
                const QList<QByteArray> lines = buffer->left(buffer->indexOf("\r\n\r\n")).split('\n');
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                request.target = first.value(1);
                for (int i = 1; i < lines.size(); ++i) {
                    const int colon = int(lines[i].indexOf(':'));
                    if (colon > 0)
                        request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
                }
                received.append(request);
                serve(s);
            });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
}

QByteArray FakeRepository::fixture(const QString &name)
{
    QFile f(QStringLiteral(PROBEMATRIX_TEST_DATA "/archive/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool FakeRepository::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString FakeRepository::base() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

void FakeRepository::serve(QTcpSocket *socket)
{
    const Reply reply = handler ? handler(received.last()) : Reply{404, "{}", {}, Mode::Body};
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + (reply.status == 200 ? " OK" : " Status") + "\r\n";
    head += "Content-Type: application/json\r\nConnection: close\r\n";
    for (const auto &h : reply.headers)
        head += h.first + ": " + h.second + "\r\n";
    constexpr qint64 huge = 50LL * 1024 * 1024;
    switch (reply.mode) {
    case Mode::Body:
        socket->write(head + "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n" + reply.body);
        connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
            if (socket->bytesToWrite() == 0)
                socket->disconnectFromHost();
        });
        return;
    case Mode::Drip: {
        socket->write(head + "Content-Length: 1000\r\n\r\n{");
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
        timer->start(200);
        return;
    }
    case Mode::Silent:
        return;
    case Mode::Huge:
    case Mode::HugeNoLength: {
        socket->write(head + (reply.mode == Mode::Huge ? "Content-Length: " + QByteArray::number(huge) + "\r\n" : QByteArray()) + "\r\n"
                      + "{\"hits\": {\"hits\": [");
        const QByteArray chunk(256 * 1024, ' ');
        auto more = [this, socket, chunk] {
            if (socket->bytesToWrite() > 0 || socket->state() != QAbstractSocket::ConnectedState)
                return;
            if (bytesStreamed >= huge) {
                socket->disconnectFromHost();
                return;
            }
            bytesStreamed += socket->write(chunk);
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, more);
        more();
        return;
    }
    }
}

} // namespace pm::test
