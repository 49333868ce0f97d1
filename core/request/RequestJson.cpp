// Reading and writing a request as JSON. Every error names the field it is about
// ("observables[1].mode") and, for a word that is not known, the closest known ones.
#include "Request.h"

#include "common/SafeNumber.h"
#include "common/TextMatch.h"
#include "matrix/Elements.h"
#include "matrix/Quantity.h"
#include "matrix/Scale.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace pm {

namespace {

Error unknownWord(const QString &what, const QString &value, const QStringList &known, const QString &field)
{
    const QStringList near = text::closest(value, known, 3);
    QString message = QStringLiteral("unknown %1 \"%2\"").arg(what, value);
    if (!near.isEmpty())
        message += QStringLiteral("; did you mean %1?").arg(text::humanList(near));
    return makeError(message, field);
}

// Accepts a string or an absent member; anything else is an error naming the field.
Result<QString> stringMember(const QJsonObject &o, const QString &key, const QString &field)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return makeError(QStringLiteral("must be a text"), field);
    return v.toString();
}

Result<QStringList> stringList(const QJsonObject &o, const QString &key, const QString &field)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QStringList();
    if (!v.isArray())
        return makeError(QStringLiteral("must be a list of texts"), field);
    QStringList out;
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        if (!a[i].isString())
            return makeError(QStringLiteral("must be a text"), QStringLiteral("%1[%2]").arg(field).arg(i));
        out.append(a[i].toString());
    }
    return out;
}

Result<void> checkKeys(const QJsonObject &o, const QStringList &known, const QString &prefix)
{
    for (const QString &key : o.keys())
        if (!known.contains(key))
            return unknownWord(QStringLiteral("field"), key, known, prefix.isEmpty() ? key : prefix + u'.' + key);
    return {};
}

Result<QString> observableName(const QString &written, const ObservableVocabulary &vocabulary, const QString &field)
{
    if (written.trimmed().isEmpty())
        return makeError(QStringLiteral("an observable name is needed"), field);
    if (auto canonical = vocabulary.canonical(written))
        return *canonical;
    if (auto qualified = resolveObservable(written, vocabulary)) // "oxidation state of Ni"
        return qualified->name;
    return unknownWord(QStringLiteral("observable"), written, vocabulary.allTerms(), field);
}

Result<RequestMode> modeFrom(const QString &text, const QString &field)
{
    const QString t = text::normalized(text).replace(QLatin1Char(' '), QLatin1Char('-')).replace(QLatin1Char('_'), QLatin1Char('-'));
    if (t.isEmpty() || t == u"any")
        return RequestMode::Any;
    if (t == u"operando")
        return RequestMode::Operando;
    if (t == u"in-situ" || t == u"insitu")
        return RequestMode::InSitu;
    if (t == u"ex-situ" || t == u"exsitu" || t == u"post-mortem")
        return RequestMode::ExSitu;
    return unknownWord(QStringLiteral("mode"), text,
                       {QStringLiteral("operando"), QStringLiteral("in-situ"), QStringLiteral("ex-situ"), QStringLiteral("any")}, field);
}

Result<RegionOfInterest> roiFrom(const QString &text, const QString &field)
{
    const QString t = text::normalized(text);
    if (t.isEmpty() || t == u"average")
        return RegionOfInterest::Average;
    if (t == u"random")
        return RegionOfInterest::Random;
    if (t == u"specific")
        return RegionOfInterest::Specific;
    return unknownWord(QStringLiteral("region of interest"), text,
                       {QStringLiteral("average"), QStringLiteral("random"), QStringLiteral("specific")}, field);
}

