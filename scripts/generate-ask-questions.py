#!/usr/bin/env python3
"""Generates the evaluation set of `probematrix-cli ask` (issue 16) FROM THE DATA, not from the
parser: the bundled matrix (resources/matrix/bigmap-matrix.tsv), the partner directory
(resources/matrix/partners.json), the observable vocabulary (resources/vocabulary/observables.json),
the element table and its reachability rules (resources/vocabulary/elements.json), the PaNET labels
(resources/vocabulary/panet.json) and the planning scales (core/matrix/Scale.cpp), put into several
phrasings each.

Every question carries the filters it must answer to, in `list --where` syntax, written from the
data: a partner's code for its name, aliases and city; the exact technique labels ("X-ray
diffraction (XRD)") of the entries a technique name, abbreviation or PaNET label denotes; the
canonical observable of a synonym. The test compares ROWS (`"match": "rows"`), so the expected
answer is the filter language's, not the parser's. Phenomena covered (tags): partners by code,
full name, alias, city and country; multi-word technique names; abbreviations; PaNET labels;
observables and synonyms; element-qualified observables; ordinals; negation ("not at ESRF",
"without synchrotron"); typos (one-letter edits of technique and partner words); "or" (two
partners, two techniques, two countries); empty answers (questions whose expected filters
select no row: an element no technique of that kind reaches, a partner that offers nothing of
that family).

With --check CLI, every question's expected filters are run through the filter language
(`CLI --db DB list --where ...`, never `ask`): a question whose filters select no row is tagged
"empty" (`"answer": "empty"`), and one meant to be empty that selects rows is dropped.

    python3 scripts/generate-ask-questions.py --check build/app/probematrix-cli --db /tmp/m.sqlite --split

--split draws a seed from /dev/urandom, shuffles the questions with it and writes one half to
tests/data/ask-generated-dev.json (tune on it) and the other to tests/data/ask-generated-test.json
(never opened, printed or scored while tuning: the lead scores it once). It was run ONCE for
issue 16 (seed, date and this script's commit are in each file's "about"); do not re-run it
into the test file. Without --split the questions go to stdout (for looking at the generator).
Standard library only."""
import argparse
import csv
import datetime
import json
import pathlib
import random
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
RES = ROOT / "resources"
OUT = ROOT / "tests/data"

# core/matrix/Scale.cpp: the ordered scales of the matrix.
DURATION = ["hours", "days", "weeks", "months"]
COST = ["cheap", "medium", "expensive"]
FIDELITY = ["low", "medium", "high", "best"]


def cell_list(cell):
    """'[a, b]' -> ['a', 'b'] (the D5.2 list cells)."""
    cell = cell.strip()
    if cell.startswith("[") and cell.endswith("]"):
        cell = cell[1:-1]
    return [p.strip() for p in cell.split(",") if p.strip()]


def technique_entry(cell):
    """'[X-ray diffraction, XRD]' -> ('X-ray diffraction', 'XRD'); the last comma separates."""
    body = cell.strip()[1:-1] if cell.strip().startswith("[") else cell.strip()
    if "," in body:
        full, abbr = body.rsplit(",", 1)
        return full.strip(), abbr.strip()
    return body.strip(), ""


def label(full, abbr):
    return "%s (%s)" % (full, abbr) if abbr else full


def norm(text):
    return re.sub(r"\s+", " ", text.strip().lower())


def word_contains(haystack, needle):
    """The filter language's word match (core/query/Filter.cpp wordContains)."""
    h, n = norm(haystack), norm(needle)
    if not n:
        return False
    start = 0
    while True:
        i = h.find(n, start)
        if i < 0:
            return False
        before_ok = i == 0 or not h[i - 1].isalnum()
        end = i + len(n)
        after_ok = end >= len(h) or not h[end].isalnum()
        if before_ok and after_ok:
            return True
        start = i + 1


