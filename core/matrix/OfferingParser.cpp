#include "OfferingParser.h"

#include "common/TextMatch.h"

#include <QHash>
#include <QRegularExpression>

namespace pm {

namespace cell {
QString unbracket(const QString &raw, bool *balanced)
{
    QString t = raw.trimmed();
    const bool opens = t.startsWith(QLatin1Char('['));
    const bool closes = t.endsWith(QLatin1Char(']'));
    if (balanced)
        *balanced = opens == closes;
    if (opens)
        t.remove(0, 1);
    if (closes && !t.isEmpty())
        t.chop(1);
    return t.trimmed();
}

bool isUnknownText(const QString &inner)
{
    const QString t = text::normalized(inner);
    return t.isEmpty() || t == u"null" || t == u"n/a" || t == u"na" || t == u"-" || t == u"?" || t == u"none"
           || t == u"unknown";
}
} // namespace cell

QString modeKey(Mode m)
{
    switch (m) {
    case Mode::ExSitu:
        return QStringLiteral("ex-situ");
    case Mode::InSitu:
        return QStringLiteral("in-situ");
    case Mode::Operando:
        return QStringLiteral("operando");
    }
    return {};
}

QStringList modeKeys(Modes m)
{
    QStringList out;
    for (Mode x : {Mode::ExSitu, Mode::InSitu, Mode::Operando})
        if (m.testFlag(x))
            out.append(modeKey(x));
    return out;
}

std::optional<Mode> modeFromText(const QString &textIn)
{
    QString t = text::normalized(textIn);
    t.replace(QLatin1Char(' '), QLatin1Char('-')).replace(QLatin1Char('_'), QLatin1Char('-'));
    if (t == u"ex-situ" || t == u"exsitu" || t == u"post-mortem" || t == u"ex-situ-")
        return Mode::ExSitu;
    if (t == u"in-situ" || t == u"insitu")
        return Mode::InSitu;
    if (t == u"operando" || t == u"in-operando")
        return Mode::Operando;
    // Typos seen in the matrix ("m-situ" for in-situ).
    if (text::editDistance(t, QStringLiteral("in-situ"), 2) <= 2 && t.endsWith(u"situ") && !t.startsWith(u"e"))
        return Mode::InSitu;
    if (text::editDistance(t, QStringLiteral("ex-situ"), 2) <= 2 && t.endsWith(u"situ"))
        return Mode::ExSitu;
    if (text::editDistance(t, QStringLiteral("operando"), 2) <= 2)
        return Mode::Operando;
    return std::nullopt;
}

QString Offering::techniqueLabel() const
{
    if (abbreviation.isEmpty())
        return technique;
    return technique + QStringLiteral(" (") + abbreviation + QLatin1Char(')');
}

QString offeringIdentity(const QString &partner, const QString &techniqueCell, const QString &instrumentCell)
{
    auto norm = [](const QString &s) {
        QString t = cell::unbracket(s);
        if (cell::isUnknownText(t))
            return QString();
        return text::normalized(t);
    };
    QStringList instruments = text::splitTopLevel(norm(instrumentCell));
    for (QString &i : instruments)
        i = i.simplified();
    instruments.sort();
    return norm(partner) + QLatin1Char('|') + norm(techniqueCell) + QLatin1Char('|') + instruments.join(QLatin1Char(','));
}

QString Offering::identity() const
{
    return offeringIdentity(partner.isEmpty() ? cell(Column::Partner) : partner, cell(Column::Technique),
                            cell(Column::Instrument));
}

OrdinalRange Offering::perObservable(const QList<OrdinalRange> &list, int observableIndex) const
{
    if (list.isEmpty())
        return {};
    if (list.size() == 1)
        return list.first();
    if (observableIndex >= 0 && observableIndex < list.size())
        return list[observableIndex];
    return {};
}

bool Offering::isDestructive() const
{
    return sampleReuse.has_value() && !*sampleReuse;
}

namespace {

struct Reader {
    const ObservableVocabulary &vocabulary;
    QList<CellIssue> issues;

