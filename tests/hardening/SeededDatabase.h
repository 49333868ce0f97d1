#pragma once

#include <QString>

namespace pm::test {

// The bundled matrix seeded once into a closed database file (the WAL checkpointed into it,
// so one file holds everything), and fresh copies of it, one per test case, so that every
// case starts from the same known state.
class SeededDatabase {
public:
    // Seeds `directory`/seeded.sqlite; qFatal when it cannot (nothing else could run).
    explicit SeededDatabase(const QString &directory);

    QString path() const { return m_path; }
    qsizetype offeringCount() const { return m_offerings; }

    // `directory`/`name`, replaced (with any -wal/-shm left by an earlier, killed case) by a
    // copy of the seeded file.
    QString freshCopy(const QString &name) const;

private:
    QString m_directory;
    QString m_path;
    qsizetype m_offerings = 0;
};

} // namespace pm::test
