#include "FuzzInputs.h"

#include "ask/Interpretation.h"
#include "io/MatrixDecoder.h"
#include "io/RawTable.h"
#include "request/Request.h"
#include "store/BundledMatrix.h"

#include <cstdio>
#include <cstdlib>
#include <optional>

namespace pm::fuzz {

namespace {
const ObservableVocabulary &vocabulary()
{
    static const ObservableVocabulary v = ObservableVocabulary::bundled();
    return v;
}

QString decode(const Result<RawTable> &table)
{
    if (!table)
        return table.error().text();
    auto decoded = decodeMatrix(*table, vocabulary());
    if (!decoded)
        return decoded.error().text();
    (void)decoded->report.toText(); // the report is shown to the user: build it too
    return {};
}

[[noreturn]] void setupFailed(const Error &error)
{
    std::fprintf(stderr, "fuzz setup failed: %s\n", qPrintable(error.text()));
    std::abort();
}

// The bundled matrix without a database: the ask parser needs offerings and partners only.
struct AskSetup {
    Matrix matrix;
    std::optional<ask::AskVocabulary> words;

    AskSetup()
    {
        auto table = readDelimited(bundled::matrixTsv(), QLatin1Char('\t'), QStringLiteral("bundled"));
        if (!table)
            setupFailed(table.error());
        auto decoded = decodeMatrix(*table, vocabulary());
        if (!decoded)
            setupFailed(decoded.error());
        matrix.offerings = decoded->offerings;
        for (int i = 0; i < matrix.offerings.size(); ++i)
            matrix.offerings[i].id = i + 1;
        auto partners = bundled::partners();
        if (!partners)
            setupFailed(partners.error());
        matrix.partners = *partners;
        auto v = ask::AskVocabulary::forMatrix(matrix, vocabulary());
        if (!v)
            setupFailed(v.error());
        words.emplace(std::move(*v));
    }
};
} // namespace

QString importTsv(const QByteArray &data)
{
    return decode(readDelimited(data, QLatin1Char('\t'), QStringLiteral("fuzz.tsv")));
}

QString importCsv(const QByteArray &data)
{
    return decode(readDelimited(data, QLatin1Char(','), QStringLiteral("fuzz.csv")));
}

QString importJson(const QByteArray &data)
{
    return decode(readJsonTable(data, QStringLiteral("fuzz.json")));
}

QString importXlsx(const QByteArray &data)
{
    return decode(readXlsxData(data, QStringLiteral("fuzz.xlsx")));
}

QString readRequest(const QByteArray &data)
{
    auto request = Request::fromJson(data, vocabulary());
    if (!request)
        return request.error().text();
    // What was read must also write and read back (the autosaved draft does exactly this).
    auto again = Request::fromJson(request->toJson(), vocabulary());
    if (!again) {
        std::fprintf(stderr, "a request that was read cannot be read back after writing: %s\n",
                     qPrintable(again.error().text()));
        std::abort();
    }
    return {};
}

QString askQuestion(const QByteArray &data)
{
    static const AskSetup setup;
    const auto interpretation = ask::interpret(QString::fromUtf8(data), setup.matrix, *setup.words);
    (void)ask::describeCriteria(interpretation);
    (void)ask::describeEmptyAnswer(interpretation);
    (void)interpretation.where();
    return {};
}

Entry entryFor(const QString &target)
{
    if (target == u"tsv")
        return importTsv;
    if (target == u"csv")
        return importCsv;
    if (target == u"json")
        return importJson;
    if (target == u"xlsx")
        return importXlsx;
    if (target == u"request")
        return readRequest;
    if (target == u"ask")
        return askQuestion;
    return nullptr;
}

} // namespace pm::fuzz