    void issue(Column c, const QString &raw, const QString &message) { issues.append({c, raw, message}); }

    // Splits "a/b/c" or "a-b-c" alternatives of an ordinal cell.
    static QStringList alternatives(const QString &inner)
    {
        static const QRegularExpression sep(QStringLiteral(R"(\s*[/|]\s*|\s+-\s+|(?<=[a-z])-(?=[a-z]))"),
                                            QRegularExpression::CaseInsensitiveOption);
        return inner.split(sep, Qt::SkipEmptyParts);
    }

    // One ordinal value or range of alternatives; sets `state` NotFilled for the full range.
    OrdinalRange ordinal(Column c, Scale s, const QString &raw, const QString &inner, CellState &state)
    {
        const QStringList parts = alternatives(inner);
        int lo = 1 << 20, hi = -1;
        QStringList bad;
        for (const QString &p : parts) {
            if (const auto v = scale::parseLevel(s, p)) {
                lo = std::min(lo, *v);
                hi = std::max(hi, *v);
            } else {
                bad.append(p);
            }
        }
        if (hi < 0) {
            state = CellState::Partial;
            issue(c, raw, QStringLiteral("\"%1\" is not on the scale %2").arg(inner, scale::names(s).join(QStringLiteral(" < "))));
            return {};
        }
        if (!bad.isEmpty()) {
            state = CellState::Partial;
            issue(c, raw, QStringLiteral("ignored %1 (not on the scale %2)")
                              .arg(text::humanList(bad, QStringLiteral("and")), scale::names(s).join(QStringLiteral(" < "))));
        } else if (parts.size() > 1 && lo == 0 && hi == scale::size(s) - 1) {
            state = CellState::NotFilled;
            return {};
        } else {
            state = CellState::Value;
        }
        return OrdinalRange{lo, hi};
    }

    std::optional<bool> yesNo(Column c, const QString &raw, const QString &inner, CellState &state)
    {
        const QStringList parts = alternatives(inner);
        bool yes = false, no = false;
        for (const QString &p : parts) {
            const QString t = text::normalized(p);
            if (t == u"yes" || t == u"y" || t == u"true" || t == u"oui" || t == u"ja")
                yes = true;
            else if (t == u"no" || t == u"n" || t == u"false" || t == u"non" || t == u"nein")
                no = true;
            else {
                state = CellState::Partial;
                issue(c, raw, QStringLiteral("\"%1\" is neither Yes nor No").arg(inner));
                return std::nullopt;
            }
        }
        if (yes && no) {
            state = CellState::NotFilled;
            return std::nullopt;
        }
        state = CellState::Value;
        return yes;
    }

