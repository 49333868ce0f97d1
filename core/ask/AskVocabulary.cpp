#include "AskVocabulary.h"

#include "common/TextMatch.h"
#include "matrix/Elements.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <array>

namespace pm::ask {

namespace {
constexpr int kObservablePriority = 10;
constexpr int kPartnerPriority = 20;
constexpr int kTechniquePriority = 30;
constexpr int kPhrasePriority = 40; // hand-written rules win over names derived from the data
constexpr int kHintPriority = 5;
constexpr int kConnectorPriority = 3;
constexpr int kPanetPriority = 25;  // a PaNET label loses to the matrix's own names and to hand-written rules
constexpr int kElementPriority = 6; // above a material: the reader turns an element beside no observable back into one

const QStringList &bundledPhraseFiles()
{
    static const QStringList names = {QStringLiteral("techniques.json"), QStringLiteral("phrases.json"),
                                      QStringLiteral("geography.json"), QStringLiteral("panet.json")};
    return names;
}

// "every {time}" -> [every, {time}]; "in-situ" -> [in, situ].
QList<PatternElement> patternOf(QString phrase)
{
    // Slots become marker words so that one pass over the phrase keeps its punctuation.
    phrase.replace(QStringLiteral("{time}"), QStringLiteral(" qqslottimeqq "));
    phrase.replace(QStringLiteral("{duration}"), QStringLiteral(" qqslotdurationqq "));
    QList<PatternElement> out;
    for (const Word &w : splitWords(phrase)) {
        if (w.folded == u"qqslottimeqq")
            out.append({QString(), QString(), QString(), Slot::Time});
        else if (w.folded == u"qqslotdurationqq")
            out.append({QString(), QString(), QString(), Slot::Duration});
        else
            out.append({w.key, w.folded, hardSeparators(w.punctuationBefore), Slot::None});
    }
    return out;
}

QString joinedPartners(const Matrix &matrix, auto &&predicate)
{
    QStringList names;
    for (const Partner &p : matrix.partners)
        if (predicate(p) && !names.contains(p.shortName))
            names.append(p.shortName);
    names.sort(Qt::CaseInsensitive);
    return names.join(QLatin1Char('|'));
}

// "partner={large-scale facility}" -> "partner=ESRF|ILL|SOLEIL" from the partners' kinds.
QString expandPartnerKinds(QString where, const Matrix &matrix)
{
    for (PartnerKind kind : {PartnerKind::Laboratory, PartnerKind::LargeScaleFacility, PartnerKind::Industry}) {
        const QString placeholder = QLatin1Char('{') + partnerKindKey(kind) + QLatin1Char('}');
        if (where.contains(placeholder))
            where.replace(placeholder, joinedPartners(matrix, [kind](const Partner &p) { return p.kind == kind; }));
    }
    return where;
}

// The names one offering contributes, identified by their shared data: the store gives
// equal texts and lists of different rows one buffer, so comparing pointers finds the
// repeats without hashing text. (Equal names in separate buffers only cost an extra row.)
struct NamesKey {
    std::array<const void *, 5> data;
    friend bool operator==(const NamesKey &, const NamesKey &) = default;
};
size_t qHash(const NamesKey &k, size_t seed = 0) { return qHashMulti(seed, k.data[0], k.data[1], k.data[2], k.data[3], k.data[4]); }

// The matrix as far as the vocabulary reads it: the partners, and one offering for each
// distinct partner cell and each distinct set of the names a phrase is checked against
// (cluster, technique, abbreviation, observables, sources), in matrix order. Validating a
// phrase scans the offerings; a large matrix repeats the same names in thousands of rows
// (100,000 rows took seconds for the bundled phrases, a few hundred distinct rows do not).
Matrix namesOf(const Matrix &matrix, const QList<Partner> &directory)
{
    Matrix names;
    names.partners = withDirectory(matrix.partners, directory);
    QSet<QString> partners;
    QSet<NamesKey> kinds;
    for (const Offering &o : matrix.offerings) {
        const NamesKey kind{{o.cluster.constData(), o.technique.constData(), o.abbreviation.constData(), o.observables.constData(),
                             o.sources.constData()}};
        const bool newPartner = !partners.contains(o.partner);
        const bool newKind = !kinds.contains(kind);
        if (!newPartner && !newKind)
            continue;
        partners.insert(o.partner);
        kinds.insert(kind);
        names.offerings.append(o);
    }
    return names;
}

QStringList stringsOf(const QJsonValue &v)
{
    QStringList out;
    if (v.isString())
        out.append(v.toString());
    for (const QJsonValue &e : v.toArray())
        out.append(e.toString());
    return out;
}
} // namespace

Result<AskVocabulary> AskVocabulary::forMatrix(const Matrix &matrix, const ObservableVocabulary &observables)
{
    static const QList<QByteArray> files = [] {
        QList<QByteArray> contents;
        for (const QString &name : bundledPhraseFiles()) {
            QFile f(QStringLiteral(":/probematrix/vocabulary/") + name);
            if (f.open(QIODevice::ReadOnly))
                contents.append(f.readAll());
        }
        return contents;
    }();
    if (files.size() != bundledPhraseFiles().size())
        return makeError(QStringLiteral("the bundled question vocabulary is incomplete; expected %1 in the resources")
                             .arg(bundledPhraseFiles().join(QStringLiteral(", "))));
    return fromJson(files, matrix, observables);
}

Result<AskVocabulary> AskVocabulary::fromJson(const QList<QByteArray> &phraseFiles, const Matrix &fullMatrix,
                                              const ObservableVocabulary &observables, const QList<Partner> &directory)
{
    const Matrix matrix = namesOf(fullMatrix, directory);
    AskVocabulary v;
    for (const Partner &p : fullMatrix.partners) {
        if (!p.country.isEmpty())
            v.m_countriesInMatrix.insert(p.country.toLower());
        if (!p.countryCode.isEmpty())
            v.m_countriesInMatrix.insert(p.countryCode.toLower());
    }
    QList<QJsonObject> panetTerms;
    QList<QJsonObject> documents;
    for (int i = 0; i < phraseFiles.size(); ++i) {
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(phraseFiles[i], &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return makeError(QStringLiteral("phrase file %1 is not a JSON object (%2 at offset %3)")
                                 .arg(i + 1)
                                 .arg(err.errorString())
                                 .arg(err.offset));
        documents.append(doc.object());
        for (const QJsonValue &t : doc.object().value(QStringLiteral("terms")).toArray()) // panet.json
            panetTerms.append(t.toObject());
        // Needed before any rule is added: which short names must be typed in capitals.
        for (const QString &w : stringsOf(doc.object().value(QStringLiteral("exact_case"))))
            v.m_exactCase.insert(singular(fold(w)));
    }
    for (const QJsonObject &doc : std::as_const(documents)) {
        auto added = v.addPhraseFile(QJsonDocument(doc).toJson(QJsonDocument::Compact), matrix, observables);
        if (!added)
            return added.error();
    }
    v.addMatrixNames(matrix, observables);
    v.addTechniqueNames(matrix, panetTerms);
    v.addElements();
    v.m_suggestions.removeDuplicates();
    for (const QString &term : std::as_const(v.m_suggestions)) {
        QStringList words;
        for (const Word &w : splitWords(term))
            words.append(w.folded);
        v.m_suggestionWords.append(words);
    }
    return v;
}

void AskVocabulary::addRule(Rule rule, const QString &phrase)
{
    rule.phrase = phrase;
    rule.pattern = patternOf(phrase);
    if (rule.pattern.isEmpty())
        return;
    QStringList keys;
    for (const PatternElement &e : rule.pattern)
        keys.append(e.slot == Slot::None ? e.key : e.slot == Slot::Time ? QStringLiteral("{time}") : QStringLiteral("{duration}"));
    const QString identity = keys.join(QLatin1Char(' ')) + QChar(0x1f) + QString::number(int(rule.role)) + QChar(0x1f)
                             + rule.whereTemplate + QChar(0x1f) + rule.shape + rule.roi + QString::number(rule.correlation)
                             + QString::number(rule.airSensitive) + QString::number(rule.campaign) + QString::number(rule.material)
                             + rule.element + (rule.also ? rule.also->toString() : QString()) + (rule.postfix ? QStringLiteral("postfix") : QString());
    if (m_seen.contains(identity))
        return;
    m_seen.insert(identity);
    // A short name that is also a common word or an element symbol counts only in capitals.
    rule.capitalsOnly = !rule.exactSpelling && rule.role == Role::Criterion && rule.pattern.size() == 1 && m_exactCase.contains(rule.pattern.first().key);

    const int index = int(m_rules.size());
    const PatternElement &first = rule.pattern.first();
    if (first.slot == Slot::None)
        m_byFirstKey[first.key].append(index);
    else
        m_slotFirst.append(index);
    for (const PatternElement &e : std::as_const(rule.pattern)) {
        if (e.slot != Slot::None || m_dictionary.contains(e.key))
            continue;
        m_dictionary.insert(e.key);
        if (!e.key.isEmpty())
            m_dictionaryByInitial[e.key.front()].append(e.key);
    }
    if (rule.role == Role::Criterion && !phrase.contains(QLatin1Char('{')))
        m_suggestions.append(phrase);
    m_rules.append(std::move(rule));
}

Result<void> AskVocabulary::addPhraseFile(const QByteArray &json, const Matrix &matrix, const ObservableVocabulary &observables)
{
    const QJsonObject doc = QJsonDocument::fromJson(json).object();
    const QJsonArray rules = doc.value(QStringLiteral("rules")).toArray();
    for (int i = 0; i < rules.size(); ++i) {
        const QJsonObject o = rules[i].toObject();
        Rule rule;
        rule.whereTemplate = countryAsPartners(expandPartnerKinds(o.value(QStringLiteral("where")).toString(), matrix),
                                               matrix.partners, m_countriesInMatrix);
        rule.shape = o.value(QStringLiteral("shape")).toString();
        rule.roi = o.value(QStringLiteral("roi")).toString();
        rule.correlation = o.value(QStringLiteral("correlation")).toInt(-1);
        rule.airSensitive = o.value(QStringLiteral("air_sensitive")).toBool();
        rule.campaign = o.value(QStringLiteral("campaign")).toBool();
        rule.role = rule.whereTemplate.isEmpty() ? Role::Hint : Role::Criterion;
        rule.priority = o.value(QStringLiteral("priority")).toInt(rule.role == Role::Hint ? kHintPriority : kPhrasePriority);
        const QStringList phrases = stringsOf(o.value(QStringLiteral("say")));
        if (phrases.isEmpty())
            return makeError(QStringLiteral("rule %1 has no \"say\" phrases").arg(i + 1), QStringLiteral("rules[%1]").arg(i));
        if (rule.role == Role::Criterion && !rule.whereTemplate.contains(QLatin1Char('{'))) {
            auto e = parseFilter(rule.whereTemplate, matrix, observables);
            if (!e) {
                // A phrase naming something this matrix does not have is dropped, not fatal:
                // the same vocabulary serves imported matrices with other partners.
                m_problems.append(QStringLiteral("\"%1\": %2").arg(phrases.first(), e.error().message));
                continue;
            }
            rule.expression = *e;
            if (const QString also = o.value(QStringLiteral("and_where")).toString(); !also.isEmpty()) {
                auto a = parseFilter(also, matrix, observables);
                if (!a) {
                    m_problems.append(QStringLiteral("\"%1\" (and_where): %2").arg(phrases.first(), a.error().message));
                    continue;
                }
                rule.also = *a;
            }
        }
        for (const QString &phrase : phrases)
            addRule(rule, phrase);
    }
    const auto addWords = [&](const char *member, Role role, int priority, bool material = false) {
        for (const QString &phrase : stringsOf(doc.value(QString::fromLatin1(member)))) {
            Rule rule;
            rule.role = role;
            rule.priority = priority;
            rule.material = material;
            addRule(rule, phrase);
        }
    };
    m_examples += stringsOf(doc.value(QStringLiteral("examples")));
    addWords("negations", Role::Negation, kConnectorPriority);
    for (const QString &phrase : stringsOf(doc.value(QStringLiteral("postfix_negations")))) {
        Rule rule;
        rule.role = Role::Negation;
        rule.priority = kConnectorPriority;
        rule.postfix = true;
        addRule(rule, phrase);
    }
    addWords("alternatives", Role::Alternative, kConnectorPriority);
    addWords("conjunctions", Role::Conjunction, kConnectorPriority);
    addWords("materials", Role::Hint, kHintPriority, true);
    addWords("filler", Role::Filler, 0);
    return {};
}

void AskVocabulary::addMatrixNames(const Matrix &matrix, const ObservableVocabulary &observables)
{
    const auto criterion = [this](FilterField field, const QStringList &values, const QString &phrase, int priority) {
        if (phrase.trimmed().isEmpty() || values.isEmpty())
            return;
        Rule rule;
        rule.role = Role::Criterion;
        rule.priority = priority;
        rule.expression = FilterExpression{field, FilterOp::Equal, values};
        rule.whereTemplate = rule.expression->toString();
        addRule(rule, phrase);
    };
    for (const Partner &p : matrix.partners) {
        criterion(FilterField::Partner, {p.shortName}, p.shortName, kPartnerPriority);
        criterion(FilterField::Partner, {p.shortName}, p.fullName, kPartnerPriority);
        for (const QString &alias : p.aliases)
            criterion(FilterField::Partner, {p.shortName}, alias, kPartnerPriority);
        if (!p.city.isEmpty()) {
            const QString inCity = joinedPartners(matrix, [&](const Partner &q) { return q.city == p.city; });
            criterion(FilterField::Partner, inCity.split(QLatin1Char('|')), p.city, kPartnerPriority);
        }
        if (!p.country.isEmpty()) {
            if (m_countriesInMatrix.contains(p.country.toLower()))
                criterion(FilterField::Country, {p.country}, p.country, kPartnerPriority);
            else // known from the directory only: the partners there (PartnerDirectory.h)
                criterion(FilterField::Partner,
                          joinedPartners(matrix, [&](const Partner &q) { return q.country == p.country; }).split(QLatin1Char('|')),
                          p.country, kPartnerPriority);
        }
    }
    for (const QString &cluster : matrix.clusters())
        criterion(FilterField::Cluster, {cluster}, cluster, kTechniquePriority);
    // A large matrix repeats the same few hundred technique names and observables in
    // thousands of rows: turn each distinct one into a rule once.
    QSet<QString> observed;
    for (const Offering &o : matrix.offerings)
        for (const QString &name : o.observables)
            observed.insert(name);
    QStringList observableNames(observed.cbegin(), observed.cend());
    observableNames.sort(); // a stable rule order whatever the hash order
    for (const QString &name : std::as_const(observableNames))
        criterion(FilterField::Observable, {name}, name, kObservablePriority);
    for (const ObservableTerm &term : observables.terms()) {
        criterion(FilterField::Observable, {term.name}, term.name, kObservablePriority);
        for (const QString &synonym : term.synonyms) {
            const QString element = term.qualified.value(synonym.toLower());
            if (element.isEmpty()) {
                criterion(FilterField::Observable, {term.name}, synonym, kObservablePriority);
                continue;
            }
            // "Ni oxidation state": the observable, for the element (issue 16).
            Rule rule;
            rule.role = Role::Criterion;
            rule.priority = kObservablePriority;
            rule.expression = FilterExpression{FilterField::Observable, FilterOp::Equal, {term.name}};
            rule.whereTemplate = rule.expression->toString();
            rule.element = element;
            addRule(rule, synonym);
        }
    }
}

// One technique of the matrix is named by its full name and its abbreviation (and by the PaNET
// label of its identifier). A full name means its family, not every row that shares a word:
// the rows whose technique name holds those words ("Shell-isolated ... Raman spectroscopy") or
// whose abbreviation holds its abbreviation ("Confocal Raman mapping", abbreviation "Raman
// mapping"; "Operando OEMS combined with ...", "OEMS-WAXS-SAXS"), not X-ray Raman scattering. An abbreviation is the short name people
// use for a family and means what `technique=<abbreviation>` means ("TEM": cryo-TEM, Scanning TEM).
// The filter says `technique=<name>` when that selects exactly the family, and otherwise lists
// the family's labels ("Raman spectroscopy (Raman)|...") so that the answer is the family.
void AskVocabulary::addTechniqueNames(const Matrix &matrix, const QList<QJsonObject> &panetTerms)
{
    struct Entry {
        QString technique, abbreviation, label, panet;
        const Offering *offering;
    };
    QList<Entry> entries;
    QSet<QString> seen;
    for (const Offering &o : matrix.offerings) {
        const QString label = o.techniqueLabel();
        const QString key = label.toLower() + QChar(0x1f) + o.panet;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        entries.append({o.technique, o.abbreviation, label, o.panet, &o});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.label < b.label; });
    const auto familyWhere = [&](const QString &name, const QStringList &labels) -> QStringList {
        QStringList bySubstring;
        for (const Entry &e : std::as_const(entries))
            if (techniqueMatches(*e.offering, name) && !bySubstring.contains(e.label))
                bySubstring.append(e.label);
        QStringList wanted = labels;
        wanted.removeDuplicates();
        std::sort(bySubstring.begin(), bySubstring.end());
        std::sort(wanted.begin(), wanted.end());
        return bySubstring == wanted ? QStringList{name} : wanted;
    };
    const auto add = [this](const QString &phrase, const QStringList &values, int priority) {
        if (phrase.trimmed().isEmpty() || values.isEmpty())
            return;
        Rule rule;
        rule.role = Role::Criterion;
        rule.priority = priority;
        rule.expression = FilterExpression{FilterField::Technique, FilterOp::Equal, values};
        rule.whereTemplate = rule.expression->toString();
        addRule(rule, phrase);
    };
    QSet<QString> names;
    for (const Entry &e : std::as_const(entries)) {
        if (!names.contains(e.technique.toLower())) {
            names.insert(e.technique.toLower());
            QStringList family;
            for (const Entry &f : std::as_const(entries))
                if (wordContains(f.technique, e.technique) || (!e.abbreviation.isEmpty() && wordContains(f.abbreviation, e.abbreviation)))
                    family.append(f.label);
            add(e.technique, familyWhere(e.technique, family), kTechniquePriority);
        }
        if (!e.abbreviation.isEmpty() && !names.contains(e.abbreviation.toLower())) {
            names.insert(e.abbreviation.toLower());
            add(e.abbreviation, {e.abbreviation}, kTechniquePriority);
        }
    }
    // PaNET: the label of an identifier the matrix uses means the rows carrying it
    // (resources/vocabulary/panet.json); "-based techniques" is the ontology's suffix, not a word people say.
    for (const QJsonObject &term : panetTerms) {
        const QString id = term.value(QStringLiteral("id")).toString();
        QStringList family;
        for (const Entry &e : std::as_const(entries))
            if (e.panet == id)
                family.append(e.label);
        if (family.isEmpty())
            continue;
        QStringList labels = stringsOf(term.value(QStringLiteral("alt_labels")));
        labels.prepend(term.value(QStringLiteral("label")).toString());
        for (QString label : std::as_const(labels)) {
            label.remove(QStringLiteral("-based techniques")).remove(QStringLiteral(" based techniques"));
            add(label, familyWhere(label, family), kPanetPriority);
        }
    }
}

// Elements qualify observables: "Ni" (as written: symbols are case-sensitive, "NI" is neutron
// imaging) and "nickel" mean element=Ni; the reader keeps them only beside an observable.
void AskVocabulary::addElements()
{
    const ElementTable &table = ElementTable::bundled();
    for (const QString &symbol : table.symbols()) {
        const ChemicalElement *e = table.element(symbol);
        for (const QString &phrase : {e->symbol, e->name}) {
            Rule rule;
            rule.role = Role::Criterion;
            rule.priority = kElementPriority;
            rule.expression = FilterExpression{FilterField::Element, FilterOp::Equal, {e->symbol}};
            rule.whereTemplate = rule.expression->toString();
            rule.exactSpelling = phrase == e->symbol;
            addRule(rule, phrase);
        }
    }
}

const QList<int> &AskVocabulary::rulesStartingWith(const QString &key) const
{
    static const QList<int> none;
    const auto it = m_byFirstKey.constFind(key);
    return it == m_byFirstKey.cend() ? none : *it;
}

QStringList AskVocabulary::keysFor(const Word &word, bool *typo) const
{
    *typo = false;
    if (m_dictionary.contains(word.key))
        return {word.key};
    if (m_dictionary.contains(word.folded))
        return {word.folded};
    const int allowance = typoAllowance(word.key.size());
    if (allowance == 0 || word.key.front().isDigit())
        return {};
    // Typos rarely hit the first letter; looking only there keeps this fast and cautious.
    int best = allowance + 1;
    QStringList found;
    for (const QString &candidate : m_dictionaryByInitial.value(word.key.front())) {
        if (candidate.size() < 4)
            continue;
        const int d = typoDistance(word.key, candidate, std::min(best, allowance));
        if (d < best) {
            best = d;
            found = {candidate};
        } else if (d == best && d <= allowance) {
            found.append(candidate);
        }
    }
    *typo = !found.isEmpty();
    return found;
}

} // namespace pm::ask
