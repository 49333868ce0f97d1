#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 that answers like an InvenioRDM repository, or like a
// broken one: an error status, a Retry-After, a body that never ends, one far too large.
// Each test sets `handler`; the requests it received are kept for the test to check.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace pm::test {

class FakeRepository : public QObject {
    Q_OBJECT
public:
    enum class Mode {
        Body,         // status, headers and body, then close
        Drip,         // announces 1000 bytes, sends one every 200 ms: never done in time
        Huge,         // announces 50 MB and streams it
        HugeNoLength, // streams 50 MB with no Content-Length
        Silent,       // accepts the request and never says a word
    };
    struct Reply {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        Mode mode = Mode::Body;
    };
    struct Request {
        QByteArray target; // "/api/records?q=...&size=10&page=1&sort=bestmatch"
        QHash<QByteArray, QByteArray> headers; // names in lower case
    };

    explicit FakeRepository(QObject *parent = nullptr);
    // A response body from tests/data/archive/ (the InvenioRDM and Zenodo shapes).
    static QByteArray fixture(const QString &name);
    bool listen();
    QString base() const; // "http://127.0.0.1:PORT"
    // No longer listens: the next connection is refused, as for a repository gone offline.
    void stop() { m_server.close(); }

    std::function<Reply(const Request &)> handler;
    QList<Request> received;
    qint64 bytesStreamed = 0;

private:
    void serve(QTcpSocket *socket);
    QTcpServer m_server;
};

} // namespace pm::test