// "time_resolution_s": 60, or "time_resolution": "1 min".
Result<std::optional<double>> timeResolution(const QJsonObject &o, const QString &field)
{
    const QJsonValue seconds = o.value(QStringLiteral("time_resolution_s"));
    if (!seconds.isUndefined() && !seconds.isNull()) {
        if (!seconds.isDouble() || seconds.toDouble() <= 0)
            return makeError(QStringLiteral("must be a positive number of seconds"), field + QStringLiteral(".time_resolution_s"));
        return std::optional<double>(seconds.toDouble());
    }
    const QJsonValue written = o.value(QStringLiteral("time_resolution"));
    if (written.isUndefined() || written.isNull())
        return std::optional<double>();
    const auto parsed = quantity::parseSeconds(written.toString());
    if (!written.isString() || !parsed || *parsed <= 0)
        return makeError(QStringLiteral("must be a duration such as \"60 s\" or \"5 min\""), field + QStringLiteral(".time_resolution"));
    return std::optional<double>(*parsed);
}

Result<int> levelFrom(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return 1;
    const QString t = text::normalized(v.toString());
    if (t == u"best")
        return 2;
    const Scale scale = key == u"cost" ? Scale::Cost : Scale::Level;
    if (auto level = scale::parseLevel(scale, t); v.isString() && level)
        return std::min(*level, 2);
    return unknownWord(key, v.toString(), {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")}, key);
}

// Elements that qualify an observable: "element": "Ni", "elements": ["Ni", "Mn"], or in the
// name ("Ni oxidation state", "oxidation state of Ni"). Unknown symbols name the field.
Result<QStringList> elementsFrom(const QJsonObject &o, const QString &writtenName, const ObservableVocabulary &vocabulary,
                                 const QString &field)
{
    const ElementTable &table = ElementTable::bundled();
    QStringList out;
    if (const auto q = resolveObservable(writtenName, vocabulary); q && !q->element.isEmpty())
        out.append(q->element);
    QList<QPair<QString, QJsonValue>> written;
    if (o.contains(QStringLiteral("element"))) {
        if (!o.value(QStringLiteral("element")).isString())
            return makeError(QStringLiteral("must be an element symbol such as \"Ni\""), field + QStringLiteral(".element"));
        written.append({field + QStringLiteral(".element"), o.value(QStringLiteral("element"))});
    }
    if (o.contains(QStringLiteral("elements"))) {
        const QJsonValue list = o.value(QStringLiteral("elements"));
        if (!list.isArray())
            return makeError(QStringLiteral("must be a list of element symbols such as [\"Ni\", \"Mn\"]"), field + QStringLiteral(".elements"));
        for (int i = 0; i < list.toArray().size(); ++i)
            written.append({field + QStringLiteral(".elements[%1]").arg(i), list.toArray()[i]});
    }
    for (const auto &[where, value] : std::as_const(written)) {
        const ChemicalElement *e = table.element(value.toString());
        if (!value.isString() || !e)
            return unknownWord(QStringLiteral("element"), value.toString(), table.symbols(), where);
        if (!out.contains(e->symbol))
            out.append(e->symbol);
    }
    return out;
}

Result<QList<RequestedObservable>> observablesFrom(const QJsonObject &root, const ObservableVocabulary &vocabulary)
{
    const QJsonValue v = root.value(QStringLiteral("observables"));
    if (!v.isArray() || v.toArray().isEmpty())
        return makeError(QStringLiteral("a request needs a non-empty list of observables"), QStringLiteral("observables"));
    QList<RequestedObservable> out;
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        const QString field = QStringLiteral("observables[%1]").arg(i);
        RequestedObservable obs;
        QJsonObject o;
        if (a[i].isString())
            o.insert(QStringLiteral("name"), a[i]);
        else if (a[i].isObject())
            o = a[i].toObject();
        else
            return makeError(QStringLiteral("must be an object with a name, or a name"), field);
        if (auto keys = checkKeys(o, {QStringLiteral("name"), QStringLiteral("mode"), QStringLiteral("time_resolution_s"),
                                      QStringLiteral("time_resolution"), QStringLiteral("roi"), QStringLiteral("roi_size"),
                                      QStringLiteral("roi_note"), QStringLiteral("element"), QStringLiteral("elements")}, field); !keys)
            return keys.error();
        auto name = stringMember(o, QStringLiteral("name"), field + QStringLiteral(".name"));
        if (!name)
            return name.error();
        auto canonical = observableName(*name, vocabulary, field + QStringLiteral(".name"));
        if (!canonical)
            return canonical.error();
        obs.name = *canonical;
        for (const RequestedObservable &earlier : std::as_const(out))
            if (earlier.name == obs.name)
                return makeError(QStringLiteral("\"%1\" is requested twice").arg(obs.name), field + QStringLiteral(".name"));
        auto modeText = stringMember(o, QStringLiteral("mode"), field + QStringLiteral(".mode"));
        if (!modeText)
            return modeText.error();
        auto mode = modeFrom(*modeText, field + QStringLiteral(".mode"));
        if (!mode)
            return mode.error();
        obs.mode = *mode;
        auto time = timeResolution(o, field);
        if (!time)
            return time.error();
        obs.timeResolutionS = *time;
        auto roiText = stringMember(o, QStringLiteral("roi"), field + QStringLiteral(".roi"));
        if (!roiText)
            return roiText.error();
        auto roi = roiFrom(*roiText, field + QStringLiteral(".roi"));
        if (!roi)
            return roi.error();
        obs.roi = *roi;
        if (o.contains(QStringLiteral("roi_size"))) {
            const auto size = quantity::parseLength(o.value(QStringLiteral("roi_size")).toString());
            if (!size || *size <= 0)
                return makeError(QStringLiteral("must be a length such as \"10 µm\""), field + QStringLiteral(".roi_size"));
            obs.roiSizeM = *size;
        }
        auto note = stringMember(o, QStringLiteral("roi_note"), field + QStringLiteral(".roi_note"));
        if (!note)
            return note.error();
        obs.roiNote = note->trimmed();
        auto elements = elementsFrom(o, *name, vocabulary, field);
        if (!elements)
            return elements.error();
        obs.elements = *elements;
        out.append(obs);
    }
    return out;
}

Result<QList<Correlation>> correlationsFrom(const QJsonObject &root, const QList<RequestedObservable> &observables,
                                           const ObservableVocabulary &vocabulary)
{
    QList<Correlation> out;
    const QJsonValue v = root.value(QStringLiteral("correlations"));
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isArray())
        return makeError(QStringLiteral("must be a list"), QStringLiteral("correlations"));
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        const QString field = QStringLiteral("correlations[%1]").arg(i);
        if (!a[i].isObject())
            return makeError(QStringLiteral("must be an object with observables and a type"), field);
        const QJsonObject o = a[i].toObject();
        if (auto keys = checkKeys(o, {QStringLiteral("observables"), QStringLiteral("type")}, field); !keys)
            return keys.error();
        Correlation c;
        const QJsonValue type = o.value(QStringLiteral("type"));
        const int t = type.isString() ? type.toString().trimmed().remove(QStringLiteral("type"), Qt::CaseInsensitive).trimmed().toInt()
                                      : type.toInt(0);
        if (t < 1 || t > 3)
            return unknownWord(QStringLiteral("correlation type"), type.isString() ? type.toString() : QString::number(type.toDouble()),
                               {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}, field + QStringLiteral(".type"));
        c.type = t;
        auto names = stringList(o, QStringLiteral("observables"), field + QStringLiteral(".observables"));
        if (!names)
            return names.error();
        if (names->size() < 2)
            return makeError(QStringLiteral("a correlation links at least two observables"), field + QStringLiteral(".observables"));
        QStringList requested;
        for (const RequestedObservable &r : observables)
            requested.append(r.name);
        for (int j = 0; j < names->size(); ++j) {
            const QString f = QStringLiteral("%1.observables[%2]").arg(field).arg(j);
            auto canonical = observableName(names->at(j), vocabulary, f);
            if (!canonical)
                return canonical.error();
            if (!requested.contains(*canonical))
                return unknownWord(QStringLiteral("observable (not in the request's observables)"), names->at(j), requested, f);
            if (!c.observables.contains(*canonical))
                c.observables.append(*canonical);
        }
        out.append(c);
    }
    return out;
}

