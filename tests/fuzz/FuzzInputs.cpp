#include "FuzzInputs.h"

#include "archive/RecordsParser.h"

#include "ask/Interpretation.h"
#include "io/MatrixDecoder.h"
#include "io/RawTable.h"
#include "logbook/Logbook.h"
#include "planning/PlanExport.h"
#include "planning/StoredPlanCheck.h"
#include "query/Filter.h"
#include "request/Request.h"
#include "store/BundledMatrix.h"
#include "store/ChangeListener.h"

#include <QJsonDocument>

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

QString whereExpressions(const QByteArray &data)
{
    static const AskSetup setup;
    // One expression a line, as repeated --where options.
    const QStringList expressions = QString::fromUtf8(data).split(QLatin1Char('\n'));
    if (expressions.size() > 64)
        return QStringLiteral("too many expressions for one input");
    for (const QString &e : expressions) {
        auto parsed = parseFilter(e, setup.matrix, vocabulary());
        if (!parsed)
            continue;
        // What was read must read back from its own text (the query bar shows it, the CLI
        // prints it): the same field, operator and values.
        auto again = parseFilter(parsed->toString(), setup.matrix, vocabulary());
        if (!again || !(*again == *parsed)) {
            std::fprintf(stderr, "a --where expression does not read back from its own text: \"%s\" -> \"%s\"\n",
                         qPrintable(e), qPrintable(parsed->toString()));
            std::abort();
        }
    }
    auto filter = Filter::parse(expressions, setup.matrix, vocabulary());
    if (!filter)
        return filter.error().text();
    (void)filter->apply(setup.matrix.offerings);
    return {};
}

QString importLogbook(const QByteArray &data)
{
    static const AskSetup setup;
    auto entries = logbook::parseCsv(data, QStringLiteral("fuzz-logbook.csv"));
    if (!entries)
        return entries.error().text();
    const QDate today(2026, 12, 3);
    for (qsizetype i = 0; i < std::min<qsizetype>(setup.matrix.offerings.size(), 16); ++i)
        (void)logbook::warningFor(setup.matrix.offerings[i], *entries, today);
    return {};
}

QString notificationPayload(const QByteArray &data)
{
    QString table;
    QList<qint64> ids;
    if (!ChangeListener::parsePayload(QString::fromUtf8(data), &table, &ids))
        return QStringLiteral("not a change notification");
    return {};
}

QString storedPlan(const QByteArray &data)
{
    auto plan = planstore::readStoredPlan(data);
    if (!plan)
        return plan.error().text();
    // A plan that was read is within the bounds, and what it writes reads again.
    for (const Step &s : plan->steps)
        if (!(s.durationDays >= 0 && s.durationDays <= planstore::storedlimits::kMaxStepDays)) {
            std::fprintf(stderr, "a stored plan step of %g days passed the check\n", s.durationDays);
            std::abort();
        }
    auto again = planstore::readStoredPlan(QJsonDocument(planToJson(*plan)).toJson(QJsonDocument::Compact));
    if (!again) {
        std::fprintf(stderr, "a stored plan that was read cannot be read back after writing: %s\n", qPrintable(again.error().text()));
        std::abort();
    }
    (void)planToCsv(*plan);
    (void)planToDot(*plan);
    return {};
}

QString archiveResponse(const QByteArray &data)
{
    auto page = archive::parseRecordsResponse(data, QStringLiteral("https://fuzz.example"));
    if (!page)
        return page.error().text();
    // What a hostile server sends is bounded and only web links are kept.
    if (page->records.size() > archive::kMaxRecordsPerPage) {
        std::fprintf(stderr, "%d records kept from one page\n", int(page->records.size()));
        std::abort();
    }
    for (const archive::ArchiveRecord &r : page->records)
        if (r.title.size() > archive::kMaxTextChars || r.description.size() > archive::kMaxTextChars || r.creators.size() > archive::kMaxCreators
            || (!r.url.isEmpty() && !r.url.startsWith(QLatin1String("https://")) && !r.url.startsWith(QLatin1String("http://")))) {
            std::fprintf(stderr, "an unbounded or non-web field passed the parser\n");
            std::abort();
        }
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
    if (target == u"where")
        return whereExpressions;
    if (target == u"logbook")
        return importLogbook;
    if (target == u"notify")
        return notificationPayload;
    if (target == u"stored_plan")
        return storedPlan;
    if (target == u"archive")
        return archiveResponse;
    return nullptr;
}

} // namespace pm::fuzz
