#include "SeededDatabase.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>

namespace pm::test {

SeededDatabase::SeededDatabase(const QString &directory)
    : m_directory(directory),
      m_path(QDir(directory).filePath(QStringLiteral("seeded.sqlite")))
{
    BundledDatabase seeded;
    m_offerings = seeded.matrix.offerings.size();
    seeded.store.reset();
    seeded.db.reset(); // closing checkpoints the WAL into the main file
    QFile::remove(m_path);
    if (!QFile::copy(seeded.path, m_path))
        qFatal("cannot copy the seeded database to %s", qPrintable(m_path));
}

QString SeededDatabase::freshCopy(const QString &name) const
{
    const QString p = QDir(m_directory).filePath(name);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(p + suffix);
    if (!QFile::copy(m_path, p))
        qFatal("cannot copy the seeded database to %s", qPrintable(p));
    return p;
}

} // namespace pm::test