Result<QList<Pin>> pinsFrom(const QJsonObject &root, const QList<RequestedObservable> &observables,
                            const ObservableVocabulary &vocabulary)
{
    QList<Pin> out;
    const QJsonValue v = root.value(QStringLiteral("pinned"));
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isArray())
        return makeError(QStringLiteral("must be a list of {observable, offering_id}"), QStringLiteral("pinned"));
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        const QString field = QStringLiteral("pinned[%1]").arg(i);
        const QJsonObject o = a[i].toObject();
        if (!a[i].isObject() || !o.value(QStringLiteral("offering_id")).isDouble())
            return makeError(QStringLiteral("must be {\"observable\": name, \"offering_id\": number}"), field);
        auto name = observableName(o.value(QStringLiteral("observable")).toString(), vocabulary, field + QStringLiteral(".observable"));
        if (!name)
            return name.error();
        bool requested = false;
        for (const RequestedObservable &r : observables)
            requested = requested || r.name == *name;
        if (!requested)
            return makeError(QStringLiteral("\"%1\" is not one of the request's observables").arg(*name), field + QStringLiteral(".observable"));
        const QJsonValue exclusive = o.value(QStringLiteral("exclusive"));
        if (!exclusive.isUndefined() && !exclusive.isBool())
            return makeError(QStringLiteral("must be true or false"), field + QStringLiteral(".exclusive"));
        // A number too large for an id reads as 0, no offering (qint64(1e300) is undefined).
        out.append(Pin{*name, number::toQint64(o.value(QStringLiteral("offering_id")).toDouble()).value_or(0), exclusive.toBool(false)});
    }
    return out;
}