    void read(Offering &o, Column c)
    {
        const QString &raw = o.raw[size_t(c)];
        CellState &state = o.state[size_t(c)];
        bool balanced = true;
        const QString inner = cell::unbracket(raw, &balanced);
        if (cell::isUnknownText(inner)) {
            state = CellState::Unknown;
            clear(o, c);
            return;
        }
        state = CellState::Value;
        const ColumnInfo &info = columnInfo(c);
        switch (info.kind) {
        case ValueKind::Text:
            readText(o, c, inner);
            break;
        case ValueKind::Partner:
            o.partner = inner.simplified();
            break;
        case ValueKind::Technique: {
            const QStringList parts = text::splitTopLevel(inner);
            if (parts.size() >= 2) {
                o.abbreviation = parts.last();
                o.technique = parts.mid(0, parts.size() - 1).join(QStringLiteral(", "));
            } else {
                o.technique = inner.simplified();
                o.abbreviation.clear();
            }
            break;
        }
        case ValueKind::List: {
            const QStringList items = text::splitTopLevel(inner);
            if (c == Column::SamplePreparation)
                o.samplePreparation = items;
            else if (c == Column::Instrument)
                o.instruments = items;
            else if (c == Column::BeamSource)
                o.sources = items;
            else if (c == Column::Software)
                o.software = items;
            break;
        }
        case ValueKind::Length: {
            const auto len = quantity::parseLength(inner);
            if (c == Column::ProbedAreaResolution)
                o.probedAreaResolutionM = len;
            if (!len) {
                state = CellState::Partial;
                issue(c, raw, QStringLiteral("no length with a unit (nm, µm, mm, cm) in \"%1\"").arg(inner));
            }
            break;
        }
        case ValueKind::Observables: {
            o.observables.clear();
            for (const QString &item : text::splitTopLevel(inner)) {
                if (const auto canonical = vocabulary.canonical(item)) {
                    if (!o.observables.contains(*canonical))
                        o.observables.append(*canonical);
                } else {
                    o.observables.append(item.simplified().toLower());
                    state = CellState::Partial;
                    issue(c, raw, QStringLiteral("\"%1\" is not in the observable vocabulary; kept as written").arg(item));
                }
            }
            break;
        }
        case ValueKind::PerObservable:
            readPerObservable(o, c, raw, inner, state);
            break;
        case ValueKind::Modes: {
            o.modes = {};
            static const QRegularExpression sep(QStringLiteral(R"(\s*[,/;]\s*)"));
            const QStringList parts = inner.split(sep, Qt::SkipEmptyParts);
            QStringList bad;
            for (const QString &p : parts) {
                if (const auto m = modeFromText(p))
                    o.modes |= *m;
                else
                    bad.append(p);
            }
            if (!bad.isEmpty()) {
                state = CellState::Partial;
                issue(c, raw, QStringLiteral("unknown mode %1 (expected Ex-situ, In-situ or Operando)").arg(text::humanList(bad, QStringLiteral("and"))));
            } else if (inner.contains(QLatin1Char('/')) && o.modes == (Modes(Mode::ExSitu) | Mode::InSitu | Mode::Operando)) {
                state = CellState::NotFilled;
                o.modes = {};
            }
            break;
        }
        case ValueKind::TimeScale: {
            o.timeScales.clear();
            QStringList bad;
            for (const QString &item : text::splitTopLevel(inner)) {
                if (const auto span = quantity::parseTimeSpan(item))
                    o.timeScales.append(*span);
                else
                    bad.append(item);
            }
            o.timeResolutionS.reset();
            for (const TimeSpan &s : std::as_const(o.timeScales))
                if (!o.timeResolutionS || s.lo < *o.timeResolutionS)
                    o.timeResolutionS = s.lo;
            if (!bad.isEmpty()) {
                state = CellState::Partial;
                issue(c, raw, QStringLiteral("could not read the duration %1 (use ms, s, min, hours, days or a range like \"5 < Δt < 30 mins\")")
                                  .arg(text::humanList(bad, QStringLiteral("and"))));
            }
            break;
        }
        case ValueKind::YesNo: {
            const auto v = yesNo(c, raw, inner, state);
            if (c == Column::CellAvailability)
                o.cellAvailable = v;
            else if (c == Column::UsedInBigmap)
                o.usedInBigmap = v;
            else if (c == Column::SampleReuse)
                o.sampleReuse = v;
            break;
        }
        case ValueKind::Fidelity:
            o.fidelity = ordinal(c, Scale::Fidelity, raw, inner, state);
            break;
        case ValueKind::Cost:
            o.resources = ordinal(c, Scale::Cost, raw, inner, state);
            break;
        case ValueKind::Duration: {
            const OrdinalRange r = ordinal(c, Scale::Duration, raw, inner, state);
            (c == Column::PlanningTime ? o.planningTime : o.postProcessingTime) = r;
            break;
        }
        case ValueKind::Level: {
            const OrdinalRange r = ordinal(c, Scale::Level, raw, inner, state);
            levelField(o, c) = r;
            break;
        }
        case ValueKind::Count: {
            bool ok = false;
            const int n = inner.toInt(&ok);
            if (!ok || n < 0) {
                state = CellState::Partial;
                issue(c, raw, QStringLiteral("\"%1\" is not a whole number of samples").arg(inner));
                o.samplesSubmitted.reset();
            } else {
                o.samplesSubmitted = n;
            }
            break;
        }
        case ValueKind::Maturity: {
            o.maturity.clear();
            static const QRegularExpression sep(QStringLiteral(R"(\s*[,/;]\s*)"));
            const QStringList parts = inner.split(sep, Qt::SkipEmptyParts);
            for (const QString &p : parts) {
                const QString t = text::normalized(p);
                if (t == u"commercial" || t == u"realistic" || t == u"model") {
                    QString v = t;
                    v[0] = v[0].toUpper();
                    o.maturity.append(v);
                } else {
                    state = CellState::Partial;
                    issue(c, raw, QStringLiteral("unknown maturity \"%1\" (expected Commercial, Realistic or Model)").arg(p));
                }
            }
            if (inner.contains(QLatin1Char('/')) && o.maturity.size() == 3) {
                state = CellState::NotFilled;
                o.maturity.clear();
            }
            break;
        }
        case ValueKind::Curation: {
            const QString t = text::normalized(inner);
            if (t == u"estimate" || t == u"estimated" || t == u"curated estimate")
                o.estimate = true;
            else if (t == u"reported")
                o.estimate = false;
            else {
                state = CellState::Partial;
                issue(c, raw, QStringLiteral("curation must be \"reported\" or \"estimate\""));
            }
            break;
        }
        }
        if (!balanced) {
            if (state == CellState::Value)
                state = CellState::Partial;
            issue(c, raw, QStringLiteral("unbalanced brackets"));
        }
    }

