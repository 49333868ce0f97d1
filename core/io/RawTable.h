#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pm {

// A file read into cells, before anything is interpreted: header plus rows, each row
// remembering the line it came from (for messages).
struct RawRow {
    int line = 0;
    QStringList cells;
};

struct RawTable {
    QString source; // file name, for messages
    QStringList header;
    int headerLine = 1;
    QList<RawRow> rows;
};

enum class TableFormat { Tsv, Csv, Json, Xlsx };

// Picks the format from the file extension (.tsv/.txt, .csv, .json, .xlsx).
Result<TableFormat> tableFormatForPath(const QString &path);

// Readers. Each refuses invalid UTF-8, binary data and files over the limits with a
// message naming the file and line.
Result<RawTable> readDelimited(const QByteArray &data, QChar delimiter, const QString &source);
Result<RawTable> readJsonTable(const QByteArray &data, const QString &source);
Result<RawTable> readXlsx(const QString &path);
Result<RawTable> readXlsxData(const QByteArray &data, const QString &source);

// Reads any supported file.
Result<RawTable> readTableFile(const QString &path);

} // namespace pm