// "history": {"cycles": 100, "c_rate": 0.5}, or absent (as prepared). Bounded before use: a
// hostile file cannot ask for 10^9 cycles or a rate of 0.
Result<CyclingHistory> historyFrom(const QJsonObject &sample)
{
    const QJsonValue v = sample.value(QStringLiteral("history"));
    if (v.isUndefined() || v.isNull())
        return CyclingHistory{};
    const QString field = QStringLiteral("sample.history");
    if (!v.isObject())
        return makeError(QStringLiteral("must be {\"cycles\": N, \"c_rate\": r}, such as {\"cycles\": 100, \"c_rate\": 0.5} for 100 cycles at C/2"), field);
    const QJsonObject h = v.toObject();
    if (auto checked = checkKeys(h, {QStringLiteral("cycles"), QStringLiteral("c_rate")}, field); !checked)
        return checked.error();
    const QJsonValue cycles = h.value(QStringLiteral("cycles"));
    const auto n = cycles.isDouble() ? number::wholeNumberIn(cycles.toDouble(), 0, CyclingHistory::kMaxCycles) : std::nullopt;
    if (!n)
        return makeError(QStringLiteral("must be a whole number of cycles from 0 to %1").arg(CyclingHistory::kMaxCycles), field + QStringLiteral(".cycles"));
    CyclingHistory out;
    out.cycles = int(*n);
    if (out.cycles == 0)
        return CyclingHistory{};
    const QJsonValue rate = h.value(QStringLiteral("c_rate"));
    if (!rate.isDouble() || !(rate.toDouble() >= 0.01 && rate.toDouble() <= 20))
        return makeError(QStringLiteral("must be the C-rate of the cycles as a number from 0.01 to 20, such as 0.5 for C/2"), field + QStringLiteral(".c_rate"));
    out.cRate = rate.toDouble();
    if (out.days() > CyclingHistory::kMaxDays)
        return makeError(QStringLiteral("%1 take %2 days; a plan covers at most %3 days of cycling")
                             .arg(out.text())
                             .arg(qRound(out.days()))
                             .arg(CyclingHistory::kMaxDays),
                         field);
    return out;
}