    static OrdinalRange &levelField(Offering &o, Column c)
    {
        switch (c) {
        case Column::SampleDamage:
            return o.damage;
        case Column::Availability:
            return o.availability;
        case Column::InstrumentQuality:
            return o.instrumentQuality;
        default:
            return o.preparationComplexity;
        }
    }

    void readText(Offering &o, Column c, const QString &inner)
    {
        const QString v = inner.simplified();
        switch (c) {
        case Column::Cluster:
            o.cluster = v;
            break;
        case Column::PenetrationDepth:
            o.penetrationDepthM = quantity::largestLength(v);
            break;
        case Column::Contact:
            o.contact = v;
            break;
        case Column::Panet:
            o.panet = v;
            break;
        case Column::Chameo:
            o.chameo = v;
            break;
        case Column::Source:
            o.provenance = v;
            break;
        default:
            break;
        }
    }

    void readPerObservable(Offering &o, Column c, const QString &raw, const QString &inner, CellState &state)
    {
        QList<OrdinalRange> values;
        const QStringList items = text::splitTopLevel(inner);
        bool notFilled = false;
        for (const QString &item : items) {
            CellState itemState = CellState::Value;
            const OrdinalRange r = ordinal(c, Scale::Level, raw, item, itemState);
            if (itemState == CellState::NotFilled)
                notFilled = true;
            else if (itemState == CellState::Partial)
                state = CellState::Partial;
            values.append(r);
        }
        if (notFilled && items.size() == 1) {
            state = CellState::NotFilled;
            values.clear();
        } else if (values.size() > 1 && values.size() != o.observables.size()) {
            state = CellState::Partial;
            issue(c, raw, QStringLiteral("%1 values for %2 observables; expected one per observable or a single value")
                              .arg(values.size())
                              .arg(o.observables.size()));
        }
        if (c == Column::ObservablesResolution)
            o.observableResolution = values;
        else if (c == Column::CrlAcquisition)
            o.crlAcquisition = values;
        else
            o.crlAnalysis = values;
    }

