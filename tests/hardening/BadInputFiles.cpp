#include "BadInputFiles.h"

#include "TestSupport.h"

#include "io/Limits.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace pm::test {

namespace {
QString written(const QString &dir, const QString &name, const QByteArray &data)
{
    const QString path = QDir(dir).filePath(name);
    writeFile(path, data);
    return path;
}

QByteArray randomBytes(int size, quint32 seed)
{
    QByteArray bytes(size, '\0');
    QRandomGenerator rng(seed); // fixed seed: the same bytes on every run
    for (char &c : bytes)
        c = char(rng.bounded(256));
    return bytes;
}

// Runs `statement` on the SQLite file at `path` through a connection of its own.
void execOn(const QString &path, const QString &statement, const QString &value = {})
{
    const QString name = QStringLiteral("bad-input-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery q(db);
        if (!q.prepare(statement))
            qFatal("cannot prepare %s", qPrintable(statement));
        if (!value.isNull())
            q.bindValue(QStringLiteral(":v"), value);
        if (!q.exec())
            qFatal("cannot run %s", qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

QList<BadInputCase> badMatrixFiles(const QString &dir)
{
    const QByteArray header = "Partner\ttechnique\tobservables\n";
    QList<BadInputCase> cases;
    auto add = [&](const QString &row, const QString &name, const QByteArray &data, const QStringList &parts) {
        cases.append({row, written(dir, name, data), parts});
    };
    add(QStringLiteral("empty file"), QStringLiteral("empty.tsv"), QByteArray(),
        {QStringLiteral("empty.tsv"), QStringLiteral("the file is empty")});
    add(QStringLiteral("only blank lines"), QStringLiteral("blank.csv"), "\n \r\n\t\n",
        {QStringLiteral("blank.csv"), QStringLiteral("the file is empty")});
    QByteArray garbage = randomBytes(4096, 42);
    garbage[100] = '\0';
    add(QStringLiteral("binary garbage"), QStringLiteral("garbage.tsv"), garbage, {QStringLiteral("garbage.tsv"), QStringLiteral("binary file")});
    add(QStringLiteral("invalid UTF-8 (Latin-1 export)"), QStringLiteral("latin1.csv"),
        "Partner,technique\n[KIT],[XPS]\n[CNRS],[Spectroscopie d'imp\xe9" "dance]\n",
        {QStringLiteral("latin1.csv"), QStringLiteral("not valid UTF-8"), QStringLiteral("line 3"), QStringLiteral("save it as UTF-8")});
    add(QStringLiteral("a 5 MB cell"), QStringLiteral("bigcell.tsv"), header + "[KIT]\t[XPS]\t[" + QByteArray(5 * 1024 * 1024, 'x') + "]\n",
        {QStringLiteral("bigcell.tsv:2"), QStringLiteral("the limit is %1").arg(limits::kMaxCellChars)});
    add(QStringLiteral("a line of 100000 tabs"), QStringLiteral("tabs.tsv"), header + "[KIT]" + QByteArray(100000, '\t') + "[XPS]\n",
        {QStringLiteral("tabs.tsv"), QStringLiteral("line 2"), QStringLiteral("the limit is %1").arg(limits::kMaxColumns)});
    add(QStringLiteral("a quoted CSV cell never closed"), QStringLiteral("open-quote.csv"), "Partner,technique\n[KIT],\"[XPS]\n[DTU],[XRD]\n",
        {QStringLiteral("open-quote.csv"), QStringLiteral("line 2"), QStringLiteral("never closed")});
    add(QStringLiteral("wrong column count"), QStringLiteral("columns.tsv"), header + "[KIT]\t[XPS]\t[oxidation state]\n[DTU]\t[XRD]\n",
        {QStringLiteral("columns.tsv:3"), QStringLiteral("line 3 has 2 cells but the header has 3"), QStringLiteral("nothing was changed")});
    add(QStringLiteral("not a matrix (no Partner column)"), QStringLiteral("shopping.csv"), "item,price\nmilk,1\n",
        {QStringLiteral("shopping.csv:1"), QStringLiteral("no \"Partner\" column")});
    add(QStringLiteral("JSON with wrong types"), QStringLiteral("types.json"), R"([{"cells": {"Partner": "[KIT]", "technique": 42}}])",
        {QStringLiteral("types.json"), QStringLiteral("offering 1"), QStringLiteral("\"technique\" must be a string")});
    add(QStringLiteral("JSON with unbalanced brackets"), QStringLiteral("unbalanced.json"), R"([{"cells": {"Partner": "[KIT]", "technique": "[XPS]"})",
        {QStringLiteral("unbalanced.json"), QStringLiteral("not valid JSON"), QStringLiteral("line 1")});
    add(QStringLiteral("JSON object instead of a list"), QStringLiteral("object.json"), R"({"Partner": "KIT"})",
        {QStringLiteral("object.json"), QStringLiteral("expected a JSON array")});
    add(QStringLiteral("xlsx that is not a zip"), QStringLiteral("fake.xlsx"), "Partner\ttechnique\n",
        {QStringLiteral("fake.xlsx"), QStringLiteral("not a valid .xlsx")});
    add(QStringLiteral("unknown file type"), QStringLiteral("matrix.pdf"), "%PDF-1.4",
        {QStringLiteral("matrix.pdf"), QStringLiteral("unknown file type"), QStringLiteral(".xlsx")});
    {
        // Sparse: 65 MiB on paper, nothing on disk; refused before it is read.
        QFile big(QDir(dir).filePath(QStringLiteral("huge.tsv")));
        if (!big.open(QIODevice::WriteOnly) || !big.resize(limits::kMaxFileBytes + 1024 * 1024))
            qFatal("cannot make the sparse file");
        cases.append({QStringLiteral("a 65 MiB file"), big.fileName(), {QStringLiteral("huge.tsv"), QStringLiteral("the limit is 64 MiB")}});
    }
    cases.append({QStringLiteral("a missing file"), QDir(dir).filePath(QStringLiteral("nowhere.tsv")),
                  {QStringLiteral("nowhere.tsv"), QStringLiteral("no such file")}});
    return cases;
}

QList<BadInputCase> badRequestFiles(const QString &dir)
{
    QList<BadInputCase> cases;
    auto add = [&](const QString &row, const QString &name, const QByteArray &data, const QStringList &parts) {
        cases.append({row, written(dir, name, data), parts});
    };
    add(QStringLiteral("no observables"), QStringLiteral("none.json"), R"({"title": "t", "sample": {"shape": "powder"}, "observables": []})",
        {QStringLiteral("none.json"), QStringLiteral("observables"), QStringLiteral("non-empty list of observables")});
    add(QStringLiteral("unknown observable"), QStringLiteral("unknown-observable.json"),
        R"({"sample": {"shape": "powder"}, "observables": [{"name": "crystal strcture"}]})",
        {QStringLiteral("unknown-observable.json"), QStringLiteral("observables[0]"), QStringLiteral("crystal strcture"),
         QStringLiteral("crystal structure")});
    add(QStringLiteral("unknown partner"), QStringLiteral("unknown-partner.json"),
        R"({"origin": "Atlantis", "sample": {"shape": "powder"}, "observables": [{"name": "crystal structure"}]})",
        {QStringLiteral("origin"), QStringLiteral("unknown partner or site \"Atlantis\""), QStringLiteral("did you mean")});
    // A typo in an exclusion would exclude nothing (issue 13: an unknown site, route or amount
    // gets a message naming the field, and nothing is stored).
    add(QStringLiteral("unknown excluded partner"), QStringLiteral("unknown-exclusion.json"),
        R"({"exclude_partners": ["ESRF", "Atlantis"], "sample": {"shape": "powder"}, "observables": [{"name": "crystal structure"}]})",
        {QStringLiteral("exclude_partners[1]"), QStringLiteral("unknown partner \"Atlantis\"")});
    // The origin may name one site of a partner (sites.json key, e.g. cnrs-pau); a mistyped
    // key is refused with the nearest keys.
    add(QStringLiteral("unknown site key"), QStringLiteral("site-origin.json"),
        R"({"origin": "cnrs-paux", "sample": {"shape": "powder"}, "observables": [{"name": "crystal structure"}]})",
        {QStringLiteral("origin"), QStringLiteral("unknown partner or site \"cnrs-paux\""), QStringLiteral("cnrs-pau")});
    add(QStringLiteral("wrong types"), QStringLiteral("types-request.json"), R"({"sample": {"shape": "powder"}, "observables": [{"name": 7}]})",
        {QStringLiteral("types-request.json"), QStringLiteral("observables[0].name")});
    add(QStringLiteral("unbalanced brackets"), QStringLiteral("brackets.json"), R"({"observables": [{"name": "crystal structure"})",
        {QStringLiteral("brackets.json")});
    // Access routes and sample amounts (issue 13).
    add(QStringLiteral("unknown access route"), QStringLiteral("unknown-route.json"),
        R"({"sample": {"shape": "powder"}, "observables": [{"name": "crystal structure"}], "access_routes": ["rapdi"]})",
        {QStringLiteral("unknown-route.json"), QStringLiteral("access_routes[0]"), QStringLiteral("unknown access route \"rapdi\""),
         QStringLiteral("rapid")});
    add(QStringLiteral("negative amount"), QStringLiteral("negative-amount.json"),
        R"({"sample": {"shape": "powder"}, "observables": [{"name": "crystal structure"}], "available_amount": "-600 mg"})",
        {QStringLiteral("negative-amount.json"), QStringLiteral("available_amount"), QStringLiteral("more than zero")});
    add(QStringLiteral("unknown amount unit"), QStringLiteral("unit-amount.json"),
        R"({"sample": {"shape": "powder"}, "observables": [{"name": "crystal structure"}], "available_amount": "2 spoons"})",
        {QStringLiteral("unit-amount.json"), QStringLiteral("available_amount"), QStringLiteral("unknown unit \"spoons\""), QStringLiteral("cm2")});
    add(QStringLiteral("empty file"), QStringLiteral("empty.json"), QByteArray(), {QStringLiteral("empty.json")});
    add(QStringLiteral("binary garbage"), QStringLiteral("garbage.json"), QByteArray("\x00\xff\xfe{\x01", 5), {QStringLiteral("garbage.json")});
    return cases;
}

QList<BadInputCase> badDatabaseFiles(const QString &dir, const QString &seededDatabase)
{
    QList<BadInputCase> cases;
    cases.append({QStringLiteral("a text file"), written(dir, QStringLiteral("notes.sqlite"), "these are my notes, not a database\n"),
                  {QStringLiteral("notes.sqlite"), QStringLiteral("not a ProbeMatrix database")}});
    cases.append({QStringLiteral("binary garbage"), written(dir, QStringLiteral("garbage.sqlite"), randomBytes(8192, 7)),
                  {QStringLiteral("garbage.sqlite"), QStringLiteral("not a ProbeMatrix database")}});
    {
        // An SQLite file of another program: tables, but no ProbeMatrix schema version.
        const QString p = QDir(dir).filePath(QStringLiteral("other.sqlite"));
        QFile::remove(p);
        execOn(p, QStringLiteral("CREATE TABLE recipes (name TEXT)"));
        cases.append({QStringLiteral("another program's database"), p, {QStringLiteral("other.sqlite"), QStringLiteral("another program")}});
    }
    {
        const QString p = QDir(dir).filePath(QStringLiteral("newer.sqlite"));
        QFile::remove(p);
        if (!QFile::copy(seededDatabase, p))
            qFatal("cannot copy the seeded database");
        execOn(p, QStringLiteral("UPDATE meta SET value = :v WHERE key = 'schema_version'"), QStringLiteral("99"));
        cases.append({QStringLiteral("a database from a newer version"), p,
                      {QStringLiteral("newer.sqlite"), QStringLiteral("newer ProbeMatrix"), QStringLiteral("schema version 99")}});
    }
    return cases;
}

} // namespace pm::test