// "deadline": "2027-03-31" (ISO 8601 date) or absent.
Result<QDate> deadlineFrom(const QJsonObject &root)
{
    auto text = stringMember(root, QStringLiteral("deadline"), QStringLiteral("deadline"));
    if (!text)
        return text.error();
    if (text->trimmed().isEmpty())
        return QDate();
    const QDate date = QDate::fromString(text->trimmed(), Qt::ISODate);
    if (!date.isValid())
        return makeError(QStringLiteral("\"%1\" is not a date; write it as YYYY-MM-DD, such as \"2027-03-31\"").arg(*text),
                         QStringLiteral("deadline"));
    return date;
}

// Access and material (issue 13): "access_routes": ["standard", "rapid", "industrial",
// "long-term"], "available_amount": "50 cm2", "sample_preparation": "industrial" | "modified".
Result<void> accessFrom(const QJsonObject &root, Request &r)
{
    auto routes = stringList(root, QStringLiteral("access_routes"), QStringLiteral("access_routes"));
    if (!routes)
        return routes.error();
    for (int i = 0; i < routes->size(); ++i) {
        const auto route = accessRouteFromKey(routes->at(i));
        if (!route)
            return unknownWord(QStringLiteral("access route"), routes->at(i), accessRouteKeys(), QStringLiteral("access_routes[%1]").arg(i));
        if (!r.accessRoutes.contains(*route))
            r.accessRoutes.append(*route);
    }
    auto amount = stringMember(root, QStringLiteral("available_amount"), QStringLiteral("available_amount"));
    if (!amount)
        return amount.error();
    if (!amount->trimmed().isEmpty()) {
        auto parsed = parseSampleAmount(*amount);
        if (!parsed)
            return makeError(parsed.error().message, QStringLiteral("available_amount"));
        if (parsed->unit == AmountUnit::Cell)
            return makeError(QStringLiteral("\"%1\": give the material one sample gives as a mass or an electrode area, such as \"600 mg\" or \"50 cm2\"").arg(*amount),
                             QStringLiteral("available_amount"));
        r.availableAmount = *parsed;
    }
    auto preparation = stringMember(root, QStringLiteral("sample_preparation"), QStringLiteral("sample_preparation"));
    if (!preparation)
        return preparation.error();
    const QString p = preparation->trimmed().toLower();
    if (p == u"modified")
        r.modifiedSample = true;
    else if (!p.isEmpty() && p != u"industrial")
        return unknownWord(QStringLiteral("sample preparation"), *preparation, {QStringLiteral("industrial"), QStringLiteral("modified")},
                           QStringLiteral("sample_preparation"));
    return {};
}

void accessTo(const Request &r, QJsonObject &o)
{
    if (!r.accessRoutes.isEmpty()) {
        QStringList keys;
        for (AccessRoute a : r.accessRoutes)
            keys.append(accessRouteKey(a));
        o.insert(QStringLiteral("access_routes"), QJsonArray::fromStringList(keys));
    }
    if (r.availableAmount)
        o.insert(QStringLiteral("available_amount"),
                 QStringLiteral("%1 %2").arg(r.availableAmount->value, 0, 'g', 12).arg(amountUnitKey(r.availableAmount->unit)));
    if (r.modifiedSample)
        o.insert(QStringLiteral("sample_preparation"), QStringLiteral("modified"));
}

// "line 3, column 7" for a byte offset into UTF-8 text (columns count characters).
QString lineAndColumn(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const QByteArray before = text.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    qsizetype column = 1;
    for (qsizetype i = lineStart; i < offset; ++i)
        if ((uchar(before[i]) & 0xC0) != 0x80) // not a UTF-8 continuation byte
            ++column;
    return QStringLiteral("line %1, column %2").arg(before.count('\n') + 1).arg(column);
}

QString mebibytes(qint64 bytes)
{
    return QStringLiteral("%1 MiB").arg(QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 3));
}

} // namespace

