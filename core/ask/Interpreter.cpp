// Reading a question: words -> longest vocabulary matches -> criteria, with negation, "or"
// and typos handled on the way. No model, no network: a greedy longest-match over a
// vocabulary that lives in resources/vocabulary/.
#include "Interpretation.h"

#include "common/TextMatch.h"
#include "matrix/Quantity.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace pm::ask {

namespace {

// How far a negation reaches: "not available at ESRF" skips two filler words.
constexpr int kNegationReach = 3;

struct WordKeys {
    QStringList keys;
    bool typo = false;
};

struct SlotValue {
    int consumed = 0;
    double seconds = 0;
    QString durationKey;
};

struct Match {
    int rule = -1;
    int length = 0;
    int typos = 0;
    int inflections = 0; // words matched only as singular/plural of each other
    SlotValue slot;
    QStringList corrected;
};

std::optional<double> numberValue(const QString &folded)
{
    static const QHash<QString, double> words = {
        {QStringLiteral("a"), 1},   {QStringLiteral("an"), 1},    {QStringLiteral("one"), 1},     {QStringLiteral("single"), 1},
        {QStringLiteral("two"), 2}, {QStringLiteral("three"), 3}, {QStringLiteral("five"), 5},    {QStringLiteral("ten"), 10},
        {QStringLiteral("fifteen"), 15}, {QStringLiteral("twenty"), 20}, {QStringLiteral("thirty"), 30}, {QStringLiteral("half"), 0.5}};
    const auto it = words.constFind(folded);
    if (it != words.cend())
        return *it;
    if (folded.isEmpty() || !folded.front().isDigit())
        return std::nullopt;
    bool ok = false;
    const double v = QString(folded).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

// {time}: "minute", "10 s", "a second", "1min", "milliseconds".
std::optional<SlotValue> readTime(const QList<Word> &words, qsizetype j)
{
    const QString &w = words[j].folded;
    static const QRegularExpression glued(QStringLiteral(R"(^(\d+(?:[.,]\d+)?)([a-zμ]+)$)"));
    if (const auto m = glued.match(w); m.hasMatch()) {
        const auto unit = quantity::secondsPerUnit(m.captured(2));
        const auto n = numberValue(m.captured(1));
        if (unit && n)
            return SlotValue{1, *n * *unit, {}};
    }
    if (const auto n = numberValue(w); n && j + 1 < words.size()) {
        if (const auto unit = quantity::secondsPerUnit(words[j + 1].folded))
            return SlotValue{2, *n * *unit, {}};
    }
    // A bare unit ("every minute", "time resolution of seconds") means one of it; single
    // letters ("s", "h", "d") are too ambiguous on their own.
    if (w.size() >= 2) {
        if (const auto unit = quantity::secondsPerUnit(w))
            return SlotValue{1, *unit, {}};
    }
    return std::nullopt;
}

// {duration}: "days", "a few weeks", "two months" -> the planning scale.
std::optional<SlotValue> readDuration(const QList<Word> &words, qsizetype j)
{
    static const QSet<QString> quantityWords = {QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("one"), QStringLiteral("two"),
                                                QStringLiteral("three"), QStringLiteral("few"), QStringLiteral("couple"), QStringLiteral("of"),
                                                QStringLiteral("several"), QStringLiteral("some"), QStringLiteral("matter")};
    static const QHash<QString, int> units = {{QStringLiteral("hour"), 0}, {QStringLiteral("day"), 1},
                                              {QStringLiteral("week"), 2}, {QStringLiteral("month"), 3}};
    qsizetype k = j;
    while (k < words.size() && k - j < 3 && (quantityWords.contains(words[k].folded) || numberValue(words[k].folded)))
        ++k;
    if (k >= words.size())
        return std::nullopt;
    const auto it = units.constFind(words[k].key);
    if (it == units.cend())
        return std::nullopt;
    return SlotValue{int(k - j + 1), 0, scale::key(Scale::Duration, *it)};
}

bool typedInCapitals(const QString &typed)
{
    bool letter = false;
    for (const QChar c : typed) {
        if (c.isLetter()) {
            letter = true;
            if (!c.isUpper())
                return false;
        }
    }
    return letter;
}

std::optional<Match> tryRule(const AskVocabulary &vocabulary, int ruleIndex, const QList<Word> &words,
                             const QList<WordKeys> &keys, qsizetype start)
{
    const Rule &rule = vocabulary.rules()[ruleIndex];
    Match m;
    m.rule = ruleIndex;
    qsizetype j = start;
    for (const PatternElement &e : rule.pattern) {
        if (j >= words.size())
            return std::nullopt;
        if (e.slot == Slot::None) {
            if (!keys[j].keys.contains(e.key))
                return std::nullopt;
            if (rule.capitalsOnly && !typedInCapitals(words[j].typed))
                return std::nullopt;
            if (rule.exactSpelling && words[j].typed != rule.phrase)
                return std::nullopt;
            if (j > start && hardSeparators(words[j].punctuationBefore) != e.separatorBefore)
                return std::nullopt;
            if (words[j].folded != e.folded)
                ++m.inflections;
            if (keys[j].typo) {
                ++m.typos;
                m.corrected.append(words[j].typed + QStringLiteral(" → ") + e.key);
            }
            ++j;
            continue;
        }
        const auto value = e.slot == Slot::Time ? readTime(words, j) : readDuration(words, j);
        if (!value)
            return std::nullopt;
        m.slot = *value;
        j += value->consumed;
    }
    m.length = int(j - start);
    return m;
}

bool better(const Match &a, const Match &b, const AskVocabulary &vocabulary)
{
    if (a.length != b.length)
        return a.length > b.length;
    if (a.typos != b.typos)
        return a.typos < b.typos;
    if (a.inflections != b.inflections)
        return a.inflections < b.inflections;
    const int pa = vocabulary.rules()[a.rule].priority;
    const int pb = vocabulary.rules()[b.rule].priority;
    if (pa != pb)
        return pa > pb;
    return a.rule < b.rule;
}

std::optional<Match> bestMatchAt(const AskVocabulary &vocabulary, const QList<Word> &words, const QList<WordKeys> &keys, qsizetype i)
{
    std::optional<Match> best;
    const auto consider = [&](int ruleIndex) {
        const auto m = tryRule(vocabulary, ruleIndex, words, keys, i);
        if (m && (!best || better(*m, *best, vocabulary)))
            best = m;
    };
    for (const QString &key : keys[i].keys)
        for (int r : vocabulary.rulesStartingWith(key))
            consider(r);
    for (int r : vocabulary.rulesStartingWithSlot())
        consider(r);
    return best;
}

QString formatSecondsForFilter(double seconds)
{
    if (seconds >= 1 && std::abs(seconds - std::round(seconds)) < 1e-9)
        return QString::number(qint64(std::llround(seconds))) + QLatin1Char('s');
    const double ms = seconds * 1000;
    if (std::abs(ms - std::round(ms)) < 1e-6 && ms >= 1)
        return QString::number(qint64(std::llround(ms))) + QStringLiteral("ms");
    return QString::number(seconds) + QLatin1Char('s');
}

std::optional<Scale> scaleOf(FilterField f)
{
    switch (f) {
    case FilterField::Fidelity:
        return Scale::Fidelity;
    case FilterField::Resources:
        return Scale::Cost;
    case FilterField::PlanningTime:
    case FilterField::PostProcessingTime:
        return Scale::Duration;
    case FilterField::CrlAcquisition:
    case FilterField::CrlAnalysis:
    case FilterField::Damage:
        return Scale::Level;
    default:
        return std::nullopt;
    }
}

bool isYesNoField(FilterField f)
{
    return f == FilterField::UsedInBigmap || f == FilterField::SampleReuse || f == FilterField::CellAvailable;
}

// An offering has one partner, one country, one cluster and (nearly always) one technique:
// "at CEA and ESRF" can only mean either of them.
bool singleValuedField(FilterField f)
{
    return f == FilterField::Partner || f == FilterField::Country || f == FilterField::Cluster || f == FilterField::Technique
           || f == FilterField::Source;
}

FilterExpression negated(FilterExpression e)
{
    if (isYesNoField(e.field) && e.values.size() == 1 && (e.op == FilterOp::Equal || e.op == FilterOp::NotEqual)) {
        const bool yes = e.values.first() == u"yes";
        e.values = {(yes == (e.op == FilterOp::Equal)) ? QStringLiteral("no") : QStringLiteral("yes")};
        e.op = FilterOp::Equal;
        return e;
    }
    switch (e.op) {
    case FilterOp::Equal:
        e.op = FilterOp::NotEqual;
        return e;
    case FilterOp::NotEqual:
        e.op = FilterOp::Equal;
        return e;
    case FilterOp::AtLeast:
    case FilterOp::AtMost:
        break;
    }
    const bool atLeast = e.op == FilterOp::AtLeast;
    if (const auto s = scaleOf(e.field); s && e.values.size() == 1) {
        // "not high fidelity" = at most medium; at the end of the scale it means "not that value".
        const int level = scale::parseLevel(*s, e.values.first()).value_or(0);
        const int flipped = atLeast ? level - 1 : level + 1;
        if (flipped >= 0 && flipped < scale::size(*s)) {
            e.op = atLeast ? FilterOp::AtMost : FilterOp::AtLeast;
            e.values = {scale::key(*s, flipped)};
        } else {
            e.op = FilterOp::NotEqual;
        }
        return e;
    }
    e.op = atLeast ? FilterOp::AtMost : FilterOp::AtLeast;
    return e;
}

// "XPS excluded, please" / "XPS excluded.": punctuation that closes a clause.
bool endsClause(const QString &punctuation)
{
    return std::any_of(punctuation.cbegin(), punctuation.cend(), [](QChar c) {
        return c == u',' || c == u';' || c == u':' || c == u'.' || c == u'!' || c == u'?' || c == u')';
    });
}

// Two "at most" (or two "at least") bounds on the same ordered field: the stricter one.
std::optional<FilterExpression> stricterBound(const FilterExpression &a, const FilterExpression &b)
{
    if (a.field != b.field || a.op != b.op || (a.op != FilterOp::AtMost && a.op != FilterOp::AtLeast) || a.values.size() != 1
        || b.values.size() != 1)
        return std::nullopt;
    std::optional<double> va;
    std::optional<double> vb;
    if (a.field == FilterField::TimeResolution) {
        va = quantity::parseSeconds(a.values.first());
        vb = quantity::parseSeconds(b.values.first());
    } else if (const auto s = scaleOf(a.field)) {
        va = scale::parseLevel(*s, a.values.first());
        vb = scale::parseLevel(*s, b.values.first());
    }
    if (!va || !vb)
        return std::nullopt;
    const bool aStricter = a.op == FilterOp::AtMost ? *va <= *vb : *va >= *vb;
    return aStricter ? a : b;
}

QString sortedKey(const FilterExpression &e)
{
    QStringList v = e.values;
    v.sort(Qt::CaseInsensitive);
    return filterFieldKey(e.field) + QString::number(int(e.op)) + v.join(QLatin1Char('|')).toLower();
}

struct Reader {
    Reader(const Matrix &m, const AskVocabulary &v, Interpretation &o) : matrix(m), vocabulary(v), out(o) {}

    const Matrix &matrix;
    const AskVocabulary &vocabulary;
    Interpretation &out;

    bool negationPending = false;
    int sinceNegation = 0;
    QStringList negationWords;
    Role connector = Role::Filler; // Alternative or Conjunction while one is pending
    QStringList connectorWords;
    int lastCriterion = -1;        // index into out.criteria
    qsizetype lastCriterionEnd = -1; // the word after the last criterion's phrase
    bool lastNegated = false;
    // What each word of the question was read as, for the elements' neighbours: 'E' element,
    // 'O' observable, 'J' "and"/"or"/a comma between elements, 'P' "of"/"for", '.' anything else.
    QString wordRoles;
    struct ElementWord {
        qsizetype word;
        FilterExpression expression;
    };
    QList<ElementWord> elementWords;
    struct ObservableSpan {
        qsizetype start, end; // words [start, end)
        QString name;
    };
    QList<ObservableSpan> observableSpans;
    QList<Word> questionWords;

    void skipWord()
    {
        if (negationPending && ++sinceNegation > kNegationReach) {
            negationPending = false;
            negationWords.clear();
        }
    }

    void addCriterion(FilterExpression e, QStringList words, const QStringList &corrected)
    {
        bool wasNegated = false;
        if (negationPending) {
            e = negated(e);
            words = negationWords + words;
            negationPending = false;
            negationWords.clear();
            wasNegated = true;
        }
        if (lastCriterion >= 0 && connector != Role::Filler) {
            UnderstoodCriterion &last = out.criteria[lastCriterion];
            FilterExpression &prev = last.expression;
            // "not at CEA or ESRF": the negation carries over the alternatives.
            const bool carriesNegation = lastNegated && !wasNegated && prev.field == e.field && prev.op == FilterOp::NotEqual
                                         && e.op == FilterOp::Equal && !isYesNoField(e.field);
            const FilterOp op = carriesNegation ? FilterOp::NotEqual : e.op;
            const bool joinable = prev.field == e.field && prev.op == op && !isYesNoField(e.field)
                                  && (connector == Role::Alternative || singleValuedField(e.field) || op == FilterOp::NotEqual);
            if (joinable) {
                for (const QString &v : std::as_const(e.values))
                    if (!prev.values.contains(v, Qt::CaseInsensitive))
                        prev.values.append(v);
                last.words += connectorWords + words;
                last.corrected += corrected;
                connector = Role::Filler;
                connectorWords.clear();
                return;
            }
        }
        connector = Role::Filler;
        connectorWords.clear();
        for (int i = 0; i < out.criteria.size(); ++i) {
            // "fast XAS, a spectrum every 100 ms": two bounds on one scale, the stricter one says it all.
            if (const auto kept = stricterBound(out.criteria[i].expression, e)) {
                out.criteria[i].expression = *kept;
                out.criteria[i].words += words;
                out.criteria[i].corrected += corrected;
                lastCriterion = i;
                lastNegated = wasNegated;
                return;
            }
            if (sortedKey(out.criteria[i].expression) == sortedKey(e)) { // said twice
                out.criteria[i].words += words;
                lastCriterion = i;
                lastNegated = wasNegated;
                return;
            }
        }
        out.criteria.append({e, words, corrected});
        lastCriterion = int(out.criteria.size() - 1);
        lastNegated = wasNegated;
    }

    void addHints(const Rule &rule, const QStringList &typed)
    {
        RequestHints &h = out.hints;
        h.campaign = h.campaign || rule.campaign;
        h.airSensitive = h.airSensitive || rule.airSensitive;
        if (!rule.shape.isEmpty() && (h.shape.isEmpty() || h.shape == u"electrode"))
            h.shape = rule.shape;
        if (!rule.roi.isEmpty() && (h.roi.isEmpty() || rule.roi == u"specific"))
            h.roi = rule.roi;
        if (rule.correlation >= 0 && !h.correlations.contains(rule.correlation))
            h.correlations.append(rule.correlation);
        if (rule.material)
            h.materials.append(typed.join(QLatin1Char(' ')));
    }

    std::optional<FilterExpression> expressionFor(const Rule &rule, const SlotValue &slot) const
    {
        if (rule.expression)
            return rule.expression;
        QString where = rule.whereTemplate;
        where.replace(QStringLiteral("{time}"), formatSecondsForFilter(slot.seconds));
        where.replace(QStringLiteral("{duration}"), slot.durationKey);
        auto e = parseFilter(where, matrix);
        if (!e)
            return std::nullopt;
        return *e;
    }

    void noteRoles(const QList<Word> &words, qsizetype i, const Rule &rule, int length)
    {
        QChar role = QLatin1Char('.');
        if (rule.role == Role::Criterion && rule.expression && rule.expression->field == FilterField::Element)
            role = QLatin1Char('E');
        else if (rule.role == Role::Criterion && rule.expression && rule.expression->field == FilterField::Observable)
            role = QLatin1Char('O');
        else if (rule.role == Role::Conjunction || rule.role == Role::Alternative)
            role = QLatin1Char('J');
        else if (length == 1 && (words[i].folded == u"of" || words[i].folded == u"for"))
            role = QLatin1Char('P');
        for (qsizetype k = i; k < i + length; ++k)
            wordRoles[k] = role;
        if (role == QLatin1Char('E'))
            elementWords.append({i, *rule.expression});
        if (role == QLatin1Char('O') && rule.expression->values.size() == 1)
            observableSpans.append({i, i + length, rule.expression->values.first()});
    }

    // "the chemical composition of the SEI": an observable followed by "of (the)" and an
    // observable that shares a word of its name is that second observable, qualified; the
    // first folds into it (its words join the chip). "Crystal structure and local structure"
    // stays two.
    void foldOfPhrases()
    {
        for (qsizetype a = 0; a + 1 < observableSpans.size(); ++a) {
            const ObservableSpan &first = observableSpans[a];
            const ObservableSpan &second = observableSpans[a + 1];
            bool of = false;
            bool onlyLinks = true;
            for (qsizetype k = first.end; k < second.start; ++k) {
                const QString &w = questionWords[k].folded;
                of = of || w == u"of";
                onlyLinks = onlyLinks && (w == u"of" || w == u"the" || w == u"a" || w == u"an");
            }
            if (!of || !onlyLinks || first.name.compare(second.name, Qt::CaseInsensitive) == 0)
                continue;
            const QStringList secondKeys = phraseKeys(second.name);
            const QStringList firstKeys = phraseKeys(first.name);
            if (std::none_of(firstKeys.cbegin(), firstKeys.cend(), [&](const QString &k) { return secondKeys.contains(k); }))
                continue;
            qsizetype from = -1;
            qsizetype into = -1;
            for (qsizetype c = 0; c < out.criteria.size(); ++c) {
                const FilterExpression &e = out.criteria[c].expression;
                if (e.field != FilterField::Observable || e.op != FilterOp::Equal || e.values.size() != 1)
                    continue;
                if (e.values.first().compare(first.name, Qt::CaseInsensitive) == 0)
                    from = c;
                if (e.values.first().compare(second.name, Qt::CaseInsensitive) == 0)
                    into = c;
            }
            if (from < 0 || into < 0)
                continue;
            out.criteria[into].words = out.criteria[from].words + out.criteria[into].words;
            out.criteria.removeAt(from);
        }
    }

    // An element qualifies the observable it stands beside: "Ni oxidation state", "Ni and Mn
    // oxidation state", "oxidation state of Ni". Elsewhere ("SEI on silicon anodes", "Ni-rich")
    // it names the sample's material, not what to measure: a material of the request, as the
    // phrase files' "materials" list has it, not a filter.
    void qualify(const QString &observable, const QString &symbol)
    {
        QStringList &symbols = out.elementsOf[observable];
        if (!symbols.contains(symbol))
            symbols.append(symbol);
    }

    const ObservableSpan *observableAt(qsizetype word) const
    {
        for (const ObservableSpan &s : observableSpans)
            if (word >= s.start && word < s.end)
                return &s;
        return nullptr;
    }

    void keepElementsBesideObservables()
    {
        for (const ElementWord &e : std::as_const(elementWords)) {
            qsizetype right = e.word;
            while (right < wordRoles.size() && (wordRoles[right] == u'E' || wordRoles[right] == u'J'))
                ++right;
            qsizetype left = e.word;
            while (left >= 0 && (wordRoles[left] == u'E' || wordRoles[left] == u'J'))
                --left;
            if (left >= 0 && wordRoles[left] == u'P')
                --left;
            const ObservableSpan *beside = right < wordRoles.size() && wordRoles[right] == u'O' ? observableAt(right)
                                           : left >= 0 && wordRoles[left] == u'O'                ? observableAt(left)
                                                                                                  : nullptr;
            if (beside) {
                qualify(beside->name, e.expression.values.first());
                continue;
            }
            for (qsizetype c = 0; c < out.criteria.size(); ++c) {
                if (out.criteria[c].expression != e.expression)
                    continue;
                out.hints.materials.prepend(out.criteria[c].words.join(QLatin1Char(' ')));
                out.criteria.removeAt(c);
                break;
            }
        }
    }

    void read(const QList<Word> &words)
    {
        questionWords = words;
        QList<WordKeys> keys;
        keys.reserve(words.size());
        for (const Word &w : words) {
            WordKeys k;
            k.keys = vocabulary.keysFor(w, &k.typo);
            keys.append(k);
        }
        qsizetype i = 0;
        wordRoles = QString(words.size(), QLatin1Char('.'));
        while (i < words.size()) {
            const auto m = bestMatchAt(vocabulary, words, keys, i);
            if (m)
                noteRoles(words, i, vocabulary.rules()[m->rule], m->length);
            if (!m) {
                out.ignored.append(words[i].typed);
                skipWord();
                ++i;
                continue;
            }
            const Rule &rule = vocabulary.rules()[m->rule];
            // "XRD/XAS" lists alternatives; "XRD, XAS or Raman" joins like "and".
            const QString &punctuation = words[i].punctuationBefore;
            if (punctuation.contains(QLatin1Char('/')))
                connector = Role::Alternative;
            else if (connector == Role::Filler && (punctuation.contains(QLatin1Char(',')) || punctuation.contains(QLatin1Char(';'))))
                connector = Role::Conjunction;
            QStringList typed;
            for (qsizetype k = i; k < i + m->length; ++k)
                typed.append(words[k].typed);
            i += m->length;
            switch (rule.role) {
            case Role::Criterion: {
                addHints(rule, typed);
                if (const auto e = expressionFor(rule, m->slot)) {
                    // "state of charge distribution": Li distribution, spatially resolved. Negated
                    // ("without SOC distribution"), only the observable is: "not (A and B)" has
                    // no filter of its own, and "not A" is the reading that removes those rows.
                    const bool negating = negationPending;
                    addCriterion(*e, typed, m->corrected);
                    lastCriterionEnd = i;
                    if (rule.also && !negating)
                        addCriterion(*rule.also, typed, {});
                    if (!rule.element.isEmpty()) { // "Ni oxidation state": and the element
                        addCriterion(FilterExpression{FilterField::Element, FilterOp::Equal, {rule.element}}, typed, {});
                        qualify(e->values.first(), rule.element);
                    }
                } else {
                    out.ignored += typed;
                }
                break;
            }
            case Role::Negation:
                // "SEI thickness, XPS excluded": a postfix negation right after a criterion, at the
                // end of the question or of a clause, negates that criterion.
                if (rule.postfix && lastCriterion >= 0 && !lastNegated && lastCriterionEnd == i - m->length && !negationPending
                    && (i >= words.size() || endsClause(words[i].punctuationBefore))) {
                    UnderstoodCriterion &last = out.criteria[lastCriterion];
                    last.expression = negated(last.expression);
                    last.words += typed;
                    lastNegated = true;
                    break;
                }
                // "not not": two negations in a row cancel.
                negationPending = !(negationPending && sinceNegation == 0);
                sinceNegation = 0;
                negationWords = typed;
                break;
            case Role::Alternative:
            case Role::Conjunction:
                connector = rule.role;
                connectorWords = typed;
                break;
            case Role::Hint:
                addHints(rule, typed);
                skipWord();
                break;
            case Role::Filler:
                skipWord();
                break;
            }
        }
    }
};

// The known terms closest to the words that were not understood: whole phrases or one of
// their words within a few edits ("spectrometer" -> "mass spectrometry"), closest first.
QStringList suggestionsFor(const Interpretation &in, const AskVocabulary &vocabulary)
{
    if (in.ignored.isEmpty()) // only filler words: show what can be asked
        return vocabulary.examples();
    QList<std::pair<int, QString>> scored;
    const QStringList &terms = vocabulary.suggestionTerms();
    for (const QString &word : in.ignored) {
        const QString w = fold(word);
        if (w.size() < 3)
            continue;
        const int limit = std::min<int>(3, int(w.size()) / 2);
        for (qsizetype t = 0; t < terms.size(); ++t) {
            int best = limit + 1;
            for (const QString &part : vocabulary.suggestionWords()[t]) {
                const bool prefix = part.size() >= 4 && (part.startsWith(w) || w.startsWith(part));
                if (prefix)
                    best = std::min(best, 1);
                else if (std::abs(int(part.size() - w.size())) <= limit)
                    best = std::min(best, typoDistance(w, part, limit));
            }
            if (best <= limit)
                scored.append({best, terms[t]});
        }
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList out;
    for (const auto &[distance, term] : std::as_const(scored)) {
        if (out.size() >= 6)
            break;
        if (!out.contains(term, Qt::CaseInsensitive))
            out.append(term);
    }
    return out.isEmpty() ? vocabulary.examples() : out;
}

QString opLabel(FilterOp op)
{
    switch (op) {
    case FilterOp::Equal:
        return QStringLiteral("=");
    case FilterOp::NotEqual:
        return QStringLiteral("≠");
    case FilterOp::AtLeast:
        return QStringLiteral("≥");
    case FilterOp::AtMost:
        return QStringLiteral("≤");
    }
    return {};
}

// "the composition of the SEI" names one observable, SEI composition, with a broader word
// before it; read word by word it also gave "chemical composition", which a request then
// plans with a technique that digests the whole sample (ICP-OES, D5.5 SEI question, issue 16).
// A broader observable named beside a narrower one is taken as part of it, and so is a loose
// word that is a word of another named observable ("composition" beside "SEI composition"):
// its words join that criterion's chip.
bool wordsWithin(const QStringList &typed, const QString &name)
{
    const QStringList nameKeys = phraseKeys(name);
    for (const QString &w : typed)
        if (!nameKeys.contains(singular(fold(w))))
            return false;
    return !typed.isEmpty();
}

void foldBroaderObservables(Interpretation &in)
{
    const ObservableVocabulary &vocabulary = ObservableVocabulary::bundled();
    const auto isObservable = [](const UnderstoodCriterion &c) {
        return c.expression.field == FilterField::Observable && c.expression.op == FilterOp::Equal && c.expression.values.size() == 1;
    };
    for (qsizetype i = in.criteria.size() - 1; i >= 0; --i) {
        if (!isObservable(in.criteria[i]))
            continue;
        const QString broader = in.criteria[i].expression.values.first();
        for (qsizetype j = 0; j < in.criteria.size(); ++j) {
            if (j == i || !isObservable(in.criteria[j]))
                continue;
            const QString narrower = in.criteria[j].expression.values.first();
            if (narrower.compare(broader, Qt::CaseInsensitive) == 0
                || !(vocabulary.isWithin(narrower, broader) || wordsWithin(in.criteria[i].words, narrower)))
                continue;
            in.criteria[j].words = in.criteria[i].words + in.criteria[j].words;
            in.criteria.removeAt(i);
            break;
        }
    }
}

} // namespace

QList<FilterExpression> Interpretation::expressions() const
{
    QList<FilterExpression> out;
    for (const UnderstoodCriterion &c : criteria)
        out.append(c.expression);
    return out;
}

QStringList Interpretation::where() const
{
    QStringList out;
    for (const UnderstoodCriterion &c : criteria)
        out.append(c.expression.toString());
    return out;
}

bool Interpretation::looksLikeRequest() const
{
    if (!hints.campaign && hints.correlations.isEmpty())
        return false;
    return std::any_of(criteria.cbegin(), criteria.cend(), [](const UnderstoodCriterion &c) {
        return c.expression.field == FilterField::Observable && c.expression.op == FilterOp::Equal;
    });
}

Interpretation interpret(const QString &question, const Matrix &matrix, const AskVocabulary &vocabulary)
{
    Interpretation out;
    out.question = question;
    if (question.size() > kMaxQuestionLength) {
        out.refusal = QStringLiteral("the question is %1 characters long; the limit is %2 characters. Ask it in a shorter sentence.")
                          .arg(question.size())
                          .arg(kMaxQuestionLength);
        return out;
    }
    Reader reader(matrix, vocabulary, out);
    reader.read(splitWords(question));
    reader.keepElementsBesideObservables();
    reader.foldOfPhrases();
    foldBroaderObservables(out);
    if (out.understoodNothing())
        out.suggestions = suggestionsFor(out, vocabulary);
    answer(out, matrix);
    return out;
}

void answer(Interpretation &in, const Matrix &matrix)
{
    in.rows.clear();
    in.emptiedBy.reset();
    in.rowsBeforeEmptied = 0;
    if (in.understoodNothing())
        return;
    auto filter = Filter::compile(in.expressions(), matrix);
    if (!filter)
        return;
    QList<int> remaining;
    remaining.reserve(matrix.offerings.size());
    for (int i = 0; i < matrix.offerings.size(); ++i)
        remaining.append(i);
    // One criterion at a time, so that an empty answer can name the one that emptied it.
    const auto &predicates = filter->predicates();
    for (int c = 0; c < predicates.size(); ++c) {
        QList<int> kept;
        for (int i : std::as_const(remaining))
            if (predicates[c](matrix.offerings[i]))
                kept.append(i);
        if (kept.isEmpty()) {
            in.emptiedBy = c;
            in.rowsBeforeEmptied = int(remaining.size());
            return;
        }
        remaining = kept;
    }
    in.rows = remaining;
}

QString expressionLabel(const FilterExpression &e)
{
    QString field = filterFieldKey(e.field);
    field.replace(QLatin1Char('_'), QLatin1Char(' '));
    const QString join = e.op == FilterOp::NotEqual ? QStringLiteral(" nor ") : QStringLiteral(" or ");
    return field + QLatin1Char(' ') + opLabel(e.op) + QLatin1Char(' ') + e.values.join(join);
}

QString describeCriteria(const Interpretation &in)
{
    QStringList parts;
    for (const UnderstoodCriterion &c : in.criteria)
        parts.append(expressionLabel(c.expression));
    return parts.join(QStringLiteral("; "));
}

QString describeEmptyAnswer(const Interpretation &in)
{
    if (!in.emptiedBy)
        return {};
    const FilterExpression &e = in.criteria[*in.emptiedBy].expression;
    if (*in.emptiedBy == 0)
        return QStringLiteral("No offering in the matrix has %1.").arg(expressionLabel(e));
    QStringList before;
    for (int i = 0; i < *in.emptiedBy; ++i)
        before.append(expressionLabel(in.criteria[i].expression));
    return QStringLiteral("%1 offering(s) match %2, but none of them has %3.")
        .arg(in.rowsBeforeEmptied)
        .arg(before.join(QStringLiteral("; ")), expressionLabel(e));
}

} // namespace pm::ask
