#include "TestSupport.h"

#include "store/BundledMatrix.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace pm::test {

QString dataPath(const QString &name) { return QDir(QStringLiteral(PROBEMATRIX_TEST_DATA)).filePath(name); }
QString sourcePath(const QString &name) { return QDir(QStringLiteral(PROBEMATRIX_SOURCE_DIR)).filePath(name); }

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test file %s", qPrintable(path));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write test file %s", qPrintable(path));
}

TempDatabase::TempDatabase()
{
    path = dir.filePath(QStringLiteral("test.sqlite"));
    reopen();
}

void TempDatabase::reopen()
{
    store.reset();
    db.reset();
    auto opened = Database::open(path);
    if (!opened)
        qFatal("cannot open test database: %s", qPrintable(opened.error().text()));
    db = std::move(*opened);
    store = std::make_unique<MatrixStore>(*db);
}

BundledDatabase::BundledDatabase()
{
    auto report = bundled::seed(*store);
    if (!report)
        qFatal("cannot seed the bundled matrix: %s", qPrintable(report.error().text()));
    auto loaded = store->load();
    if (!loaded)
        qFatal("cannot load the bundled matrix: %s", qPrintable(loaded.error().text()));
    matrix = *loaded;
}

QString cliPath()
{
    const QString p = qEnvironmentVariable("PROBEMATRIX_CLI");
    if (p.isEmpty())
        qFatal("PROBEMATRIX_CLI is not set; run the tests through ctest");
    return p;
}

CliRun runCli(const QStringList &args)
{
    QProcess p;
    p.start(cliPath(), args);
    if (!p.waitForFinished(120000))
        qFatal("probematrix-cli did not finish");
    return CliRun{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("pdftotext could not read %s: %s", qPrintable(pdf), qPrintable(p.errorString()));
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

namespace {
void addPart(QuaZip &zip, const QString &name, const QByteArray &data)
{
    QuaZipFile f(&zip);
    if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        qFatal("cannot add %s to the test xlsx", qPrintable(name));
    f.write(data);
    f.close();
}

QByteArray xmlEscape(const QString &s)
{
    return s.toHtmlEscaped().toUtf8();
}

QByteArray columnName(int c)
{
    QByteArray out;
    ++c;
    while (c > 0) {
        const int r = (c - 1) % 26;
        out.prepend(char('A' + r));
        c = (c - 1) / 26;
    }
    return out;
}
} // namespace

QByteArray makeXlsx(const QList<QStringList> &rows)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot create the test xlsx");
    QStringList shared;
    QByteArray sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    for (int r = 0; r < rows.size(); ++r) {
        sheet += "<row r=\"" + QByteArray::number(r + 1) + "\">";
        for (int c = 0; c < rows[r].size(); ++c) {
            const QString v = rows[r][c];
            if (v.isEmpty())
                continue; // Excel omits empty cells
            const QByteArray ref = columnName(c) + QByteArray::number(r + 1);
            bool isNumber = false;
            v.toDouble(&isNumber);
            if (isNumber) {
                sheet += "<c r=\"" + ref + "\"><v>" + v.toUtf8() + "</v></c>";
            } else if (c % 2 == 0) {
                qsizetype idx = shared.indexOf(v);
                if (idx < 0) {
                    shared.append(v);
                    idx = shared.size() - 1;
                }
                sheet += "<c r=\"" + ref + "\" t=\"s\"><v>" + QByteArray::number(idx) + "</v></c>";
            } else {
                sheet += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + xmlEscape(v) + "</t></is></c>";
            }
        }
        sheet += "</row>";
    }
    sheet += "</sheetData></worksheet>";
    QByteArray sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (const QString &s : std::as_const(shared))
        sst += "<si><t>" + xmlEscape(s) + "</t></si>";
    sst += "</sst>";
    addPart(zip, QStringLiteral("[Content_Types].xml"),
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"></Types>");
    addPart(zip, QStringLiteral("xl/workbook.xml"),
            "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
            "<sheet name=\"Matrix\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    addPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"),
            "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
            "Target=\"worksheets/matrix.xml\"/></Relationships>");
    addPart(zip, QStringLiteral("xl/worksheets/matrix.xml"), sheet);
    addPart(zip, QStringLiteral("xl/sharedStrings.xml"), sst);
    zip.close();
    return bytes;
}

int timingSlack()
{
    bool ok = false;
    const int forced = qEnvironmentVariableIntValue("PROBEMATRIX_TIMING_SLACK", &ok);
    if (ok && forced >= 1)
        return forced;
#if defined(__SANITIZE_ADDRESS__)
    return 5; // gcc
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return 5; // clang
#endif
#endif
    return 1;
}

} // namespace pm::test