def load():
    rows = list(csv.reader((RES / "matrix/bigmap-matrix.tsv").open(encoding="utf-8"), delimiter="\t"))
    head = rows[0]
    col = {name: head.index(name) for name in ("Partner", "technique", "observables", "characterization mode",
                                               "Resources", "Planning time", "PaNET")}
    offerings = []
    for r in rows[1:]:
        full, abbr = technique_entry(r[col["technique"]])
        modes = set()
        for m in cell_list(r[col["characterization mode"]].replace("/", ",")):
            m = m.lower().replace(" ", "-")
            if m in ("operando", "in-situ", "ex-situ"):
                modes.add(m)
        offerings.append({"partner": cell_list(r[col["Partner"]])[0], "full": full, "abbr": abbr,
                          "observables": [o.lower() for o in cell_list(r[col["observables"]])],
                          "modes": modes, "panet": r[col["PaNET"]].strip(),
                          "planning": cell_list(r[col["Planning time"]].lower())})
    partners = json.loads((RES / "matrix/partners.json").read_text(encoding="utf-8"))
    observables = json.loads((RES / "vocabulary/observables.json").read_text(encoding="utf-8"))["observables"]
    element_doc = json.loads((RES / "vocabulary/elements.json").read_text(encoding="utf-8"))
    elements = element_doc["elements"]
    panet = json.loads((RES / "vocabulary/panet.json").read_text(encoding="utf-8"))["terms"]
    return offerings, partners, observables, elements, panet, element_doc["rules"]


