#!/usr/bin/env python3
"""Generates the second evaluation set of `probematrix-cli ask` (issue 16) FROM THE DATA, not from
the parser: the bundled matrix (resources/matrix/bigmap-matrix.tsv), the partner directory
(resources/matrix/partners.json), the observable vocabulary (resources/vocabulary/observables.json),
the element table (resources/vocabulary/elements.json), the PaNET labels (resources/vocabulary/
panet.json) and the planning scales (core/matrix/Scale.cpp), put into several phrasings each.

Every question carries the filters it must answer to, in `list --where` syntax, written from the
data: a partner's code for its name, aliases and city; the exact technique labels ("X-ray
diffraction (XRD)") of the entries a technique name, abbreviation or PaNET label denotes; the
canonical observable of a synonym. The test compares ROWS (`"match": "rows"`), so the expected
answer is the filter language's, not the parser's.

The questions are split once, deterministically, by a hash of the question text, into
tests/data/ask-generated-tune.json (tune on it: read its failures, change the parser) and
tests/data/ask-generated-heldout.json (never read its failures; only its score is looked at,
and tests/ask asserts a floor set from the measured score). See docs/ASK.md.
    python3 scripts/generate-ask-questions.py
Standard library only; the output is the same on every run."""
import csv
import hashlib
import json
import pathlib
import re

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
    elements = json.loads((RES / "vocabulary/elements.json").read_text(encoding="utf-8"))["elements"]
    panet = json.loads((RES / "vocabulary/panet.json").read_text(encoding="utf-8"))["terms"]
    return offerings, partners, observables, elements, panet


class Generator:
    def __init__(self):
        self.offerings, self.partners, self.observables, self.elements, self.panet = load()
        self.questions = []
        self.seen = set()
        self.entries = sorted({(o["full"], o["abbr"]) for o in self.offerings})

    def add(self, q, where, phenomena):
        key = norm(q)
        if key in self.seen:
            return
        self.seen.add(key)
        self.questions.append({"q": q, "where": where, "phenomena": phenomena})

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

    def run(self):
        self.partners_()
        self.techniques_()
        self.observables_()
        self.elements_()
        self.ordinals_()
        self.negation_or_typo_()
        return self.questions


ABOUT = ("Generated by scripts/generate-ask-questions.py from the matrix, the partner directory, the observable "
         "vocabulary, the element table, the PaNET labels and the planning scales (issue 16); do not edit by hand. "
         "'match': 'rows' - a question passes when its answer holds exactly the rows its expected filters "
         "(`list --where` syntax, computed from the data, not by the parser) select. Split once by a hash of the "
         "question into 'tune' (read failures, tune on it) and 'heldout' (only its score is read; tests/ask asserts a "
         "floor set from the measured score, see docs/ASK.md).")


def main():
    questions = Generator().run()
    split = {"tune": [], "heldout": []}
    for q in questions:
        digest = hashlib.sha256(q["q"].encode("utf-8")).digest()
        split["heldout" if digest[0] % 2 else "tune"].append(q)
    for name, qs in split.items():
        doc = {"about": ABOUT, "split": name, "match": "rows", "questions": qs}
        path = OUT / ("ask-generated-%s.json" % name)
        path.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("%s: %d questions" % (path.relative_to(ROOT), len(qs)))


if __name__ == "__main__":
    main()