Result<Request> Request::fromJson(const QByteArray &json, const ObservableVocabulary &vocabulary)
{
    if (json.size() > kMaxJsonBytes)
        return makeError(QStringLiteral("the request file is larger than %1, the limit for a request file").arg(mebibytes(kMaxJsonBytes)));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("not valid JSON: %1").arg(error.errorString()), lineAndColumn(json, error.offset));
    if (!doc.isObject())
        return makeError(QStringLiteral("a request is a JSON object with title, sample and observables"));
    return fromJsonObject(doc.object(), vocabulary);
}

Result<Request> Request::fromJsonObject(const QJsonObject &root, const ObservableVocabulary &vocabulary)
{
    static const QStringList keys{QStringLiteral("title"), QStringLiteral("sample"), QStringLiteral("observables"),
                                  QStringLiteral("correlations"), QStringLiteral("fidelity"), QStringLiteral("cost"),
                                  QStringLiteral("origin"), QStringLiteral("exclude_partners"),
                                  QStringLiteral("exclude_offerings"), QStringLiteral("pinned"), QStringLiteral("deadline"),
                                  QStringLiteral("access_routes"), QStringLiteral("available_amount"), QStringLiteral("sample_preparation"),
                                  QStringLiteral("covered_by_existing_data")};
    if (auto checked = checkKeys(root, keys, {}); !checked)
        return checked.error();
    Request r;
    auto title = stringMember(root, QStringLiteral("title"), QStringLiteral("title"));
    if (!title)
        return title.error();
    r.title = *title;

    const QJsonValue sample = root.value(QStringLiteral("sample"));
    if (!sample.isObject())
        return makeError(QStringLiteral("a request needs a sample: {\"shape\": ..., \"material\": ..., \"air_sensitive\": ...}"),
                         QStringLiteral("sample"));
    const QJsonObject s = sample.toObject();
    if (auto checked = checkKeys(s, {QStringLiteral("shape"), QStringLiteral("material"), QStringLiteral("air_sensitive"), QStringLiteral("history")},
                                 QStringLiteral("sample"));
        !checked)
        return checked.error();
    auto shapeText = stringMember(s, QStringLiteral("shape"), QStringLiteral("sample.shape"));
    if (!shapeText)
        return shapeText.error();
    const auto shape = sampleShapeFromKey(*shapeText);
    if (!shape)
        return unknownWord(QStringLiteral("sample shape"), *shapeText, sampleShapeKeys(), QStringLiteral("sample.shape"));
    r.sample.shape = *shape;
    auto material = stringMember(s, QStringLiteral("material"), QStringLiteral("sample.material"));
    if (!material)
        return material.error();
    r.sample.material = *material;
    const QJsonValue air = s.value(QStringLiteral("air_sensitive"));
    if (!air.isUndefined() && !air.isBool())
        return makeError(QStringLiteral("must be true or false"), QStringLiteral("sample.air_sensitive"));
    r.sample.airSensitive = air.toBool(false);
    auto history = historyFrom(s);
    if (!history)
        return history.error();
    r.sample.history = *history;

    auto observables = observablesFrom(root, vocabulary);
    if (!observables)
        return observables.error();
    r.observables = *observables;
    auto correlations = correlationsFrom(root, r.observables, vocabulary);
    if (!correlations)
        return correlations.error();
    r.correlations = *correlations;
    auto fidelity = levelFrom(root, QStringLiteral("fidelity"));
    if (!fidelity)
        return fidelity.error();
    r.fidelity = *fidelity;
    auto cost = levelFrom(root, QStringLiteral("cost"));
    if (!cost)
        return cost.error();
    r.cost = *cost;
    auto origin = stringMember(root, QStringLiteral("origin"), QStringLiteral("origin"));
    if (!origin)
        return origin.error();
    r.origin = origin->trimmed();
    auto partners = stringList(root, QStringLiteral("exclude_partners"), QStringLiteral("exclude_partners"));
    if (!partners)
        return partners.error();
    r.excludePartners = *partners;
    const QJsonValue excluded = root.value(QStringLiteral("exclude_offerings"));
    if (!excluded.isUndefined() && !excluded.isNull()) {
        if (!excluded.isArray())
            return makeError(QStringLiteral("must be a list of offering ids"), QStringLiteral("exclude_offerings"));
        const QJsonArray a = excluded.toArray();
        for (int i = 0; i < a.size(); ++i) {
            if (!a[i].isDouble())
                return makeError(QStringLiteral("must be an offering id (a number)"), QStringLiteral("exclude_offerings[%1]").arg(i));
            r.excludeOfferings.append(number::toQint64(a[i].toDouble()).value_or(0));
        }
    }
    auto pins = pinsFrom(root, r.observables, vocabulary);
    if (!pins)
        return pins.error();
    r.pinned = *pins;
    auto deadline = deadlineFrom(root);
    if (!deadline)
        return deadline.error();
    r.deadline = *deadline;
    if (auto access = accessFrom(root, r); !access)
        return access.error();
    auto covered = coveredFrom(root, r.observables, vocabulary);
    if (!covered)
        return covered.error();
    r.covered = *covered;
    return r;
}