class Generator:
    def __init__(self):
        self.offerings, self.partners, self.observables, self.elements, self.panet, self.element_rules = load()
        self.questions = []
        self.seen = set()
        self.entries = sorted({(o["full"], o["abbr"]) for o in self.offerings})

    def add(self, q, where, phenomena, empty=False):
        """empty: the question is built to have no answer (checked by the filter language, --check)."""
        key = norm(q)
        if key in self.seen:
            return
        self.seen.add(key)
        item = {"q": q, "where": where, "phenomena": phenomena}
        if empty:
            item["answer"] = "empty"
        self.questions.append(item)

    # -- what the data says a name denotes -------------------------------------------------
    def labels_for_name(self, name, abbr=""):
        """The family of a technique asked by its full name: entries whose full name contains the
        name as words ("Raman spectroscopy" is also "Shell-isolated ... Raman spectroscopy") or
        whose abbreviation contains its abbreviation ("Confocal Raman mapping", "Raman mapping";
        "Operando OEMS combined with ...", "OEMS-WAXS-SAXS"); never a mere shared word of another
        technique's name (X-ray Raman scattering)."""
        return sorted(label(f, a) for f, a in self.entries
                      if word_contains(f, name) or (abbr and a and word_contains(a, abbr)))

    def labels_for_abbreviation(self, abbr):
        """What `technique=ABBR` selects in the filter language: the abbreviation as words of an
        entry's abbreviation or name ("TEM" is also "Scanning TEM ..."). An abbreviation is a
        name people use for a family; a full name is precise (labels_for_name)."""
        own = [(f, a) for f, a in self.entries if a == abbr and word_contains(f, abbr)]
        if own:
            # An abbreviation that is a word of its own full name ("Raman" of "Raman spectroscopy",
            # "Mössbauer") is a short name: it means that name's family (issue 16: Raman is not
            # X-ray Raman scattering).
            return sorted({l for f, a in own for l in self.labels_for_name(f, a)})
        return sorted(label(f, a) for f, a in self.entries if (a and word_contains(a, abbr)) or word_contains(f, abbr))

    def technique_where(self, labels):
        return "technique=" + "|".join(labels)

    def partner_codes(self):
        present = {o["partner"] for o in self.offerings}
        return [p for p in self.partners if p["short_name"] in present]

    def rows(self, **want):
        out = []
        for o in self.offerings:
            if "partner" in want and o["partner"] not in want["partner"]:
                continue
            if "labels" in want and label(o["full"], o["abbr"]) not in want["labels"]:
                continue
            if "mode" in want and want["mode"] not in o["modes"]:
                continue
            if "observable" in want and want["observable"] not in o["observables"]:
                continue
            out.append(o)
        return out

    # -- templates ---------------------------------------------------------------------------
    def partners_(self):
        for p in self.partner_codes():
            code = p["short_name"]
            w = ["partner=" + code]
            self.add("What does %s offer?" % code, w, ["partner"])
            self.add("techniques available at %s" % p["full_name"], w, ["partner-directory", "full-name"])
            for i, alias in enumerate(p["aliases"]):
                template = ["Which measurements can %s do?", "Is there anything at %s?", "What does %s have?"][i % 3]
                self.add(template % alias, w, ["partner-directory", "alias"])
        cities = {}
        countries = {}
        for p in self.partner_codes():
            cities.setdefault(p["city"], []).append(p["short_name"])
            countries.setdefault(p["country"], []).append(p["short_name"])
        for city, codes in sorted(cities.items()):
            w = ["partner=" + "|".join(sorted(codes))]
            self.add("the %s group" % city, w, ["partner-directory", "city"])
            self.add("labs in %s" % city, w, ["partner-directory", "city"])
            self.add("What can I measure in %s?" % city, w, ["partner-directory", "city"])
        for country, codes in sorted(countries.items()):
            w = ["country=" + country]
            self.add("labs in %s" % country, w, ["partner-directory", "country"])
            self.add("What is available in %s?" % country, w, ["partner-directory", "country"])
            self.add("partners in %s" % country, w, ["partner-directory", "country"])

    def techniques_(self):
        for full, abbr in self.entries:
            labels = self.labels_for_name(full, abbr)
            tag = ["multi-word"] if len(full.split()) > 1 else ["technique"]
            self.add("Who offers %s?" % full, [self.technique_where(labels)], tag)
            self.add("where can I do %s" % full.lower(), [self.technique_where(labels)], tag + ["case"])
            if abbr and not abbr.lower() == full.lower():
                a_labels = self.labels_for_abbreviation(abbr)
                self.add("Where can I do %s?" % abbr, [self.technique_where(a_labels)], ["abbreviation"])
                # Combined with the country of a partner that offers it.
                offered = [o for o in self.offerings if label(o["full"], o["abbr"]) in a_labels]
                partner = next(p for p in self.partners if p["short_name"] == offered[0]["partner"])
                self.add("%s in %s" % (abbr, partner["country"]),
                         [self.technique_where(a_labels), "country=" + partner["country"]], ["abbreviation", "country"])
                for mode, word in (("operando", "operando"), ("ex-situ", "ex situ")):
                    if self.rows(labels=set(a_labels), mode=mode):
                        self.add("%s %s" % (word, abbr), [self.technique_where(a_labels), "mode=" + mode], ["abbreviation", "mode"])
                        break
        words = lambda text: " ".join(re.findall(r"[0-9a-zµ]+", norm(text)))  # "Fourier-transform" = "fourier transform"
        names = {words(n) for entry in self.entries for n in entry if n}
        for term in self.panet:
            labels = sorted({label(o["full"], o["abbr"]) for o in self.offerings if o["panet"] == term["id"]})
            name = term["label"].replace("-based techniques", "").strip()
            if words(name) in names:
                continue  # a name of the matrix: asked above, and it means its family there
            self.add("Who can do %s?" % name, [self.technique_where(labels)], ["panet"])

    def observables_(self):
        present = {name for o in self.offerings for name in o["observables"]}
        for ob in self.observables:
            name = ob["name"]
            w = ["observable=" + name]
            self.add("Who can measure %s?" % name, w, ["observable"])
            for i, syn in enumerate(ob.get("synonyms", [])):
                template = ["%s measurements", "I want to look at %s", "how do I measure %s?"][i % 3]
                self.add(template % syn, w, ["synonym"])
            if name.lower() in present:
                if any(name.lower() in o["observables"] and "operando" in o["modes"] for o in self.offerings):
                    self.add("%s operando" % name, w + ["mode=operando"], ["observable", "mode"])
                for o in self.offerings:
                    if name.lower() in o["observables"]:
                        partner = next(p for p in self.partners if p["short_name"] == o["partner"])
                        self.add("%s at %s" % (name, partner["aliases"][0] if partner["aliases"] else partner["short_name"]),
                                 w + ["partner=" + partner["short_name"]], ["observable", "alias"])
                        break

    def elements_(self):
        # Element-qualified observables: the observables that name an element in their
        # qualified labels (observables.json 'qualified').
        # An observable that names only transition metals in its qualified labels (dissolution)
        # is asked for the transition metals (Z 21-30); the others for every element from Li.
        qualified = [ob for ob in self.observables if ob.get("qualified")]
        for observable in qualified:
            ob = observable["name"]
            named = {self.z_of(sym) for sym in observable["qualified"].values()}
            only_tm = all(21 <= z <= 30 for z in named)
            for i, e in enumerate(self.elements):
                if e["z"] < 3 or (only_tm and not 21 <= e["z"] <= 30):
                    continue
                w = ["observable=" + ob, "element=" + e["symbol"]]
                phrasing = ["%s %s" % (e["symbol"], ob), "%s of %s" % (ob, e["name"]), "%s %s" % (e["name"], ob)][i % 3]
                self.add(phrasing, w, ["element"])

    def z_of(self, symbol):
        return next(e["z"] for e in self.elements if e["symbol"] == symbol)

    def ordinals_(self):
        for i, level in enumerate(DURATION):
            self.add("needs %s of planning" % level, ["planning_time=" + level], ["ordinal"])
            self.add("at most %s of planning" % level, ["planning_time<=" + level], ["ordinal"])
            self.add("at least %s of planning" % level, ["planning_time>=" + level], ["ordinal"])
            unit = level[:-1]
            self.add("no more than a %s of planning" % unit, ["planning_time<=" + level], ["ordinal"])
            xrd = self.labels_for_abbreviation("XRD")
            if any(level in o["planning"] for o in self.offerings if label(o["full"], o["abbr"]) in xrd):
                self.add("XRD with %s of planning" % level, ["planning_time=" + level, self.technique_where(xrd)], ["ordinal"])
        for i, level in enumerate(COST):
            if i > 0:
                self.add("cheaper than %s" % level, ["resources<=" + COST[i - 1]], ["ordinal"])
            self.add("%s offerings" % level if level != "medium" else "medium cost offerings", ["resources=" + level], ["ordinal"])
        for i, level in enumerate(FIDELITY):
            self.add("%s fidelity or better" % level, ["fidelity>=" + level], ["ordinal"])
            self.add("at least %s fidelity" % level, ["fidelity>=" + level], ["ordinal"])

    def negation_or_typo_(self):
        for n, (full, abbr) in enumerate(self.entries):
            if not abbr:
                continue
            labels = self.labels_for_abbreviation(abbr)
            partners = sorted({o["partner"] for o in self.offerings if label(o["full"], o["abbr"]) in labels})
            if len(partners) >= 2:
                self.add("%s not at %s" % (abbr, partners[0]), [self.technique_where(labels), "partner!=" + partners[0]], ["negation"])
            if n % 4 == 0 and n + 1 < len(self.entries) and self.entries[n + 1][1]:
                other = self.entries[n + 1][1]
                both = sorted(set(labels) | set(self.labels_for_abbreviation(other)))
                self.add("%s or %s" % (abbr, other), [self.technique_where(both)], ["or"])
        for ob in self.observables:
            words = ob["name"].split()
            longest = max(range(len(words)), key=lambda k: len(words[k]))
            w = words[longest]
            if len(w) >= 7:
                typo = w[:2] + w[3] + w[2] + w[4:]  # two neighbours swapped
                words[longest] = typo
                self.add("who measures %s" % " ".join(words), ["observable=" + ob["name"]], ["typo"])


    # -- issue 16, second round: the phenomena the first generator left out ------------------
    def partner(self, code):
        return next(p for p in self.partners if p["short_name"] == code)

    def partner_name(self, code, i):
        """A partner as people write it: its code, an alias or its full name, in turn."""
        p = self.partner(code)
        names = [code] + p["aliases"] + [p["full_name"]]
        return names[i % len(names)]

    def families(self):
        """(abbreviation, its labels, partners offering it) for every abbreviation of the matrix."""
        out = []
        for abbr in sorted({a for _, a in self.entries if a}):
            labels = self.labels_for_abbreviation(abbr)
            partners = sorted({o["partner"] for o in self.offerings if label(o["full"], o["abbr"]) in labels})
            out.append((abbr, labels, partners))
        return out

    def negation2_(self):
        """Negated partners, countries and sources beside an observable or a technique."""
        present = sorted({name for o in self.offerings for name in o["observables"]})
        canonical = {ob["name"].lower(): ob["name"] for ob in self.observables}
        synchrotrons = [p["short_name"] for p in self.partner_codes() if p["short_name"] in ("ESRF", "SOLEIL")]
        for i, ob in enumerate(present):
            name = canonical.get(ob, ob)
            partners = sorted({o["partner"] for o in self.offerings if ob in o["observables"]})
            if len(partners) >= 2:
                code = partners[i % len(partners)]
                template = ["%s not at %s", "%s except at %s", "%s, but not at %s", "%s excluding %s"][i % 4]
                self.add(template % (name, self.partner_name(code, i)), ["observable=" + name, "partner!=" + code], ["negation", "observable"])
            template = ["%s without synchrotron", "%s without a synchrotron", "%s, no synchrotron", "%s not at a synchrotron"][i % 4]
            self.add(template % name, ["observable=" + name, "source!=synchrotron"], ["negation", "observable"])
            if i % 2 == 0:
                self.add("%s without neutrons" % name, ["observable=" + name, "source!=neutron"], ["negation", "observable"])
            countries = sorted({self.partner(o["partner"])["country"] for o in self.offerings if ob in o["observables"]})
            if len(countries) >= 2:
                country = countries[i % len(countries)]
                self.add("%s outside %s" % (name, country) if i % 2 else "%s not in %s" % (name, country),
                         ["observable=" + name, "country!=" + country], ["negation", "observable", "country"])
        for i, (abbr, labels, partners) in enumerate(self.families()):
            # A partner that offers the family, so that the negation removes rows.
            if i % 3 == 0 and len(partners) >= 2:
                code = partners[-1]
                self.add("Who does %s, but not %s?" % (abbr, self.partner_name(code, i)), [self.technique_where(labels), "partner!=" + code], ["negation", "abbreviation"])
            offered_at_synchrotron = any(o["partner"] in synchrotrons for o in self.offerings if label(o["full"], o["abbr"]) in labels)
            if i % 3 == 1 and offered_at_synchrotron and len(partners) >= 2:
                self.add("%s without synchrotron" % abbr, [self.technique_where(labels), "source!=synchrotron"], ["negation", "abbreviation"])

    def typo(self, word, k):
        """A one-letter edit of `word` (substitution, deletion, insertion or swap of neighbours),
        chosen by k; never the first letter (people rarely miss it)."""
        w = word
        pos = 1 + (k * 7) % (len(w) - 2)
        letters = "aeiourstnl"
        kind = k % 4
        if kind == 0:   # substitution
            c = letters[(k + pos) % len(letters)]
            if c == w[pos].lower():
                c = letters[(k + pos + 1) % len(letters)]
            return w[:pos] + c + w[pos + 1:]
        if kind == 1:   # deletion
            return w[:pos] + w[pos + 1:]
        if kind == 2:   # insertion
            return w[:pos] + letters[k % len(letters)] + w[pos:]
        if w[pos].lower() == w[pos + 1].lower():
            return w[:pos] + w[pos + 1] + w[pos + 2:] if len(w) > 6 else w[:pos] + "e" + w[pos + 1:]
        return w[:pos] + w[pos + 1] + w[pos] + w[pos + 2:]  # neighbours swapped

    def known_words(self):
        words = set()
        for full, abbr in self.entries:
            words |= set(re.findall(r"[a-zà-ÿ]+", norm(full + " " + abbr)))
        for p in self.partners:
            words |= set(re.findall(r"[a-zà-ÿ]+", norm(" ".join([p["short_name"], p["full_name"], p["city"], p["country"]] + p["aliases"]))))
        for ob in self.observables:
            words |= set(re.findall(r"[a-zà-ÿ]+", norm(" ".join([ob["name"]] + ob.get("synonyms", []) + ob.get("hidden", [])))))
        return words

    def typos2_(self):
        """One-letter edits of a technique's or a partner's longest word (7+ letters)."""
        known = self.known_words()
        k = 0

        def misspelt(text):
            nonlocal k
            words = text.split()
            longest = max(range(len(words)), key=lambda j: len(words[j]))
            w = words[longest]
            if len(w) < 7 or not w.isalpha():
                return None
            for attempt in range(4):
                k += 1
                t = self.typo(w, k + attempt)
                if norm(t) not in known and t != w:
                    words[longest] = t
                    return " ".join(words)
            return None

        for n, (full, abbr) in enumerate(self.entries):
            if n % 2:
                continue
            t = misspelt(full)
            if t:
                template = ["Who offers %s?", "where can I do %s", "%s at any partner"][n % 3]
                self.add(template % t, [self.technique_where(self.labels_for_name(full, abbr))], ["typo", "multi-word" if len(full.split()) > 1 else "technique"])
        for n, p in enumerate(self.partner_codes()):
            code = p["short_name"]
            for text, tag in ((p["city"], "city"), (p["aliases"][0] if p["aliases"] else p["full_name"], "alias")):
                t = misspelt(text)
                if not t:
                    continue
                if tag == "city":
                    codes = sorted(q["short_name"] for q in self.partner_codes() if q["city"] == p["city"])
                    self.add("labs in %s" % t, ["partner=" + "|".join(codes)], ["typo", "partner-directory", "city"])
                else:
                    self.add("What does %s offer?" % t, ["partner=" + code], ["typo", "partner-directory", "alias"])

    def or2_(self):
        """Two partners, two techniques by full name, two countries."""
        codes = [p["short_name"] for p in self.partner_codes()]
        for i in range(0, len(codes) - 1, 2):
            a, b = codes[i], codes[i + 1]
            self.add("What do %s or %s offer?" % (self.partner_name(a, i), self.partner_name(b, i + 1)), ["partner=%s|%s" % (a, b)], ["or", "partner-directory"])
        for i, (abbr, labels, partners) in enumerate(self.families()):
            if len(partners) >= 3 and i % 2 == 0:
                a, b = partners[0], partners[-1]
                self.add("%s at %s or %s" % (abbr, self.partner_name(a, i), self.partner_name(b, i)), [self.technique_where(labels), "partner=%s|%s" % (a, b)], ["or", "abbreviation"])
        multi = [(f, a) for f, a in self.entries if len(f.split()) > 1]
        for i in range(0, len(multi) - 1, 6):
            (f1, a1), (f2, a2) = multi[i], multi[i + 3]
            both = sorted(set(self.labels_for_name(f1, a1)) | set(self.labels_for_name(f2, a2)))
            self.add("%s or %s" % (f1, f2), [self.technique_where(both)], ["or", "multi-word"])
        countries = sorted({p["country"] for p in self.partner_codes()})
        for i in range(0, len(countries) - 1, 2):
            self.add("labs in %s or %s" % (countries[i], countries[i + 1]), ["country=%s|%s" % (countries[i], countries[i + 1])], ["or", "country"])

    def ordinals2_(self):
        """Ordinals beside a technique or an observable, in the issue's phrasings."""
        phrasings = [("%s that needs %s of planning", "planning_time=%s"), ("%s with at most %s of planning", "planning_time<=%s"),
                     ("%s needing %s of planning", "planning_time=%s"), ("%s, at most %s of planning", "planning_time<=%s")]
        for i, (abbr, labels, partners) in enumerate(self.families()):
            if i % 3:
                continue
            level = DURATION[(i // 3) % len(DURATION)]
            q, w = phrasings[(i // 3) % len(phrasings)]
            self.add(q % (abbr, level), [self.technique_where(labels), w % level], ["ordinal", "abbreviation"])
        canonical = {ob["name"].lower(): ob["name"] for ob in self.observables}
        present = sorted({name for o in self.offerings for name in o["observables"]})
        for i, ob in enumerate(present):
            name = canonical.get(ob, ob)
            j = i % 6
            if j == 0:
                self.add("%s cheaper than expensive" % name, ["observable=" + name, "resources<=medium"], ["ordinal", "observable"])
            elif j == 1:
                self.add("%s with no more than a week of planning" % name, ["observable=" + name, "planning_time<=weeks"], ["ordinal", "observable"])
            elif j == 2:
                self.add("%s, medium fidelity or better" % name, ["observable=" + name, "fidelity>=medium"], ["ordinal", "observable"])
            elif j == 3:
                self.add("%s that needs months of planning" % name, ["observable=" + name, "planning_time=months"], ["ordinal", "observable"])
            elif j == 4:
                self.add("cheap %s" % name, ["observable=" + name, "resources=cheap"], ["ordinal", "observable"])
            else:
                self.add("%s at most days of planning" % name, ["observable=" + name, "planning_time<=days"], ["ordinal", "observable"])

    def reaches(self, offering, symbol):
        """elements.json: the first rule whose technique pattern occurs in the name or the
        abbreviation decides; a technique no rule names reaches every element."""
        text = (offering["full"] + " " + offering["abbr"]).lower()
        element = next(e for e in self.elements if e["symbol"] == symbol)
        for rule in self.element_rules:
            if not any(t in text for t in rule["techniques"]):
                continue
            if "isotopes" in rule:
                return symbol in rule["isotopes"]
            if "all_except" in rule:
                return symbol not in rule["all_except"]
            lo, hi = rule["edge_window_ev"]
            return any(lo <= element.get(edge, -1) <= hi for edge in ("k_edge_ev", "l3_edge_ev"))
        return True

    def empty_(self):
        """Questions with no answer, built from the data: an element no technique of a family
        reaches, a partner that offers nothing of a family, an observable no partner of a
        country lists."""
        symbols = ["Li", "O", "Ni", "Mn", "Co", "Fe", "F", "P", "S", "Si"]
        for i, (abbr, labels, partners) in enumerate(self.families()):
            rows = [o for o in self.offerings if label(o["full"], o["abbr"]) in labels and "oxidation state" in o["observables"]]
            if not rows:
                continue
            for s in symbols:
                if any(self.reaches(o, s) for o in rows):
                    continue
                name = next(e["name"] for e in self.elements if e["symbol"] == s)
                q = ["%s oxidation state by %s" % (s, abbr), "Can %s measure the oxidation state of %s?" % (abbr, name),
                     "%s valence with %s" % (s, abbr)][(i + len(s)) % 3]
                self.add(q, ["observable=oxidation state", "element=" + s, self.technique_where(labels)], ["empty", "element"], empty=True)
        codes = [p["short_name"] for p in self.partner_codes()]
        n = 0
        for i, (abbr, labels, partners) in enumerate(self.families()):
            if i % 2 or len(partners) > 3:
                continue
            absent = [c for c in codes if c not in partners]
            code = absent[(i * 5) % len(absent)]
            q = ["Does %s offer %s?" % (self.partner_name(code, n), abbr), "%s at %s" % (abbr, self.partner_name(code, n)),
                 "Can I do %s at %s?" % (abbr, self.partner_name(code, n))][n % 3]
            n += 1
            self.add(q, [self.technique_where(labels), "partner=" + code], ["empty", "abbreviation"], empty=True)
        canonical = {ob["name"].lower(): ob["name"] for ob in self.observables}
        countries = sorted({p["country"] for p in self.partner_codes()})
        present = sorted({name for o in self.offerings for name in o["observables"]})
        for i, ob in enumerate(present):
            listed = {self.partner(o["partner"])["country"] for o in self.offerings if ob in o["observables"]}
            missing = [c for c in countries if c not in listed]
            if missing:
                country = missing[i % len(missing)]
                self.add("%s in %s" % (canonical.get(ob, ob), country), ["observable=" + canonical.get(ob, ob), "country=" + country],
                         ["empty", "observable", "country"], empty=True)

    def run(self):
        self.partners_()
        self.techniques_()
        self.observables_()
        self.elements_()
        self.ordinals_()
        self.negation_or_typo_()
        self.negation2_()
        self.typos2_()
        self.or2_()
        self.ordinals2_()
        self.empty_()
        return self.questions


ABOUT = ("Generated by scripts/generate-ask-questions.py from the matrix, the partner directory, the observable "
         "vocabulary, the element table, the PaNET labels and the planning scales (issue 16); do not edit by hand. "
         "'match': 'rows' - a question passes when its answer holds exactly the rows its expected filters "
         "(`list --where` syntax, computed from the data, not by the parser) select; a question with 'answer': "
         "'empty' passes when the answer is empty and each of its criteria selects the rows of one expected filter. "
         "The generator was run once with a seed drawn from /dev/urandom and the questions split at random, 50/50, "
         "into 'dev' (tune on it) and 'test' (never opened while tuning; scored once by the lead). See docs/ASK.md.")


def rows_of(cli, db, where):
    """How many rows the filter language selects for `where` (probematrix-cli list, not ask)."""
    args = [cli, "--db", db, "list", "--format", "json", "--no-contacts"]
    for w in where:
        args += ["--where", w]
    out = subprocess.run(args, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit("expected filters %s are not valid: %s" % (where, out.stderr.strip()))
    doc = json.loads(out.stdout)
    return len(doc if isinstance(doc, list) else doc.get("offerings", doc.get("rows", [])))


def checked(questions, cli, db):
    """Tag by the filter language: no row -> 'empty'; meant empty but has rows -> dropped;
    a non-empty template whose filters happen to select nothing -> kept as an empty answer."""
    out = []
    dropped = 0
    for q in questions:
        n = rows_of(cli, db, q["where"])
        if q.get("answer") == "empty" and n > 0:
            dropped += 1
            continue
        if n == 0:
            q["answer"] = "empty"
            if "empty" not in q["phenomena"]:
                q["phenomena"] = q["phenomena"] + ["empty"]
        out.append(q)
    print("checked %d questions with the filter language: %d empty, %d dropped (meant empty, had rows)"
          % (len(questions), sum(1 for q in out if q.get("answer") == "empty"), dropped), file=sys.stderr)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", metavar="CLI", help="probematrix-cli to run the expected filters through (list, not ask)")
    ap.add_argument("--db", help="database holding the bundled matrix (probematrix-cli db init --seed)")
    ap.add_argument("--split", action="store_true", help="draw a seed from /dev/urandom and write the dev and test halves")
    args = ap.parse_args()
    questions = Generator().run()
    if args.check:
        questions = checked(questions, args.check, args.db)
    if not args.split:
        json.dump(questions, sys.stdout, indent=1, ensure_ascii=False)
        print("\n%d questions" % len(questions), file=sys.stderr)
        return
    if not args.check:
        raise SystemExit("--split needs --check: the empty answers are tagged by the filter language")
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "scripts", "resources"],
                           capture_output=True, text=True, check=True).stdout.strip()
    if dirty:
        raise SystemExit("commit the generator and the resources first: the files record the commit they came from")
    with open("/dev/urandom", "rb") as f:
        seed = int.from_bytes(f.read(8), "big")
    order = list(range(len(questions)))
    random.Random(seed).shuffle(order)
    half = len(order) // 2
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    for name, picked in (("dev", order[:half]), ("test", order[half:])):
        qs = [questions[i] for i in sorted(picked)]
        about = "%s Split '%s': %d of %d questions; seed %d (from /dev/urandom), %s, generator commit %s." % (
            ABOUT, name, len(qs), len(questions), seed, date, commit)
        doc = {"about": about, "split": name, "seed": str(seed), "generated": date, "generator_commit": commit,
               "match": "rows", "questions": qs}
        path = OUT / ("ask-generated-%s.json" % name)
        path.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("%s: %d questions" % (path.relative_to(ROOT), len(qs)), file=sys.stderr)


if __name__ == "__main__":
    main()