    static void clear(Offering &o, Column c)
    {
        switch (c) {
        case Column::Cluster: o.cluster.clear(); break;
        case Column::Partner: o.partner.clear(); break;
        case Column::Technique: o.technique.clear(); o.abbreviation.clear(); break;
        case Column::ProbedAreaResolution: o.probedAreaResolutionM.reset(); break;
        case Column::PenetrationDepth: o.penetrationDepthM.reset(); break;
        case Column::Observables: o.observables.clear(); break;
        case Column::ObservablesResolution: o.observableResolution.clear(); break;
        case Column::Modes: o.modes = {}; break;
        case Column::TimeScale: o.timeScales.clear(); o.timeResolutionS.reset(); break;
        case Column::SamplePreparation: o.samplePreparation.clear(); break;
        case Column::Instrument: o.instruments.clear(); break;
        case Column::BeamSource: o.sources.clear(); break;
        case Column::CellAvailability: o.cellAvailable.reset(); break;
        case Column::Fidelity: o.fidelity = {}; break;
        case Column::Maturity: o.maturity.clear(); break;
        case Column::Resources: o.resources = {}; break;
        case Column::PlanningTime: o.planningTime = {}; break;
        case Column::PostProcessingTime: o.postProcessingTime = {}; break;
        case Column::CrlAcquisition: o.crlAcquisition.clear(); break;
        case Column::CrlAnalysis: o.crlAnalysis.clear(); break;
        case Column::UsedInBigmap: o.usedInBigmap.reset(); break;
        case Column::SampleReuse: o.sampleReuse.reset(); break;
        case Column::Software: o.software.clear(); break;
        case Column::Contact: o.contact.clear(); break;
        case Column::SampleDamage: o.damage = {}; break;
        case Column::Availability: o.availability = {}; break;
        case Column::SamplesSubmitted: o.samplesSubmitted.reset(); break;
        case Column::InstrumentQuality: o.instrumentQuality = {}; break;
        case Column::PreparationComplexity: o.preparationComplexity = {}; break;
        case Column::Panet: o.panet.clear(); break;
        case Column::Chameo: o.chameo.clear(); break;
        case Column::Source: o.provenance.clear(); break;
        case Column::Curation: o.estimate = false; break;
        default: break;
        }
    }
};

// Copies the typed values column `c` produces from `src` to `dst`.
void copyColumn(Offering &dst, const Offering &src, Column c)
{
    switch (c) {
    case Column::Cluster: dst.cluster = src.cluster; break;
    case Column::Partner: dst.partner = src.partner; break;
    case Column::Technique: dst.technique = src.technique; dst.abbreviation = src.abbreviation; break;
    case Column::ProbedAreaResolution: dst.probedAreaResolutionM = src.probedAreaResolutionM; break;
    case Column::PenetrationDepth: dst.penetrationDepthM = src.penetrationDepthM; break;
    case Column::Observables: dst.observables = src.observables; break;
    case Column::ObservablesResolution: dst.observableResolution = src.observableResolution; break;
    case Column::Modes: dst.modes = src.modes; break;
    case Column::TimeScale: dst.timeScales = src.timeScales; dst.timeResolutionS = src.timeResolutionS; break;
    case Column::SamplePreparation: dst.samplePreparation = src.samplePreparation; break;
    case Column::Instrument: dst.instruments = src.instruments; break;
    case Column::BeamSource: dst.sources = src.sources; break;
    case Column::CellAvailability: dst.cellAvailable = src.cellAvailable; break;
    case Column::Fidelity: dst.fidelity = src.fidelity; break;
    case Column::Maturity: dst.maturity = src.maturity; break;
    case Column::Resources: dst.resources = src.resources; break;
    case Column::PlanningTime: dst.planningTime = src.planningTime; break;
    case Column::PostProcessingTime: dst.postProcessingTime = src.postProcessingTime; break;
    case Column::CrlAcquisition: dst.crlAcquisition = src.crlAcquisition; break;
    case Column::CrlAnalysis: dst.crlAnalysis = src.crlAnalysis; break;
    case Column::UsedInBigmap: dst.usedInBigmap = src.usedInBigmap; break;
    case Column::SampleReuse: dst.sampleReuse = src.sampleReuse; break;
    case Column::Software: dst.software = src.software; break;
    case Column::Contact: dst.contact = src.contact; break;
    case Column::SampleDamage: dst.damage = src.damage; break;
    case Column::Availability: dst.availability = src.availability; break;
    case Column::SamplesSubmitted: dst.samplesSubmitted = src.samplesSubmitted; break;
    case Column::InstrumentQuality: dst.instrumentQuality = src.instrumentQuality; break;
    case Column::PreparationComplexity: dst.preparationComplexity = src.preparationComplexity; break;
    case Column::Panet: dst.panet = src.panet; break;
    case Column::Chameo: dst.chameo = src.chameo; break;
    case Column::Source: dst.provenance = src.provenance; break;
    case Column::Curation: dst.estimate = src.estimate; break;
    default: break;
    }
}

bool dependsOnObservableCount(Column c)
{
    return columnInfo(c).kind == ValueKind::PerObservable;
}

} // namespace

// Distinct texts remembered per column and thread; matrices repeat far fewer texts than
// this in every column except the nearly unique ones (instruments, contacts).
constexpr qsizetype kMaxCachedTextsPerColumn = 4096;

struct OfferingParseCache::Impl {
    const ObservableVocabulary &vocabulary;
    // Per column: raw text (with the observable count for per-observable columns) -> a
    // scratch offering holding that column's parsed values.
    std::array<QHash<QString, Offering>, kColumnCount> columns;
};

OfferingParseCache::OfferingParseCache(const ObservableVocabulary &vocabulary) : d(new Impl{vocabulary, {}}) {}
OfferingParseCache::~OfferingParseCache() { delete d; }

void OfferingParseCache::parse(Offering &o)
{
    for (int i = 0; i < kColumnCount; ++i) {
        const Column c = Column(i);
        QString &raw = o.raw[size_t(i)];
        const QString key = dependsOnObservableCount(c) ? raw + QLatin1Char('\x1f') + QString::number(o.observables.size()) : raw;
        auto it = d->columns[size_t(i)].constFind(key);
        if (it == d->columns[size_t(i)].cend() && d->columns[size_t(i)].size() >= kMaxCachedTextsPerColumn) {
            // A column of (nearly) unique texts, such as instrument names: caching would
            // keep a scratch offering per row. Parse in place, as parseOffering does.
            Reader reader{d->vocabulary, {}};
            reader.read(o, c);
            continue;
        }
        if (it == d->columns[size_t(i)].cend()) {
            Offering scratch;
            scratch.raw[size_t(i)] = raw;
            scratch.observables = o.observables; // per-observable columns check the count
            Reader reader{d->vocabulary, {}};
            reader.read(scratch, c);
            it = d->columns[size_t(i)].insert(key, scratch);
        }
        // Share one copy of each distinct text (the scratch keeps the text it was read from).
        raw = dependsOnObservableCount(c) ? it->raw[size_t(i)] : it.key();
        o.state[size_t(i)] = it->state[size_t(i)];
        copyColumn(o, *it, c);
    }
}

QList<CellIssue> parseOffering(Offering &o, const ObservableVocabulary &vocabulary)
{
    Reader reader{vocabulary, {}};
    // Column order matters: per-observable columns are read after the observables.
    for (int i = 0; i < kColumnCount; ++i)
        reader.read(o, Column(i));
    return reader.issues;
}

QList<CellIssue> validateCell(const Offering &o, Column c, const QString &rawText,
                              const ObservableVocabulary &vocabulary)
{
    Offering copy = o;
    copy.raw[size_t(c)] = rawText;
    Reader reader{vocabulary, {}};
    reader.read(copy, Column::Observables);
    reader.issues.clear();
    reader.read(copy, c);
    return reader.issues;
}

} // namespace pm