QJsonObject Request::toJsonObject() const
{
    QJsonObject sampleObject{{QStringLiteral("shape"), sampleShapeKey(sample.shape)},
                             {QStringLiteral("material"), sample.material},
                             {QStringLiteral("air_sensitive"), sample.airSensitive}};
    if (sample.history.isSet())
        sampleObject.insert(QStringLiteral("history"),
                            QJsonObject{{QStringLiteral("cycles"), sample.history.cycles}, {QStringLiteral("c_rate"), sample.history.cRate}});
    QJsonArray obs;
    for (const RequestedObservable &o : observables) {
        QJsonObject item{{QStringLiteral("name"), o.name}, {QStringLiteral("mode"), requestModeKey(o.mode)},
                         {QStringLiteral("roi"), roiKey(o.roi)}};
        if (o.timeResolutionS)
            item.insert(QStringLiteral("time_resolution_s"), *o.timeResolutionS);
        if (o.roiSizeM)
            item.insert(QStringLiteral("roi_size"), quantity::formatLength(*o.roiSizeM));
        if (!o.roiNote.isEmpty())
            item.insert(QStringLiteral("roi_note"), o.roiNote);
        if (!o.elements.isEmpty())
            item.insert(QStringLiteral("elements"), QJsonArray::fromStringList(o.elements));
        obs.append(item);
    }
    QJsonArray corr;
    for (const Correlation &c : correlations)
        corr.append(QJsonObject{{QStringLiteral("observables"), QJsonArray::fromStringList(c.observables)},
                                {QStringLiteral("type"), c.type}});
    QJsonArray excludedOfferings;
    for (qint64 id : excludeOfferings)
        excludedOfferings.append(double(id));
    QJsonArray pins;
    for (const Pin &p : pinned) {
        QJsonObject pin{{QStringLiteral("observable"), p.observable}, {QStringLiteral("offering_id"), double(p.offeringId)}};
        if (p.exclusive)
            pin.insert(QStringLiteral("exclusive"), true);
        pins.append(pin);
    }
    QJsonObject o{{QStringLiteral("title"), title},
                  {QStringLiteral("sample"), sampleObject},
                  {QStringLiteral("observables"), obs},
                  {QStringLiteral("correlations"), corr},
                  {QStringLiteral("fidelity"), scale::key(Scale::Level, fidelity)},
                  {QStringLiteral("cost"), scale::key(Scale::Level, cost)},
                  {QStringLiteral("exclude_partners"), QJsonArray::fromStringList(excludePartners)},
                  {QStringLiteral("exclude_offerings"), excludedOfferings},
                  {QStringLiteral("pinned"), pins}};
    if (!origin.isEmpty())
        o.insert(QStringLiteral("origin"), origin);
    if (deadline.isValid())
        o.insert(QStringLiteral("deadline"), deadline.toString(Qt::ISODate));
    accessTo(*this, o);
    if (!covered.isEmpty())
        o.insert(QStringLiteral("covered_by_existing_data"), coveredToJson(covered));
    return o;
}

QByteArray Request::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

} // namespace pm
