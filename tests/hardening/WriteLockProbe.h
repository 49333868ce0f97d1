#pragma once

#include <QString>

namespace pm::test {

// Is some other connection (another process) inside a write transaction on an SQLite file
// right now? Asks SQLite for the write lock without waiting and gives it back at once when
// it was free. Used to tell a kill inside a transaction from one after its commit.
class WriteLockProbe {
public:
    explicit WriteLockProbe(const QString &path);
    ~WriteLockProbe();
    WriteLockProbe(const WriteLockProbe &) = delete;
    WriteLockProbe &operator=(const WriteLockProbe &) = delete;

    bool writerActive();

private:
    QString m_name;
};

} // namespace pm::test
